/// An estimate of care proceedings' length from looked-after data (SSDA903 episodes), measured
/// against the s32 26-week limit with PracticeLaw's calendar and extensions rule.
///
/// It is an estimate, and says so wherever it is shown:
/// - the clock starts on the first day of the first interim care order (legal status C1) in a
///   period of care, not on the day the application was issued, which is usually earlier;
/// - children subject to proceedings but not looked after (living at home under no order) are not
///   in the return at all.
///
/// The final outcome is, by a convention documented here and tested:
/// 1. the start of the first later episode whose legal status is a full care order (C2) or a
///    placement order (E1): ``ProceedingsEstimate/Outcome/fullCareOrder`` or
///    ``ProceedingsEstimate/Outcome/placementOrder``;
/// 2. the start of the first later episode with any other legal status that is not an interim
///    care order (the order lapsed or was replaced, for example by s20 accommodation):
///    ``ProceedingsEstimate/Outcome/otherLegalStatus``;
/// 3. if the period of care ends while the child is still under the interim order, its last day
///    (DEC) when the reason it ended (REC) implies the proceedings ended: a child arrangements
///    order (E41) or special guardianship order (E45–E48) is ``ProceedingsEstimate/Outcome/leftCareUnderOrder``;
///    a return home or to relatives (E4A, E4B, E13) is ``ProceedingsEstimate/Outcome/returnedHome``;
///    any other reason (transfer to another authority, custody, moved abroad, died…) gives
///    ``ProceedingsEstimate/Outcome/endedOtherwise``, which is counted but not measured;
/// 4. otherwise the proceedings are ``ProceedingsEstimate/Outcome/open`` on the report day.
public enum ProceedingsMonitor {
  /// One episode of a period of care, as the monitor needs it.
  public struct Episode: Sendable, Hashable, Codable {
    /// The day it began (DECOM).
    public var start: CalendarDay
    /// The day it ceased (DEC), if it has.
    public var end: CalendarDay?
    /// The legal status code (LS), for example `C1`.
    public var legalStatus: String
    /// The reason it ceased (REC), for example `E41`, if it has.
    public var reasonEnded: String?

    /// Creates an episode.
    public init(start: CalendarDay, end: CalendarDay?, legalStatus: String, reasonEnded: String?) {
      self.start = start
      self.end = end
      self.legalStatus = legalStatus
      self.reasonEnded = reasonEnded
    }
  }

  /// Legal status codes of the return used here (audit.md §3; DfE SSDA903 guidance).
  static let interimCareOrder = "C1"
  static let fullCareOrder = "C2"
  static let placementOrder = "E1"
  static let ordersEndingCare: Set = ["E41", "E45", "E46", "E47", "E48"]
  static let returnsHome: Set = ["E4A", "E4B", "E13"]

  /// Estimates the proceedings in one period of care, or `nil` when it has no interim care order.
  ///
  /// - Parameters:
  ///   - episodes: the period's episodes, in any order.
  ///   - extensions: extensions of the s32 period known for these proceedings (the return does
  ///     not record them), applied as s32(8) says.
  ///   - reportDay: the day the estimate is made; episodes after it are ignored.
  /// - Throws: ``ProceedingsError`` when an extension is invalid for proceedings beginning on the
  ///   interim order's first day.
  public static func estimate(
    child: String, episodes: [Episode], extensions: [TimetableExtension] = [],
    reportDay: CalendarDay
  ) throws(ProceedingsError) -> ProceedingsEstimate? {
    let ordered = episodes.filter { $0.start <= reportDay }.sorted { $0.start < $1.start }
    guard let first = ordered.firstIndex(where: { $0.legalStatus == interimCareOrder }) else {
      return nil
    }
    let start = ordered[first].start
    var outcome = ProceedingsEstimate.Outcome.open
    var outcomeDay: CalendarDay?
    if let next = ordered[(first + 1)...].first(where: { $0.legalStatus != interimCareOrder }) {
      outcomeDay = next.start
      outcome =
        switch next.legalStatus {
        case fullCareOrder: .fullCareOrder
        case placementOrder: .placementOrder
        default: .otherLegalStatus
        }
    } else if let last = ordered.last, let end = last.end, end <= reportDay {
      outcomeDay = end
      let reason = last.reasonEnded ?? ""
      outcome =
        ordersEndingCare.contains(reason)
        ? .leftCareUnderOrder : returnsHome.contains(reason) ? .returnedHome : .endedOtherwise
    }
    let proceedings = try CareProceedings(
      issued: start, extensions: extensions,
      disposed: outcome == .endedOtherwise ? nil : outcomeDay)
    return ProceedingsEstimate(
      child: child, interimOrderStart: start, outcome: outcome, outcomeDay: outcomeDay,
      statutoryLimit: proceedings.statutoryLimit, finalDeadline: proceedings.finalDeadline)
  }

  /// The estimates summarised on `reportDay`, beside the latest national figure.
  public static func summary(_ estimates: [ProceedingsEstimate], reportDay: CalendarDay)
    -> ProceedingsSummary
  {
    ProceedingsSummary(estimates, reportDay: reportDay)
  }
}

