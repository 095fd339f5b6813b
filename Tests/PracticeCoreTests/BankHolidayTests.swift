import PracticeCore
import Testing

@Suite("Bank holidays")
struct BankHolidayTests {
  /// Every England and Wales bank holiday GOV.UK published for 2012–2020 and 2024–2027
  /// (bank-holidays.json snapshots, Open Government Licence v3), copied as a test vector.
  static let govukEnglandAndWales = """
    2012-01-02 2012-04-06 2012-04-09 2012-05-07 2012-06-04 2012-06-05 2012-08-27 2012-12-25
    2012-12-26 2013-01-01 2013-03-29 2013-04-01 2013-05-06 2013-05-27 2013-08-26 2013-12-25
    2013-12-26 2014-01-01 2014-04-18 2014-04-21 2014-05-05 2014-05-26 2014-08-25 2014-12-25
    2014-12-26 2015-01-01 2015-04-03 2015-04-06 2015-05-04 2015-05-25 2015-08-31 2015-12-25
    2015-12-28 2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26
    2016-12-27 2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25
    2017-12-26 2018-01-01 2018-03-30 2018-04-02 2018-05-07 2018-05-28 2018-08-27 2018-12-25
    2018-12-26 2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25
    2019-12-26 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25
    2020-12-28 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25
    2024-12-26 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25
    2025-12-26 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25
    2026-12-28 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27
    2027-12-28
    """

  /// GOV.UK dates for 2021–2023 seen in other copies of bank-holidays.json (research notes,
  /// law.md §10.4), with each year's full list completed from the standing rules.
  static let govukEnglandAndWales2021to2023 = """
    2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
    2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19
    2022-12-26 2022-12-27 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29
    2023-08-28 2023-12-25 2023-12-26
    """

  static func days(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
  }

  @Test("England and Wales matches GOV.UK for every published year")
  func englandAndWalesMatchesGovuk() throws {
    let expected =
      Self.days(Self.govukEnglandAndWales) + Self.days(Self.govukEnglandAndWales2021to2023)
    let years = Set(expected.map { Int($0.prefix(4)) ?? 0 })
    #expect(years == Set(2012...2027))
    let calendar = BankHolidayCalendar.englandAndWales
    let actual = try years.sorted().flatMap {
      try calendar.holidays(inYear: $0).map(\.day.description)
    }
    #expect(actual == expected.sorted())
  }

  @Test(
    "substitute days when Christmas or Boxing Day falls at a weekend",
    arguments: [
      // Christmas Saturday, Boxing Sunday → Monday 27 and Tuesday 28.
      (
        2021,
        ["2021-12-27 Christmas Day (substitute day)", "2021-12-28 Boxing Day (substitute day)"]
      ),
      (
        2010,
        ["2010-12-27 Christmas Day (substitute day)", "2010-12-28 Boxing Day (substitute day)"]
      ),
      // Christmas Sunday, Boxing Monday → Christmas moves to Tuesday 27.
      (2022, ["2022-12-26 Boxing Day", "2022-12-27 Christmas Day (substitute day)"]),
      (2016, ["2016-12-26 Boxing Day", "2016-12-27 Christmas Day (substitute day)"]),
      // Christmas Friday, Boxing Saturday → Monday 28.
      (2020, ["2020-12-25 Christmas Day", "2020-12-28 Boxing Day (substitute day)"]),
      // Christmas Saturday in 2027: 27 and 28 December.
      (
        2027,
        ["2027-12-27 Christmas Day (substitute day)", "2027-12-28 Boxing Day (substitute day)"]
      ),
    ])
  func christmasSubstitutes(year: Int, expected: [String]) throws {
    let december = try BankHolidayCalendar.englandAndWales.holidays(inYear: year)
      .filter { $0.day.month == 12 }
      .map { "\($0.day) \($0.name)" }
    #expect(december == expected)
  }

  @Test("New Year's Day at a weekend moves to Monday; starts in 1974")
  func newYear() throws {
    let calendar = BankHolidayCalendar.englandAndWales
    #expect(try calendar.holidays(inYear: 2022).first?.day.description == "2022-01-03")
    #expect(try calendar.holidays(inYear: 2017).first?.day.description == "2017-01-02")
    #expect(try calendar.holidays(inYear: 2000).first?.day.description == "2000-01-03")
    // 1974 convention (python-holidays says 1975): documented disagreement.
    #expect(try calendar.holidays(inYear: 1974).first?.day.description == "1974-01-01")
    #expect(try calendar.holidays(inYear: 1973).first?.name == "Good Friday")
  }

