import PracticeLaw
import Testing

@Suite("Order durations")
struct OrderDurationTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test(
    "EPO: the eighth day; with s45(2), noon on the first later day that is not a public holiday",
    arguments: [
      ("2026-11-23", false, "2026-11-30", false),
      ("2026-11-23", true, "2026-11-30", false),  // a Monday: no holiday
      ("2026-11-22", true, "2026-11-30", true),  // eighth day a Sunday → Monday noon
      ("2026-03-27", true, "2026-04-04", true),  // Good Friday → Saturday noon
      ("2026-03-28", true, "2026-04-04", false),  // a Saturday is not a public holiday
      ("2026-03-30", true, "2026-04-07", true),  // Easter Monday → Tuesday noon
      ("2026-12-18", true, "2026-12-29", true),  // Christmas, Boxing Day (Sat), Sunday, substitute
      ("2026-12-18", false, "2026-12-25", false),
      ("2024-02-22", false, "2024-02-29", false),  // leap day
    ])
  func emergencyProtectionOrder(made: String, rule: Bool, end: String, noon: Bool) throws {
    let result = try OrderDurations.emergencyProtectionOrderEnd(
      madeOn: day(made), applyingHolidayRule: rule)
    #expect(result.lastDay?.description == end)
    #expect(result.endsAtNoon == noon)
    #expect(result.provenance.verification == (noon ? .unverified : .secondary))
  }

  @Test("EPO extension: once only, at most seven days")
  func emergencyProtectionOrderExtension() throws {
    let end = try day("2026-11-30")
    let extended = try OrderDurations.emergencyProtectionOrderExtension(
      currentEnd: end, byDays: 7, previousExtensions: 0)
    #expect(extended.lastDay == (try day("2026-12-07")))
    #expect(throws: OrderError.alreadyExtended) {
      try OrderDurations.emergencyProtectionOrderExtension(
        currentEnd: end, byDays: 1, previousExtensions: 1)
    }
    #expect(throws: OrderError.extensionTooLong(maximumDays: 7)) {
      try OrderDurations.emergencyProtectionOrderExtension(
        currentEnd: end, byDays: 8, previousExtensions: 0)
    }
    #expect(throws: OrderError.shortensOrder) {
      try OrderDurations.emergencyProtectionOrderExtension(
        currentEnd: end, byDays: 0, previousExtensions: 0)
    }
  }

  @Test("child assessment order: seven days beginning with the start; police protection: 72 hours")
  func shortOrders() throws {
    #expect(
      try OrderDurations.childAssessmentOrderEnd(assessmentBegins: day("2026-02-23")).lastDay
        == (try day("2026-03-01")))
    #expect(
      try OrderDurations.childAssessmentOrderEnd(assessmentBegins: day("2028-02-23")).lastDay
        == (try day("2028-02-29")))
    // 14:30 GMT Friday 27 March 2026; the clocks go forward on Sunday 29th: 15:30 BST Monday.
    let end = try OrderDurations.policeProtectionEnd(from: day("2026-03-27"), minuteOfDay: 870)
    #expect(end.description == "2026-03-30 15:30 BST")
    // Issue 15: 12:00 BST Friday 24 October 2025 → 11:00 GMT Monday 27 October (not 12:00).
    let autumn = try OrderDurations.policeProtectionEnd(from: day("2025-10-24"), minuteOfDay: 720)
    #expect(autumn.description == "2025-10-27 11:00 GMT")
    let summer = try OrderDurations.policeProtectionEnd(from: day("2026-07-03"), minuteOfDay: 720)
    #expect(summer.description == "2026-07-06 12:00 BST")
    #expect(throws: OrderError.civilTime(.minuteOutOfRange)) {
      try OrderDurations.policeProtectionEnd(from: day("2026-03-27"), minuteOfDay: 1440)
    }
    #expect(throws: OrderError.civilTime(.ambiguousWithoutZone)) {
      try OrderDurations.policeProtectionEnd(from: day("2025-10-26"), minuteOfDay: 75)
    }
    let repeated = try OrderDurations.policeProtectionEnd(
      from: day("2025-10-26"), minuteOfDay: 75, zone: .gmt)
    #expect(repeated.description == "2025-10-29 01:15 GMT")
  }

  @Test(
    "EPO on an s46(7) application: eight days beginning with the first day of police protection",
    arguments: [
      // Taken Friday 6 March 2026, order Monday 9 March: ends Friday 13th, not Monday 16th.
      ("2026-03-06", "2026-03-09", false, "2026-03-13", false),
      // Order made the same day police protection began: the ordinary eight days.
      ("2026-03-06", "2026-03-06", false, "2026-03-13", false),
      // Across a leap day; with s45(2), an eighth day on a Sunday moves to Monday noon.
      ("2024-02-26", "2024-02-28", false, "2024-03-04", false),
      ("2026-11-15", "2026-11-17", true, "2026-11-23", true),
    ])
  func emergencyProtectionAfterPoliceProtection(
    taken: String, made: String, rule: Bool, end: String, noon: Bool
  ) throws {
    let result = try OrderDurations.emergencyProtectionOrderEnd(
      madeOn: day(made), policeProtectionBegan: day(taken), applyingHolidayRule: rule)
    #expect(result.lastDay?.description == end)
    #expect(result.endsAtNoon == noon)
    #expect(throws: OrderError.beforePoliceProtection) {
      try OrderDurations.emergencyProtectionOrderEnd(
        madeOn: day("2026-03-05"), policeProtectionBegan: day("2026-03-06"))
    }
  }

  @Test(
    "s37(4): the report is due by the end of eight weeks beginning with the direction",
    arguments: [
      ("2026-03-02", "2026-04-26"),  // 56 days counting the direction day
      ("2024-02-01", "2024-03-27"),  // across a leap day
      ("2026-12-31", "2027-02-24"),  // across a year end
    ])
  func section37(directed: String, due: String) throws {
    let end = try OrderDurations.section37ReportDue(directedOn: day(directed))
    #expect(end.lastDay?.description == due)
    #expect(end.provenance.verification == .secondary)
    #expect(end.rule.contains("unless the court otherwise directs"))
  }

  @Test("interim orders: a first order before 22 April 2014 and a later one after it")
  func interimAcrossReforms() throws {
    // First order 1 March 2014; renewal 25 April 2014: no fixed day, tagged unverified, and the
    // old caps would end it on 22 May (4 weeks) rather than 25 April (the first 8 weeks).
    let later = try OrderDurations.interimOrderEnd(
      madeOn: day("2014-04-25"), firstOrderMadeOn: day("2014-03-01"))
    #expect(later.lastDay == nil)
    #expect(later.provenance.verification == .unverified)
    #expect(later.rule.contains("2014-05-22"))
    // Made on 22 April 2014 itself, the first order on the 21st.
    let onTheDay = try OrderDurations.interimOrderEnd(
      madeOn: day("2014-04-22"), firstOrderMadeOn: day("2014-04-21"))
    #expect(onTheDay.rule.contains("2014-06-15"))
    // Both orders after the reforms: no cap, verified.
    let both = try OrderDurations.interimOrderEnd(
      madeOn: day("2014-05-20"), firstOrderMadeOn: day("2014-04-22"))
    #expect(both.lastDay == nil && both.provenance.verification == .verified)
    // Both before: the old caps, as before.
    let before = try OrderDurations.interimOrderEnd(
      madeOn: day("2014-04-21"), firstOrderMadeOn: day("2014-03-01"))
    #expect(before.lastDay == (try day("2014-05-18")))
  }

  @Test(
    "supervision order: one year and at most three years beginning with the day made",
    arguments: [
      ("2025-03-15", "2026-03-14", "2028-03-14"),
      ("2024-02-29", "2025-02-28", "2027-02-28"),
      ("2024-03-01", "2025-02-28", "2027-02-28"),
      ("2025-12-31", "2026-12-30", "2028-12-30"),
    ])
  func supervisionOrder(made: String, end: String, maximum: String) throws {
    #expect(try OrderDurations.supervisionOrderEnd(madeOn: day(made)).lastDay?.description == end)
    #expect(try OrderDurations.supervisionOrderMaximumEnd(madeOn: day(made)).description == maximum)
  }

  @Test("supervision order extension: up to the three-year day, not beyond")
  func supervisionOrderExtension() throws {
    let made = try day("2025-03-15")
    let current = try day("2026-03-14")
    let ok = try OrderDurations.supervisionOrderExtension(
      madeOn: made, currentEnd: current, to: day("2028-03-14"))
    #expect(ok.lastDay == (try day("2028-03-14")))
    #expect(throws: OrderError.beyondMaximum(try day("2028-03-14"))) {
      try OrderDurations.supervisionOrderExtension(
        madeOn: made, currentEnd: current, to: day("2028-03-15"))
    }
    #expect(throws: OrderError.shortensOrder) {
      try OrderDurations.supervisionOrderExtension(madeOn: made, currentEnd: current, to: current)
    }
  }

  @Test(
    "interim orders: 8 then 4 weeks before 22 April 2014, no cap from that day",
    arguments: [
      ("2014-04-21", nil, "2014-06-15"),  // first order, the last day of the old law
      ("2014-02-20", "2014-01-06", "2014-03-19"),  // later order: 4 weeks beats the first 8
      ("2014-01-20", "2014-01-06", "2014-03-02"),  // later order inside the first 8 weeks
      ("2014-04-22", nil, nil),  // the reforms: no fixed cap
    ] as [(String, String?, String?)])
  func interim(made: String, first: String?, end: String?) throws {
    let result = try OrderDurations.interimOrderEnd(
      madeOn: day(made), firstOrderMadeOn: first.map(day))
    #expect(result.lastDay?.description == end)
  }

  @Test("interim orders stop the day before the 17th birthday (16th if married): Re Q")
  func interimAgeCap() throws {
    let birth = try day("2009-05-10")
    let capped = try OrderDurations.interimOrderEnd(madeOn: day("2026-05-01"), birth: birth)
    #expect(capped.lastDay == (try day("2026-05-09")))
    #expect(capped.provenance.sources.first?.date == (try day("2019-03-07")))
    #expect(throws: OrderError.childTooOld) {
      try OrderDurations.interimOrderEnd(madeOn: day("2026-05-10"), birth: birth)
    }
    #expect(throws: OrderError.childTooOld) {
      try OrderDurations.interimOrderEnd(madeOn: day("2025-05-10"), birth: birth, married: true)
    }
    // Before 2014 the earlier of the 8 weeks and the age cap.
    let old = try OrderDurations.interimOrderEnd(
      madeOn: day("2014-01-06"), birth: day("1997-02-01"))
    #expect(old.lastDay == (try day("2014-01-31")))
  }

  @Test("orders until 18 end the day before the 18th birthday; the s31(3) bar")
  func untilEighteen() throws {
    #expect(
      try OrderDurations.endAtEighteen(.careOrder, birth: day("2010-02-28")).lastDay
        == (try day("2028-02-27")))
    #expect(
      try OrderDurations.endAtEighteen(.specialGuardianshipOrder, birth: day("2008-02-29"))
        .lastDay == (try day("2026-02-28")))
    #expect(throws: OrderError.childTooOld) {
      try OrderDurations.endAtEighteen(
        .careOrder, birth: day("2009-05-10"), madeOn: day("2026-05-10"))
    }
    #expect(
      try OrderDurations.endAtEighteen(
        .careOrder, birth: day("2009-05-10"), madeOn: day("2026-05-09")
      ).lastDay == (try day("2027-05-09")))
    #expect(throws: OrderError.childTooOld) {
      try OrderDurations.endAtEighteen(
        .supervisionOrder, birth: day("2009-05-10"), madeOn: day("2025-05-10"), married: true)
    }
    #expect(throws: OrderError.beforeBirth) {
      try OrderDurations.endAtEighteen(
        .careOrder, birth: day("2009-05-10"), madeOn: day("2009-05-09"))
    }
  }

  @Test("every order kind has rules with sources; threshold orders are the Part IV ones")
  func catalogue() {
    for kind in CourtOrderKind.allCases {
      #expect(!kind.rules.sources.isEmpty)
      #expect(!kind.rules.value.duration.isEmpty)
    }
    #expect(CourtOrderKind.allCases.filter(\.requiresThreshold).count == 4)
    #expect(CourtOrderKind.facts.count == CourtOrderKind.allCases.count)
  }
}
