/// Working days: every day except weekends, bank holidays and any closure days of the calendar.
///
/// One convention throughout (DESIGN.md):
/// - ``workingDays(from:to:)`` counts the working days `d` with `from < d ≤ to`, negative when
///   `to` is before `from`;
/// - ``adding(workingDays:to:)`` with `n ≥ 1` is the `n`-th working day after the day; `n = 0` is
///   the day itself (even if it is not a working day); `n ≤ −1` is the `|n|`-th working day
///   before it.
///
/// So `workingDays(from: a, to: adding(workingDays: n, to: a)) == n` for every `n ≥ 0`, and for
/// negative `n` whenever `a` is itself a working day.
///
/// Both are O(1): the calendar precomputes, once, a cumulative count of working days and the
/// position of every working day over its ``supportedRange``. The tables are immutable and shared
/// by copies, so a calendar can be used from any number of tasks at once.
public struct WorkingCalendar: Sendable {
  /// The bank holiday calendar (with any closures) this calendar excludes.
  public let holidays: BankHolidayCalendar
  /// The days the calendar can answer for: the holiday calendar's supported years.
  public let supportedRange: ClosedRange<CalendarDay>
  @usableFromInline let tables: Tables

  /// Why a working-day question cannot be answered.
  public enum RangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A day given, or a day the answer would fall on, is outside ``WorkingCalendar/supportedRange``.
    case outsideSupportedRange(ClosedRange<CalendarDay>)

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .outsideSupportedRange(let range):
        "working days can only be counted between \(range.lowerBound) and \(range.upperBound)"
      }
    }
  }

  /// Creates a working calendar that excludes Saturdays, Sundays and every day of `holidays`.
  ///
  /// Building the tables takes a few milliseconds; build a calendar once and share it (the
  /// built-in ones are cached: ``englandAndWales``, ``scotland``, ``northernIreland``).
  public init(holidays: BankHolidayCalendar) {
    self.holidays = holidays
    let first = CalendarDay(
      unchecked: CalendarDay.daysFromCivil(
        year: holidays.supportedYears.lowerBound, month: 1, day: 1))
    let last = CalendarDay(
      unchecked: CalendarDay.daysFromCivil(
        year: holidays.supportedYears.upperBound, month: 12, day: 31))
    self.supportedRange = first...last
    var closed = Set<Int>()
    for year in holidays.supportedYears {
      for holiday in (try? holidays.holidays(inYear: year)) ?? [] {
        closed.insert(holiday.day.daysSince1970 - first.daysSince1970)
      }
    }
    self.tables = Tables(first: first, count: first.distance(to: last) + 1) { offset in
      !CalendarDay(unchecked: first.daysSince1970 + offset).weekday.isWeekend
        && !closed.contains(offset)
    }
  }

  /// England and Wales: the business days of FPR 2010 r2.3 (every day but Saturday, Sunday,
  /// Christmas Day, Good Friday and bank holidays), 1971–2199.
  public static let englandAndWales = WorkingCalendar(holidays: .englandAndWales)
  /// Scotland, over ``BankHolidayCalendar/scotland``'s years.
  public static let scotland = WorkingCalendar(holidays: .scotland)
  /// Northern Ireland, over ``BankHolidayCalendar/northernIreland``'s years.
  public static let northernIreland = WorkingCalendar(holidays: .northernIreland)

  /// Whether `day` is a working day.
  /// - Throws: ``RangeError`` outside ``supportedRange``.
  public func isWorkingDay(_ day: CalendarDay) throws(RangeError) -> Bool {
    let offset = try offset(of: day)
    return tables.before[offset + 1] != tables.before[offset]
  }

  /// The number of working days `d` with `from < d ≤ to`; negative when `to` is before `from`.
  /// - Throws: ``RangeError`` when either day is outside ``supportedRange``.
  @inlinable
  public func workingDays(from start: CalendarDay, to end: CalendarDay) throws(RangeError) -> Int {
    let startOffset = try offset(of: start)
    let endOffset = try offset(of: end)
    return Int(tables.before[endOffset + 1]) - Int(tables.before[startOffset + 1])
  }

  /// The `n`-th working day after `day` (`n ≥ 1`), `day` itself (`n = 0`), or the `|n|`-th
  /// working day before it (`n ≤ −1`).
  /// - Throws: ``RangeError`` when `day` or the answer is outside ``supportedRange``.
  @inlinable
  public func adding(workingDays n: Int, to day: CalendarDay) throws(RangeError) -> CalendarDay {
    let offset = try offset(of: day)
    if n == 0 { return day }
    // Working days are numbered 0, 1, 2, … in `positions`. The first one after the day is number
    // before[offset + 1]; the last one before it is number before[offset] − 1.
    let (target, overflow) =
      n > 0
      ? Int(tables.before[offset + 1]).addingReportingOverflow(n &- 1)
      : Int(tables.before[offset]).addingReportingOverflow(n)
    guard !overflow, target >= 0, target < tables.positions.count else {
      throw .outsideSupportedRange(supportedRange)
    }
    return CalendarDay(unchecked: tables.first.daysSince1970 &+ Int(tables.positions[target]))
  }

  /// The first working day after `day`.
  /// - Throws: ``RangeError`` when there is none inside ``supportedRange``.
  public func nextWorkingDay(after day: CalendarDay) throws(RangeError) -> CalendarDay {
    try adding(workingDays: 1, to: day)
  }

  /// The last working day before `day`.
  /// - Throws: ``RangeError`` when there is none inside ``supportedRange``.
  public func previousWorkingDay(before day: CalendarDay) throws(RangeError) -> CalendarDay {
    try adding(workingDays: -1, to: day)
  }

  /// The bank holidays and closure days from `range.lowerBound` through `range.upperBound`.
  /// - Throws: ``RangeError`` when the range leaves ``supportedRange``.
  public func holidays(in range: ClosedRange<CalendarDay>) throws(RangeError) -> [BankHoliday] {
    guard supportedRange.contains(range.lowerBound), supportedRange.contains(range.upperBound)
    else {
      throw .outsideSupportedRange(supportedRange)
    }
    return (try? holidays.holidays(in: range)) ?? []
  }

  @usableFromInline
  func offset(of day: CalendarDay) throws(RangeError) -> Int {
    let offset = day.daysSince1970 &- tables.first.daysSince1970
    guard offset >= 0, offset < tables.dayCount else {
      throw .outsideSupportedRange(supportedRange)
    }
    return offset
  }

  /// The precomputed tables. A final class so that copies of the calendar share one allocation;
  /// immutable after `init`, hence safely `Sendable`.
  @usableFromInline
  final class Tables: Sendable {
    @usableFromInline let first: CalendarDay
    /// The number of days covered.
    @usableFromInline let dayCount: Int
    /// `before[i]`: working days among offsets `0..<i` (so `dayCount + 1` entries, `before[0] == 0`).
    /// One array answers both "up to and including `i`" (`before[i + 1]`) and "strictly before".
    @usableFromInline let before: [Int32]
    /// `positions[k]`: the offset of working day number `k` (from 0).
    @usableFromInline let positions: [Int32]

    init(first: CalendarDay, count: Int, isWorking: (Int) -> Bool) {
      self.first = first
      self.dayCount = count
      var before = [Int32](repeating: 0, count: count + 1)
      var positions: [Int32] = []
      positions.reserveCapacity(count * 5 / 7 + 1)
      for offset in 0..<count {
        if isWorking(offset) { positions.append(Int32(offset)) }
        before[offset + 1] = Int32(positions.count)
      }
      self.before = before
      self.positions = positions
    }
  }
}
