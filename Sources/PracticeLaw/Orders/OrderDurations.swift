/// Why an order's end cannot be computed as asked.
public enum OrderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An emergency protection order may be extended only once (s45(6)).
  case alreadyExtended
  /// The extension asked for is longer than the law allows; the maximum is given in days.
  case extensionTooLong(maximumDays: Int)
  /// The end asked for is after the latest end the law allows.
  case beyondMaximum(CalendarDay)
  /// The end asked for is before the order's current end.
  case shortensOrder
  /// The child is too old for the order to be made on that day.
  case childTooOld
  /// The day is before the child's birth.
  case beforeBirth
  /// The answer is outside the days the library supports.
  case outOfRange
  /// An emergency protection order on an s46(7) application cannot be made before the child was
  /// taken into police protection.
  case beforePoliceProtection
  /// A time of day that cannot be placed in UK civil time.
  case civilTime(UKCivilTime.TimeError)

  /// A sentence a non-programmer understands.
  public var description: String {
    switch self {
    case .alreadyExtended: "an emergency protection order may be extended only once"
    case .extensionTooLong(let days): "the extension is longer than the \(days) days allowed"
    case .beyondMaximum(let day): "the order cannot run beyond \(day)"
    case .shortensOrder: "an extension must end after the order's current end"
    case .childTooOld: "the child is too old for this order to be made"
    case .beforeBirth: "the day is before the child's birth"
    case .outOfRange: "the answer is outside the dates this library supports"
    case .civilTime(let error): error.description
    case .beforePoliceProtection:
      "the order is made before the day the child was taken into police protection"
    }
  }
}

/// The latest end of an order, and the rule that gives it.
public struct OrderEnd: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The last day on which the order has effect; `nil` when no fixed day limits it (an interim
  /// order since 22 April 2014 ends at the latest on disposal of the application).
  public let lastDay: CalendarDay?
  /// Whether the order ends at noon on ``lastDay`` (s45(2)) rather than at its end.
  public let endsAtNoon: Bool
  /// The rule in words.
  public let rule: String
  /// Where the rule comes from.
  public let provenance: Provenance

  /// For example "2026-12-08: at most eight days beginning with the day it is made".
  public var description: String {
    guard let lastDay else { return rule }
    return "\(lastDay)\(endsAtNoon ? " (noon)" : ""): \(rule)"
  }
}

/// How long each order lasts, as functions of the days that matter: made, extended, the child's
/// birth.
///
/// Conventions, each tested at its boundary:
/// - "N days beginning with" a day counts that day as day 1, so N days end on day + N − 1;
/// - an order that lasts "until the child is 18" has effect up to the day before the 18th
///   birthday (the age is attained at the start of the birthday: ``CalendarDay/anniversary(years:)``).
public enum OrderDurations {
  // MARK: Emergency protection order

  /// The latest end of an emergency protection order made on `day`: the eighth day beginning
  /// with the day it is made (s45(1)).
  ///
  /// With `applyingHolidayRule`, when that eighth day is a public holiday (Christmas Day, Good
  /// Friday, a bank holiday or a Sunday) the order may instead end at noon on the first later
  /// day that is not one (s45(2)).
  ///
  /// When the order is made on an application under s46(7) (by the designated officer while the
  /// child is in police protection), pass `policeProtectionBegan`: the eight days begin with the
  /// first day on which the child was taken into police protection (s45(3)).
  /// - Throws: ``OrderError/beforePoliceProtection`` when the order is made before that day.
  public static func emergencyProtectionOrderEnd(
    madeOn day: CalendarDay, policeProtectionBegan: CalendarDay? = nil,
    applyingHolidayRule: Bool = false, holidays: BankHolidayCalendar = .englandAndWales
  ) throws(OrderError) -> OrderEnd {
    if let policeProtectionBegan, day < policeProtectionBegan {
      throw .beforePoliceProtection
    }
    let eighth = try add(7, to: policeProtectionBegan ?? day)
    let standard =
      policeProtectionBegan == nil
      ? OrderEnd(
        lastDay: eighth, endsAtNoon: false,
        rule: "at most eight days beginning with the day it is made (s45(1))",
        provenance: CourtOrderKind.emergencyProtectionOrder.rules.provenance)
      : OrderEnd(
        lastDay: eighth, endsAtNoon: false,
        rule: "made on an application under s46(7): at most eight days beginning with the first "
          + "day of police protection (s45(1), (3))",
        provenance: Provenance(
          .secondary, [.childrenAct1989("s45(3)", path: "section/45")],
          note: "s45(3) was not readable here (legislation.gov.uk copies stop before it); the "
            + "same rule is stated in the Children (Northern Ireland) Order 1995 art 64(2) and "
            + "the Cayman Islands Children Act s48(3), which follow the 1989 Act's wording."))
    guard applyingHolidayRule, try isPublicHoliday(eighth, holidays) else { return standard }
    var later = try add(1, to: eighth)
    while try isPublicHoliday(later, holidays) { later = try add(1, to: later) }
    return OrderEnd(
      lastDay: later, endsAtNoon: true,
      rule: "the eighth day is a public holiday: noon on the first later day that is not (s45(2))",
      provenance: Provenance(
        .unverified, [.childrenAct1989("s45(2)", path: "section/45")],
        note: "s45(2) read only through an overseas analogue; the holiday list (Christmas Day, "
          + "Good Friday, a bank holiday, a Sunday) is from that analogue."))
  }

