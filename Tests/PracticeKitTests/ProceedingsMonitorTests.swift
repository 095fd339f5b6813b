import PracticeKit
import Testing

@Suite("Care-proceedings monitor (estimate from SSDA903 episodes)")
struct ProceedingsMonitorTests {
  typealias Episode = ProceedingsMonitor.Episode
  static let reportDay = CalendarDay(2025, 12, 31)

  static func episode(
    _ start: CalendarDay, _ end: CalendarDay?, _ status: String, _ reason: String? = nil
  ) -> Episode {
    Episode(start: start, end: end, legalStatus: status, reasonEnded: reason)
  }

  static func estimate(
    _ episodes: [Episode], extensions: [TimetableExtension] = [], on day: CalendarDay = reportDay
  ) throws -> ProceedingsEstimate {
    try #require(
      try ProceedingsMonitor.estimate(
        child: "C1", episodes: episodes, extensions: extensions, reportDay: day))
  }

  @Test("C1 then C2 on the last day of the 26 weeks: within; the day after: outside")
  func limitBoundary() throws {
    let ico = CalendarDay(2025, 1, 6)
    // 26 weeks beginning with 6 January 2025 end on 6 July 2025 (issue + 181 days).
    let within = try Self.estimate([
      Self.episode(ico, CalendarDay(2025, 7, 6), "C1", "X1"),
      Self.episode(CalendarDay(2025, 7, 6), nil, "C2"),
    ])
    #expect(within.statutoryLimit == CalendarDay(2025, 7, 6))
    #expect(within.outcome == .fullCareOrder)
    #expect(within.concludedWithinLimit == true)
    #expect(abs(within.weeks(asOf: Self.reportDay) - 181.0 / 7) < 1e-12)
    let outside = try Self.estimate([
      Self.episode(ico, CalendarDay(2025, 7, 7), "C1", "X1"),
      Self.episode(CalendarDay(2025, 7, 7), nil, "E1"),
    ])
    #expect(outside.outcome == .placementOrder)
    #expect(outside.concludedWithinLimit == false)
  }

  @Test("a known extension moves the deadline but not the 26-week measure")
  func extensionApplied() throws {
    let ico = CalendarDay(2025, 1, 6)
    let episodes = [Self.episode(ico, nil, "C1")]
    let extended = try Self.estimate(
      episodes, extensions: [TimetableExtension(granted: CalendarDay(2025, 6, 30), weeks: 8)],
      on: CalendarDay(2025, 8, 31))
    // s32(8): eight weeks after the later of the limit (6 July) and the grant (30 June).
    #expect(extended.finalDeadline == CalendarDay(2025, 8, 31))
    #expect(extended.outcome == .open)
    #expect(!extended.isOpenPastDeadline(on: CalendarDay(2025, 8, 31)))
    #expect(extended.isOpenPastDeadline(on: CalendarDay(2025, 9, 1)))
    let unextended = try Self.estimate(episodes, on: CalendarDay(2025, 8, 31))
    #expect(unextended.isOpenPastDeadline(on: CalendarDay(2025, 7, 7)))
    #expect(!unextended.isOpenPastDeadline(on: CalendarDay(2025, 7, 6)))
  }

  @Test("open on the report day: weeks run to the report day; later episodes are ignored")
  func openOnReportDay() throws {
    let estimate = try Self.estimate(
      [
        Self.episode(CalendarDay(2025, 10, 1), nil, "C1"),
        Self.episode(CalendarDay(2026, 1, 5), nil, "C2"),
      ], on: Self.reportDay)
    #expect(estimate.outcome == .open)
    #expect(estimate.outcomeDay == nil)
    #expect(estimate.weeks(asOf: Self.reportDay) == 13)
    #expect(estimate.concludedWithinLimit == nil)
  }

  @Test("an interim order before 22 April 2014 had no limit: counted, not measured")
  func beforeTheLimit() throws {
    let estimate = try Self.estimate([
      Self.episode(CalendarDay(2014, 4, 21), CalendarDay(2014, 9, 1), "C1", "X1"),
      Self.episode(CalendarDay(2014, 9, 1), nil, "C2"),
    ])
    #expect(estimate.statutoryLimit == nil)
    #expect(estimate.concludedWithinLimit == nil)
    let onTheDay = try Self.estimate([Self.episode(CalendarDay(2014, 4, 22), nil, "C1")])
    #expect(onTheDay.statutoryLimit == CalendarDay(2014, 10, 20))
    #expect(
      throws: ProceedingsError.noLimitToExtend,
      performing: {
        try Self.estimate(
          [Self.episode(CalendarDay(2014, 4, 21), nil, "C1")],
          extensions: [TimetableExtension(granted: CalendarDay(2014, 6, 1), weeks: 4)])
      })
  }

  @Test(
    "leaving care under the interim order: the reason decides the outcome",
    arguments: [
      ("E41", ProceedingsEstimate.Outcome.leftCareUnderOrder),
      ("E45", .leftCareUnderOrder), ("E48", .leftCareUnderOrder), ("E4A", .returnedHome),
      ("E4B", .returnedHome), ("E13", .returnedHome), ("E3", .endedOtherwise),
      ("E9", .endedOtherwise), ("E8", .endedOtherwise),
    ])
  func leftCare(reason: String, outcome: ProceedingsEstimate.Outcome) throws {
    let estimate = try Self.estimate([
      Self.episode(CalendarDay(2025, 2, 3), CalendarDay(2025, 5, 1), "C1", reason)
    ])
    #expect(estimate.outcome == outcome)
    #expect(estimate.outcomeDay == CalendarDay(2025, 5, 1))
    #expect(estimate.isConcluded == (outcome != .endedOtherwise))
  }

  @Test("the first C1 starts the clock; an s20 episode after it ends the order; none → nil")
  func conventions() throws {
    let estimate = try Self.estimate([
      Self.episode(CalendarDay(2025, 3, 3), CalendarDay(2025, 3, 10), "V2", "X1"),
      Self.episode(CalendarDay(2025, 3, 10), CalendarDay(2025, 4, 1), "C1", "X1"),
      Self.episode(CalendarDay(2025, 4, 1), CalendarDay(2025, 5, 1), "C1", "X1"),
      Self.episode(CalendarDay(2025, 5, 1), nil, "V2"),
    ])
    #expect(estimate.interimOrderStart == CalendarDay(2025, 3, 10))
    #expect(estimate.outcome == .otherLegalStatus)
    #expect(estimate.outcomeDay == CalendarDay(2025, 5, 1))
    #expect(
      try ProceedingsMonitor.estimate(
        child: "C2", episodes: [Self.episode(CalendarDay(2025, 1, 1), nil, "V2")],
        reportDay: Self.reportDay) == nil)
  }

  @Test("summary: share within 26 weeks, mean and median, open past deadline, national figure")
  func summary() throws {
    func concluded(weeks: Int) throws -> ProceedingsEstimate {
      let start = CalendarDay(2025, 1, 6)
      return try Self.estimate([
        Self.episode(start, try start.adding(days: weeks * 7), "C1", "X1"),
        Self.episode(try start.adding(days: weeks * 7), nil, "C2"),
      ])
    }
    let estimates = [
      try concluded(weeks: 20), try concluded(weeks: 30), try concluded(weeks: 40),
      try Self.estimate([Self.episode(CalendarDay(2025, 1, 6), nil, "C1")]),
      try Self.estimate([Self.episode(CalendarDay(2025, 11, 3), nil, "C1")]),
      try Self.estimate([
        Self.episode(CalendarDay(2025, 2, 3), CalendarDay(2025, 3, 1), "C1", "E3")
      ]),
      try Self.estimate([
        Self.episode(CalendarDay(2013, 5, 1), CalendarDay(2014, 1, 1), "C1", "E41")
      ]),
    ]
    let summary = ProceedingsMonitor.summary(estimates, reportDay: Self.reportDay)
    #expect(summary.estimated == 7)
    #expect(summary.concluded == 3)
    #expect(summary.concludedWithin26Weeks == 1)
    #expect(summary.shareWithin26Weeks == 1.0 / 3)
    #expect(summary.meanWeeks == 30)
    #expect(summary.medianWeeks == 30)
    #expect(summary.open == 2)
    #expect(summary.openPastDeadline == 1)
    #expect(summary.endedOtherwise == 1)
    #expect(summary.beforeLimit == 1)
    #expect(summary.concludedWeeks == [20, 30, 40])
    #expect(summary.national?.meanWeeks == 40)
    #expect(ProceedingsSummary.caveat.contains("estimate from looked-after data"))
  }

  @Test("an empty set summarises to zeros and no averages")
  func emptySummary() {
    let summary = ProceedingsMonitor.summary([], reportDay: Self.reportDay)
    #expect(summary.estimated == 0)
    #expect(summary.shareWithin26Weeks == nil)
    #expect(summary.meanWeeks == nil)
    #expect(summary.medianWeeks == nil)
  }
}
