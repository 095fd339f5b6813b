import PracticeAudit
import Testing

/// The reg 33 review rule on hand-built periods of care. Working-day due days were checked
/// against numpy's `busday_offset` with the same bank holidays.
@Suite("Looked-after review timeliness")
struct TimelinessReviewTests {
  static func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  /// The shape of the statutory chain; the statutory value itself belongs to PracticeLaw.
  static func reg33() throws -> Timescale {
    try Timescale(
      id: "test.reg33", title: "Reviews", trigger: "startedLookedAfter",
      target: "lookedAfterReview",
      periods: [Period(20, .workingDays), Period(3, .months), Period(6, .months)],
      repeatsLast: true, endsOn: ["ceasedLookedAfter"],
      provenance: Provenance(.unverified, [Source(.research, title: "test fixture")]))
  }

  /// Audits one child's period (2024/25 is the year and the whole window unless told).
  static func audit(
    start: String, end: String? = nil, statuses: [String] = ["C2"], reviews: [String],
    window: String = "2024-04-01", yearEnding: Int = 2025
  ) throws -> ReviewTimeliness {
    let period = SSDA903.PeriodOfCare(
      child: "A1", start: try day(start), end: try end.map(day), legalStatuses: statuses)
    return try ReviewTimeliness.audit(
      periods: [period], reviews: try reviews.map { SSDA903.Review(child: "A1", day: try day($0)) },
      year: CollectionYear(endingIn: yearEnding), windowStart: try day(window),
      timescale: reg33(), calendar: .englandAndWales)
  }

  /// (review, due, held, status) for each item, as text.
  static func summary(_ result: ReviewTimeliness) -> [String] {
    result.items.map {
      "\($0.review) \($0.due) \($0.held.map(String.init(describing:)) ?? "-") \($0.status.rawValue)"
    }
  }

  @Test(
    "the first review is due on the 20th working day after the period starts",
    arguments: [
      ("2024-07-01", "onTime"), ("2024-07-02", "late"), ("2024-06-03", "onTime"),
    ])
  func firstReview(held: String, status: String) throws {
    let result = try Self.audit(start: "2024-06-03", reviews: [held])
    #expect(result.items.first?.due == (try Self.day("2024-07-01")))
    #expect(result.items.first?.status.rawValue == status)
  }

  @Test("working days skip Christmas, Boxing Day and New Year's Day")
  func bankHolidays() throws {
    let result = try Self.audit(start: "2024-12-20", reviews: ["2025-01-22", "2025-04-25"])
    #expect(Self.summary(result) == ["1 2025-01-22 2025-01-22 onTime"])
    let late = try Self.audit(start: "2024-12-20", reviews: ["2025-01-23"])
    #expect(late.items.first?.status == .late)
    // Late August: the summer bank holiday (26 August 2024) moves the first due day to 3 September.
    let august = try Self.audit(start: "2024-08-05", reviews: [])
    #expect(august.items.first?.due == (try Self.day("2024-09-03")))
  }

