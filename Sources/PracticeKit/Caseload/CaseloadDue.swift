/// What a caseload timescale measures, as the `measure` of a ``CaseloadItem``: `assessment`,
/// `initial-conference`, `cp-review`, `looked-after-review`, `visit`, `pre-proceedings`,
/// `s32-limit`, and for a local timescale whose target the vocabulary does not name, the
/// target's event kind.
public struct CaseloadMeasure: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The stable identifier.
  public let rawValue: String

  /// Creates a measure from its identifier.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates a measure from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// A child and family assessment (Working Together: 45 working days from the referral).
  public static let assessment: CaseloadMeasure = "assessment"
  /// The decision on a referral (Working Together: 1 working day).
  public static let referralDecision: CaseloadMeasure = "referral-decision"
  /// The initial child protection conference (Working Together: 15 working days).
  public static let initialConference: CaseloadMeasure = "initial-conference"
  /// A core group meeting.
  public static let coreGroup: CaseloadMeasure = "core-group"
  /// A child protection review conference (3 months, then every 6 months).
  public static let cpReview: CaseloadMeasure = "cp-review"
  /// A looked-after child review (CPR 2010 reg 33).
  public static let lookedAfterReview: CaseloadMeasure = "looked-after-review"
  /// A visit (CPR 2010 reg 28, or a local standard).
  public static let visit: CaseloadMeasure = "visit"
  /// The end of the pre-proceedings stage (16 weeks, practice guidance).
  public static let preProceedings: CaseloadMeasure = "pre-proceedings"
  /// Disposal of care proceedings within the s32 limit (26 weeks and any extensions).
  public static let s32Limit: CaseloadMeasure = "s32-limit"

  /// The measure of a timescale whose target event is `kind`.
  public init(target kind: EventKind) {
    switch kind {
    case .assessmentCompleted: self = .assessment
    case .referralDecision: self = .referralDecision
    case .initialChildProtectionConference: self = .initialConference
    case .coreGroupMeeting: self = .coreGroup
    case .childProtectionReviewConference: self = .cpReview
    case .lookedAfterReview: self = .lookedAfterReview
    case .statutoryVisit: self = .visit
    case .preProceedingsEnded: self = .preProceedings
    case .finalOrder: self = .s32Limit
    default: self.init(rawValue: kind.rawValue)
    }
  }

  /// Orders measures by identifier.
  public static func < (lhs: CaseloadMeasure, rhs: CaseloadMeasure) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// The identifier.
  public var description: String { rawValue }

  /// The measure as people read it ("Child protection review conference"); a local measure
  /// the vocabulary does not name shows its identifier.
  public var label: String {
    switch self {
    case .assessment: "Assessment"
    case .referralDecision: "Decision on a referral"
    case .initialConference: "Initial child protection conference"
    case .coreGroup: "Core group meeting"
    case .cpReview: "Child protection review conference"
    case .lookedAfterReview: "Looked-after review"
    case .visit: "Visit"
    case .preProceedings: "End of pre-proceedings"
    case .s32Limit: "Care proceedings: s32 limit"
    default: rawValue
    }
  }
}

/// One open item on a caseload: a timescale's next event for a child that is overdue or falls
/// due within the window, with whose case it is and the rule that makes it due.
public struct CaseloadItem: Sendable, Hashable, Codable {
  /// Where an open item stands at the end of the day asked about.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// The due day was before the day asked about and the event has not happened.
    case overdue
    /// The due day is the day asked about or within the window after it.
    case dueSoon = "due-soon"

    /// The status as people read it: "overdue" or "due soon".
    public var label: String { self == .overdue ? "overdue" : "due soon" }
  }

  /// The child (pseudonymise before export).
  public let child: String
  /// The child's social worker as of the day asked about, if any event names one.
  public let worker: String?
  /// The child's team as of the day asked about, if any event names one.
  public let team: String?
  /// What is due.
  public let measure: CaseloadMeasure
  /// The last day on which the event meets the timescale.
  public let due: CalendarDay
  /// Overdue or due soon.
  public let status: Status
  /// The rule's identifier: the timescale's id (for example `law.wt2023.icpc`) or
  /// `law.s32.limit`.
  public let rule: String
  /// The rule's name for people, for example "Initial child protection conference".
  public let title: String
  /// Whether the rule is a local standard the user supplied rather than law or guidance.
  public let isLocal: Bool
  /// The rule's sources.
  public let sources: [Source]

  /// Creates an item.
  public init(
    child: String, worker: String?, team: String?, measure: CaseloadMeasure, due: CalendarDay,
    status: Status, rule: String, title: String, isLocal: Bool, sources: [Source]
  ) {
    self.child = child
    self.worker = worker
    self.team = team
    self.measure = measure
    self.due = due
    self.status = status
    self.rule = rule
    self.title = title
    self.isLocal = isLocal
    self.sources = sources
  }
}

/// What is overdue and what falls due soon on a caseload, as of the end of a day.
public struct CaseloadDue: Sendable, Hashable, Codable {
  /// The day asked about: items are as things stood at its end.
  public let asOf: CalendarDay
  /// The window in working days after ``asOf``.
  public let withinWorkingDays: Int
  /// The last day of the window: the ``withinWorkingDays``-th working day after ``asOf``.
  public let windowEnd: CalendarDay
  /// The open items, sorted by team, worker, due day, child and measure.
  public let items: [CaseloadItem]
  /// The children on the caseload.
  public let children: Int
  /// The events read.
  public let events: Int
  /// Events dated after ``asOf``: ignored, as if the data ended that day.
  public let eventsAfterAsOf: Int
  /// What the reader of the result should know about its input, printed before the items in
  /// every format but CSV: for example what Annex A cannot say (``AnnexAList/notes(for:skippedSheets:)``).
  public var notes: [String]

  /// Creates a result.
  public init(
    asOf: CalendarDay, withinWorkingDays: Int, windowEnd: CalendarDay, items: [CaseloadItem],
    children: Int, events: Int, eventsAfterAsOf: Int, notes: [String] = []
  ) {
    self.notes = notes
    self.asOf = asOf
    self.withinWorkingDays = withinWorkingDays
    self.windowEnd = windowEnd
    self.items = items
    self.children = children
    self.events = events
    self.eventsAfterAsOf = eventsAfterAsOf
  }

  /// The number of items with `status`.
  public func count(_ status: CaseloadItem.Status) -> Int { items.count { $0.status == status } }
}
