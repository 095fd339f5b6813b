/// A legal period — "26 weeks", "3 months", "20 working days", "72 hours" — and the rule for
/// counting it from the day of an event.
///
/// Statutes use two wordings, and they differ by one day:
/// - "within 26 weeks **beginning with** the day on which the application was issued": the
///   event's day is day 1, so the last day is issue + 181 days (``Counting/beginningWith``);
/// - "within 20 working days **of**/**after** the child becoming looked after": counting starts
///   the next day, so the last day is the 20th working day after (``Counting/after``).
///
/// Calendar months follow the corresponding-date rule. A period of months **after** a day ends on
/// the corresponding date (the same day of the month), or on the last day of the month when it
/// is shorter: one month after 31 January ends on 28 (or 29) February. A period of months
/// **beginning with** a day ends the day before the corresponding date, or on the last day of the
/// month when there is no corresponding date: one month beginning with 15 March ends on 14 April,
/// beginning with 1 March on 31 March, beginning with 31 January on 28 (or 29) February.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The unit a period is measured in.
  public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Calendar days.
    case days
    /// Weeks of seven days.
    case weeks
    /// Calendar months, by the corresponding-date rule.
    case months
    /// Working days of a ``WorkingCalendar``.
    case workingDays
    /// Hours, counted from a time of day.
    case hours
  }

  /// Where counting starts.
  public enum Counting: String, Sendable, Hashable, Codable, CaseIterable {
    /// "beginning with the day of the event": the event's day is the first day of the period.
    case beginningWith
    /// "of", "after" or "from" the event: the first day of the period is the day after.
    case after
  }

  /// The number of units (zero or more).
  public let amount: Int
  /// The unit.
  public let unit: Unit
  /// Where counting starts.
  public let counting: Counting

  /// Why a period cannot be created or counted.
  public enum PeriodError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The amount is negative.
    case negativeAmount
    /// The period is in working days and no working calendar was given.
    case needsWorkingCalendar
    /// The period is in hours: its end depends on the time of day (use
    /// ``Period/end(fromDay:minuteOfDay:)``).
    case needsTimeOfDay
    /// The period is in months or working days, which have no fixed length in hours.
    case noFixedLength
    /// The answer would fall outside the supported days (or the time of day is not 0–1439).
    case outOfRange

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .negativeAmount: "a period cannot be negative"
      case .needsWorkingCalendar: "a period in working days needs a working-day calendar"
      case .needsTimeOfDay: "a period in hours needs the time of day it started"
      case .noFixedLength: "months and working days have no fixed length in hours"
      case .outOfRange: "the end of the period is outside the dates this library supports"
      }
    }
  }

  /// Creates a period.
  /// - Throws: ``PeriodError/negativeAmount`` when `amount` is negative.
  public init(_ amount: Int, _ unit: Unit, counting: Counting = .after) throws(PeriodError) {
    guard amount >= 0 else { throw .negativeAmount }
    self.amount = amount
    self.unit = unit
    self.counting = counting
  }

  /// The last day of the period that starts with (``Counting/beginningWith``) or after
  /// (``Counting/after``) `start`: the day by which something "within" the period must happen.
  ///
  /// - Parameters:
  ///   - start: the day of the event the period runs from.
  ///   - calendar: the working-day calendar, required for ``Unit/workingDays``.
  /// - Throws: ``PeriodError`` for hours, a missing calendar, or a day out of range.
  public func lastDay(from start: CalendarDay, calendar: WorkingCalendar? = nil) throws(PeriodError)
    -> CalendarDay
  {
    switch unit {
    case .hours: throw .needsTimeOfDay
    case .months: return try lastDayOfMonths(from: start)
    case .days, .weeks, .workingDays: break
    }
    // For days, weeks and working days, "beginning with D" is "after D − 1".
    var anchor = start
    if counting == .beginningWith {
      guard let previous = try? start.adding(days: -1) else { throw .outOfRange }
      anchor = previous
    }
    if unit == .workingDays {
      guard let calendar else { throw .needsWorkingCalendar }
      guard let end = try? calendar.adding(workingDays: amount, to: anchor) else {
        throw .outOfRange
      }
      return end
    }
    let (days, overflow) = amount.multipliedReportingOverflow(by: unit == .weeks ? 7 : 1)
    guard !overflow, let end = try? anchor.adding(days: days) else { throw .outOfRange }
    return end
  }

  private func lastDayOfMonths(from start: CalendarDay) throws(PeriodError) -> CalendarDay {
    guard amount <= 12 * 9999,
      CalendarDay.supportedYears.contains(start.year + (start.month - 1 + amount) / 12)
    else { throw .outOfRange }
    let corresponding = start.adding(months: amount)
    // No corresponding date (31 January + 1 month): the period ends on that month's last day.
    guard counting == .beginningWith, corresponding.day == start.day, amount > 0 else {
      return corresponding
    }
    guard let end = try? corresponding.adding(days: -1) else { throw .outOfRange }
    return end
  }

  /// The day and minute at which a period in hours (or any unit, converted exactly) ends, when it
  /// starts at `minuteOfDay` (0–1439) on `day`. For example 72 hours from 14:30 on a Friday ends
  /// at 14:30 on the Monday. This is clock-face arithmetic with no time zone: for elapsed hours
  /// in UK civil time, across a change to or from summer time, use ``UKCivilTime``.
  /// - Throws: ``PeriodError/noFixedLength`` for working days or months,
  ///   ``PeriodError/outOfRange`` when the minute or the end is out of range.
  public func end(fromDay day: CalendarDay, minuteOfDay: Int) throws(PeriodError) -> (
    day: CalendarDay, minuteOfDay: Int
  ) {
    guard (0..<1440).contains(minuteOfDay) else { throw .outOfRange }
    let minutesPerUnit: Int
    switch unit {
    case .hours: minutesPerUnit = 60
    case .days: minutesPerUnit = 1440
    case .weeks: minutesPerUnit = 7 * 1440
    case .months, .workingDays: throw .noFixedLength
    }
    let (minutes, overflow) = amount.multipliedReportingOverflow(by: minutesPerUnit)
    guard !overflow else { throw .outOfRange }
    let total = minuteOfDay + minutes
    guard let endDay = try? day.adding(days: total / 1440) else { throw .outOfRange }
    return (endDay, total % 1440)
  }

  /// For example "26 weeks beginning with the day of the event" or "20 working days after it".
  public var description: String {
    let unitName: String
    switch unit {
    case .days: unitName = amount == 1 ? "day" : "days"
    case .weeks: unitName = amount == 1 ? "week" : "weeks"
    case .months: unitName = amount == 1 ? "month" : "months"
    case .workingDays: unitName = amount == 1 ? "working day" : "working days"
    case .hours: unitName = amount == 1 ? "hour" : "hours"
    }
    let rule = counting == .beginningWith ? "beginning with the day of the event" : "after it"
    return "\(amount) \(unitName) \(rule)"
  }
}
