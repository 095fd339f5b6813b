/// A day on which offices are closed: a bank holiday, a substitute day, or a local closure day.
public struct BankHoliday: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// How a holiday arises.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The day given by the standing rule (for example the last Monday in May).
    case regular
    /// A weekday given instead of a fixed-date holiday that fell on a weekend or on another
    /// holiday (for example Christmas Day on a Saturday → Monday 27 December).
    case substitute
    /// A standing holiday moved to another day by proclamation in one year
    /// (for example the 2022 spring bank holiday, moved to Thursday 2 June).
    case moved
    /// A one-off extra bank holiday (for example the State Funeral on 19 September 2022).
    case extra
    /// A day a local authority or other employer closes its offices, added by the caller.
    case localClosure
  }

  /// The day.
  public let day: CalendarDay
  /// The holiday's name, for example "Christmas Day" or "Christmas Day (substitute day)".
  public let name: String
  /// How the holiday arises.
  public let kind: Kind
  /// Where the rule or proclamation behind this day comes from.
  public let provenance: Provenance

  /// Creates a holiday.
  public init(day: CalendarDay, name: String, kind: Kind, provenance: Provenance) {
    self.day = day
    self.name = name
    self.kind = kind
    self.provenance = provenance
  }

  /// Orders holidays by day, then by name.
  public static func < (lhs: BankHoliday, rhs: BankHoliday) -> Bool {
    (lhs.day, lhs.name) < (rhs.day, rhs.name)
  }

  /// `YYYY-MM-DD<TAB>Name`.
  public var description: String { "\(day)\t\(name)" }
}

/// A standing holiday rule: how to find the day in any year it applies.
public struct BankHolidayRule: Sendable, Hashable {
  /// How the day is found in a given year.
  public enum DateRule: Sendable, Hashable {
    /// A fixed date, for example 25 December.
    case fixed(month: Int, day: Int)
    /// The first given weekday of a month, for example the first Monday in May.
    case first(Weekday, month: Int)
    /// The last given weekday of a month, for example the last Monday in August.
    case last(Weekday, month: Int)
    /// A number of days from Easter Sunday, for example −2 for Good Friday.
    case easter(offset: Int)
  }

  /// The holiday's name.
  public let name: String
  /// How the day is found.
  public let date: DateRule
  /// Whether a weekend (or an already-taken day) moves the holiday to the next free weekday.
  public let substitutes: Bool
  /// The years the rule applies.
  public let years: ClosedRange<Int>
  /// Where the rule comes from.
  public let provenance: Provenance

  /// Creates a rule.
  public init(
    _ name: String, _ date: DateRule, substitutes: Bool = false, years: ClosedRange<Int>,
    _ provenance: Provenance
  ) {
    self.name = name
    self.date = date
    self.substitutes = substitutes
    self.years = years
    self.provenance = provenance
  }

  /// The day the rule gives in `year`, before any substitution.
  func day(in year: Int) -> CalendarDay? {
    switch date {
    case .fixed(let month, let day):
      return try? CalendarDay(year: year, month: month, day: day)
    case .first(let weekday, let month):
      guard let first = try? CalendarDay(year: year, month: month, day: 1) else { return nil }
      let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
      return CalendarDay(unchecked: first.daysSince1970 + shift)
    case .last(let weekday, let month):
      guard let first = try? CalendarDay(year: year, month: month, day: 1) else { return nil }
      let last = first.lastDayOfMonth
      let shift = (last.weekday.rawValue - weekday.rawValue + 7) % 7
      return CalendarDay(unchecked: last.daysSince1970 - shift)
    case .easter(let offset):
      guard let easter = try? CalendarDay.easterSunday(year: year) else { return nil }
      return try? easter.adding(days: offset)
    }
  }
}

/// A one-year departure from the standing rules, made by royal proclamation: a holiday moved to
/// another day, or an extra holiday.
public struct BankHolidayChange: Sendable, Hashable {
  /// What the proclamation did.
  public enum Action: Sendable, Hashable {
    /// The standing holiday with this name is held on `to` instead of its usual day that year.
    case move(holiday: String, to: CalendarDay)
    /// An extra bank holiday on `on`.
    case extra(name: String, on: CalendarDay)
  }

  /// What the proclamation did.
  public let action: Action
  /// Where it is recorded.
  public let provenance: Provenance

  /// Creates a change.
  public init(_ action: Action, _ provenance: Provenance) {
    self.action = action
    self.provenance = provenance
  }

  /// The year the change applies to.
  public var year: Int {
    switch action {
    case .move(_, let day), .extra(_, let day): day.year
    }
  }
}
