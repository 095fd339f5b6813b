/// A data-quality rule of the CIN census reader and audit: each finding names the element, the
/// place in the file and the rule, never the value.
public enum CINDataRule: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// A date element is not a valid `YYYY-MM-DD` date.
  case invalidDate = "cin.date.invalid"
  /// A date a measure needs is absent: `CINreferralDate`, `S47ActualStartDate`, `CPPstartDate`,
  /// `PPStartDate`.
  case missingDate = "cin.date.missing"
  /// `ReferralNFA`, `ICPCnotRequired`, `FGDMMeetingOffer` or `FGDMMeetingFac` is not 1, 0, true
  /// or false (validator rule 8568's list).
  case invalidFlag = "cin.flag.invalid"
  /// A `Child` has no `LAchildID`.
  case missingChildIdentifier = "cin.child.noIdentifier"
  /// A `Child`'s `LAchildID` is on an earlier child of the file (each child is one record in
  /// the census): the later record is not counted.
  case repeatedChild = "cin.child.repeated"
  /// A coded or counted value is not one the census allows: `PPOutcome` other than A, B or C
  /// (validator rule 9011), `ReviewMeetingsCount` not a whole number.
  case invalidValue = "cin.value.invalid"
  /// A single-valued element appears twice in one parent; the first is used.
  case repeatedElement = "cin.element.repeated"
  /// Text between elements (the DfE 2024 sample has some); it is ignored.
  case strayText = "cin.text.stray"
  /// `DateOfInitialCPC` recorded on both the episode and an enquiry (validator rule 2884); the
  /// enquiry's is used.
  case conferenceRecordedTwice = "cin.icpc.bothLevels"
  /// An event is dated before the one that starts its clock (an authorisation before the
  /// referral, a conference before the enquiry, a review on or before the plan's start: rule
  /// 8841): the item cannot be measured.
  case beforeItsStart = "cin.order.beforeStart"
  /// The header's `ReferenceDate` is not the end of the census year audited.
  case referenceDateMismatch = "cin.header.referenceDate"

  /// What the rule checks, in plain words.
  public var summary: String {
    switch self {
    case .invalidDate: "not a valid date (YYYY-MM-DD)"
    case .missingDate: "a date the timeliness measures need is missing"
    case .invalidFlag: "a flag is not 1, 0, true or false"
    case .missingChildIdentifier: "the child has no LAchildID"
    case .repeatedChild: "the LAchildID is on an earlier child; this record is not counted"
    case .invalidValue: "not a value the census allows (PPOutcome A, B or C; a count 0 to 9999)"
    case .repeatedElement: "the element is repeated; the first one is used"
    case .strayText: "text between elements is ignored"
    case .conferenceRecordedTwice:
      "the initial conference is recorded on the episode and the enquiry"
    case .beforeItsStart: "dated before the event that starts its clock; not measured"
    case .referenceDateMismatch: "the reference date is not 31 March of the census year audited"
    }
  }

  /// The DfE validation rule codes (as the CIN validator numbers them) that check the same
  /// thing, in part or in whole; empty when the DfE validation has no such rule (a schema check,
  /// or one of this library's own).
  public var dfeCodes: [String] {
    switch self {
    case .invalidDate, .repeatedElement, .strayText: []
    case .missingDate: ["8600", "8615", "8720"]
    case .invalidFlag: ["8568"]
    case .missingChildIdentifier: ["8500"]
    case .repeatedChild: ["8510"]
    case .invalidValue: ["9011"]
    case .conferenceRecordedTwice: ["2884"]
    case .beforeItsStart: ["1104", "8608", "8615", "8841"]
    case .referenceDateMismatch: ["100"]
    }
  }

  /// The rules the census reader and audit apply, with their DfE codes, and the statement that
  /// this is not the DfE validation.
  public static let checksApplied = DataQualityScope(
    collection: "Children in Need census",
    checks: allCases.map { .init(rule: $0.rawValue, summary: $0.summary, dfeCodes: $0.dfeCodes) },
    provenance: Provenance(
      .secondary, [AuditDomain.cinValidator, AuditDomain.cinValidatorPreProceedings],
      note: "Codes and messages of the CIN validator's rules for 2025/26 (PyPI 0.1.13), and 9011 "
        + "of its pre-proceedings branch; not DfE's own specification. A DfE rule listed "
        + "checks the same thing as ours, not necessarily under every condition it applies."))

  /// The rule's code.
  public var description: String { rawValue }

  /// Orders rules by code.
  public static func < (lhs: CINDataRule, rhs: CINDataRule) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One data-quality finding: the rule, the element (its schema name, for example
/// `Assessments/AssessmentAuthorisationDate`) and where it is. Never the value.
public struct CINDataQualityFinding: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The rule broken.
  public var rule: CINDataRule
  /// The element, as `Parent/Name` from the census schema.
  public var element: String
  /// Where the element starts.
  public var location: XMLLocation

  /// Creates a finding.
  public init(_ rule: CINDataRule, element: String, at location: XMLLocation) {
    self.rule = rule
    self.element = element
    self.location = location
  }

  /// "Line 12, column 9, CINdetails/CINreferralDate: not a valid date (YYYY-MM-DD) [cin.date.invalid]".
  public var description: String {
    "Line \(location.line), column \(location.column), \(element): \(rule.summary) [\(rule)]"
  }
}

/// Data-quality findings, counted by rule; the first ``limit`` are kept in full so memory stays
/// bounded on a national-scale file.
public struct CINDataQualityLog: Sendable, Hashable, Codable {
  /// How many findings are kept in full.
  public let limit: Int
  /// The first ``limit`` findings, in the order found.
  public private(set) var findings: [CINDataQualityFinding] = []
  /// Every finding counted by rule.
  public private(set) var counts: [CINDataRule: Int] = [:]

  /// Creates an empty log keeping up to `limit` findings in full.
  public init(limit: Int = 10_000) {
    self.limit = max(0, limit)
  }

  /// The number of findings of every rule.
  public var total: Int { counts.values.reduce(0, +) }

  /// Records a finding.
  public mutating func record(_ finding: CINDataQualityFinding) {
    counts[finding.rule, default: 0] += 1
    if findings.count < limit { findings.append(finding) }
  }

  /// Records every finding of `other`, keeping this log's limit.
  public mutating func merge(_ other: CINDataQualityLog) {
    for (rule, count) in other.counts { counts[rule, default: 0] += count }
    findings += other.findings.prefix(max(0, limit - findings.count))
  }
}
