/// The timeliness of looked-after children's reviews (Care Planning, Placement and Case Review
/// (England) Regulations 2010, reg 33) in one collection year of SSDA903 returns.
///
/// The rule, for a period of care that starts on or after the first day of the earliest
/// collection year supplied ("fully assessable"), with the reg 33 ``Timescale`` the caller passes
/// (PracticeLaw's `law.cpr2010.reg33.reviews`: 20 working days, 3 months, then 6 months):
/// - due(1) is 20 working days after the period's start; due(2) is 3 calendar months after the
///   day review 1 was held, due(k) 6 months after review k−1 (corresponding-date rule);
/// - held(k) is the k-th distinct review date in the period, on or after its start;
/// - a due(k) is reported for the year when it falls in the year and on or before the period's
///   end (a child who left care before the due day owed no review) — so a review due on the
///   day the child left care is reported;
/// - on time if held(k) ≤ due(k), late if after, missing if there is no k-th review by the end
///   of the year's data (31 March); after a missing review the chain stops;
/// - periods made only of short breaks (LS V3/V4, reg 48) are excluded and counted.
///
/// Periods that started before the earliest supplied year — or whose first episode in the data
/// is not a start of care (RNE other than S), so the real start is earlier — are "partial":
/// their earlier reviews are not in the data. The rule chosen here (``facts``): the first review
/// of the period held on or after the window's start is the anchor and is not assessed; each
/// later review is due one repeating interval (6 months) after the one before, the longest
/// interval reg 33 allows, so a partial review is called late only if it is late whichever review
/// the anchor was. A partial period with no review in the window is counted apart. Partial
/// results are reported separately. Supplying earlier years' returns moves the window back, so
/// more periods become fully assessable.
///
/// Every due day comes from ``Timescale/schedule(for:events:asOf:calendar:)``, the library's one
/// evaluator, run on each period's own events: the start as the trigger and the period's reviews
/// as targets, with the data taken to end the day after the year (so that a review due on
/// 31 March and not held is missing, not "not yet due"); the period's end is applied here.
public struct ReviewTimeliness: Sendable, Hashable {
  /// How much of a period's review history is in the data.
  public enum Assessment: String, Sendable, Hashable, Codable, CaseIterable {
    /// The period started inside the window: every review from the first is assessed.
    case full
    /// The period started before the window (or before its first episode in the data):
    /// assessed from its first review in the window.
    case partial
  }

  /// One review due in the year.
  public struct Item: Sendable, Hashable, Codable {
    /// The child.
    public let child: String
    /// The day the period of care started.
    public let periodStart: CalendarDay
    /// Which review: k for the k-th review of the period (full), or the k-th review after the
    /// anchor review (partial).
    public let review: Int
    /// The last day for the review.
    public let due: CalendarDay
    /// The day it was held, or `nil` when missing.
    public let held: CalendarDay?
    /// On time, late or missing.
    public let status: DueItem.Status
    /// Full or partial.
    public let assessment: Assessment
  }

  /// Counts of reviews due in the year, by status.
  public struct Counts: Sendable, Hashable, Codable {
    /// Reviews on time.
    public var onTime = 0
    /// Reviews held after their due day.
    public var late = 0
    /// Reviews not held.
    public var missing = 0
    /// All reviews due: on time + late + missing.
    public var due: Int { onTime + late + missing }

    mutating func add(_ status: DueItem.Status) {
      switch status {
      case .onTime: onTime += 1
      case .late: late += 1
      case .missing: missing += 1
      case .notYetDue: break
      }
    }
  }

  /// The collection year audited.
  public let year: CollectionYear
  /// The first day of the earliest collection year supplied.
  public let windowStart: CalendarDay
  /// Periods of care that share a day with the year (short breaks included).
  public let periodsOfCare: Int
  /// Of those, periods that started on or after ``windowStart`` (with a first episode that
  /// began care) and are not short breaks.
  public let fullyAssessablePeriods: Int
  /// Of those, the other periods that are not short breaks (see ``Assessment/partial``).
  public let partialPeriods: Int
  /// Partial periods with no review in the window, so nothing to assess.
  public let partialPeriodsWithoutReview: Int
  /// Periods made only of short breaks (reg 48), excluded.
  public let excludedShortBreaks: Int
  /// Reviews of fully assessable periods due in the year.
  public let full: Counts
  /// Reviews of partial periods due in the year.
  public let partial: Counts
  /// Every review due in the year, by child, period and review.
  public let items: [Item]

  /// Audits the reviews of `current` (the year audited), with earlier years' returns extending
  /// the window. Episodes found in more than one return (the same child and DECOM) are taken
  /// from the latest year, which knows how they ended.
  ///
  /// - Parameters:
  ///   - current: the return of the year audited.
  ///   - prior: earlier years' returns, which extend the window periods are assessed in.
  ///   - timescale: the reg 33 review chain (trigger, target and periods are used).
  ///   - calendar: the working-day calendar for the first review (England and Wales).
  /// - Throws: ``Period/PeriodError`` when a due day is outside the calendar's range.
  public static func audit(
    _ current: SSDA903.Return, prior: [SSDA903.Return] = [], timescale: Timescale,
    calendar: WorkingCalendar
  ) throws(Period.PeriodError) -> ReviewTimeliness {
    let returns = ([current] + prior).sorted { $0.year < $1.year }
    var episodes = current.episodes
    if !prior.isEmpty {
      var latest: [EpisodeKey: SSDA903.Episode] = [:]
      for episode in returns.flatMap(\.episodes) {
        latest[EpisodeKey(child: episode.child, start: episode.start)] = episode
      }
      episodes = Array(latest.values)
    }
    return try audit(
      periods: SSDA903.PeriodOfCare.periods(of: episodes),
      reviews: returns.flatMap(\.reviews), year: current.year,
      windowStart: returns.first?.year.start ?? current.year.start, timescale: timescale,
      calendar: calendar)
  }

