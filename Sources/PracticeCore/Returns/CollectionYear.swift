/// A statutory return's collection year: 1 April to 31 March, named by the year in which it ends,
/// as the Department for Education names it. `2025` is the 2024/25 collection, 1 April 2024 to
/// 31 March 2025, whose reference date (the census day of the CIN census, the end of the SSDA903
/// year) is 31 March 2025.
///
/// The one year type of every reader, generator and audit of the SSDA903 return and the Children
/// in Need census, and the meaning of `--year` in every command. Written `2025`, `2024/25` or
/// `2024-25` (``init(parsing:)``); shown as `2024/25`; encoded as that text.
public struct CollectionYear: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The calendar year in which the collection year ends.
  public let endingYear: Int
  /// The first day: 1 April of the year before ``endingYear``.
  public let start: CalendarDay
  /// The last day: 31 March of ``endingYear``.
  public let end: CalendarDay

  /// The reference date: 31 March of ``endingYear`` (the last day of the year).
  public var referenceDate: CalendarDay { end }

  /// The years a collection year may end in.
  public static let supportedEndingYears: ClosedRange<Int> = 1900...9999

  /// Why a collection year cannot be made.
  public enum RangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The year is outside ``CollectionYear/supportedEndingYears``.
    case outOfRange
    /// A sentence a non-programmer understands.
    public var description: String { "a collection year must end between 1900 and 9999" }
  }

  /// Why a text is not a collection year.
  public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not `2025`, `2024/25` or `2024-25` (nor `2024/2025`).
    case notAYear
    /// Two years that do not follow each other, as `2024/26`.
    case notConsecutive
    /// A year outside ``CollectionYear/supportedEndingYears``.
    case outOfRange

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .notAYear:
        "a collection year is written as the year it ends (2025) or as 2024/25 or 2024-25"
      case .notConsecutive: "the two years of a collection year must follow each other (2024/25)"
      case .outOfRange: RangeError.outOfRange.description
      }
    }
  }

  /// The collection year ending on 31 March of `endingYear`.
  /// - Throws: ``RangeError/outOfRange`` outside ``supportedEndingYears``.
  public init(endingIn endingYear: Int) throws(RangeError) {
    guard Self.supportedEndingYears.contains(endingYear),
      let start = try? CalendarDay(year: endingYear - 1, month: 4, day: 1),
      let end = try? CalendarDay(year: endingYear, month: 3, day: 31)
    else { throw .outOfRange }
    self.endingYear = endingYear
    self.start = start
    self.end = end
  }

  /// The collection year that contains `day` (1 April to 31 March).
  /// - Throws: ``RangeError/outOfRange`` when that year is outside ``supportedEndingYears``.
  public init(containing day: CalendarDay) throws(RangeError) {
    try self.init(endingIn: day.month >= 4 ? day.year + 1 : day.year)
  }

  /// Reads the year it ends (`2025`), or the two years it spans, separated by `/` or `-`, the
  /// second written with two or four digits (`2024/25`, `2024-25`, `2024/2025`).
  /// - Throws: ``ParseError`` for any other text.
  public init(parsing text: some StringProtocol) throws(ParseError) {
    let parts = Substring(text).split(separator: "/", omittingEmptySubsequences: false)
      .flatMap { $0.split(separator: "-", omittingEmptySubsequences: false) }
    func digits(_ part: Substring, count: Set<Int>) -> Int? {
      guard count.contains(part.utf8.count), part.utf8.allSatisfy({ (48...57).contains($0) })
      else { return nil }
      return Int(part)
    }
    let ending: Int
    switch parts.count {
    case 1:
      guard let year = digits(parts[0], count: [4]) else { throw .notAYear }
      ending = year
    case 2:
      guard let first = digits(parts[0], count: [4]), let second = digits(parts[1], count: [2, 4])
      else { throw .notAYear }
      let expected = parts[1].utf8.count == 2 ? (first + 1) % 100 : first + 1
      guard second == expected else { throw .notConsecutive }
      ending = first + 1
    default:
      throw .notAYear
    }
    do throws(RangeError) {
      try self.init(endingIn: ending)
    } catch {
      throw .outOfRange
    }
  }

  /// The year before this one, or `nil` before the first supported year.
  public var previous: CollectionYear? { try? CollectionYear(endingIn: endingYear - 1) }

  /// The year after this one, or `nil` after the last supported year.
  public var next: CollectionYear? { try? CollectionYear(endingIn: endingYear + 1) }

  /// Whether `day` is inside the year.
  public func contains(_ day: CalendarDay) -> Bool { start <= day && day <= end }

  /// Orders years chronologically.
  public static func < (lhs: CollectionYear, rhs: CollectionYear) -> Bool {
    lhs.endingYear < rhs.endingYear
  }

  /// For example "2024/25".
  public var description: String {
    let next = endingYear % 100
    return "\(endingYear - 1)/" + (next < 10 ? "0" : "") + "\(next)"
  }

  /// Decodes the text ``init(parsing:)`` reads.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do throws(ParseError) {
      self = try CollectionYear(parsing: text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes ``description`` ("2024/25").
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
