/// The Children Act 1989 s31(3) age bar on a given day: no care or supervision order once the
/// child has reached 17, or 16 if married.
///
/// Conventions (each listed as a fact):
/// - a person reaches an age at the start of the anniversary of their birth, so on the birthday
///   itself the bar applies (Family Law Reform Act 1969 s9; secondary: the Northern Ireland
///   analogue's text was read, the England and Wales text was not);
/// - a person born on 29 February reaches an age on 1 March in a common year. The statute does
///   not say so; one secondary source states it as the English position and none was found
///   against it, so this convention is marked unverified.
public struct AgeBar: Sendable, Hashable, Codable {
  /// The child's date of birth.
  public var dateOfBirth: CalendarDay
  /// Whether the child is married.
  public var married: Bool
  /// The day the bar is checked on.
  public var day: CalendarDay

  /// Checks the bar for a child born on `dateOfBirth`, married or not, on `day`.
  public init(dateOfBirth: CalendarDay, married: Bool, on day: CalendarDay) {
    self.dateOfBirth = dateOfBirth
    self.married = married
    self.day = day
  }

  /// 16 if married, otherwise 17.
  public var barAge: Int { married ? 16 : 17 }

  /// The day the child reaches ``barAge``, or `nil` if that is after 9999-12-31.
  public var barDay: CalendarDay? { Self.day(reachingAge: barAge, bornOn: dateOfBirth) }

  /// Whether the child has reached ``barAge`` by ``day`` (true on the birthday itself).
  public var isBarred: Bool {
    guard let barDay else { return false }
    return day >= barDay
  }

  /// The day a person born on `birth` reaches `years` of age: the anniversary of the birth, or
  /// 1 March when the birth was on 29 February and the anniversary year is not a leap year.
  /// `nil` when the day would be after 9999-12-31 or `years` is negative.
  public static func day(reachingAge years: Int, bornOn birth: CalendarDay) -> CalendarDay? {
    guard years >= 0 else { return nil }
    let (year, month, dayOfMonth) = birth.components
    let (targetYear, overflow) = year.addingReportingOverflow(years)
    guard !overflow else { return nil }
    if month == 2 && dayOfMonth == 29 && !CalendarDay.isLeapYear(targetYear) {
      return try? CalendarDay(year: targetYear, month: 3, day: 1)
    }
    return try? CalendarDay(year: targetYear, month: month, day: dayOfMonth)
  }

  /// The conventions as facts: `law.checklist.age.attainment` (secondary) and
  /// `law.checklist.age.leap-day` (unverified).
  public static var facts: [Fact] {
    [
      Fact(
        id: "law.checklist.age.attainment",
        statement: "A person attains an age expressed in years at the commencement of the "
          + "relevant anniversary of the date of their birth (Family Law Reform Act 1969 s9), so "
          + "the s31(3) bar applies on the birthday itself.",
        provenance: Provenance(
          .secondary,
          [
            .familyLawReformAct1969("s9", path: "section/9"), .ageOfMajorityNorthernIreland1969,
            .pollardOnAge,
          ],
          note: "The England and Wales text of s9 was not seen; the identical rule in the "
            + "Northern Ireland analogue (s5(1)) was read, and Pollard reports the 1969 "
            + "statutory rule applying from 1 January 1970.")),
      Fact(
        id: "law.checklist.age.leap-day",
        statement: "A person born on 29 February reaches an age on 1 March in a year that is not "
          + "a leap year.",
        provenance: Provenance(
          .unverified, [.leapDayColumn, .pollardOnAge],
          note: "Convention chosen by PracticeKit. s9 does not address 29 February; one "
            + "solicitor's newspaper column states this as the English position without citing "
            + "authority, and Pollard discusses the question. Other jurisdictions use "
            + "28 February. Not checked against a primary source.")),
    ]
  }
}