  @Test(
    "one-off moves and extra days",
    arguments: [
      ("1973-11-14", "Wedding of Princess Anne and Mark Phillips", BankHoliday.Kind.extra),
      ("1977-06-06", "Spring bank holiday", .moved),
      ("1977-06-07", "Silver Jubilee of Elizabeth II", .extra),
      ("1981-07-29", "Wedding of Charles and Diana", .extra),
      ("1995-05-08", "Early May bank holiday", .moved),
      ("1999-12-31", "Millennium Celebrations", .extra),
      ("2002-06-03", "Golden Jubilee of Elizabeth II", .extra),
      ("2002-06-04", "Spring bank holiday", .moved),
      ("2011-04-29", "Wedding of William and Catherine", .extra),
      ("2012-06-04", "Spring bank holiday", .moved),
      ("2012-06-05", "Queen's Diamond Jubilee", .extra),
      ("2020-05-08", "Early May bank holiday", .moved),
      ("2022-06-02", "Spring bank holiday", .moved),
      ("2022-06-03", "Platinum Jubilee bank holiday", .extra),
      ("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II", .extra),
      ("2023-05-08", "Bank holiday for the coronation of King Charles III", .extra),
    ])
  func oneOffs(date: String, name: String, kind: BankHoliday.Kind) throws {
    let day = try CalendarDay(iso8601: date)
    let holidays = try BankHolidayCalendar.englandAndWales.holidays(inYear: day.year)
    let match = try #require(holidays.first { $0.day == day })
    #expect(match.name == name)
    #expect(match.kind == kind)
    #expect(!match.provenance.sources.isEmpty)
  }

  @Test(
    "moved holidays leave their usual day",
    arguments: ["1977-05-30", "1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"])
  func movedAway(date: String) throws {
    let day = try CalendarDay(iso8601: date)
    #expect(
      try !BankHolidayCalendar.englandAndWales.holidays(inYear: day.year).contains { $0.day == day }
    )
  }

  @Test("early May starts in 1978")
  func earlyMay() throws {
    let calendar = BankHolidayCalendar.englandAndWales
    #expect(try !calendar.holidays(inYear: 1977).contains { $0.name == "Early May bank holiday" })
    #expect(try calendar.holidays(inYear: 1978).contains { $0.day.description == "1978-05-01" })
  }

  @Test("every year has the standing holidays on weekdays, eight in an ordinary year")
  func standingRules() throws {
    let calendar = BankHolidayCalendar.englandAndWales
    for year in 1978...2199 {
      let holidays = try calendar.holidays(inYear: year)
      #expect(holidays.allSatisfy { !$0.day.weekday.isWeekend }, "\(year)")
      #expect(Set(holidays.map(\.day)).count == holidays.count, "\(year)")
      let extras = holidays.count { $0.kind == .extra }
      #expect(holidays.count == 8 + extras, "\(year)")
      let easter = try CalendarDay.easterSunday(year: year)
      #expect(holidays.contains { $0.day == easter.advanced(by: -2) && $0.name == "Good Friday" })
      #expect(holidays.contains { $0.day == easter.advanced(by: 1) && $0.name == "Easter Monday" })
    }
  }

  @Test("years outside the calendar are an error, not an empty list")
  func outOfRange() {
    #expect(throws: BankHolidayCalendar.RangeError.self) {
      try BankHolidayCalendar.englandAndWales.holidays(inYear: 1970)
    }
    #expect(throws: BankHolidayCalendar.RangeError.self) {
      try BankHolidayCalendar.englandAndWales.holidays(inYear: 2200)
    }
  }

  @Test("local closure days extend a calendar")
  func closures() throws {
    let closure = try CalendarDay(iso8601: "2026-12-29")
    let council = BankHolidayCalendar.englandAndWales.addingClosures([
      (closure, "Council office closure")
    ])
    let december = try council.holidays(inYear: 2026).filter { $0.day.month == 12 }
    #expect(december.map(\.day.description) == ["2026-12-25", "2026-12-28", "2026-12-29"])
    #expect(december.last?.kind == .localClosure)
    #expect(try BankHolidayCalendar.englandAndWales.holidays(inYear: 2026).count == 8)
  }

  @Test("holidays in a range")
  func range() throws {
    let from = try CalendarDay(iso8601: "2025-12-20")
    let to = try CalendarDay(iso8601: "2026-01-05")
    let names = try BankHolidayCalendar.englandAndWales.holidays(in: from...to).map(\.description)
    #expect(
      names == [
        "2025-12-25\tChristmas Day", "2025-12-26\tBoxing Day", "2026-01-01\tNew Year's Day",
      ])
  }

  @Test("every rule and change is a fact with a source")
  func facts() {
    let facts = BankHolidayCalendar.englandAndWales.facts
    #expect(facts.count == 9 + 16)
    #expect(Set(facts.map(\.id)).count == facts.count)
    #expect(facts.contains { $0.id == "core.holidays.england-and-wales.new-year-s-day.from-1974" })
    #expect(facts.allSatisfy { !$0.provenance.sources.isEmpty })
    #expect(facts.contains { $0.provenance.verification == .secondary })
  }
}
