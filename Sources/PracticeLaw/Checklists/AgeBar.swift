/// The Children Act 1989 s31(3) age bar on a given day: no care or supervision order once the
/// child has reached 17, or 16 if married.
///
/// Conventions (``CalendarDay/ageConventions``):
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
  public var barDay: CalendarDay? { dateOfBirth.anniversary(years: barAge) }

  /// Whether the child has reached ``barAge`` by ``day`` (true on the birthday itself).
  public var isBarred: Bool {
    guard let barDay else { return false }
    return day >= barDay
  }
}
