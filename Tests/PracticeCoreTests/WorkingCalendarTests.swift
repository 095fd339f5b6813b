import PracticeCore
import Testing

@Suite("Working days")
struct WorkingCalendarTests {
  let calendar = WorkingCalendar.englandAndWales

  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test(
    "adding working days",
    arguments: [
      // Across Christmas and New Year 2025/26: 25, 26 Dec and 1 Jan are holidays.
      ("2025-12-24", 1, "2025-12-29"), ("2025-12-24", 4, "2026-01-02"),
      ("2025-12-24", 5, "2026-01-05"),
      ("2025-12-24", 0, "2025-12-24"), ("2025-12-25", 0, "2025-12-25"),
      ("2025-12-25", 1, "2025-12-29"),
      // 2020 early May moved to Friday 8 May; Monday 4 May is a working day.
      ("2020-05-07", 1, "2020-05-11"), ("2020-05-01", 1, "2020-05-04"),
      // 2022: Thursday 2 and Friday 3 June, Monday 19 September.
      ("2022-06-01", 1, "2022-06-06"), ("2022-05-27", 1, "2022-05-30"),
      ("2022-09-16", 1, "2022-09-20"),
      // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
      ("2026-04-02", 1, "2026-04-07"), ("2026-04-03", 1, "2026-04-07"),
      // Leap day is an ordinary working day.
      ("2024-02-28", 1, "2024-02-29"), ("2024-02-29", 1, "2024-03-01"),
      // Weekends.
      ("2026-11-20", 1, "2026-11-23"), ("2026-11-21", 1, "2026-11-23"),
      ("2026-11-22", 10, "2026-12-04"),
      // Backwards.
      ("2026-01-05", -1, "2026-01-02"), ("2025-12-29", -1, "2025-12-24"),
      ("2026-01-02", -2, "2025-12-30"),
      ("2026-11-22", -1, "2026-11-20"),
      // 20 working days from a child becoming looked after on 1 December 2026.
      ("2026-12-01", 20, "2026-12-31"),
    ])
  func adding(start: String, n: Int, expected: String) throws {
    #expect(try calendar.adding(workingDays: n, to: day(start)).description == expected)
  }

  @Test(
    "counting working days between two days (from < d ≤ to)",
    arguments: [
      ("2025-12-24", "2026-01-02", 4), ("2026-01-02", "2025-12-24", -4),
      ("2025-12-24", "2025-12-24", 0),
      ("2025-12-24", "2025-12-28", 0), ("2025-12-23", "2025-12-24", 1),
      ("2026-11-20", "2026-11-23", 1),
      ("2024-01-01", "2024-12-31", 254), ("2026-01-01", "2026-12-31", 253),
    ])
  func between(from: String, to: String, expected: Int) throws {
    #expect(try calendar.workingDays(from: day(from), to: day(to)) == expected)
  }

  @Test("agrees with a day-by-day count and satisfies the round-trip identity")
  func bruteForce() throws {
    let holidays = try Set(calendar.holidays(in: day("1971-01-01")...day("2199-12-31")).map(\.day))
    func naiveIsWorking(_ d: CalendarDay) -> Bool { !d.weekday.isWeekend && !holidays.contains(d) }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let first = try day("1971-01-01")
    for _ in 0..<2_000 {
      let a = first.advanced(by: next(83_000))
      let n = next(120)
      let end = try calendar.adding(workingDays: n, to: a)
      #expect(try calendar.workingDays(from: a, to: end) == n)
      var naive = 0
      var d = a
      while naive < n {
        d = d.advanced(by: 1)
        if naiveIsWorking(d) { naive += 1 }
      }
      #expect(end == d, "\(a) + \(n)")
      #expect(try calendar.isWorkingDay(a) == naiveIsWorking(a))
      if try calendar.isWorkingDay(a), n > 0 {
        let back = try calendar.adding(workingDays: -n, to: a)
        #expect(try calendar.workingDays(from: a, to: back) == -n)
      }
    }
  }

  @Test("next and previous working day")
  func nextPrevious() throws {
    #expect(try calendar.nextWorkingDay(after: day("2022-12-23")).description == "2022-12-28")
    #expect(try calendar.previousWorkingDay(before: day("2023-01-03")).description == "2022-12-30")
    #expect(try !calendar.isWorkingDay(day("2026-12-28")))
    #expect(try calendar.isWorkingDay(day("2026-12-29")))
  }

  @Test("days and answers outside the supported range are errors")
  func outOfRange() throws {
    #expect(calendar.supportedRange == (try day("1971-01-01"))...(try day("2199-12-31")))
    #expect(throws: WorkingCalendar.RangeError.self) {
      try calendar.isWorkingDay(day("1970-12-31"))
    }
    #expect(throws: WorkingCalendar.RangeError.self) {
      try calendar.workingDays(from: day("2024-01-01"), to: day("2200-01-01"))
    }
    #expect(throws: WorkingCalendar.RangeError.self) {
      try calendar.adding(workingDays: 5, to: day("2199-12-28"))
    }
    #expect(throws: WorkingCalendar.RangeError.self) {
      try calendar.adding(workingDays: -1, to: day("1971-01-01"))
    }
    #expect(throws: WorkingCalendar.RangeError.self) {
      try calendar.adding(workingDays: Int.max, to: day("2024-01-01"))
    }
    #expect(throws: WorkingCalendar.RangeError.self) {
      try calendar.adding(workingDays: Int.min, to: day("2024-01-01"))
    }
    #expect(try calendar.adding(workingDays: 1, to: day("2199-12-30")).description == "2199-12-31")
  }

  @Test("a local closure day is not a working day")
  func closures() throws {
    let council = WorkingCalendar(
      holidays: .englandAndWales.addingClosures([(try day("2026-12-29"), "Office closure")]))
    #expect(try council.adding(workingDays: 1, to: day("2026-12-24")).description == "2026-12-30")
    #expect(try calendar.adding(workingDays: 1, to: day("2026-12-24")).description == "2026-12-29")
  }

  @Test("holidays in a range")
  func holidays() throws {
    let list = try calendar.holidays(in: day("2026-12-01")...day("2026-12-31")).map(\.description)
    #expect(list == ["2026-12-25\tChristmas Day", "2026-12-28\tBoxing Day (substitute day)"])
  }

  @Test("shared safely across concurrent tasks")
  func concurrent() async throws {
    let start = try day("2000-01-01")
    let results = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<16 {
        group.addTask {
          var total = 0
          for offset in stride(from: 0, to: 20_000, by: 7) {
            let end =
              (try? WorkingCalendar.englandAndWales.adding(
                workingDays: offset % 97, to: start.advanced(by: offset)))
            total &+= end?.daysSince1970 ?? 0
          }
          return total
        }
      }
      var all: [Int] = []
      for await value in group { all.append(value) }
      return all
    }
    #expect(results.count == 16)
    #expect(Set(results).count == 1)
  }
}
