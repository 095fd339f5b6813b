/// Time limits in family proceedings computed as the Family Procedure Rules 2010 r2.9 says.
///
/// - A period expressed as a number of days is computed as **clear days**: the day on which the
///   period begins is not counted, nor, when the end of the period is defined by reference to an
///   event, the day of the event (r2.9(2)–(3)).
/// - When the period is **seven days or less** and includes a day that is not a business day,
///   that day does not count (r2.9(4)). Longer periods count every day.
/// - Business days (r2.3): not a Saturday, Sunday, Christmas Day, Good Friday or England and Wales
///   bank holiday: ``WorkingCalendar/englandAndWales``.
///
/// ```swift
/// // "at least 3 days before the hearing" on Friday 6 March 2026: Tue, Wed, Thu are the clear
/// // days, so the last day to act is Monday 2 March.
/// try FamilyProcedureTime().lastDayBefore(CalendarDay(2026, 3, 6), clearDays: 3)
/// ```
public struct FamilyProcedureTime: Sendable {
  /// The business-day calendar.
  public let calendar: WorkingCalendar

  /// Uses England and Wales business days unless told otherwise.
  public init(calendar: WorkingCalendar = .englandAndWales) {
    self.calendar = calendar
  }

  /// The longest period (in days) in which non-business days do not count (r2.9(4)).
  public static let shortPeriodLimit = 7

  /// Why a time limit cannot be computed.
  public enum TimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number of days is negative.
    case negativeDays
    /// The answer is outside the calendar's supported days.
    case outOfRange
    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .negativeDays: "a number of days cannot be negative"
      case .outOfRange: "the answer is outside the dates this library supports"
      }
    }
  }

  /// The last day on which something must be done "at least `clearDays` days before" an event
  /// on `event`: `clearDays` counted days lie strictly between the act and the event.
  public func lastDayBefore(_ event: CalendarDay, clearDays: Int) throws(TimeError) -> CalendarDay {
    guard clearDays >= 0 else { throw .negativeDays }
    do {
      if clearDays <= Self.shortPeriodLimit {
        // The n-th business day before the event is the last clear day; act the day before it.
        let lastClear = try calendar.adding(workingDays: -clearDays, to: event)
        return try lastClear.adding(days: -1)
      }
      return try event.adding(days: -(clearDays + 1))
    } catch {
      throw .outOfRange
    }
  }

  /// The last day of a period of `days` days "after" (or "within … of") `start`: the start day
  /// is not counted; a period of seven days or less counts business days only.
  public func lastDayAfter(_ start: CalendarDay, days: Int) throws(TimeError) -> CalendarDay {
    guard days >= 0 else { throw .negativeDays }
    do {
      if days <= Self.shortPeriodLimit {
        return try calendar.adding(workingDays: days, to: start)
      }
      return try start.adding(days: days)
    } catch {
      throw .outOfRange
    }
  }

  /// The rules applied, with their sources.
  public static let rules: [Fact] = [
    Fact(
      id: "law.fpr.r2.9.clear-days",
      statement: "A period expressed in days is computed in clear days, excluding the day it "
        + "begins and the day of the event that ends it.",
      provenance: Provenance(
        .secondary, [.familyProcedureRules2010("r2.9(2)–(3)")],
        note: "Quoted by Vardags, \"What a difference a day makes\"; the rule text was not read.")),
    Fact(
      id: "law.fpr.r2.9.short-periods",
      statement: "In a period of seven days or less, a day that is not a business day does not "
        + "count (CPR r2.8 uses five days: the family rule is seven).",
      provenance: Provenance(.secondary, [.familyProcedureRules2010("r2.9(4)")])),
    Fact(
      id: "law.fpr.r2.3.business-day",
      statement: "A business day is any day other than a Saturday, Sunday, Christmas Day, Good "
        + "Friday or a bank holiday in England and Wales.",
      provenance: Provenance(
        .secondary, [.familyProcedureRules2010("r2.3")],
        note: "The identical definition in the Family Procedure (Adoption) Rules 2005 r6 was read.")
    ),
  ]
}
