extension SSDA903 {
  /// A table of the CSV form of the return. A file is identified by its exact set of column
  /// names, whatever the file is called, as the DfE validator identifies it.
  public enum Table: String, Sendable, Hashable, Codable, CaseIterable {
    /// One row per child: sex, date of birth, ethnicity, UPN, motherhood.
    case header = "Header"
    /// One row per episode of care: start, legal status, placement, end and reason.
    case episodes = "Episodes"
    /// One row per looked-after review.
    case reviews = "Reviews"
    /// Unaccompanied asylum-seeking children.
    case uasc = "UASC"
    /// Outcomes for children looked after for 12 months (health, offending, SDQ).
    case oc2 = "OC2"
    /// Care leavers' outcomes.
    case oc3 = "OC3"
    /// Adoption details.
    case ad1 = "AD1"
    /// Children placed for adoption.
    case placedAdoption = "PlacedAdoption"
    /// Previous permanence.
    case prevPerm = "PrevPerm"
    /// Missing or away from placement.
    case missing = "Missing"
    /// Social worker episodes (from 2023/24).
    case swEpisodes = "SWEpisodes"
    /// Deprivation of liberty orders (from 2026/27).
    case doLo = "DoLo"

    /// The table's columns, in the DfE order.
    public var columns: [String] {
      switch self {
      case .header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
      case .episodes:
        [
          "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
          "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
        ]
      case .reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]
      case .uasc: ["CHILD", "SEX", "DOB", "DUC"]
      case .oc2:
        [
          "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
          "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
          "INTERVENTION_OFFERED",
        ]
      case .oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
      case .ad1:
        [
          "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
          "LS_ADOPTR",
        ]
      case .placedAdoption:
        ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
      case .prevPerm: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]
      case .missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]
      case .swEpisodes: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]
      case .doLo: ["CHILD", "DOB", "DOLO_START", "DOLO_END"]
      }
    }

    /// The columns holding full DD/MM/YYYY dates (blank allowed unless ``requiredColumns`` says
    /// otherwise). DATE_PERM is left out: the guidance lets it be partly unknown.
    public var dateColumns: Set<String> {
      switch self {
      case .header: ["DOB", "MC_DOB"]
      case .episodes: ["DECOM", "DEC"]
      case .reviews: ["DOB", "REVIEW"]
      case .uasc: ["DOB", "DUC"]
      case .oc2, .oc3, .prevPerm: ["DOB"]
      case .ad1: ["DOB", "DATE_INT", "DATE_MATCH"]
      case .placedAdoption: ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"]
      case .missing: ["DOB", "MIS_START", "MIS_END"]
      case .swEpisodes: ["DOB", "SW_DECOM", "SW_DEC"]
      case .doLo: ["DOB", "DOLO_START", "DOLO_END"]
      }
    }

    /// The columns that must not be blank.
    public var requiredColumns: Set<String> {
      self == .episodes ? ["CHILD", "DECOM"] : ["CHILD"]
    }

    /// The code list each coded column is checked against.
    public var codeLists: [String: CodeList] {
      switch self {
      case .header, .uasc: ["SEX": .sex]
      case .episodes:
        [
          "RNE": .reasonNewEpisode, "LS": .legalStatus, "CIN": .categoryOfNeed,
          "PLACE": .placement, "PLACE_PROVIDER": .placementProvider,
          "REC": .reasonEpisodeCeased, "REASON_PLACE_CHANGE": .reasonPlaceChange,
        ]
      case .reviews: ["REVIEW_CODE": .reviewParticipation]
      default: [:]
      }
    }

    /// The table whose column set is exactly `names` (in any order), if any.
    public static func identify(_ names: [String]) -> Table? {
      let set = Set(names)
      guard set.count == names.count else { return nil }
      return allCases.first { Set($0.columns) == set }
    }

    /// The table whose columns best match `names` (most shared columns), with the columns it
    /// lacks and how many of `names` it does not know (not which: a file without a header line
    /// would have a child's data there).
    static func closest(to names: [String]) -> (table: Table, missing: [String], unknown: Int)? {
      let set = Set(names)
      let best = allCases.max { lhs, rhs in
        Set(lhs.columns).intersection(set).count < Set(rhs.columns).intersection(set).count
      }
      guard let best, !Set(best.columns).isDisjoint(with: set) else { return nil }
      return (
        best, best.columns.filter { !set.contains($0) },
        names.filter { !best.columns.contains($0) }.count
      )
    }
  }
}
