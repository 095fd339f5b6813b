/// A civil date in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Statutory periods are counted in whole days, so the library never needs an instant: a
/// `CalendarDay` is the number of days since 1970-01-01 and nothing else. Values are validated on
/// creation; the supported range is 0001-01-01 through 9999-12-31 (``supportedRange``), which keeps
/// every ISO 8601 rendering four digits wide.
///
/// ```swift
/// let issue = try CalendarDay(year: 2024, month: 2, day: 29)
/// issue.weekday                 // .thursday
/// issue.adding(months: 12)      // 2025-02-28 (corresponding-date rule)
/// try CalendarDay(iso8601: "2024-02-30")   // throws CalendarDay.ParseError.dayOutOfRange
/// ```
public struct CalendarDay: Sendable, Hashable, Comparable {
  /// Days since 1970-01-01 (negative before it).
  public let daysSince1970: Int

  /// The first and last representable days: 0001-01-01 and 9999-12-31.
  public static let supportedRange: ClosedRange<CalendarDay> =
    CalendarDay(
      unchecked: CalendarDay.daysFromCivil(year: 1, month: 1, day: 1))...CalendarDay(
      unchecked: CalendarDay.daysFromCivil(year: 9999, month: 12, day: 31))

  /// The years ``supportedRange`` spans.
  public static let supportedYears: ClosedRange<Int> = 1...9999

  @usableFromInline
  init(unchecked daysSince1970: Int) {
    self.daysSince1970 = daysSince1970
  }

  /// Creates the day that is `daysSince1970` days after 1970-01-01.
  /// - Throws: ``ValidationError/outOfRange`` outside ``supportedRange``.
  public init(daysSince1970: Int) throws(ValidationError) {
    guard Self.supportedRange.lowerBound.daysSince1970 <= daysSince1970,
      daysSince1970 <= Self.supportedRange.upperBound.daysSince1970
    else { throw .outOfRange }
    self.daysSince1970 = daysSince1970
  }

  /// Creates a day from its year, month (1–12) and day of month.
  /// - Throws: ``ValidationError`` naming the part that is wrong.
  public init(year: Int, month: Int, day: Int) throws(ValidationError) {
    guard Self.supportedYears.contains(year) else { throw .yearOutOfRange }
    guard (1...12).contains(month) else { throw .monthOutOfRange }
    guard day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
      throw .dayOutOfRange
    }
    self.daysSince1970 = Self.daysFromCivil(year: year, month: month, day: day)
  }

  /// Why a year, month and day (or a day count) do not make a `CalendarDay`.
  public enum ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The year is outside 1–9999.
    case yearOutOfRange
    /// The month is not 1–12.
    case monthOutOfRange
    /// The day of the month does not exist in that month (for example 30 February).
    case dayOutOfRange
    /// The day count is outside ``CalendarDay/supportedRange``.
    case outOfRange

    /// A sentence a non-programmer understands; it never repeats the rejected value.
    public var description: String {
      switch self {
      case .yearOutOfRange: "the year must be between 1 and 9999"
      case .monthOutOfRange: "the month must be between 1 and 12"
      case .dayOutOfRange: "that day does not exist in that month"
      case .outOfRange: "the date is outside 0001-01-01 to 9999-12-31"
      }
    }
  }

  /// Orders days chronologically.
  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    lhs.daysSince1970 < rhs.daysSince1970
  }
}

// MARK: - Civil calendar fields

