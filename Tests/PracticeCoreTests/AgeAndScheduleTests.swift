import PracticeCore
import Testing

@Suite("Ages and anniversaries")
struct AgeTests {
  @Test(
    "anniversary: the birthday itself, and 1 March for 29 February births in common years",
    arguments: [
      ("2008-06-01", 17, "2025-06-01"),
      ("2008-02-29", 17, "2025-03-01"),
      ("2008-02-29", 16, "2024-02-29"),
      ("2008-02-29", 92, "2100-03-01"),  // 2100 is not a leap year
      ("2010-12-31", 18, "2028-12-31"),
    ])
  func anniversary(birth: String, years: Int, expected: String) throws {
    let day = try CalendarDay(iso8601: birth).anniversary(years: years)
    #expect(day?.description == expected)
  }

  @Test("age on a day: the day before the birthday, the birthday, before birth")
  func age() throws {
    let birth = CalendarDay(2008, 2, 29)
    #expect(birth.age(on: CalendarDay(2025, 2, 28)) == 16)
    #expect(birth.age(on: CalendarDay(2025, 3, 1)) == 17)
    #expect(birth.age(on: CalendarDay(2024, 2, 28)) == 15)
    #expect(birth.age(on: CalendarDay(2024, 2, 29)) == 16)
    #expect(birth.age(on: birth) == 0)
    #expect(birth.age(on: CalendarDay(2008, 2, 28)) == nil)
    #expect(CalendarDay(9999, 1, 1).anniversary(years: 1) == nil)
  }
}

@Suite("Timescale schedules")
struct TimescaleScheduleTests {
  static let source = Source(.regulation, title: "Test regulation")

  static func reviews(effective: EffectivePeriod = .always, requires: [EventKind] = [])
    throws -> Timescale
  {
    try Timescale(
      id: "test.reviews", title: "Reviews", trigger: "start", target: "review",
      periods: [Period(20, .workingDays), Period(3, .months), Period(6, .months)],
      repeatsLast: true, endsOn: ["end"], requires: requires, effective: effective,
      provenance: Provenance(.verified, [source]))
  }

  static func events(_ pairs: [(EventKind, CalendarDay)], subject: String = "c1") -> [CaseEvent] {
    pairs.map { CaseEvent(subject: subject, kind: $0.0, day: $0.1) }
  }

  @Test(
    "on time on the due day, late the day after, then missing; chains restart from the actual day")
  func chain() throws {
    let events = Self.events([
      ("start", CalendarDay(2026, 1, 5)),
      ("review", CalendarDay(2026, 2, 2)),  // the 20th working day: on time
      ("review", CalendarDay(2026, 5, 5)),  // due 2026-05-02: late
    ])
    let items = try Self.reviews().schedule(
      for: "c1", events: events, asOf: CalendarDay(2026, 11, 24), calendar: .englandAndWales)
    #expect(items.map(\.status) == [.onTime, .late, .missing])
    #expect(items.map(\.dueDay.description) == ["2026-02-02", "2026-05-02", "2026-11-05"])
    #expect(items[2].countedFrom == CalendarDay(2026, 5, 5))
    // The same data as of the due day: not yet due.
    let earlier = try Self.reviews().schedule(
      for: "c1", events: events, asOf: CalendarDay(2026, 11, 5), calendar: .englandAndWales)
    #expect(earlier.last?.status == .notYetDue)
    // A review on the day after the first due day is late.
    let late = try Self.reviews().schedule(
      for: "c1",
      events: Self.events([("start", CalendarDay(2026, 1, 5)), ("review", CalendarDay(2026, 2, 3))]
      ),
      asOf: CalendarDay(2026, 2, 10), calendar: .englandAndWales)
    #expect(late.first?.status == .late)
  }

  @Test("an ending event before the due day ends the obligation; other subjects are ignored")
  func ends() throws {
    let events =
      Self.events([
        ("start", CalendarDay(2026, 1, 5)), ("review", CalendarDay(2026, 1, 30)),
        ("end", CalendarDay(2026, 3, 1)),
      ]) + Self.events([("review", CalendarDay(2026, 4, 1))], subject: "c2")
    let items = try Self.reviews().schedule(
      for: "c1", events: events, asOf: CalendarDay(2026, 11, 24), calendar: .englandAndWales)
    #expect(items.map(\.status) == [.onTime])
  }

  @Test("effective periods and required events gate the trigger")
  func gates() throws {
    let events = Self.events([("start", CalendarDay(2026, 1, 5))])
    let later = try Self.reviews(effective: .starting(CalendarDay(2026, 1, 6)))
    #expect(
      try later.schedule(
        for: "c1", events: events, asOf: CalendarDay(2026, 3, 1), calendar: .englandAndWales
      ).isEmpty)
    let gated = try Self.reviews(requires: ["plan"])
    #expect(
      try gated.schedule(
        for: "c1", events: events, asOf: CalendarDay(2026, 3, 1), calendar: .englandAndWales
      ).isEmpty)
    let met = Self.events([("plan", CalendarDay(2026, 1, 5))]) + events
    #expect(
      try gated.schedule(
        for: "c1", events: met, asOf: CalendarDay(2026, 3, 1), calendar: .englandAndWales
      ).count == 1)
  }

  @Test("a later phase changes the interval once the first phase has run")
  func thereafter() throws {
    let visits = try Timescale(
      id: "test.visits", title: "Visits", trigger: "placed", target: "visit",
      periods: [Period(1, .weeks), Period(6, .weeks)], repeatsLast: true,
      thereafter: Timescale.Thereafter(
        after: Period(12, .months, counting: .beginningWith), every: Period(3, .months)),
      provenance: Provenance(.verified, [Self.source]))
    let placed = CalendarDay(2025, 1, 6)  // first year: 2025-01-06 to 2026-01-05
    func due(_ from: CalendarDay) throws -> CalendarDay? {
      try visits.dueDay(forItem: 3, from: from, triggerDay: placed, calendar: nil)
    }
    #expect(try due(CalendarDay(2025, 12, 20)) == CalendarDay(2026, 1, 31))
    #expect(try due(CalendarDay(2026, 1, 5)) == CalendarDay(2026, 2, 16))
    #expect(try due(CalendarDay(2026, 1, 6)) == CalendarDay(2026, 4, 6))
    // The first item always uses the first period.
    #expect(
      try visits.dueDay(forItem: 0, from: placed, triggerDay: placed, calendar: nil)
        == CalendarDay(2025, 1, 13))
  }
}