  /// Audits the reviews of `periods` due in `year`, the data covering `windowStart` to the
  /// year's end.
  /// - Throws: ``Period/PeriodError`` when a due day is outside the calendar's range.
  public static func audit(
    periods: [SSDA903.PeriodOfCare], reviews: [SSDA903.Review], year: CollectionYear,
    windowStart: CalendarDay, timescale: Timescale, calendar: WorkingCalendar
  ) throws(Period.PeriodError) -> ReviewTimeliness {
    // Each child's review days, sorted and distinct: one sort, then a range per child.
    let sorted = reviews.sorted()
    var days: [CalendarDay] = []
    var ranges: [String: Range<Int>] = [:]
    for review in sorted where days.last != review.day || ranges[review.child] == nil {
      if let range = ranges[review.child] {
        ranges[review.child] = range.lowerBound..<(days.count + 1)
      } else {
        ranges[review.child] = days.count..<(days.count + 1)
      }
      days.append(review.day)
    }
    let partialChain = timescale.periods.last.flatMap {
      try? Timescale(
        id: timescale.id + ".partial",
        title: timescale.title + " (from the first review in the data)",
        trigger: "anchorReview", target: timescale.target,
        periods: [$0], repeatsLast: true, provenance: timescale.provenance)
    }
    var counts = [Assessment.full: Counts(), .partial: Counts()]
    var tally = (periods: 0, full: 0, partial: 0, withoutReview: 0, shortBreaks: 0)
    var items: [Item] = []
    for period in periods where period.overlaps(year.start, year.end) {
      tally.periods += 1
      if period.isShortBreaksOnly {
        tally.shortBreaks += 1
        continue
      }
      let last = min(period.end ?? year.end, year.end)
      let held =
        ranges[period.child].map { days[$0].filter { $0 >= period.start && $0 <= last } } ?? []
      let assessment: Assessment
      let anchor: CalendarDay
      let chain: Timescale
      var targets = held
      if period.start >= windowStart, period.beginsInData {
        tally.full += 1
        (assessment, anchor, chain) = (.full, period.start, timescale)
      } else {
        tally.partial += 1
        guard let first = held.first(where: { $0 >= windowStart }), let partialChain else {
          tally.withoutReview += 1
          continue
        }
        targets = held.filter { $0 > first }
        (assessment, anchor, chain) = (.partial, first, partialChain)
      }
      let events =
        [CaseEvent(subject: period.child, kind: chain.trigger, day: anchor)]
        + targets.map { CaseEvent(subject: period.child, kind: chain.target, day: $0) }
      for due in try chain.schedule(
        for: period.child, events: events, asOf: year.end.advanced(by: 1), calendar: calendar)
      where year.contains(due.dueDay) && due.dueDay <= (period.end ?? year.end) {
        counts[assessment, default: Counts()].add(due.status)
        items.append(
          Item(
            child: period.child, periodStart: period.start, review: due.number,
            due: due.dueDay, held: due.actualDay, status: due.status, assessment: assessment))
      }
    }
    return ReviewTimeliness(
      year: year, windowStart: windowStart, periodsOfCare: tally.periods,
      fullyAssessablePeriods: tally.full, partialPeriods: tally.partial,
      partialPeriodsWithoutReview: tally.withoutReview, excludedShortBreaks: tally.shortBreaks,
      full: counts[.full] ?? Counts(), partial: counts[.partial] ?? Counts(), items: items)
  }

  private struct EpisodeKey: Hashable {
    let child: String
    let start: CalendarDay
  }

  /// The conventions this audit applies where the regulations and the issue leave a choice.
  public static let facts: [Fact] = {
    let reg33 = Source.carePlanning2010("reg 33(1)–(2)", path: "part/6/made")
    let reg48 = Source.carePlanning2010("reg 48", path: "part/9/made")
    let convention = Source(
      .seedDocument, title: "PracticeKit issue 6: looked-after review timeliness",
      locator: "§3")
    return [
      Fact(
        id: "audit.reviews.due-on-leaving",
        statement: "A review due on or before the day a period of care ended is owed and "
          + "reported; one due after it is not.",
        provenance: Provenance(.verified, [reg33, convention])),
      Fact(
        id: "audit.reviews.partial",
        statement: "A period of care that started before the earliest supplied collection year "
          + "is assessed from its first review in the data, which is not itself assessed; each "
          + "later review is due 6 months after the one before. Reported separately.",
        provenance: Provenance(
          .unverified, [reg33, convention],
          note: "A PracticeKit convention (issue 6 §3), not a rule of the regulations: reg 33 "
            + "sets the first review within 20 working days, the second within 3 months and "
            + "later ones within 6 months; before the data the number of earlier reviews is "
            + "unknown, so the longest interval is used.")),
      Fact(
        id: "audit.reviews.short-breaks",
        statement: "Periods made only of short-break episodes (LS V3 or V4) are excluded from "
          + "reg 33 review timeliness and counted.",
        provenance: Provenance(.verified, [reg48, convention])),
    ]
  }()
}
