import PracticeCore
import Testing

@Suite("UK civil time")
struct UKCivilTimeTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test(
    "summer time begins and ends on the last Sundays of March and October",
    arguments: [
      (1996, "1996-03-31", "1996-10-27"), (2002, "2002-03-31", "2002-10-27"),
      (2024, "2024-03-31", "2024-10-27"), (2025, "2025-03-30", "2025-10-26"),
      (2026, "2026-03-29", "2026-10-25"), (2027, "2027-03-28", "2027-10-31"),
    ])
  func transitions(year: Int, begins: String, ends: String) {
    let period = UKCivilTime.summerTime(inYear: year)
    #expect(period.begins.description == begins)
    #expect(period.ends.description == ends)
  }

  @Test(
    "72 elapsed hours across the changes",
    arguments: [
      // Issue 15: taken 12:00 BST Friday 24 October 2025 → 11:00 GMT Monday 27 October.
      ("2025-10-24", 12 * 60, nil, "2025-10-27 11:00 GMT"),
      // Spring: taken 12:00 GMT Friday 28 March 2025 → 13:00 BST Monday 31 March.
      ("2025-03-28", 12 * 60, nil, "2025-03-31 13:00 BST"),
      // No change in between: the clock face moves by 72 hours.
      ("2025-06-13", 12 * 60, nil, "2025-06-16 12:00 BST"),
      ("2025-12-05", 23 * 60 + 59, nil, "2025-12-08 23:59 GMT"),
      // The hour the clocks go back happens twice: first BST, then GMT.
      ("2025-10-26", 90, UKCivilTime.Zone.bst, "2025-10-29 00:30 GMT"),
      ("2025-10-26", 90, .gmt, "2025-10-29 01:30 GMT"),
      // Ending inside the repeated hour, and a leap day.
      ("2025-10-23", 2 * 60 + 30, nil, "2025-10-26 01:30 GMT"),
      ("2024-02-27", 9 * 60, nil, "2024-03-01 09:00 GMT"),
    ] as [(String, Int, UKCivilTime.Zone?, String)])
  func seventyTwoHours(start: String, minute: Int, zone: UKCivilTime.Zone?, end: String) throws {
    let taken = try UKCivilTime(day: day(start), minuteOfDay: minute, zone: zone)
    let later = try taken.adding(hours: 72)
    #expect(later.description == end)
    #expect(later.minutesSince1970GMT - taken.minutesSince1970GMT == 72 * 60)
  }

  @Test("times that did not exist, ambiguous times, wrong zones and unsupported years")
  func errors() throws {
    #expect(throws: UKCivilTime.TimeError.skippedBySummerTime) {
      try UKCivilTime(day: day("2025-03-30"), minuteOfDay: 60)
    }
    #expect(try UKCivilTime(day: day("2025-03-30"), minuteOfDay: 59).zone == .gmt)
    #expect(try UKCivilTime(day: day("2025-03-30"), minuteOfDay: 120).zone == .bst)
    #expect(throws: UKCivilTime.TimeError.ambiguousWithoutZone) {
      try UKCivilTime(day: day("2025-10-26"), minuteOfDay: 119)
    }
    #expect(try UKCivilTime(day: day("2025-10-26"), minuteOfDay: 59).zone == .bst)
    #expect(try UKCivilTime(day: day("2025-10-26"), minuteOfDay: 120).zone == .gmt)
    #expect(throws: UKCivilTime.TimeError.zoneDoesNotApply) {
      try UKCivilTime(day: day("2025-07-01"), minuteOfDay: 600, zone: .gmt)
    }
    #expect(throws: UKCivilTime.TimeError.minuteOutOfRange) {
      try UKCivilTime(day: day("2025-07-01"), minuteOfDay: 1440)
    }
    #expect(throws: UKCivilTime.TimeError.yearNotSupported) {
      try UKCivilTime(day: day("1995-07-01"), minuteOfDay: 600)
    }
    #expect(throws: UKCivilTime.TimeError.yearNotSupported) {
      try UKCivilTime(day: day("1996-01-01"), minuteOfDay: 0).adding(hours: -1)
    }
    #expect(UKCivilTime.facts.map(\.provenance.verification) == [.verified])
  }

  @Test("the instant round-trips through the clock, every hour of 2025's change days")
  func roundTrip() throws {
    for text in ["2025-03-30", "2025-10-26"] {
      let base = try day(text).daysSince1970 * 1440
      for minute in stride(from: base - 120, through: base + 240, by: 30) {
        let time = try UKCivilTime(minutesSince1970GMT: minute)
        #expect(time.minutesSince1970GMT == minute)
        let again = try UKCivilTime(day: time.day, minuteOfDay: time.minuteOfDay, zone: time.zone)
        #expect(again == time)
      }
    }
  }
}
