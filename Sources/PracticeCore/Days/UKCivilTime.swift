/// A moment in United Kingdom civil time: a day, a minute of the day on the clock, and whether the
/// clock showed Greenwich mean time or British Summer Time (one hour ahead of GMT).
///
/// Periods in hours ("72 hours", Children Act 1989 s46(6)) are elapsed time: across a change to
/// or from summer time the clock face moves by an hour more or less than the time elapsed. Taken
/// at 12:00 BST on Friday 24 October 2025, 72 hours end at 11:00 GMT on Monday 27 October.
///
/// The period of summer time is encoded from 1996 (``supportedYears``): it begins at 01:00 GMT on
/// the last Sunday in March and ends at 01:00 GMT on the last Sunday in October (Summer Time Act
/// 1972 s1(2) as substituted by the Summer Time Order 2002 art 2(2); the same Sundays since
/// 1996). In the spring the clock goes from 00:59 GMT to 02:00 BST, so 01:00–01:59 that day does
/// not exist; in the autumn 01:00–01:59 happens twice, first in BST and then in GMT.
public struct UKCivilTime: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The time shown on UK clocks.
  public enum Zone: String, Sendable, Hashable, Codable, CaseIterable {
    /// Greenwich mean time (UTC+0).
    case gmt
    /// British Summer Time (UTC+1).
    case bst

    /// The offset from GMT in minutes.
    public var offsetMinutes: Int { self == .bst ? 60 : 0 }
  }

  /// Why a civil time cannot be formed.
  public enum TimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The minute of the day is not 0–1439.
    case minuteOutOfRange
    /// The day is outside the years whose summer time rules are encoded.
    case yearNotSupported
    /// The clocks went forward past this time: it did not happen that day.
    case skippedBySummerTime
    /// The clocks went back over this time: it happened twice, so the zone must be given.
    case ambiguousWithoutZone
    /// The zone given is not the one UK clocks showed at that time.
    case zoneDoesNotApply

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .minuteOutOfRange: "the time of day must be between 00:00 and 23:59"
      case .yearNotSupported:
        "UK summer time rules are encoded from 1996 to 9998 only; this time is outside them"
      case .skippedBySummerTime:
        "the clocks went forward from 01:00 GMT to 02:00 BST that day: this time did not exist"
      case .ambiguousWithoutZone:
        "the clocks went back that day, so this time happened twice: say GMT or BST"
      case .zoneDoesNotApply: "UK clocks did not show that zone at this time"
      }
    }
  }

  /// The years whose summer time is encoded (the last-Sunday rule applies from 1996).
  public static let supportedYears: ClosedRange<Int> = 1996...9998

  /// The day on the clock.
  public let day: CalendarDay
  /// The minute of the day on the clock, 0–1439.
  public let minuteOfDay: Int
  /// The zone the clock showed.
  public let zone: Zone

  /// The time at `minuteOfDay` on `day` as UK clocks showed it.
  ///
  /// - Parameters:
  ///   - day: the civil day in the UK.
  ///   - minuteOfDay: minutes since midnight on the clock, 0–1439.
  ///   - zone: needed only in the hour the clocks go back (01:00–01:59 on the last Sunday in
  ///     October), which happens twice; elsewhere it is checked when given.
  /// - Throws: ``TimeError``.
  public init(day: CalendarDay, minuteOfDay: Int, zone: Zone? = nil) throws(TimeError) {
    guard (0..<1440).contains(minuteOfDay) else { throw .minuteOutOfRange }
    guard Self.supportedYears.contains(day.year) else { throw .yearNotSupported }
    let (starts, ends) = Self.summerTime(inYear: day.year)
    let applicable: [Zone]
    if day == starts, (60..<120).contains(minuteOfDay) {
      throw .skippedBySummerTime
    } else if day == ends, (60..<120).contains(minuteOfDay) {
      applicable = [.bst, .gmt]
    } else if (day == starts && minuteOfDay >= 120) || (day > starts && day < ends)
      || (day == ends && minuteOfDay < 60)
    {
      applicable = [.bst]
    } else {
      applicable = [.gmt]
    }
    if let zone {
      guard applicable.contains(zone) else { throw .zoneDoesNotApply }
      self.zone = zone
    } else {
      guard applicable.count == 1, let only = applicable.first else {
        throw .ambiguousWithoutZone
      }
      self.zone = only
    }
    self.day = day
    self.minuteOfDay = minuteOfDay
  }

  /// The UK civil time at `minutes` minutes since 1970-01-01 00:00 GMT.
  /// - Throws: ``TimeError/yearNotSupported`` outside ``supportedYears``.
  public init(minutesSince1970GMT minutes: Int) throws(TimeError) {
    let gmtDay = minutes.floorDivided(by: 1440)
    guard let day = try? CalendarDay(daysSince1970: gmtDay),
      Self.supportedYears.contains(day.year)
    else { throw .yearNotSupported }
    let (starts, ends) = Self.summerTime(inYear: day.year)
    let startMinute = starts.daysSince1970 * 1440 + 60
    let endMinute = ends.daysSince1970 * 1440 + 60
    let zone: Zone = startMinute <= minutes && minutes < endMinute ? .bst : .gmt
    let local = minutes + zone.offsetMinutes
    let localDay = local.floorDivided(by: 1440)
    guard let clockDay = try? CalendarDay(daysSince1970: localDay) else {
      throw .yearNotSupported
    }
    self.day = clockDay
    self.minuteOfDay = local - localDay * 1440
    self.zone = zone
  }

  /// Minutes since 1970-01-01 00:00 GMT: the instant, whatever the clock showed.
  public var minutesSince1970GMT: Int {
    day.daysSince1970 * 1440 + minuteOfDay - zone.offsetMinutes
  }

  /// The civil time `hours` elapsed hours later (earlier when negative).
  /// - Throws: ``TimeError/yearNotSupported`` when the answer is outside ``supportedYears``.
  public func adding(hours: Int) throws(TimeError) -> UKCivilTime {
    let (minutes, overflow) = hours.multipliedReportingOverflow(by: 60)
    let (total, overflow2) = minutesSince1970GMT.addingReportingOverflow(minutes)
    guard !overflow, !overflow2 else { throw .yearNotSupported }
    return try UKCivilTime(minutesSince1970GMT: total)
  }

  /// The days summer time begins and ends in `year` (each at 01:00 GMT): the last Sundays in
  /// March and October. Meaningful for ``supportedYears``.
  public static func summerTime(inYear year: Int) -> (begins: CalendarDay, ends: CalendarDay) {
    (lastSunday(of: 3, in: year), lastSunday(of: 10, in: year))
  }

  private static func lastSunday(of month: Int, in year: Int) -> CalendarDay {
    // Both months have 31 days; step back from the 31st to a Sunday.
    let last = CalendarDay(unchecked: CalendarDay.daysFromCivil(year: year, month: month, day: 31))
    let back = (last.weekday.rawValue - Weekday.sunday.rawValue + 7) % 7
    return CalendarDay(unchecked: last.daysSince1970 - back)
  }

  /// Orders by instant.
  public static func < (lhs: UKCivilTime, rhs: UKCivilTime) -> Bool {
    lhs.minutesSince1970GMT < rhs.minutesSince1970GMT
  }

  /// For example "2025-10-27 11:00 GMT".
  public var description: String {
    let hour = minuteOfDay / 60
    let minute = minuteOfDay % 60
    let hh = hour < 10 ? "0\(hour)" : "\(hour)"
    let mm = minute < 10 ? "0\(minute)" : "\(minute)"
    return "\(day) \(hh):\(mm) \(zone == .bst ? "BST" : "GMT")"
  }

  /// The summer time rule, with its sources.
  public static let facts: [Fact] = [
    Fact(
      id: "core.time.uk-summer-time",
      statement: "UK summer time (GMT + 1 hour) begins at 01:00 GMT on the last Sunday in March "
        + "and ends at 01:00 GMT on the last Sunday in October.",
      provenance: Provenance(
        .verified,
        [
          Source(
            .regulation, title: "Summer Time Order 2002 (SI 2002/262)",
            locator: "art 2(2), substituting Summer Time Act 1972 s1(2)",
            url: "https://www.legislation.gov.uk/uksi/2002/262/made",
            publisher: "legislation.gov.uk",
            date: CalendarDay(unchecked: CalendarDay.daysFromCivil(year: 2002, month: 2, day: 12))),
          Source(
            .guidance, title: "National Physical Laboratory: Summer Time Dates",
            url: "http://www.npl.co.uk/educate-explore/what-is-time/summer-time",
            publisher: "National Physical Laboratory"),
        ],
        note: "The Order's text states the rule from 2002 (in force 11 March 2002). For "
          + "1996–2001 the same Sundays applied under earlier Orders (NPL: \"since 1996, these "
          + "dates have been presented as the last Sundays in March and October\"; secondary). "
          + "Later years assume the 2002 Order stays in force. Checked against the IANA time "
          + "zone database (Europe/London) for 1996–2199."))
  ]
}

extension Int {
  fileprivate func floorDivided(by divisor: Int) -> Int {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
