import Foundation
import PracticeCore
import Testing

/// `CalendarDay` and `UKCivilTime` to and from Foundation's `Date`.
@Suite("Days and Foundation dates")
struct CalendarDayDateTests {
  /// An instant given as UTC (GMT) on the clock.
  private func instant(_ iso: String, _ hour: Int, _ minute: Int = 0) throws -> Date {
    let day = try CalendarDay(iso8601: iso)
    return Date(
      timeIntervalSince1970: Double(day.daysSince1970 * 86_400 + hour * 3_600 + minute * 60))
  }

  @Test(
    "The UK day of an instant: BST moves late evening GMT into the next day",
    arguments: [
      ("2025-06-30", 22, 59, "2025-06-30"),  // 23:59 BST
      ("2025-06-30", 23, 0, "2025-07-01"),  // 00:00 BST
      ("2025-12-31", 23, 30, "2025-12-31"),  // GMT in winter
      ("2025-03-30", 0, 59, "2025-03-30"),  // 00:59 GMT, the minute before the clocks go forward
      ("2025-03-29", 23, 59, "2025-03-29"),
      ("2025-10-25", 23, 0, "2025-10-26"),  // 00:00 BST on the day the clocks go back
      ("2025-10-26", 23, 30, "2025-10-26"),  // 23:30 GMT after the change
      ("2024-02-28", 23, 30, "2024-02-28"),
      ("2024-02-29", 12, 0, "2024-02-29"),
    ])
  func ukDay(utcDay: String, hour: Int, minute: Int, expected: String) throws {
    let day = try CalendarDay(try instant(utcDay, hour, minute))
    #expect(day == (try CalendarDay(iso8601: expected)))
  }

  @Test("A day starts at midnight on UK clocks: 23:00 GMT the evening before in summer")
  func ukStart() throws {
    #expect(try CalendarDay(iso8601: "2025-07-01").start() == (try instant("2025-06-30", 23)))
    #expect(try CalendarDay(iso8601: "2025-12-25").start() == (try instant("2025-12-25", 0)))
    // The clocks change at 01:00 GMT, so both change days begin at midnight GMT (spring) or
    // midnight BST (autumn).
    #expect(try CalendarDay(iso8601: "2025-03-30").start() == (try instant("2025-03-30", 0)))
    #expect(try CalendarDay(iso8601: "2025-10-26").start() == (try instant("2025-10-25", 23)))
  }

  @Test("Every day from 1996-01-02 to 2100 round-trips through the instant it starts")
  func roundTrip() throws {
    var day = try CalendarDay(iso8601: "1996-01-02")  // its eve is the first day encoded
    let last = try CalendarDay(iso8601: "2100-12-31")
    while day <= last {
      let start = try day.start()
      #expect(try CalendarDay(start) == day)
      // One second before the start is the day before.
      #expect(try CalendarDay(start.addingTimeInterval(-1)) == day.advanced(by: -1))
      day = day.advanced(by: 1)
    }
  }

  @Test("Before 1996 UK civil time is not encoded: a clear error, not a guess")
  func unsupportedYears() throws {
    #expect(throws: UKCivilTime.TimeError.yearNotSupported) {
      try CalendarDay(try instant("1995-06-01", 12))
    }
    #expect(throws: UKCivilTime.TimeError.yearNotSupported) {
      try CalendarDay(iso8601: "1990-01-01").start()
    }
  }

  @Test("Any time zone: the day on its clocks, and the first instant of a day")
  func otherZones() throws {
    let newYork = try #require(TimeZone(secondsFromGMT: -5 * 3_600))
    let tokyo = try #require(TimeZone(secondsFromGMT: 9 * 3_600))
    let utc = try #require(TimeZone(secondsFromGMT: 0))
    let early = try instant("2025-01-01", 3)
    #expect(try CalendarDay(early, in: newYork) == (try CalendarDay(iso8601: "2024-12-31")))
    #expect(try CalendarDay(early, in: tokyo) == (try CalendarDay(iso8601: "2025-01-01")))
    #expect(try CalendarDay(early, in: utc) == (try CalendarDay(iso8601: "2025-01-01")))
    let day = try CalendarDay(iso8601: "2025-01-01")
    #expect(day.start(in: tokyo) == (try instant("2024-12-31", 15)))
    #expect(day.start(in: newYork) == (try instant("2025-01-01", 5)))
  }

  @Test("Instants outside what a day can name are errors, not traps")
  func extremes() throws {
    let utc = try #require(TimeZone(secondsFromGMT: 0))
    #expect(throws: CalendarDay.ValidationError.self) {
      try CalendarDay(.distantFuture.addingTimeInterval(1e12), in: utc)
    }
    #expect(throws: UKCivilTime.TimeError.self) {
      try CalendarDay(Date(timeIntervalSince1970: .infinity))
    }
  }

  @Test("UK civil time of an instant, to the minute, and back")
  func civilTime() throws {
    let time = try UKCivilTime(try instant("2025-10-24", 11, 0).addingTimeInterval(59))
    #expect(time.description == "2025-10-24 12:00 BST")
    #expect(time.date == (try instant("2025-10-24", 11)))
  }
}