/// One period of care's estimated proceedings.
public struct ProceedingsEstimate: Sendable, Hashable, Codable {
  /// How the proceedings ended, by the convention of ``ProceedingsMonitor``.
  public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// A full care order (C2) followed the interim order.
    case fullCareOrder
    /// A placement order (E1) followed the interim order.
    case placementOrder
    /// Another legal status followed (the interim order lapsed or was replaced).
    case otherLegalStatus
    /// The child left care under a child arrangements or special guardianship order.
    case leftCareUnderOrder
    /// The child returned home or to relatives.
    case returnedHome
    /// Care ended for a reason that says nothing about the proceedings: counted, not measured.
    case endedOtherwise
    /// No outcome yet on the report day.
    case open
  }

  /// The child (pseudonymise before export).
  public let child: String
  /// The first day of the first interim care order: the estimate's day 1.
  public let interimOrderStart: CalendarDay
  /// How the proceedings ended.
  public let outcome: Outcome
  /// The day of the outcome, if any.
  public let outcomeDay: CalendarDay?
  /// The last day of the 26 weeks beginning with ``interimOrderStart``; `nil` before
  /// 22 April 2014, when there was no such limit.
  public let statutoryLimit: CalendarDay?
  /// The limit after any extensions.
  public let finalDeadline: CalendarDay?

  /// Whether the outcome is a measured end of the proceedings (not open, not ended otherwise).
  public var isConcluded: Bool { outcome != .open && outcome != .endedOtherwise }

  /// Weeks from day 1 to the outcome day, or to `reportDay` while open.
  public func weeks(asOf reportDay: CalendarDay) -> Double {
    Double(interimOrderStart.distance(to: outcomeDay ?? reportDay)) / 7
  }

  /// Whether a concluded case ended on or before the 26-week limit (`nil` when open, ended
  /// otherwise, or begun before the limit existed).
  public var concludedWithinLimit: Bool? {
    guard isConcluded, let outcomeDay, let statutoryLimit else { return nil }
    return outcomeDay <= statutoryLimit
  }

  /// Whether it is open on `reportDay` past its final deadline (the limit, extended).
  public func isOpenPastDeadline(on reportDay: CalendarDay) -> Bool {
    guard outcome == .open, let finalDeadline else { return false }
    return reportDay > finalDeadline
  }
}

/// The proceedings of a local authority on a report day, set beside the national figure.
public struct ProceedingsSummary: Sendable, Hashable, Codable {
  /// The report day.
  public let reportDay: CalendarDay
  /// Periods of care with an interim care order.
  public let estimated: Int
  /// Concluded with a limit to measure against (interim order on or after 22 April 2014).
  public let concluded: Int
  /// Of ``concluded``, how many ended on or before the 26-week limit.
  public let concludedWithin26Weeks: Int
  /// ``concludedWithin26Weeks`` / ``concluded``; `nil` when none concluded.
  public let shareWithin26Weeks: Double?
  /// Mean and median weeks to the outcome of the concluded ones; `nil` when none.
  public let meanWeeks: Double?
  /// The median weeks.
  public let medianWeeks: Double?
  /// Open on the report day.
  public let open: Int
  /// Open past the 26-week limit (with any known extensions) on the report day.
  public let openPastDeadline: Int
  /// Ended for a reason that says nothing about the proceedings.
  public let endedOtherwise: Int
  /// Begun before 22 April 2014, when there was no 26-week limit.
  public let beforeLimit: Int
  /// Concluded proceedings' weeks, for a distribution chart.
  public let concludedWeeks: [Double]
  /// The latest national figure (MoJ FCSQ), for comparison.
  public let national: CareTimelinessFigure?

  /// What the estimate is and is not, to print beside it.
  public static let caveat =
    "An estimate from looked-after data: day 1 is the first day of the first interim care "
    + "order (C1) in a period of care, usually later than the day the application was issued, "
    + "so proceedings look shorter than they were; children subject to proceedings who were not "
    + "looked after are not in the return. The national figure (Family Court Statistics "
    + "Quarterly) measures from the first application to first disposal."

  init(_ estimates: [ProceedingsEstimate], reportDay: CalendarDay) {
    self.reportDay = reportDay
    let concluded = estimates.filter { $0.concludedWithinLimit != nil }
    let weeks = concluded.map { $0.weeks(asOf: reportDay) }.sorted()
    estimated = estimates.count
    self.concluded = concluded.count
    concludedWithin26Weeks = concluded.count { $0.concludedWithinLimit == true }
    shareWithin26Weeks =
      concluded.isEmpty ? nil : Double(concludedWithin26Weeks) / Double(concluded.count)
    meanWeeks = weeks.isEmpty ? nil : weeks.reduce(0, +) / Double(weeks.count)
    medianWeeks =
      weeks.isEmpty
      ? nil
      : weeks.count % 2 == 1
        ? weeks[weeks.count / 2] : (weeks[weeks.count / 2 - 1] + weeks[weeks.count / 2]) / 2
    open = estimates.count { $0.outcome == .open }
    openPastDeadline = estimates.count { $0.isOpenPastDeadline(on: reportDay) }
    endedOtherwise = estimates.count { $0.outcome == .endedOtherwise }
    beforeLimit = estimates.count { $0.statutoryLimit == nil }
    concludedWeeks = weeks
    national = CareTimelinessStatistics.latest
  }
}
