extension CalendarDay {
  /// A day written in source code, for example `CalendarDay(2014, 4, 22)` for the day the
  /// 26-week limit came into force.
  ///
  /// For literals only: like an out-of-range array index, an impossible day is a programming
  /// error and traps. Use ``init(year:month:day:)`` or the parsers for days that come from input.
  public init(_ year: Int, _ month: Int, _ day: Int) {
    do {
      try self.init(year: year, month: month, day: day)
    } catch {
      preconditionFailure("CalendarDay literal is not a day: \(error)")
    }
  }

  /// The day a person born on this day reaches `years` years of age.
  ///
  /// A person attains an age at the start of the anniversary of their birth (Family Law Reform
  /// Act 1969 s9). Someone born on 29 February reaches it on 1 March in a year that is not a
  /// leap year: this library's convention (see ``ageConvention``), which differs from the
  /// corresponding-date rule of ``adding(years:)`` used for periods.
  ///
  /// - Returns: `nil` when the anniversary is after 9999-12-31 or `years` is negative.
  public func anniversary(years: Int) -> CalendarDay? {
    let (year, month, day) = components
    guard years >= 0, years <= 9999, CalendarDay.supportedYears.contains(year + years) else {
      return nil
    }
    if month == 2, day == 29, !CalendarDay.isLeapYear(year + years) {
      return try? CalendarDay(year: year + years, month: 3, day: 1)
    }
    return try? CalendarDay(year: year + years, month: month, day: day)
  }

  /// A person's age in whole years on `day`, when born on this day; `nil` before birth.
  public func age(on day: CalendarDay) -> Int? {
    guard day >= self else { return nil }
    var years = day.year - year
    if let birthday = anniversary(years: years), birthday > day { years -= 1 }
    return years
  }

  /// How this library counts ages, with its source.
  public static let ageConvention = Fact(
    id: "core.age.anniversary",
    statement:
      "A person attains an age at the start of the anniversary of their birth; a person born on "
      + "29 February attains it on 1 March in a year that is not a leap year.",
    provenance: Provenance(
      .secondary,
      [
        Source(
          .statute, title: "Family Law Reform Act 1969", locator: "s9",
          url: "https://www.legislation.gov.uk/ukpga/1969/46/section/9",
          publisher: "legislation.gov.uk")
      ],
      note: "s9 fixes the time of day (the start of the anniversary); the 1 March reading for "
        + "29 February births is this library's convention: no authority on it was read."))
}
