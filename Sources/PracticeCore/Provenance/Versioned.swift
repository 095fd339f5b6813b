/// The days on which something applied: from a first day to a last day, both inclusive, either
/// end open.
///
/// Legislation comes into force "on" a day and is repealed "with effect from" a day; an
/// `EffectivePeriod` for a repealed text therefore ends the day before the repeal took effect.
public struct EffectivePeriod: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The first day it applied, or `nil` when it applied from time immemorial.
  public let from: CalendarDay?
  /// The last day it applied, or `nil` when it still applies.
  public let through: CalendarDay?

  /// Why an effective period is invalid.
  public enum ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The last day is before the first.
    case endsBeforeItStarts

    /// A sentence a non-programmer understands.
    public var description: String { "an effective period cannot end before it starts" }
  }

  /// Creates a period; `nil` means open at that end.
  /// - Throws: ``ValidationError/endsBeforeItStarts`` when `through` is before `from`.
  public init(from: CalendarDay? = nil, through: CalendarDay? = nil) throws(ValidationError) {
    if let from, let through, through < from { throw .endsBeforeItStarts }
    self.from = from
    self.through = through
  }

  /// A period open at both ends: always applied.
  public static let always = EffectivePeriod(uncheckedFrom: nil, through: nil)

  /// A period from `day` on, still applying.
  public static func starting(_ day: CalendarDay) -> EffectivePeriod {
    EffectivePeriod(uncheckedFrom: day, through: nil)
  }

  private init(uncheckedFrom from: CalendarDay?, through: CalendarDay?) {
    self.from = from
    self.through = through
  }

  /// Whether the period includes `day`.
  public func contains(_ day: CalendarDay) -> Bool {
    if let from, day < from { return false }
    if let through, day > through { return false }
    return true
  }

  /// Whether the two periods share at least one day.
  public func overlaps(_ other: EffectivePeriod) -> Bool {
    if let through, let otherFrom = other.from, through < otherFrom { return false }
    if let otherThrough = other.through, let from, otherThrough < from { return false }
    return true
  }

  /// For example "from 2014-04-22" or "2010-04-01 to 2014-04-21".
  public var description: String {
    switch (from, through) {
    case (nil, nil): "always"
    case (let from?, nil): "from \(from)"
    case (nil, let through?): "until \(through)"
    case (let from?, let through?): "\(from) to \(through)"
    }
  }
}

/// A value that changed over time: successive versions, each with the period it applied.
///
/// ```swift
/// let limit = try Versioned([
///   (try EffectivePeriod(through: CalendarDay(year: 2014, month: 4, day: 21)), "no time limit"),
///   (.starting(try CalendarDay(year: 2014, month: 4, day: 22)), "26 weeks"),
/// ])
/// limit.value(on: try CalendarDay(year: 2015, month: 1, day: 1))  // "26 weeks"
/// ```
public struct Versioned<Value> {
  /// One version and the days it applied.
  public struct Version {
    /// The days this version applied.
    public let period: EffectivePeriod
    /// The value in this version.
    public let value: Value
  }

  /// The versions in chronological order.
  public let versions: [Version]

  /// Why a list of versions is inconsistent.
  public enum ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two versions (by position, 0-based) both apply on some day.
    case overlapping(Int, Int)

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .overlapping(let first, let second):
        "versions \(first + 1) and \(second + 1) both apply on some days"
      }
    }
  }

  /// Creates a versioned value; versions are sorted by start day and must not overlap.
  /// Gaps are allowed: on a day no version covers, ``value(on:)`` is `nil`.
  /// - Throws: ``ValidationError/overlapping(_:_:)`` when two versions overlap.
  public init(_ versions: [(EffectivePeriod, Value)]) throws(ValidationError) {
    let sorted = versions.enumerated().sorted { lhs, rhs in
      switch (lhs.element.0.from, rhs.element.0.from) {
      case (nil, nil): lhs.offset < rhs.offset
      case (nil, _): true
      case (_, nil): false
      case (let left?, let right?): left < right || (left == right && lhs.offset < rhs.offset)
      }
    }
    for index in sorted.indices.dropFirst()
    where sorted[index - 1].element.0.overlaps(sorted[index].element.0) {
      throw .overlapping(sorted[index - 1].offset, sorted[index].offset)
    }
    self.versions = sorted.map { Version(period: $0.element.0, value: $0.element.1) }
  }

  /// The version that applied on `day`, or `nil` if none did.
  public func version(on day: CalendarDay) -> Version? {
    versions.last { $0.period.contains(day) }
  }

  /// The value that applied on `day`, or `nil` if none did.
  public func value(on day: CalendarDay) -> Value? {
    version(on: day)?.value
  }
}

extension Versioned: Sendable where Value: Sendable {}
extension Versioned.Version: Sendable where Value: Sendable {}
extension Versioned: Equatable where Value: Equatable {}
extension Versioned.Version: Equatable where Value: Equatable {}
extension Versioned: Hashable where Value: Hashable {}
extension Versioned.Version: Hashable where Value: Hashable {}
