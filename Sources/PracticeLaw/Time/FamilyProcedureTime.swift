/// Time limits in family proceedings computed as the Family Procedure Rules 2010 r2.9 says.
///
/// - A period expressed as a number of days is computed as **clear days**: the day on which the
///   period begins is not counted, nor, when the end of the period is defined by reference to an
///   event, the day of the event (r2.9(2)–(3)).
/// - When the period is **seven days or less** and includes a day that is not a business day,
///   that day does not count (r2.9(4)). Longer periods count every day.
/// - "No later than n business days before" an event is read the same way, as clear business
///   days (the PLO's advocates' meetings use this helper too).
/// - An act at the court office whose period ends on a day the office is closed is in time on
///   the next day it is open (r2.9(5)).
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
  /// on `event`: `clearDays` counted days lie strictly between the act and the event (a period of
  /// seven days or less counts business days only: ``lastDayBefore(_:clearBusinessDays:)``).
  public func lastDayBefore(_ event: CalendarDay, clearDays: Int) throws(TimeError) -> CalendarDay {
    guard clearDays >= 0 else { throw .negativeDays }
    if clearDays <= Self.shortPeriodLimit {
      return try lastDayBefore(event, clearBusinessDays: clearDays)
    }
    do { return try event.adding(days: -(clearDays + 1)) } catch { throw .outOfRange }
  }

  /// The last day on which something must be done "no later than `clearBusinessDays` business
  /// days before" an event on `event` (the PLO's advocates' meetings): read as clear days
  /// (r2.9(2)–(3)), so that many business days lie strictly between the act and the event, and
  /// the act is due by the day before the earliest of them. That day may itself be a weekend or
  /// holiday: the rule counts the days between, not the day of the act.
  ///
  /// For example, 2 business days before a hearing on Wednesday 13 January 2027: Monday 11 and
  /// Tuesday 12 are the clear days, so the last day is Sunday 10 January (in practice Friday 8).
  public func lastDayBefore(_ event: CalendarDay, clearBusinessDays: Int) throws(TimeError)
    -> CalendarDay
  {
    guard clearBusinessDays >= 0 else { throw .negativeDays }
    do {
      // The n-th business day before the event is the earliest clear day; act the day before it.
      let earliestClear = try calendar.adding(workingDays: -clearBusinessDays, to: event)
      return try earliestClear.adding(days: -1)
    } catch {
      throw .outOfRange
    }
  }

  /// The last day of a period of `days` days "after" (or "within … of") `start`: the start day
  /// is not counted; a period of seven days or less counts business days only.
  ///
  /// With `atCourtOffice`, for an act to be done at the court office: when the period ends on a
  /// day the office is closed (a day that is not a business day of ``calendar``, which can list
  /// a court's own closures), the act is in time on the next day it is open (r2.9(5)).
  public func lastDayAfter(_ start: CalendarDay, days: Int, atCourtOffice: Bool = false)
    throws(TimeError) -> CalendarDay
  {
    guard days >= 0 else { throw .negativeDays }
    do {
      let end =
        days <= Self.shortPeriodLimit
        ? try calendar.adding(workingDays: days, to: start) : try start.adding(days: days)
      guard atCourtOffice, !(try calendar.isWorkingDay(end)) else { return end }
      return try calendar.adding(workingDays: 1, to: end)
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
        .secondary, [.familyProcedureRules2010("r2.9(2)–(3)"), .vardagsRule29],
        note: "Quoted by Vardags, \"What a difference a day makes\"; the rule text was not read.")),
    Fact(
      id: "law.fpr.r2.9.short-periods",
      statement: "In a period of seven days or less, a day that is not a business day does not "
        + "count (CPR r2.8 uses five days: the family rule is seven).",
      provenance: Provenance(
        .secondary, [.familyProcedureRules2010("r2.9(4)"), .vardagsRule29],
        note: "Vardags quotes r2.9(4): \"Where the specified period is seven days or less and "
          + "includes a day which is not a business day, that day does not count\"; the rule text "
          + "was not read.")),
    Fact(
      id: "law.fpr.r2.9.court-office-closed",
      statement: "When a period for doing an act at the court office ends on a day the office is "
        + "closed, the act is in time if done on the next day the office is open.",
      provenance: Provenance(
        .unverified, [.familyProcedureRules2010("r2.9(5)"), .vardagsRule29],
        note: "Only the opening words of r2.9(5) were read (Vardags, \"What a difference a day "
          + "makes\": \"(5) When the period specified – (a) by these rules or a practice "
          + "direction; or\", where every stored copy stops); the rest follows the Civil Procedure "
          + "Rules r2.8(5), whose text it mirrors. No copy of FPR r2.9(5) in full (legislation."
          + "gov.uk rule 2.9, the justice.gov.uk Part 2 page, practitioner pages) was reachable in "
          + "December 2026. Closed days are taken to be the days that are not business days.")),
    Fact(
      id: "law.fpr.r2.9.days-before",
      statement: "\"No later than n business days before\" a hearing is read as n clear business "
        + "days between the act and the hearing: the act is due by the day before the n-th "
        + "business day before the hearing.",
      provenance: Provenance(
        .secondary, [.familyProcedureRules2010("r2.9(2)–(4)"), .vardagsRule29],
        note: "r2.9(2)–(4) as quoted by Vardags: a period expressed as a number of days is "
          + "computed in clear days, excluding the day of the event that ends it; in a period of "
          + "seven days or less non-business days do not count. Applying it to the PLO's "
          + "business-day periods is this library's reading (PD12A's text was not read).")),
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
