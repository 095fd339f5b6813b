extension CalendarDay {
  /// A day written in the library's own source, for example `CalendarDay(2014, 4, 22)` for the
  /// day the 26-week limit came into force.
  ///
  /// Package-internal: built-in data follows one policy, trap on a bad literal (see "Built-in data"
  /// in the PracticeCore documentation), and every built-in table is loaded by the test suite, so
  /// an impossible day fails the tests and never reaches a user. Programs using the library write a
  /// day with ``init(year:month:day:)``, which throws instead of trapping, or parse one with
  /// ``init(iso8601:)``.
  package init(_ year: Int, _ month: Int, _ day: Int) {
    self = builtIn("a literal day") { () throws(ValidationError) in
      try CalendarDay(year: year, month: month, day: day)
    }
  }

  /// The day a person born on this day reaches `years` years of age.
  ///
  /// A person attains an age at the start of the anniversary of their birth (Family Law Reform
  /// Act 1969 s9). Someone born on 29 February reaches it on 1 March in a year that is not a
  /// leap year: this library's convention (see ``ageConventions``), which differs from the
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

  /// How this library counts ages, with their sources: attainment at the start of the birthday
  /// (secondary) and 1 March for 29 February births in common years (unverified).
  public static let ageConventions: [Fact] = {
    let statute = Source(
      .statute, title: "Family Law Reform Act 1969", locator: "s9",
      url: "https://www.legislation.gov.uk/ukpga/1969/46/section/9", publisher: "legislation.gov.uk"
    )
    let northernIreland = Source(
      .statute, title: "Age of Majority Act (Northern Ireland) 1969", locator: "s5",
      url: "http://legislation.data.gov.uk/apni/1969/28/section/5", publisher: "legislation.gov.uk")
    let pollard = Source(
      .secondary,
      title: "Pollard, Some oddities of the law on age (Wilberforce Chambers, 7 January 2020)",
      url: "https://www.wilberforce.co.uk/some-oddities-of-the-law-on-age-so-you-thought-you-"
        + "reached-age-21-on-your-21st-birthday/")
    let column = Source(
      .secondary, title: "Rycroft, The joys of 2016 being a leap year (Clitheroe Advertiser)",
      url: "https://www.clitheroeadvertiser.co.uk/news/the-joys-of-2016-being-a-leap-year-1-7651053"
    )
    return [
      Fact(
        id: "core.age.attainment",
        statement: "A person attains an age expressed in years at the commencement of the "
          + "relevant anniversary of the date of their birth: on the birthday itself.",
        provenance: Provenance(
          .secondary, [statute, northernIreland, pollard],
          note: "The England and Wales text of s9 was not seen; the identical rule in the "
            + "Northern Ireland analogue (s5(1)) was read, and Pollard reports the 1969 rule "
            + "applying from 1 January 1970.")),
      Fact(
        id: "core.age.leap-day",
        statement: "A person born on 29 February reaches an age on 1 March in a year that is not "
          + "a leap year.",
        provenance: Provenance(
          .unverified, [column, pollard],
          note: "Convention chosen by PracticeKit. s9 does not address 29 February and no "
            + "English judgment on it was found. One solicitor's newspaper column states 1 March "
            + "as the English position without citing authority, while a South African Q&A "
            + "(Sowetan, 2008) claims England uses 28 February; Pollard raises the question but "
            + "his answer was not reached. Persuasive only: the ACT Supreme Court (McWilliam AsJ, "
            + "September 2018, reported by ABC News) held that under the same \"commencement of "
            + "the relevant anniversary\" wording a person born on 29 February 2000 was not 18 "
            + "until 1 March 2018. Other jurisdictions use 28 February.")),
    ]
  }()
}