  /// The end of an emergency protection order extended by `days` from its current `end`: once
  /// only, by at most seven days (s45(4)–(6)).
  public static func emergencyProtectionOrderExtension(
    currentEnd end: CalendarDay, byDays days: Int, previousExtensions: Int
  ) throws(OrderError) -> OrderEnd {
    guard previousExtensions == 0 else { throw .alreadyExtended }
    guard days <= 7 else { throw .extensionTooLong(maximumDays: 7) }
    guard days >= 1 else { throw .shortensOrder }
    return OrderEnd(
      lastDay: try add(days, to: end), endsAtNoon: false,
      rule: "extended once by at most seven days (s45(4)–(6))",
      provenance: CourtOrderKind.emergencyProtectionOrder.rules.provenance)
  }

  // MARK: Child assessment order and police protection

  /// The latest end of a child assessment order whose assessment begins on `day`: seven days
  /// beginning with that day (s43(5)).
  public static func childAssessmentOrderEnd(assessmentBegins day: CalendarDay)
    throws(OrderError) -> OrderEnd
  {
    OrderEnd(
      lastDay: try add(6, to: day), endsAtNoon: false,
      rule: "at most 7 days beginning with the day the assessment begins (s43(5))",
      provenance: CourtOrderKind.childAssessmentOrder.rules.provenance)
  }

  /// The moment police protection must end, when the child was taken into it at `minuteOfDay`
  /// (0–1439) on `day`, UK time: 72 elapsed hours later (s46(6)), in UK civil time. Across a
  /// change to or from summer time the clock face moves by 71 or 73 hours: taken at 12:00 BST on
  /// Friday 24 October 2025, police protection ends at 11:00 GMT on Monday 27 October.
  ///
  /// - Parameters:
  ///   - day: the day the child was taken into police protection.
  ///   - minuteOfDay: the time on the clock, in minutes since midnight (0–1439).
  ///   - zone: GMT or BST, needed only when the child was taken in the hour the clocks go back
  ///     (01:00–01:59 on the last Sunday in October), which happens twice.
  /// - Throws: ``OrderError/civilTime(_:)`` for a time that did not exist, an ambiguous one, or
  ///   one outside the years whose summer time is encoded.
  public static func policeProtectionEnd(
    from day: CalendarDay, minuteOfDay: Int, zone: UKCivilTime.Zone? = nil
  ) throws(OrderError) -> UKCivilTime {
    do {
      return try UKCivilTime(day: day, minuteOfDay: minuteOfDay, zone: zone).adding(hours: 72)
    } catch {
      throw .civilTime(error)
    }
  }

  // MARK: Section 37 investigations

  /// The last day for a local authority directed to investigate a child's circumstances under
  /// s37(1) to tell the court its decision and reasons: before the end of eight weeks beginning
  /// with the date of the direction, unless the court otherwise directs (s37(4)); a day the court
  /// directs replaces this one.
  public static func section37ReportDue(directedOn day: CalendarDay) throws(OrderError)
    -> OrderEnd
  {
    OrderEnd(
      lastDay: try add(55, to: day), endsAtNoon: false,
      rule: "before the end of eight weeks beginning with the date of the direction, unless the "
        + "court otherwise directs (s37(4))",
      provenance: section37Provenance)
  }

  private static let section37Provenance = Provenance(
    .secondary, [.childrenAct1989("s37(4)", path: "section/37"), .leedsLawSocietySection37],
    note: "s37(4) quoted verbatim by Leeds Law Society (\"before the end of the period of eight "
      + "weeks beginning with the date of the direction, unless the court otherwise directs\"); "
      + "the legislation.gov.uk text was not read.")

