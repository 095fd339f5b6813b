extension SSDA903 {
  /// One code of a code list: its meaning, the collection years it is valid in, and where the
  /// code and its wording come from.
  public struct Code: Sendable, Hashable, Identifiable {
    /// The code as written in the return, for example `C2`.
    public let id: String
    /// What it means, in the DfE guidance's words as transcribed (see ``provenance``).
    public let meaning: String
    /// The collection years (by ending year, see ``CollectionYear``) in which the code is valid.
    public let years: ClosedRange<Int>
    /// Where the code and its meaning come from.
    public let provenance: Provenance

    /// Whether the code may be used in `year`.
    public func isValid(in year: CollectionYear) -> Bool { years.contains(year.endingYear) }
  }

  /// The valid codes of one column of the return.
  public struct CodeList: Sendable, Hashable, Identifiable {
    /// The column's name, for example `LS`.
    public let id: String
    /// What the column records, for example "Legal status".
    public let title: String
    /// Every code ever valid, with the years it is valid in.
    public let codes: [Code]
    private let byCode: [String: Code]
    /// Each code's years alone: the reader's per-field check copies no strings.
    private let yearsByCode: [String: ClosedRange<Int>]

    init(_ id: String, _ title: String, _ codes: [Code]) {
      self.id = id
      self.title = title
      self.codes = codes
      byCode = Dictionary(codes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      yearsByCode = byCode.mapValues(\.years)
    }

    /// The collection years in which `text` is valid, or `nil` when it is no code of the list.
    func years(of text: String) -> ClosedRange<Int>? { yearsByCode[text] }

    /// The code `text`, if the list has it (in any year).
    public func code(_ text: String) -> Code? { byCode[text] }

    /// Whether `text` is a code valid in `year`.
    public func isValid(_ text: String, in year: CollectionYear) -> Bool {
      yearsByCode[text]?.contains(year.endingYear) ?? false
    }

    /// The codes valid in `year`, in list order.
    public func codes(in year: CollectionYear) -> [Code] { codes.filter { $0.isValid(in: year) } }
  }
}

extension SSDA903.CodeList {
  /// Every code list the reader checks, by column name.
  public static let all: [SSDA903.CodeList] = [
    legalStatus, reasonNewEpisode, reasonEpisodeCeased, placement, placementProvider,
    reasonPlaceChange, categoryOfNeed, reviewParticipation, sex,
  ]

  /// LS, legal status (validator rule 144, unchanged 2022/23 to 2026/27).
  public static let legalStatus = list(
    "LS", "Legal status", rule: "144",
    [
      ("C1", "Interim care order"), ("C2", "Full care order"), ("D1", "Freeing order granted"),
      ("E1", "Placement order granted"), ("V2", "Single period of accommodation under s20"),
      ("V3", "Agreed series of short-term breaks (individual episodes recorded)"),
      ("V4", "Agreed series of short-term breaks (agreements recorded)"),
      ("L1", "Police protection, in LA accommodation"), ("L2", "Emergency protection order"),
      ("L3", "Child assessment order, in LA accommodation"),
      ("J1", "Remanded to LA or youth detention accommodation"), ("J2", "PACE 1984 accommodation"),
      ("J3", "Youth Rehabilitation Order with residence or intensive fostering requirement"),
    ])

  /// RNE, reason for new episode (validator rule 143).
  public static let reasonNewEpisode = list(
    "RNE", "Reason for new episode", rule: "143",
    [
      ("S", "Started to be looked after"), ("L", "Change of legal status only"),
      ("P", "Change of placement and carer(s) only"),
      ("T", "Change of placement (same carer(s)) only"),
      ("B", "Change of legal status and of placement and carer(s)"),
      ("U", "Change of legal status and of placement (same carer(s))"),
    ])

  /// REC, reason episode ceased (validator rule 149).
  public static let reasonEpisodeCeased = list(
    "REC", "Reason episode ceased", rule: "149",
    [
      ("X1", "Episode ceases and a new episode begins on the same day"),
      ("E11", "Adopted (unopposed)"), ("E12", "Adopted (consent dispensed with)"),
      ("E2", "Died"), ("E3", "Care taken over by another LA"),
      ("E4A", "Returned home as part of the care planning process"),
      ("E4B", "Returned home not as part of the care planning process"),
      (
        "E13",
        "Left care to live with parent(s), relative(s) or others without parental "
          + "responsibility"
      ),
      ("E41", "Residence order or child arrangements order"),
      (
        "E45",
        "Special guardianship order to former foster carer(s), relative(s) or friend(s)"
      ),
      (
        "E46",
        "Special guardianship order to former foster carer(s), not relative(s) or friend(s)"
      ),
      ("E47", "Special guardianship order to other carer(s), relative(s) or friend(s)"),
      ("E48", "Special guardianship order to other carer(s), not relative(s) or friend(s)"),
      ("E5", "Independent living with formal support"),
      ("E6", "Independent living without formal support"),
      ("E7", "Transferred to residential care funded by adult social care"),
      ("E8", "Any other reason"),
      ("E9", "Sentenced to custody"), ("E14", "Remand ended"),
      ("E15", "Age assessment showed 18+"), ("E16", "Moved abroad"),
      ("E17", "Aged 18+ and stayed with carers (staying put)"),
    ])

  /// PLACE, placement type (validator rule 146, which changes by year): K3 from 2024/25;
  /// Z11–Z14 replace Z1, and H5 and P2 end, from 2025/26.
  public static let placement: SSDA903.CodeList = {
    let rule = provenance(rule: "146")
    let newCodes = Provenance(
      .unverified, rule.sources,
      note: "The codes are the validator's (rule 146 lists Z11–Z14 and no Z1, H5 or P2 from "
        + "2025/26); DfE's wording of each was not found (its guide and technical specification "
        + "could be read only to the contents page), so the meaning given is only their origin.")
    func code(_ id: String, _ meaning: String, _ years: ClosedRange<Int> = 1900...9999)
      -> SSDA903.Code
    {
      SSDA903.Code(id: id, meaning: meaning, years: years, provenance: rule)
    }
    var codes = [
      code("A3", "Placed for adoption with consent, with current foster carer(s)"),
      code("A4", "Placed for adoption with consent, not with current foster carer(s)"),
      code("A5", "Placed for adoption with placement order, with current foster carer(s)"),
      code("A6", "Placed for adoption with placement order, not with current foster carer(s)"),
      code("H5", "Semi-independent living not regulated as a children's home", 1900...2025),
      code("K1", "Secure children's home"), code("K2", "Children's home"),
      code("K3", "Registered supported accommodation", 2025...9999),
      code("P1", "With parent(s)"), code("P2", "Independent living", 1900...2025),
      code("P3", "Residential employment"), code("R1", "Residential care home"),
      code("R2", "NHS / health establishment"),
      code("R3", "Family centre or mother-and-baby unit"), code("R5", "Young offender institution"),
      code("S1", "Residential school"),
    ]
    codes += [
      code("T0", "All types of temporary move"), code("T1", "Temporary period in hospital"),
      code("T2", "Temporary absence of the child on holiday"),
      code("T3", "Temporary accommodation while the usual foster carer(s) are on holiday"),
      code("T4", "Temporary accommodation of 7 days or less for any other reason"),
    ]
    codes += [
      code("U1", "Foster care with relative or friend, long term"),
      code("U2", "Foster care with relative or friend, fostering for adoption or concurrent"),
      code("U3", "Foster care with relative or friend, other"),
      code("U4", "Foster care with other carers, long term"),
      code("U5", "Foster care with other carers, fostering for adoption or concurrent"),
      code("U6", "Foster care with other carers, other"),
      code("Z1", "Other placement", 1900...2025),
    ]
    codes += (11...14).map {
      SSDA903.Code(
        id: "Z\($0)", meaning: "Other placement (one of four codes replacing Z1)",
        years: 2026...9999, provenance: newCodes)
    }
    return SSDA903.CodeList("PLACE", "Placement type", codes)
  }()

  /// PLACE_PROVIDER, placement provider (validator rule 178).
  public static let placementProvider = list(
    "PLACE_PROVIDER", "Placement provider", rule: "178",
    [
      ("PR0", "Parent(s) or other person(s) with parental responsibility"),
      ("PR1", "Own provision (by the local authority)"), ("PR2", "Other local authority provision"),
      ("PR3", "Other public provision"), ("PR4", "Private provision"),
      ("PR5", "Voluntary or third sector provision"),
    ])

  /// REASON_PLACE_CHANGE, reason for a change of placement (validator rule 1009).
  public static let reasonPlaceChange = list(
    "REASON_PLACE_CHANGE", "Reason for placement change", rule: "1009",
    [
      ("CARPL", "Change to or implementation of the care plan"),
      ("CLOSE", "Resignation or closure of the provision"),
      ("ALLEG", "Allegation (s47)"), ("STAND", "Standards of care concern"),
      ("APPRR", "Approval removed"),
      ("CREQB", "Carer requests the placement end because of the child's behaviour"),
      ("CREQO", "Carer requests the placement end for another reason"),
      ("CHILD", "Child requests the placement end"),
      ("LAREQ", "Responsible or area authority requests the placement end"),
      ("PLACE", "Change in the status of the placement only"),
      ("CUSTOD", "Custody arrangement"), ("OTHER", "Other"),
    ])

  /// CIN, category of need (validator rule 145).
  public static let categoryOfNeed = list(
    "CIN", "Category of need", rule: "145",
    [
      ("N1", "Abuse or neglect"), ("N2", "Child's disability"),
      ("N3", "Parental illness or disability"), ("N4", "Family in acute stress"),
      ("N5", "Family dysfunction"), ("N6", "Socially unacceptable behaviour"),
      ("N7", "Low income"), ("N8", "Absent parenting"),
    ])

  /// REVIEW_CODE, the child's participation in the review (validator rule 167).
  public static let reviewParticipation = list(
    "REVIEW_CODE", "Participation in the review", rule: "167",
    [
      ("PN0", "Child aged under 4 at the time of the review"),
      ("PN1", "Attends and speaks for self"),
      ("PN2", "Attends; an advocate or IRO speaks for them"),
      ("PN3", "Attends; conveys views symbolically"), ("PN4", "Attends without contributing"),
      ("PN5", "Does not attend; briefs an advocate"),
      ("PN6", "Does not attend; conveys views by a facilitative medium"),
      ("PN7", "Does not attend and views are not conveyed"),
    ])

  /// SEX (validator rule 101): 1 and 2 up to 2023/24; M, F and U from 2024/25.
  public static let sex: SSDA903.CodeList = {
    let rule = provenance(rule: "101")
    let unknown = Provenance(
      .unverified, rule.sources,
      note: "The validator's rule 101 accepts M, F and U from 2024/25 but gives no meanings; "
        + "'Unknown' is this library's reading of U, DfE's wording was not found.")
    return SSDA903.CodeList(
      "SEX", "Sex",
      [
        SSDA903.Code(id: "1", meaning: "Male", years: 1900...2024, provenance: rule),
        SSDA903.Code(id: "2", meaning: "Female", years: 1900...2024, provenance: rule),
        SSDA903.Code(id: "M", meaning: "Male", years: 2025...9999, provenance: rule),
        SSDA903.Code(id: "F", meaning: "Female", years: 2025...9999, provenance: rule),
        SSDA903.Code(id: "U", meaning: "Unknown", years: 2025...9999, provenance: unknown),
      ])
  }()

  /// A list whose codes are valid in every year. The validator's code sets start with 2022/23;
  /// earlier returns are checked against the 2022/23 lists.
  private static func list(_ id: String, _ title: String, rule: String, _ codes: [(String, String)])
    -> SSDA903.CodeList
  {
    let provenance = provenance(rule: rule)
    return SSDA903.CodeList(
      id, title,
      codes.map {
        SSDA903.Code(id: $0.0, meaning: $0.1, years: 1900...9999, provenance: provenance)
      })
  }

  /// The validator rule that holds the code set, and the transcription of the DfE wording
  /// (data-to-insight/patch's code classes, for example `PLACEPROVIDERCodes`), against which
  /// each meaning was checked. The DfE guide itself could not be read: secondary.
  private static func provenance(rule: String) -> Provenance {
    Provenance(.secondary, [.validator903(rule: rule), .dataToInsightPatch])
  }
}
