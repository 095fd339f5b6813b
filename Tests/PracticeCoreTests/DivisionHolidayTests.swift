import PracticeCore
import Testing

@Suite("Bank holidays in Scotland and Northern Ireland")
struct DivisionHolidayTests {
  /// GOV.UK bank-holidays.json (2019–2027 snapshot, Open Government Licence v3), month-day per year.
  static let govukScotland: [Int: String] = [
    2024: "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
    2025: "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
    // The snapshot predates the 15 June World Cup proclamation of 4 February 2026.
    2026: "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28",
    2027: "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
  ]
  static let govukNorthernIreland: [Int: String] = [
    2024: "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
    2025: "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
    2026: "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
    2027: "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
  ]

  static func monthDays(_ calendar: BankHolidayCalendar, _ year: Int) throws -> String {
    try calendar.holidays(inYear: year).map { String($0.day.description.dropFirst(5)) }
      .joined(separator: " ")
  }

  @Test("Scotland matches GOV.UK", arguments: govukScotland.keys.sorted())
  func scotland(year: Int) throws {
    #expect(try Self.monthDays(.scotland, year) == Self.govukScotland[year])
  }

  @Test("Northern Ireland matches GOV.UK", arguments: govukNorthernIreland.keys.sorted())
  func northernIreland(year: Int) throws {
    #expect(try Self.monthDays(.northernIreland, year) == Self.govukNorthernIreland[year])
  }

  @Test(
    "substitute days for the divisions' own holidays",
    arguments: [
      // St Andrew's Day on Saturday 30 November 2024 → Monday 2 December.
      ("scotland", "2024-12-02", "St Andrew's Day (substitute day)"),
      // On Sunday 30 November 2025 → Monday 1 December.
      ("scotland", "2025-12-01", "St Andrew's Day (substitute day)"),
      // 1 January 2022 Saturday, 2 January Sunday → Monday 3 and Tuesday 4.
      ("scotland", "2022-01-03", "New Year's Day (substitute day)"),
      ("scotland", "2022-01-04", "2nd January (substitute day)"),
      // 2 January 2027 Saturday → Monday 4.
      ("scotland", "2027-01-04", "2nd January (substitute day)"),
      // St Patrick's Day on Sunday 17 March 2024 → Monday 18.
      ("northern-ireland", "2024-03-18", "St Patrick's Day (substitute day)"),
      // 12 July 2025 Saturday → Monday 14.
      ("northern-ireland", "2025-07-14", "Battle of the Boyne (Orangemen's Day) (substitute day)"),
    ])
  func substitutes(division: String, day: String, name: String) throws {
    let calendar = try #require(
      [BankHolidayCalendar.scotland, .northernIreland].first { $0.id == division })
    let date = try CalendarDay(iso8601: day)
    let holiday = try #require(try calendar.holidays(in: date...date).first)
    #expect(holiday.name == name)
    #expect(holiday.kind == .substitute)
  }

  @Test("Easter Monday is not a Scottish bank holiday; the summer holiday is in early August")
  func scottishDifferences() throws {
    let names = try BankHolidayCalendar.scotland.holidays(inYear: 2025).map(\.name)
    #expect(!names.contains("Easter Monday"))
    #expect(
      try BankHolidayCalendar.scotland.holidays(inYear: 2025).contains {
        $0.name == "Summer bank holiday" && $0.day.description == "2025-08-04"
      })
  }

  @Test("the 2026 World Cup day is Scotland's alone")
  func worldCup() throws {
    let day = try CalendarDay(iso8601: "2026-06-15")
    #expect(try !WorkingCalendar.scotland.isWorkingDay(day))
    #expect(try WorkingCalendar.englandAndWales.isWorkingDay(day))
    #expect(try WorkingCalendar.northernIreland.isWorkingDay(day))
    let holiday = try #require(try BankHolidayCalendar.scotland.holidays(in: day...day).first)
    #expect(holiday.kind == .extra)
    #expect(holiday.provenance.verification == .verified)
  }

  @Test(
    "UK-wide one-off days apply in every division",
    arguments: ["2022-09-19", "2023-05-08", "2011-04-29"])
  func ukWide(day: String) throws {
    let date = try CalendarDay(iso8601: day)
    for calendar in [WorkingCalendar.englandAndWales, .scotland, .northernIreland] {
      #expect(try !calendar.isWorkingDay(date))
    }
  }

  @Test("the divisions start in 2007")
  func range() throws {
    #expect(throws: BankHolidayCalendar.RangeError.self) {
      try BankHolidayCalendar.scotland.holidays(inYear: 2006)
    }
    #expect(BankHolidayCalendar.northernIreland.supportedYears == 2007...2199)
  }

  /// What each paragraph of BFDA 1971 Schedule 1 lists (England and Wales, Scotland, Northern
  /// Ireland), by the calendars' holiday names.
  static let schedule1: [String: Set<String>] = [
    "Schedule 1 para 1": [
      "Easter Monday", "Spring bank holiday", "Summer bank holiday", "Boxing Day",
    ],
    "Schedule 1 para 2": [
      "New Year's Day", "2nd January", "Good Friday", "Early May bank holiday",
      "Summer bank holiday", "Christmas Day",
    ],
    "Schedule 1 para 3": [
      "St Patrick's Day", "Easter Monday", "Spring bank holiday", "Summer bank holiday",
      "Boxing Day",
    ],
  ]

  @Test(
    "a rule cites a paragraph of BFDA 1971 Schedule 1 only if that paragraph lists the day",
    arguments: [
      BankHolidayCalendar.englandAndWales, BankHolidayCalendar.scotland,
      BankHolidayCalendar.northernIreland,
    ])
  func scheduleCitations(calendar: BankHolidayCalendar) {
    for rule in calendar.rules {
      for source in rule.provenance.sources where source.title.hasPrefix("Banking and Financial") {
        guard let locator = source.locator, let listed = Self.schedule1[locator] else { continue }
        #expect(listed.contains(rule.name), "\(calendar.id): \(rule.name) cites \(locator)")
      }
    }
    // Days appointed by proclamation cite the proclamations, not the schedule.
    let proclaimed = calendar.rules.filter { rule in
      rule.provenance.sources.contains { $0.kind == .proclamation }
    }
    #expect(!proclaimed.isEmpty)
  }
}
