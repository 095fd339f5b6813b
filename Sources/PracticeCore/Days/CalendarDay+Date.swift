#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

// Foundation's `Date` is an instant; `CalendarDay` is a day on someone's clock. The bridge needs a
// clock: UK civil time by default, from the library's own summer-time rules (``UKCivilTime``), so
// the answer does not depend on the platform's time-zone database (FoundationEssentials on Linux
// has none); or any `TimeZone` the caller gives.

extension CalendarDay {
  /// The day `date` falls on in UK civil time (GMT, or BST in summer, as UK clocks showed).
  ///
  /// - Throws: ``UKCivilTime/TimeError/yearNotSupported`` before 1996 or after 9998, the years whose
  ///   summer time the library encodes.
  public init(_ date: Date) throws(UKCivilTime.TimeError) {
    self = try UKCivilTime(date).day
  }

  /// The day `date` falls on in `timeZone`.
  ///
  /// - Throws: ``ValidationError/outOfRange`` when the day is outside 0001-01-01...9999-12-31.
  public init(_ date: Date, in timeZone: TimeZone) throws(ValidationError) {
    let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
    guard local.isFinite, abs(local) < 1e15 else { throw .outOfRange }
    try self.init(daysSince1970: Int((local / 86_400).rounded(.down)))
  }

  /// The instant this day begins on UK clocks (00:00 GMT, or 00:00 BST in summer; UK clocks change
  /// at 01:00 GMT, so midnight always exists).
  ///
  /// - Throws: ``UKCivilTime/TimeError/yearNotSupported`` outside the years whose summer time is
  ///   encoded.
  public func start() throws(UKCivilTime.TimeError) -> Date {
    try UKCivilTime(day: self, minuteOfDay: 0).date
  }

  /// The first instant of this day on the clocks of `timeZone` (midnight, or the end of the gap
  /// where a zone's clocks skip midnight).
  public func start(in timeZone: TimeZone) -> Date {
    let midnight = Double(daysSince1970) * 86_400
    // Two passes settle the offset in force at local midnight; a day that skips midnight begins
    // where the skipped hour ends, which the offset after the change gives.
    var instant =
      midnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: midnight)))
    instant = midnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: instant)))
    let date = Date(timeIntervalSince1970: instant)
    if let day = try? CalendarDay(date, in: timeZone), day < self {
      let after = Double(
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: instant + 86_400)))
      return Date(timeIntervalSince1970: midnight - after)
    }
    return date
  }
}

extension UKCivilTime {
  /// The UK civil time at `date`, to the minute (seconds are dropped, towards the past).
  ///
  /// - Throws: ``TimeError/yearNotSupported`` outside ``supportedYears``.
  public init(_ date: Date) throws(TimeError) {
    let seconds = date.timeIntervalSince1970
    guard seconds.isFinite, abs(seconds) < 1e15 else { throw .yearNotSupported }
    try self.init(minutesSince1970GMT: Int((seconds / 60).rounded(.down)))
  }

  /// The instant this civil time names.
  public var date: Date { Date(timeIntervalSince1970: Double(minutesSince1970GMT) * 60) }
}
