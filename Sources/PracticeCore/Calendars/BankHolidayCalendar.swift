/// The bank holidays of one part of the United Kingdom, generated from standing rules plus every
/// one-off move and extra day, each with its source.
///
/// Built-in calendars: ``englandAndWales``, ``scotland`` and ``northernIreland`` (the GOV.UK
/// divisions). A local authority adds its own office closures with ``addingClosures(_:provenance:)``.
/// Years after the last published GOV.UK list are projections of the standing rules: a future
/// proclamation (a jubilee, a state funeral) can still add or move a day.
public struct BankHolidayCalendar: Sendable, Identifiable {
  /// A stable identifier, for example `england-and-wales` (GOV.UK's division names).
  public let id: String
  /// A name for people, for example "England and Wales".
  public let name: String
  /// The years for which the calendar is defined; other years are an error, not an empty list.
  public let supportedYears: ClosedRange<Int>
  /// The standing rules.
  public let rules: [BankHolidayRule]
  /// The one-off moves and extra days.
  public let changes: [BankHolidayChange]
  /// Closure days added by the caller.
  public let closures: [BankHoliday]

  /// Why a calendar cannot answer.
  public enum RangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The year is outside ``BankHolidayCalendar/supportedYears``.
    case yearNotSupported(calendar: String, supported: ClosedRange<Int>)

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .yearNotSupported(let calendar, let supported):
        "the \(calendar) bank holiday calendar covers \(supported.lowerBound) to "
          + "\(supported.upperBound) only"
      }
    }
  }

  /// Creates a calendar from rules and changes.
  public init(
    id: String, name: String, supportedYears: ClosedRange<Int>, rules: [BankHolidayRule],
    changes: [BankHolidayChange], closures: [BankHoliday] = []
  ) {
    self.id = id
    self.name = name
    self.supportedYears = supportedYears
    self.rules = rules
    self.changes = changes
    self.closures = closures.sorted()
  }

  /// The same calendar with extra closure days (for example a council's office closure between
  /// Christmas and New Year). Closures outside ``supportedYears`` are kept but never listed.
  public func addingClosures(_ days: [(CalendarDay, String)], provenance: Provenance? = nil)
    -> BankHolidayCalendar
  {
    let note = Provenance(.verified, [], note: "local closure day added by the caller")
    let added = days.map {
      BankHoliday(day: $0.0, name: $0.1, kind: .localClosure, provenance: provenance ?? note)
    }
    return BankHolidayCalendar(
      id: id, name: name, supportedYears: supportedYears, rules: rules, changes: changes,
      closures: closures + added)
  }

  /// Every holiday in `year`, in day order.
  /// - Throws: ``RangeError/yearNotSupported(calendar:supported:)`` outside ``supportedYears``.
  public func holidays(inYear year: Int) throws(RangeError) -> [BankHoliday] {
    guard supportedYears.contains(year) else {
      throw .yearNotSupported(calendar: name, supported: supportedYears)
    }
    return generate(year: year)
  }

  /// Every holiday from `range.lowerBound` through `range.upperBound`, in day order.
  /// - Throws: ``RangeError/yearNotSupported(calendar:supported:)`` when the range reaches a year
  ///   outside ``supportedYears``.
  public func holidays(in range: ClosedRange<CalendarDay>) throws(RangeError) -> [BankHoliday] {
    var result: [BankHoliday] = []
    for year in range.lowerBound.year...range.upperBound.year {
      result += try holidays(inYear: year).filter { range.contains($0.day) }
    }
    return result
  }

  /// The holiday rules and changes as facts with their provenance.
  public var facts: [Fact] {
    let prefix = "core.holidays.\(id)"
    let ruleFacts = rules.map { rule in
      Fact(
        id: "\(prefix).\(Self.slug(rule.name)).from-\(rule.years.lowerBound)",
        statement: "\(name): \(rule.name), \(rule.date.summary)"
          + (rule.substitutes ? ", with a substitute weekday" : "")
          + ", \(rule.years.lowerBound)–\(rule.years.upperBound)",
        provenance: rule.provenance)
    }
    let changeFacts = changes.map { change in
      switch change.action {
      case .move(let holiday, let day):
        Fact(
          id: "\(prefix).\(day).moved", statement: "\(name): \(holiday) moved to \(day)",
          provenance: change.provenance)
      case .extra(let holidayName, let day):
        Fact(
          id: "\(prefix).\(day).extra",
          statement: "\(name): extra bank holiday on \(day) (\(holidayName))",
          provenance: change.provenance)
      }
    }
    return ruleFacts + changeFacts
  }

  /// "New Year's Day" → "new-year-s-day": a stable, URL-safe fact identifier part.
  private static func slug(_ name: String) -> String {
    let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    return words.joined(separator: "-")
  }

  private func generate(year: Int) -> [BankHoliday] {
    var taken: Set<CalendarDay> = []
    var result: [BankHoliday] = []
    var weekendFixed: [(BankHolidayRule, CalendarDay)] = []
    let yearChanges = changes.filter { $0.year == year }

    for rule in rules where rule.years.contains(year) {
      guard var day = rule.day(in: year) else { continue }
      var kind = BankHoliday.Kind.regular
      var provenance = rule.provenance
      for change in yearChanges {
        if case .move(rule.name, let newDay) = change.action {
          day = newDay
          kind = .moved
          provenance = change.provenance
        }
      }
      if rule.substitutes, day.weekday.isWeekend {
        weekendFixed.append((rule, day))
        continue
      }
      taken.insert(day)
      result.append(BankHoliday(day: day, name: rule.name, kind: kind, provenance: provenance))
    }
    for change in yearChanges {
      if case .extra(let name, let day) = change.action {
        taken.insert(day)
        result.append(
          BankHoliday(day: day, name: name, kind: .extra, provenance: change.provenance))
      }
    }
    // Fixed-date holidays on a weekend move to the next weekday not already a holiday, in date
    // order: Christmas on Saturday → Monday 27, then Boxing Day on Sunday → Tuesday 28; Christmas
    // on Sunday with Boxing Day on Monday → Tuesday 27 (GOV.UK lists for 2021, 2022, 2016).
    for (rule, day) in weekendFixed.sorted(by: { $0.1 < $1.1 }) {
      var substitute = day
      while substitute.weekday.isWeekend || taken.contains(substitute) {
        substitute = CalendarDay(unchecked: substitute.daysSince1970 + 1)
      }
      taken.insert(substitute)
      result.append(
        BankHoliday(
          day: substitute, name: "\(rule.name) (substitute day)", kind: .substitute,
          provenance: rule.provenance))
    }
    result += closures.filter { $0.day.year == year }
    return result.sorted()
  }
}

extension BankHolidayRule.DateRule {
  /// For example "first Monday in May" or "25 December".
  public var summary: String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    func monthName(_ month: Int) -> String {
      months.indices.contains(month - 1) ? months[month - 1] : "month \(month)"
    }
    switch self {
    case .fixed(let month, let day): return "\(day) \(monthName(month))"
    case .first(let weekday, let month): return "first \(weekday) in \(monthName(month))"
    case .last(let weekday, let month): return "last \(weekday) in \(monthName(month))"
    case .easter(let offset):
      if offset == 0 { return "Easter Sunday" }
      return offset < 0
        ? "\(-offset) days before Easter Sunday" : "\(offset) days after Easter Sunday"
    }
  }
}