  // MARK: Supervision order

  /// The end of a supervision order made on `day`: one year beginning with that day (Schedule 3
  /// para 6(1)).
  public static func supervisionOrderEnd(madeOn day: CalendarDay) throws(OrderError) -> OrderEnd {
    OrderEnd(
      lastDay: try months(12, beginningWith: day), endsAtNoon: false,
      rule: "one year beginning with the day it is made (Schedule 3 para 6(1))",
      provenance: CourtOrderKind.supervisionOrder.rules.provenance)
  }

  /// The latest day to which a supervision order made on `day` can ever be extended: three years
  /// beginning with that day (Schedule 3 para 6(4)).
  public static func supervisionOrderMaximumEnd(madeOn day: CalendarDay) throws(OrderError)
    -> CalendarDay
  {
    try months(36, beginningWith: day)
  }

  /// A supervision order made on `madeOn`, now ending on `currentEnd`, extended to `newEnd`.
  /// - Throws: ``OrderError/beyondMaximum(_:)`` past three years, ``OrderError/shortensOrder``
  ///   when `newEnd` is not after `currentEnd`.
  public static func supervisionOrderExtension(
    madeOn: CalendarDay, currentEnd: CalendarDay, to newEnd: CalendarDay
  ) throws(OrderError) -> OrderEnd {
    let maximum = try supervisionOrderMaximumEnd(madeOn: madeOn)
    guard newEnd > currentEnd else { throw .shortensOrder }
    guard newEnd <= maximum else { throw .beyondMaximum(maximum) }
    return OrderEnd(
      lastDay: newEnd, endsAtNoon: false,
      rule: "extended, never beyond three years beginning with the day it was made "
        + "(Schedule 3 para 6(3)–(4))",
      provenance: CourtOrderKind.supervisionOrder.rules.provenance)
  }

  // MARK: Interim orders

  /// The latest end of an interim care or supervision order made on `day`.
  ///
  /// - Before 22 April 2014 (s38(4)–(5) as enacted): a first order ends at most 8 weeks
  ///   beginning with the day it is made; a later one 4 weeks beginning with its own day, or the
  ///   end of the 8 weeks from the first order when that is later.
  /// - From 22 April 2014: no fixed cap; the order ends at the latest on disposal of the
  ///   application. When the first order predates 22 April 2014, the answer has no fixed day,
  ///   is tagged unverified, and its rule gives the day the old caps would set: the transitional
  ///   provisions (S.I. 2014/1042) were not read.
  /// - Either way, not past the day before the child's 17th birthday (16th if married), when the
  ///   child's birth day is given (Re Q [2019] EWHC 512 (Fam)).
  ///
  /// - Parameters:
  ///   - day: the day this order is made.
  ///   - firstOrderMadeOn: the day the first interim order in the proceedings was made; `nil`
  ///     (or `day`) when this is the first.
  ///   - birth: the child's day of birth, if known.
  ///   - married: whether the child is married or in a civil partnership.
  public static func interimOrderEnd(
    madeOn day: CalendarDay, firstOrderMadeOn: CalendarDay? = nil, birth: CalendarDay? = nil,
    married: Bool = false
  ) throws(OrderError) -> OrderEnd {
    var end: OrderEnd
    if day < ProvisionCatalogue.familyJusticeReforms {
      let first = firstOrderMadeOn ?? day
      let eightWeeks = try add(55, to: first)
      let isFirst = first == day
      let lastDay = isFirst ? eightWeeks : max(try add(27, to: day), eightWeeks)
      end = OrderEnd(
        lastDay: lastDay, endsAtNoon: false,
        rule: isFirst
          ? "a first interim order: at most 8 weeks beginning with the day it is made "
            + "(s38(4)(a) as enacted)"
          : "a later interim order: at most 4 weeks beginning with the day it is made, or to the "
            + "end of the first order's 8 weeks if later (s38(4)(b), (5) as enacted)",
        provenance: Provenance(
          .secondary, [.childrenAct1989("s38(4)–(5) as enacted", path: "section/38/enacted")],
          note: "Repealed with effect from 22 April 2014; the 8- and 4-week caps are confirmed by "
            + "practitioner sources, the \"whichever is later\" wording was not read."))
    } else if let first = firstOrderMadeOn, first < ProvisionCatalogue.familyJusticeReforms {
      // A later order in proceedings whose first interim order predates the reforms: whether the
      // transitional provisions keep the old caps was not read, so say both.
      let oldCap = max(try add(27, to: day), try add(55, to: first))
      end = OrderEnd(
        lastDay: nil, endsAtNoon: false,
        rule: "no fixed cap under s38(4) as amended from 22 April 2014; but the first interim "
          + "order predates that day, and if the transitional provisions keep the old caps for "
          + "these proceedings this order ends by \(oldCap) (4 weeks, or the first order's 8 "
          + "weeks if later: s38(4)(b), (5) as enacted)",
        provenance: Provenance(
          .unverified,
          [
            .childrenAct1989("s38(4)", path: "section/38"),
            .childrenAct1989("s38(4)–(5) as enacted", path: "section/38/enacted"),
          ],
          note: "S.I. 2014/1042 (the transitional provisions for the 22 April 2014 amendments) "
            + "was not readable here: which rule governs a later order in proceedings begun "
            + "before that day is not determined by this library."))
    } else {
      end = OrderEnd(
        lastDay: nil, endsAtNoon: false,
        rule: "no fixed cap since 22 April 2014: the period the order specifies, ending at the "
          + "latest on disposal of the application (s38(4))",
        provenance: Provenance(.verified, [.childrenAct1989("s38(4)", path: "section/38")]))
    }
    guard let birth else { return end }
    guard day >= birth else { throw .beforeBirth }
    guard let birthday = birth.anniversary(years: married ? 16 : 17) else { throw .outOfRange }
    guard day < birthday else { throw .childTooOld }
    let ageCap = try add(-1, to: birthday)
    if let lastDay = end.lastDay, lastDay <= ageCap { return end }
    return OrderEnd(
      lastDay: ageCap, endsAtNoon: false,
      rule: "not beyond the day before the child's \(married ? 16 : 17)th birthday "
        + "(Re Q [2019] EWHC 512 (Fam))",
      provenance: Provenance(
        .secondary, [.reQ2019], note: "Holding read in practitioner summaries."))
  }

