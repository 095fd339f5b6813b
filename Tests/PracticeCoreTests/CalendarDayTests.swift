import PracticeCore
import PracticeTestSupport
import Testing

@Suite("CalendarDay")
struct CalendarDayTests {
  @Test(
    "round trips through year, month, day",
    arguments: [
      (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 2, 29, 11_016), (2024, 2, 29, 19_782),
      (1900, 1, 1, -25_567), (2199, 12, 31, 84_005), (1, 1, 1, -719_162), (9999, 12, 31, 2_932_896),
    ])
  func components(year: Int, month: Int, day: Int, days: Int) throws {
    let value = try CalendarDay(year: year, month: month, day: day)
    #expect(value.daysSince1970 == days)
    #expect(value.year == year && value.month == month && value.day == day)
    #expect(try CalendarDay(daysSince1970: days) == value)
  }

  @Test("every day 1900–2199 round trips and advances by one")
  func exhaustiveRange() throws {
    var day = try CalendarDay(year: 1900, month: 1, day: 1)
    let last = try CalendarDay(year: 2199, month: 12, day: 31)
    var count = 0
    while day <= last {
      let (y, m, d) = day.components
      #expect(try CalendarDay(year: y, month: m, day: d) == day)
      let next = day.advanced(by: 1)
      let (ny, nm, nd) = next.components
      let expectedNext =
        d < CalendarDay.daysInMonth(year: y, month: m)
        ? (y, m, d + 1) : (m < 12 ? (y, m + 1, 1) : (y + 1, 1, 1))
      #expect(ny == expectedNext.0 && nm == expectedNext.1 && nd == expectedNext.2)
      day = next
      count += 1
    }
    #expect(count == 109_573)
  }

  @Test(
    "weekday",
    arguments: [
      ("1970-01-01", Weekday.thursday), ("2024-02-29", .thursday), ("2000-01-01", .saturday),
      ("1900-01-01", .monday), ("2026-11-22", .sunday), ("2199-12-31", .tuesday),
    ])
  func weekday(text: String, weekday: Weekday) throws {
    #expect(try CalendarDay(iso8601: text).weekday == weekday)
  }

  @Test("leap years follow the Gregorian rule")
  func leapYears() {
    #expect(CalendarDay.isLeapYear(2024))
    #expect(CalendarDay.isLeapYear(2000))
    #expect(!CalendarDay.isLeapYear(1900))
    #expect(!CalendarDay.isLeapYear(2100))
    #expect(!CalendarDay.isLeapYear(2023))
    #expect(CalendarDay.daysInMonth(year: 2100, month: 2) == 28)
    #expect(CalendarDay.daysInMonth(year: 2000, month: 2) == 29)
  }

  @Test(
    "validation names the wrong part",
    arguments: [
      (2024, 13, 1, CalendarDay.ValidationError.monthOutOfRange), (2024, 0, 1, .monthOutOfRange),
      (2023, 2, 29, .dayOutOfRange), (2024, 4, 31, .dayOutOfRange), (2024, 1, 0, .dayOutOfRange),
      (0, 1, 1, .yearOutOfRange), (10_000, 1, 1, .yearOutOfRange), (2100, 2, 29, .dayOutOfRange),
    ])
  func validation(year: Int, month: Int, day: Int, error: CalendarDay.ValidationError) {
    #expect(throws: error) { try CalendarDay(year: year, month: month, day: day) }
  }

