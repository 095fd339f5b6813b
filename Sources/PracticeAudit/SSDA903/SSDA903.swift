/// The SSDA903 return: the Department for Education's annual collection about every child looked
/// after by an English local authority, made as a set of CSV tables.
///
/// A namespace: ``SSDA903/Table`` identifies a file by its columns, ``SSDA903/CodeList`` holds the
/// valid codes by collection year, ``SSDA903/Reader`` reads a return into ``SSDA903/Return``,
/// ``SSDA903/PeriodOfCare`` groups episodes, and ``ReviewTimeliness`` audits reg 33 reviews.
public enum SSDA903 {
  /// A collection year: 1 April to 31 March, named by the year in which it ends, as the DfE
  /// validator names it (`2024` is the 2023/24 return, 1 April 2023 to 31 March 2024).
  public struct CollectionYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year in which the collection year ends.
    public let endingYear: Int
    /// The first day: 1 April of the year before ``endingYear``.
    public let start: CalendarDay
    /// The last day: 31 March of ``endingYear``.
    public let end: CalendarDay

    /// Why a collection year cannot be made.
    public enum RangeError: Error, Sendable, Hashable, CustomStringConvertible {
      /// The year is outside 1900...9999.
      case outOfRange
      /// A sentence a non-programmer understands.
      public var description: String { "a collection year must end between 1900 and 9999" }
    }

    /// The collection year ending on 31 March of `endingYear`.
    /// - Throws: ``RangeError/outOfRange`` outside 1900...9999.
    public init(endingIn endingYear: Int) throws(RangeError) {
      guard (1900...9999).contains(endingYear),
        let start = try? CalendarDay(year: endingYear - 1, month: 4, day: 1),
        let end = try? CalendarDay(year: endingYear, month: 3, day: 31)
      else { throw .outOfRange }
      self.endingYear = endingYear
      self.start = start
      self.end = end
    }

    /// The year before this one, or `nil` before 1900.
    public var previous: CollectionYear? { try? CollectionYear(endingIn: endingYear - 1) }

    /// Whether `day` is inside the year.
    public func contains(_ day: CalendarDay) -> Bool { start <= day && day <= end }

    /// Orders years chronologically.
    public static func < (lhs: CollectionYear, rhs: CollectionYear) -> Bool {
      lhs.endingYear < rhs.endingYear
    }

    /// For example "2023/24".
    public var description: String {
      let next = String(endingYear % 100)
      return "\(endingYear - 1)/" + (next.count == 1 ? "0" + next : next)
    }
  }
}
