extension CalendarDay {
  /// A textual date format the library reads and writes.
  public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
    /// ISO 8601 calendar date, `YYYY-MM-DD` (for example `2024-02-29`).
    case iso8601
    /// The statutory-return format used by SSDA903 and CIN census files, `DD/MM/YYYY`.
    case statutoryReturn

    /// The pattern, as shown to people in error messages.
    public var pattern: String {
      switch self {
      case .iso8601: "YYYY-MM-DD"
      case .statutoryReturn: "DD/MM/YYYY"
      }
    }
  }

  /// Why a text is not a date in the expected format.
  ///
  /// The error names the part that is wrong and never repeats the text itself: dates of birth are
  /// personal data, and error messages end up in logs.
  public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text does not have the shape of the format (length, separators, non-digits).
    case malformed(expected: Format)
    /// The year is outside 1–9999 (only possible as 0000).
    case yearOutOfRange
    /// The month is not 01–12.
    case monthOutOfRange
    /// The day does not exist in that month (for example 31/02/2024 or 00/01/2024).
    case dayOutOfRange

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .malformed(let format): "not a date in the form \(format.pattern)"
      case .yearOutOfRange: "the year must be between 0001 and 9999"
      case .monthOutOfRange: "the month must be between 01 and 12"
      case .dayOutOfRange: "that day does not exist in that month"
      }
    }
  }

  /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, exactly (no time, no surrounding spaces).
  /// - Throws: ``ParseError`` naming the part that is wrong.
  public init(iso8601 text: some StringProtocol) throws(ParseError) {
    try self.init(text, format: .iso8601)
  }

  /// Parses a statutory-return date, `DD/MM/YYYY`, exactly (two-digit day and month).
  /// - Throws: ``ParseError`` naming the part that is wrong.
  public init(statutoryReturn text: some StringProtocol) throws(ParseError) {
    try self.init(text, format: .statutoryReturn)
  }

  /// Parses `text` in `format`.
  /// - Throws: ``ParseError`` naming the part that is wrong.
  @inlinable
  public init(_ text: some StringProtocol, format: Format) throws(ParseError) {
    self = try Self.parse(text, formats: CollectionOfOne(format)).day
  }

  /// Parses a date written in any of `formats` and says which one it was written in: the reader
  /// of a statutory return takes `DD/MM/YYYY` (the DfE form) and `YYYY-MM-DD` (common in
  /// exports) alike, and notices when one column mixes them. The text must be exactly ten
  /// characters, with no time and no surrounding spaces.
  /// - Throws: ``ParseError``: `malformed` names the first of `formats` when the text has the
  ///   shape of none of them.
  @inlinable
  public static func parse(_ text: some StringProtocol, formats: some Collection<Format>)
    throws(ParseError) -> (day: CalendarDay, format: Format)
  {
    // Inlinable so that readers in other modules get it specialised for their string and format
    // types: unspecialised, the generic calls cost more than the parse itself.
    // Work on UTF-8 bytes in place (no copy for native strings): exact length 10, fixed
    // separator positions, ASCII digits only.
    func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (Format, (year: Int, month: Int, day: Int))? {
      for format in formats {
        if let parts = parts(of: bytes, format) { return (format, parts) }
      }
      return nil
    }
    let parsed =
      text.utf8.withContiguousStorageIfAvailable(read)
      ?? Array(text.utf8.prefix(11)).withUnsafeBufferPointer(read)
    guard let (format, parts) = parsed else {
      throw .malformed(expected: formats.first ?? .iso8601)
    }
    do {
      return (try CalendarDay(year: parts.year, month: parts.month, day: parts.day), format)
    } catch {
      switch error {
      case .yearOutOfRange, .outOfRange: throw .yearOutOfRange
      case .monthOutOfRange: throw .monthOutOfRange
      case .dayOutOfRange: throw .dayOutOfRange
      }
    }
  }

  /// The day written in `format`, zero-padded (`2024-02-29` or `29/02/2024`).
  public func formatted(_ format: Format) -> String {
    let (year, month, day) = components
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    switch format {
    case .iso8601: return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    case .statutoryReturn: return "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))"
    }
  }
}

extension CalendarDay: CustomStringConvertible, LosslessStringConvertible {
  /// The ISO 8601 form, `YYYY-MM-DD`.
  public var description: String { formatted(.iso8601) }

  /// Parses the ISO 8601 form; `nil` when `description` is not a valid `YYYY-MM-DD` date.
  public init?(_ description: String) {
    guard let day = try? CalendarDay(iso8601: description) else { return nil }
    self = day
  }
}

extension CalendarDay: Codable {
  /// Decodes the ISO 8601 string form; a malformed string is a `DecodingError.dataCorrupted`
  /// whose message names the expected format, not the value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try CalendarDay(iso8601: text)
    } catch {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a date: \(error.description)")
    }
  }

  /// Encodes as the ISO 8601 string `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(formatted(.iso8601))
  }
}

extension CalendarDay {
  /// The year, month and day written in `bytes` in `format`, or `nil` when the text is not
  /// exactly that form (ranges are checked by the caller).
  @usableFromInline
  static func parts(of bytes: UnsafeBufferPointer<UInt8>, _ format: Format)
    -> (year: Int, month: Int, day: Int)?
  {
    guard bytes.count == 10 else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit <= 9 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    switch format {
    case .iso8601:
      guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
        let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
      else { return nil }
      return (year, month, day)
    case .statutoryReturn:
      guard bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/"),
        let day = number(0..<2), let month = number(3..<5), let year = number(6..<10)
      else { return nil }
      return (year, month, day)
    }
  }
}