  @Test("day counts outside the supported range are rejected")
  func dayCountRange() {
    #expect(throws: CalendarDay.ValidationError.outOfRange) {
      try CalendarDay(daysSince1970: 2_932_897)
    }
    #expect(throws: CalendarDay.ValidationError.outOfRange) {
      try CalendarDay(daysSince1970: -719_163)
    }
    #expect(throws: CalendarDay.ValidationError.outOfRange) {
      try CalendarDay.supportedRange.upperBound.adding(days: 1)
    }
    #expect(throws: CalendarDay.ValidationError.outOfRange) {
      try CalendarDay.supportedRange.lowerBound.adding(days: Int.min)
    }
  }

  @Test(
    "ISO 8601 parsing",
    arguments: [
      ("2024-02-29", CalendarDay.ParseError?.none), ("2023-02-29", .dayOutOfRange),
      ("2024-13-01", .monthOutOfRange), ("2024-00-10", .monthOutOfRange),
      ("0000-01-01", .yearOutOfRange), ("2024-1-01", .malformed(expected: .iso8601)),
      ("2024/01/01", .malformed(expected: .iso8601)),
      ("24-01-2024", .malformed(expected: .iso8601)),
      ("", .malformed(expected: .iso8601)), ("2024-01-01T00", .malformed(expected: .iso8601)),
      (" 2024-01-01", .malformed(expected: .iso8601)),
      ("２０２４-01-01", .malformed(expected: .iso8601)),
      ("2024-0a-01", .malformed(expected: .iso8601)), ("2024-01-32", .dayOutOfRange),
    ])
  func iso(text: String, error: CalendarDay.ParseError?) throws {
    if let error {
      #expect(throws: error) { try CalendarDay(iso8601: text) }
    } else {
      #expect(try CalendarDay(iso8601: text).description == text)
    }
  }

  @Test(
    "statutory-return parsing",
    arguments: [
      ("29/02/2024", "2024-02-29", CalendarDay.ParseError?.none), ("01/04/2025", "2025-04-01", nil),
      ("31/02/2024", "", .dayOutOfRange), ("00/00/0000", "", .yearOutOfRange),
      ("00/00/2024", "", .monthOutOfRange),
      ("00/01/2024", "", .dayOutOfRange), ("1/4/2025", "", .malformed(expected: .statutoryReturn)),
      ("2025-04-01", "", .malformed(expected: .statutoryReturn)),
      ("01-04-2025", "", .malformed(expected: .statutoryReturn)),
      ("01/13/2025", "", .monthOutOfRange),
    ])
  func statutoryReturn(text: String, iso: String, error: CalendarDay.ParseError?) throws {
    if let error {
      #expect(throws: error) { try CalendarDay(statutoryReturn: text) }
    } else {
      let day = try CalendarDay(statutoryReturn: text)
      #expect(day.description == iso)
      #expect(day.formatted(.statutoryReturn) == text)
    }
  }

  @Test("parse errors never repeat the input")
  func parseErrorsArePrivate() {
    for text in ["31/02/2019", "2019-02-31", "19/19/2019", "2019-19-19", "NAME-SMITH"] {
      for format in CalendarDay.Format.allCases {
        do {
          _ = try CalendarDay(text, format: format)
        } catch {
          #expect(!error.description.contains("2019"))
          #expect(!error.description.contains("19"))
          #expect(!error.description.contains("SMITH"))
        }
      }
    }
  }

  @Test(
    "calendar months use the corresponding-date rule",
    arguments: [
      ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"),
      ("2024-03-31", -1, "2024-02-29"),
      ("2024-02-29", 12, "2025-02-28"), ("2024-02-29", 48, "2028-02-29"),
      ("2024-08-31", 1, "2024-09-30"),
      ("2024-12-15", 1, "2025-01-15"), ("2025-01-15", -1, "2024-12-15"),
      ("2024-05-31", -3, "2024-02-29"),
      ("2024-10-31", 4, "2025-02-28"), ("2024-01-01", 0, "2024-01-01"),
      ("2024-01-31", -13, "2022-12-31"),
    ])
  func months(start: String, months: Int, expected: String) throws {
    #expect(try CalendarDay(iso8601: start).adding(months: months).description == expected)
  }

  @Test("29 February plus one year is 28 February")
  func leapDayPlusYear() throws {
    let leap = try CalendarDay(iso8601: "2024-02-29")
    #expect(leap.adding(years: 1).description == "2025-02-28")
    #expect(leap.adding(years: 4).description == "2028-02-29")
    #expect(leap.adding(years: -4).description == "2020-02-29")
    #expect(try CalendarDay(iso8601: "2096-02-29").adding(years: 4).description == "2100-02-28")
  }

  @Test("strides by days")
  func strides() throws {
    let start = try CalendarDay(iso8601: "2024-02-27")
    let end = try CalendarDay(iso8601: "2024-03-02")
    let days = Array(stride(from: start, through: end, by: 1)).map(\.description)
    #expect(days == ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"])
    #expect(start.distance(to: end) == 4)
    #expect(end.distance(to: start) == -4)
    #expect(try start.adding(days: 2).description == "2024-02-29")
  }

  @Test("conformances")
  func conformances() throws {
    let days = try ["1899-12-31", "1970-01-01", "2024-02-29", "2024-03-01"].map {
      try CalendarDay(iso8601: $0)
    }
    checkComparable(ascending: days)
    checkHashable(
      equivalenceClasses: try days.map { [$0, try CalendarDay(daysSince1970: $0.daysSince1970)] })
    let json = try checkCodableRoundTrip(days[2])
    #expect(json == "\"2024-02-29\"")
    #expect(throws: DecodingError.self) { try decodeJSON(CalendarDay.self, from: "\"2024-02-30\"") }
    #expect(CalendarDay("2024-02-29") == days[2])
    #expect(CalendarDay("29/02/2024") == nil)
  }
}

