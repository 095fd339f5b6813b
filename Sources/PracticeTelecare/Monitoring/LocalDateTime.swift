/// A local wall-clock time: a `CalendarDay` and a second of that day, with no time zone.
///
/// Alarm-call logs record times as ISO 8601 local date-times (`2025-03-01T14:05:09`) with no
/// offset. The convention, stated once: a duration is the wall-clock difference. A call raised
/// at 23:59:30 and answered at 00:00:40 the next day took 70 seconds (midnight is handled by
/// the day). A call spanning a clock change is off by the hour the clocks moved (one hour too
/// long across the October change, one hour too short across the March change, where a time
/// that runs backwards is reported by ``AlarmCallLog`` as a problem): the log carries no offset
/// to correct it, so the library does not guess.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The day.
  public let day: CalendarDay
  /// Seconds since the start of the day, 0–86399.
  public let secondOfDay: Int

  /// Why a local date-time cannot be read.
  public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DDTHH:MM:SS`.
    case wrongShape
    /// The day does not exist (for example 30 February).
    case noSuchDay
    /// The hour, minute or second is out of range.
    case noSuchTime

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .wrongShape: "not a local date-time of the form YYYY-MM-DDTHH:MM:SS"
      case .noSuchDay: "the date does not exist"
      case .noSuchTime: "the time does not exist (hours 00-23, minutes and seconds 00-59)"
      }
    }
  }

  /// Creates a date-time; `secondOfDay` must be 0–86399.
  public init(day: CalendarDay, secondOfDay: Int) throws(ParseError) {
    guard (0..<86_400).contains(secondOfDay) else { throw .noSuchTime }
    self.day = day
    self.secondOfDay = secondOfDay
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS` (a space is accepted in place of the `T`).
  public init(iso8601 text: some StringProtocol) throws(ParseError) {
    let bytes = Array(text.utf8)
    guard bytes.count == 19, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
    else { throw .wrongShape }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
    else { throw .wrongShape }
    let day: CalendarDay
    do {
      day = try CalendarDay(iso8601: String(decoding: bytes[0..<10], as: UTF8.self))
    } catch .malformed {
      throw .wrongShape
    } catch {
      throw .noSuchDay
    }
    guard hour < 24, minute < 60, second < 60 else { throw .noSuchTime }
    try self.init(day: day, secondOfDay: hour * 3600 + minute * 60 + second)
  }

  /// Wall-clock seconds from this time to `later` (negative when `later` is earlier).
  public func seconds(to later: LocalDateTime) -> Int {
    day.distance(to: later.day) * 86_400 + later.secondOfDay - secondOfDay
  }

  /// Orders by day, then second.
  public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
    (lhs.day, lhs.secondOfDay) < (rhs.day, rhs.secondOfDay)
  }

  /// `YYYY-MM-DDTHH:MM:SS`.
  public var description: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return
      "\(day)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
  }

  /// Reads the ISO 8601 string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      try self.init(iso8601: text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Writes the ISO 8601 string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