  // MARK: Orders that last until 18

  /// The last day of an order that lasts until the child is 18 (a care order, s91(12); a
  /// special guardianship order; a placement order, ACA 2002 s21(4); the "lives with" part of a
  /// child arrangements order): the day before the 18th birthday.
  ///
  /// For a care order, pass the day it is `made` to check the s31(3) age bar: no care order once
  /// the child is 17 (16 if married).
  public static func endAtEighteen(
    _ kind: CourtOrderKind, birth: CalendarDay, madeOn made: CalendarDay? = nil,
    married: Bool = false
  ) throws(OrderError) -> OrderEnd {
    if let made {
      guard made >= birth else { throw .beforeBirth }
      if kind == .careOrder || kind == .supervisionOrder {
        guard let bar = birth.anniversary(years: married ? 16 : 17) else { throw .outOfRange }
        guard made < bar else { throw .childTooOld }
      }
    }
    guard let eighteenth = birth.anniversary(years: 18) else { throw .outOfRange }
    return OrderEnd(
      lastDay: try add(-1, to: eighteenth), endsAtNoon: false,
      rule: "until the child is 18: the day before the 18th birthday",
      provenance: kind.rules.provenance)
  }

  // MARK: - Arithmetic

  private static func add(_ days: Int, to day: CalendarDay) throws(OrderError) -> CalendarDay {
    do { return try day.adding(days: days) } catch { throw .outOfRange }
  }

  private static func months(_ count: Int, beginningWith day: CalendarDay) throws(OrderError)
    -> CalendarDay
  {
    do {
      return try Period(count, .months, counting: .beginningWith).lastDay(from: day)
    } catch {
      throw .outOfRange
    }
  }

  // s45(2): Christmas Day, Good Friday, a bank holiday or a Sunday (not a Saturday). Christmas
  // Day and Boxing Day are checked by date: the calendar lists only their substitutes when they
  // fall at a weekend, yet 26 December is a bank holiday by statute unless it is a Sunday
  // (Banking and Financial Dealings Act 1971 Schedule 1 para 1).
  private static func isPublicHoliday(_ day: CalendarDay, _ holidays: BankHolidayCalendar)
    throws(OrderError) -> Bool
  {
    if day.weekday == .sunday || (day.month == 12 && (day.day == 25 || day.day == 26)) {
      return true
    }
    do {
      return try !holidays.holidays(in: day...day).isEmpty
    } catch {
      throw .outOfRange
    }
  }
}