@Suite("Easter")
struct EasterTests {
  /// Easter Sunday (MMDD) for 1900–2199, 20 years a line, from python-dateutil's
  /// `easter(year, EASTER_WESTERN)` (an independent implementation), generated while developing.
  static let table = """
    0415 0407 0330 0412 0403 0423 0415 0331 0419 0411 0327 0416 0407 0323 0412 0404 0423 0408 0331 0420
    0404 0327 0416 0401 0420 0412 0404 0417 0408 0331 0420 0405 0327 0416 0401 0421 0412 0328 0417 0409
    0324 0413 0405 0425 0409 0401 0421 0406 0328 0417 0409 0325 0413 0405 0418 0410 0401 0421 0406 0329
    0417 0402 0422 0414 0329 0418 0410 0326 0414 0406 0329 0411 0402 0422 0414 0330 0418 0410 0326 0415
    0406 0419 0411 0403 0422 0407 0330 0419 0403 0326 0415 0331 0419 0411 0403 0416 0407 0330 0412 0404
    0423 0415 0331 0420 0411 0327 0416 0408 0323 0412 0404 0424 0408 0331 0420 0405 0327 0416 0401 0421
    0412 0404 0417 0409 0331 0420 0405 0328 0416 0401 0421 0413 0328 0417 0409 0325 0413 0405 0425 0410
    0401 0421 0406 0329 0417 0409 0325 0414 0405 0418 0410 0402 0421 0406 0329 0418 0402 0422 0414 0330
    0418 0410 0326 0415 0406 0329 0411 0403 0422 0414 0330 0419 0410 0326 0415 0407 0419 0411 0403 0423
    0407 0330 0419 0404 0326 0415 0331 0420 0411 0403 0416 0408 0330 0412 0404 0424 0415 0331 0420 0412
    0328 0417 0409 0325 0413 0405 0418 0410 0401 0421 0406 0329 0417 0402 0422 0414 0329 0418 0410 0326
    0414 0406 0329 0411 0402 0422 0414 0330 0418 0410 0326 0415 0406 0419 0411 0403 0422 0407 0330 0419
    0403 0326 0415 0331 0419 0411 0403 0416 0407 0330 0412 0404 0423 0415 0331 0420 0411 0327 0416 0408
    0323 0412 0404 0424 0408 0331 0420 0405 0327 0416 0401 0421 0412 0404 0417 0409 0331 0420 0405 0328
    0416 0401 0421 0413 0328 0417 0409 0325 0413 0405 0425 0410 0401 0421 0406 0329 0417 0409 0325 0414
    """

  @Test("matches the independent table for 1900–2199")
  func table() throws {
    let expected = Self.table.split(whereSeparator: { $0 == " " || $0 == "\n" })
    #expect(expected.count == 300)
    for (index, mmdd) in expected.enumerated() {
      let year = 1900 + index
      let easter = try CalendarDay.easterSunday(year: year)
      #expect(easter.weekday == .sunday)
      let text = easter.description
      #expect(String(text.dropFirst(5)).replacing("-", with: "") == String(mmdd), "\(year)")
    }
  }

  @Test(
    "known dates and extremes",
    arguments: [
      (2024, "2024-03-31"), (2025, "2025-04-20"), (2285, "2285-03-22"), (2038, "2038-04-25"),
      (1818, "1818-03-22"),
    ])
  func known(year: Int, date: String) throws {
    #expect(try CalendarDay.easterSunday(year: year).description == date)
  }
}