  @Test("a first review on 31 August makes the second due on 30 November")
  func monthEnd() throws {
    let onTime = try Self.audit(start: "2024-08-05", reviews: ["2024-08-31", "2024-11-30"])
    // Review 3 falls due on 30 May 2025, after the year: not reported.
    #expect(
      Self.summary(onTime) == [
        "1 2024-09-03 2024-08-31 onTime", "2 2024-11-30 2024-11-30 onTime",
      ])
    let late = try Self.audit(start: "2024-08-05", reviews: ["2024-08-31", "2024-12-01"])
    #expect(late.items.map(\.status) == [.onTime, .late])
  }

  @Test("a late review moves the rest of the chain; a missing one ends it")
  func lateShiftsChain() throws {
    let result = try Self.audit(start: "2024-06-03", reviews: ["2024-07-10", "2024-10-10"])
    // Due 10 October (3 months after the late review), not 1 October.
    #expect(
      Self.summary(result) == [
        "1 2024-07-01 2024-07-10 late", "2 2024-10-10 2024-10-10 onTime",
      ])
    let missing = try Self.audit(start: "2024-06-03", reviews: ["2024-07-01"])
    #expect(Self.summary(missing) == ["1 2024-07-01 2024-07-01 onTime", "2 2024-10-01 - missing"])
    #expect(missing.full.due == 2 && missing.full.missing == 1)
  }

  @Test("a review due on the last day of the year and not held is missing")
  func dueOnYearEnd() throws {
    let result = try Self.audit(start: "2024-08-05", reviews: ["2024-08-31", "2024-09-30"])
    #expect(Self.summary(result).last == "3 2025-03-30 - missing")
    let yearEnd = try Self.audit(start: "2024-06-03", reviews: ["2024-07-01", "2024-09-30"])
    #expect(Self.summary(yearEnd).last == "3 2025-03-30 - missing")
    let onLastDay = try Self.audit(
      start: "2024-06-03", reviews: ["2024-07-01", "2024-09-30", "2025-03-31"])
    #expect(onLastDay.items.last?.status == .late)
  }

  @Test(
    "a child who leaves care before the due day owed no review; on the due day, did",
    arguments: [("2024-06-28", 0), ("2024-06-30", 0), ("2024-07-01", 1), ("2024-07-02", 1)])
  func leftCare(end: String, reported: Int) throws {
    let result = try Self.audit(start: "2024-06-03", end: end, reviews: [])
    #expect(result.items.count == reported)
    #expect(result.full.missing == reported)
  }

  @Test("reviews after the period ended do not count")
  func reviewAfterEnd() throws {
    let result = try Self.audit(start: "2024-06-03", end: "2024-07-01", reviews: ["2024-07-02"])
    #expect(Self.summary(result) == ["1 2024-07-01 - missing"])
  }

  @Test("the same review date twice counts once")
  func distinctDates() throws {
    let result = try Self.audit(
      start: "2024-06-03", reviews: ["2024-06-20", "2024-06-20", "2024-09-20"])
    #expect(
      Self.summary(result) == [
        "1 2024-07-01 2024-06-20 onTime", "2 2024-09-20 2024-09-20 onTime",
        "3 2025-03-20 - missing",
      ])
  }

  @Test("periods made only of short breaks are excluded and counted")
  func shortBreaks() throws {
    let breaks = try Self.audit(start: "2024-06-03", statuses: ["V3", "V4"], reviews: [])
    #expect(breaks.items.isEmpty)
    #expect(breaks.excludedShortBreaks == 1 && breaks.periodsOfCare == 1)
    #expect(breaks.fullyAssessablePeriods == 0)
    let mixed = try Self.audit(start: "2024-06-03", statuses: ["V3", "C2"], reviews: [])
    #expect(mixed.excludedShortBreaks == 0 && mixed.items.count == 1)
  }

  @Test("a period that started before the window is assessed from its first review in it")
  func partial() throws {
    let result = try Self.audit(
      start: "2023-01-10", reviews: ["2022-12-01", "2024-05-15", "2024-11-15", "2025-01-10"])
    #expect(result.partialPeriods == 1 && result.fullyAssessablePeriods == 0)
    #expect(result.items.allSatisfy { $0.assessment == .partial })
    // The anchor (15 May) is not assessed; 15 November is due 6 months later.
    #expect(Self.summary(result) == ["1 2024-11-15 2024-11-15 onTime"])
    #expect(result.partial.due == 1 && result.full.due == 0)
    let late = try Self.audit(start: "2023-01-10", reviews: ["2024-05-15", "2024-11-16"])
    #expect(late.partial.late == 1)
    let none = try Self.audit(start: "2023-01-10", reviews: [])
    #expect(none.partialPeriodsWithoutReview == 1 && none.items.isEmpty)
  }

  @Test("supplying an earlier year makes an older period fully assessable")
  func priorWindow() throws {
    let partial = try Self.audit(start: "2023-06-05", reviews: ["2023-07-03", "2023-10-03"])
    #expect(partial.partialPeriodsWithoutReview == 1)
    let full = try Self.audit(
      start: "2023-06-05", reviews: ["2023-07-03", "2023-10-03"], window: "2023-04-01")
    #expect(full.fullyAssessablePeriods == 1)
    // Review 3 was due 3 April 2024, in 2024/25, and never held.
    #expect(Self.summary(full) == ["3 2024-04-03 - missing"])
  }

  @Test("a period whose first episode in the data is not a start of care is partial")
  func beganBeforeData() throws {
    let period = SSDA903.PeriodOfCare(
      child: "A1", start: try Self.day("2024-06-03"), end: nil, legalStatuses: ["C2"],
      beginsInData: false)
    let result = try ReviewTimeliness.audit(
      periods: [period],
      reviews: try ["2024-06-10", "2024-12-10"].map {
        SSDA903.Review(child: "A1", day: try Self.day($0))
      },
      year: CollectionYear(endingIn: 2025), windowStart: try Self.day("2024-04-01"),
      timescale: Self.reg33(), calendar: .englandAndWales)
    #expect(result.partialPeriods == 1 && result.fullyAssessablePeriods == 0)
    #expect(Self.summary(result) == ["1 2024-12-10 2024-12-10 onTime"])
    let episodes = [
      SSDA903.Episode(child: "A1", start: try Self.day("2024-06-03"), reasonNew: "P"),
      SSDA903.Episode(child: "A2", start: try Self.day("2024-06-03"), reasonNew: "S"),
      SSDA903.Episode(child: "A3", start: try Self.day("2024-06-03")),
    ]
    #expect(SSDA903.PeriodOfCare.periods(of: episodes).map(\.beginsInData) == [false, true, true])
  }

  @Test(
    "a review due on 31 March is in the year (missing when not held); one due on 1 April is not",
    arguments: [("2024-12-31", ["2 2025-03-31 - missing"]), ("2025-01-01", [])])
  func yearEndBoundary(first: String, expected: [String]) throws {
    // Started 2 December 2024: review 1 due 2 January 2025 (20 working days, Christmas skipped).
    let result = try Self.audit(start: "2024-12-02", reviews: [first])
    #expect(Array(Self.summary(result).dropFirst()) == expected)
    #expect(result.items.first?.due == (try Self.day("2025-01-02")))
  }

  @Test(
    "month ends and leap days follow the corresponding-date rule",
    arguments: [
      // 6 months after 31 August 2024 is 28 February 2025.
      (
        "2024-06-03", ["2024-06-28", "2024-08-31", "2025-02-28"], 2025,
        "3 2025-02-28 2025-02-28 onTime"
      ),
      (
        "2024-06-03", ["2024-06-28", "2024-08-31", "2025-03-01"], 2025,
        "3 2025-02-28 2025-03-01 late"
      ),
      // 3 months after 29 November 2023 is 29 February 2024, a leap day.
      ("2023-11-01", ["2023-11-29", "2024-02-29"], 2024, "2 2024-02-29 2024-02-29 onTime"),
      ("2023-11-01", ["2023-11-29", "2024-03-01"], 2024, "2 2024-02-29 2024-03-01 late"),
    ])
  func monthEndsAndLeapDays(start: String, reviews: [String], year: Int, last: String) throws {
    let result = try Self.audit(
      start: start, reviews: reviews, window: "2023-04-01", yearEnding: year)
    #expect(Self.summary(result).last == last)
  }
}