extension CalendarDay {
  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    Self.civil(fromDays: daysSince1970)
  }

  /// The year (1–9999).
  public var year: Int { components.year }
  /// The month (1–12).
  public var month: Int { components.month }
  /// The day of the month (1–31).
  public var day: Int { components.day }

  /// The day of the week.
  public var weekday: Weekday {
    // 1970-01-01 was a Thursday (ISO weekday 4).
    let index = ((daysSince1970 + 3) % 7 + 7) % 7
    return Weekday.allCases[index]
  }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in `month` (1–12) of `year`; 0 for an invalid month.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: 31
    case 4, 6, 9, 11: 30
    case 2: isLeapYear(year) ? 29 : 28
    default: 0
    }
  }

  /// The last day of this day's month.
  public var lastDayOfMonth: CalendarDay {
    let (year, month, day) = components
    return CalendarDay(unchecked: daysSince1970 + Self.daysInMonth(year: year, month: month) - day)
  }

  // Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms,
  // http://howardhinnant.github.io/date_algorithms.html): exact for the proleptic Gregorian calendar.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}

// MARK: - Arithmetic

extension CalendarDay: Strideable {
  /// The number of days from this day to `other` (negative when `other` is earlier).
  public func distance(to other: CalendarDay) -> Int {
    other.daysSince1970 - daysSince1970
  }

  /// The day `n` days later (earlier when `n` is negative).
  ///
  /// Like integer overflow, leaving ``supportedRange`` is a programming error and traps; use
  /// ``adding(days:)`` when `n` comes from input.
  public func advanced(by n: Int) -> CalendarDay {
    let (result, overflow) = daysSince1970.addingReportingOverflow(n)
    precondition(
      !overflow && Self.supportedRange.lowerBound.daysSince1970 <= result
        && result <= Self.supportedRange.upperBound.daysSince1970,
      "CalendarDay arithmetic left 0001-01-01...9999-12-31")
    return CalendarDay(unchecked: result)
  }

  /// The day `n` days later (earlier when `n` is negative), checked.
  /// - Throws: ``ValidationError/outOfRange`` when the result is outside ``supportedRange``.
  public func adding(days n: Int) throws(ValidationError) -> CalendarDay {
    let (result, overflow) = daysSince1970.addingReportingOverflow(n)
    guard !overflow else { throw .outOfRange }
    return try CalendarDay(daysSince1970: result)
  }

  /// The day `n` calendar months later (earlier when negative), by the corresponding-date rule:
  /// the same day of the month, or the month's last day when that month is shorter
  /// (31 January + 1 month = 28 or 29 February; 29 February 2024 + 12 months = 28 February 2025).
  ///
  /// Traps only when the result would leave ``supportedRange``, like ``advanced(by:)``.
  public func adding(months n: Int) -> CalendarDay {
    let (year, month, day) = components
    let monthIndex = year * 12 + (month - 1) + n
    let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
    let newMonth = monthIndex - newYear * 12 + 1
    precondition(Self.supportedYears.contains(newYear), "CalendarDay arithmetic left 0001...9999")
    let newDay = min(day, Self.daysInMonth(year: newYear, month: newMonth))
    return CalendarDay(unchecked: Self.daysFromCivil(year: newYear, month: newMonth, day: newDay))
  }

  /// The day `n` years later by the corresponding-date rule (29 February + 1 year = 28 February).
  public func adding(years n: Int) -> CalendarDay {
    adding(months: n * 12)
  }
}

/// A day of the week, numbered as ISO 8601 does (Monday = 1 … Sunday = 7).
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  /// Monday (ISO 1).
  case monday = 1
  /// Tuesday (ISO 2).
  case tuesday
  /// Wednesday (ISO 3).
  case wednesday
  /// Thursday (ISO 4).
  case thursday
  /// Friday (ISO 5).
  case friday
  /// Saturday (ISO 6).
  case saturday
  /// Sunday (ISO 7).
  case sunday

  /// Whether the day is Saturday or Sunday.
  public var isWeekend: Bool { self == .saturday || self == .sunday }

  /// The English name, for example "Monday".
  public var description: String {
    switch self {
    case .monday: "Monday"
    case .tuesday: "Tuesday"
    case .wednesday: "Wednesday"
    case .thursday: "Thursday"
    case .friday: "Friday"
    case .saturday: "Saturday"
    case .sunday: "Sunday"
    }
  }
}
