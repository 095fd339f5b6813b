/// The timeliness engine: every item that a set of ``Timescale``s makes due for every subject in
/// an event log, with its due day, the event that met it and its status, and aggregates by
/// measure and period.
///
/// Each subject's events are grouped once and evaluated by
/// ``Timescale/schedule(for:events:asOf:calendar:)``, the library's one evaluator: so chains
/// restart from the actual day of the previous event, an item due after its chain ended is not
/// owed, and a missing item ends its chain.
public struct TimelinessAudit: Sendable, Hashable {
  /// Every due item, by subject (in order of first appearance), then timescale (in the order
  /// given), then chain.
  public let items: [DueItem]
  /// The last day of the data.
  public let asOf: CalendarDay

  /// Evaluates `timescales` on `events` as things stood at the end of `asOf`.
  /// - Throws: ``Period/PeriodError`` when a due day cannot be computed.
  public init(
    events: [CaseEvent], timescales: [Timescale], asOf: CalendarDay, calendar: WorkingCalendar?
  ) throws(Period.PeriodError) {
    var order: [String] = []
    var bySubject: [String: [CaseEvent]] = [:]
    for event in events {
      if bySubject[event.subject] == nil { order.append(event.subject) }
      bySubject[event.subject, default: []].append(event)
    }
    var items: [DueItem] = []
    for subject in order {
      let own = bySubject[subject] ?? []
      for timescale in timescales {
        items += try timescale.schedule(for: subject, events: own, asOf: asOf, calendar: calendar)
      }
    }
    self.items = items
    self.asOf = asOf
  }

  /// Counts, per measure (timescale), of the items due in `first...last`, in the order the
  /// measures first appear.
  public func aggregates(from first: CalendarDay, through last: CalendarDay)
    -> [TimelinessAggregate]
  {
    var order: [String] = []
    var byMeasure: [String: TimelinessAggregate] = [:]
    for item in items where first <= item.dueDay && item.dueDay <= last {
      if byMeasure[item.timescale] == nil {
        order.append(item.timescale)
        byMeasure[item.timescale] = TimelinessAggregate(
          measure: item.timescale, first: first, last: last)
      }
      byMeasure[item.timescale]?.add(item.status)
    }
    return order.compactMap { byMeasure[$0] }
  }

  /// The items grouped by the team (or worker) each subject is allocated to; subjects with no
  /// allocation are under `nil`.
  public func routed(
    by allocations: [String: EventLog.Allocation], _ key: KeyPath<EventLog.Allocation, String?>
  ) -> [String?: [DueItem]] {
    Dictionary(grouping: items) { allocations[$0.subject]?[keyPath: key] }
  }
}

/// The items of one measure due in one period, by status.
public struct TimelinessAggregate: Sendable, Hashable, Codable {
  /// The timescale's identifier.
  public let measure: String
  /// The period's first day.
  public let first: CalendarDay
  /// The period's last day.
  public let last: CalendarDay
  /// Met on or before the due day.
  public var onTime = 0
  /// Met after the due day.
  public var late = 0
  /// Not met, due day passed.
  public var missing = 0
  /// Not met, due day not passed by the end of the data.
  public var notYetDue = 0

  /// Creates an empty aggregate.
  public init(measure: String, first: CalendarDay, last: CalendarDay) {
    self.measure = measure
    self.first = first
    self.last = last
  }

  /// Items whose due day has passed or that were met: on time + late + missing.
  public var due: Int { onTime + late + missing }

  mutating func add(_ status: DueItem.Status) {
    switch status {
    case .onTime: onTime += 1
    case .late: late += 1
    case .missing: missing += 1
    case .notYetDue: notYetDue += 1
    }
  }

  /// The counts on time, late and missing with their total, after disclosure control (primary
  /// suppression of small counts, then secondary so none can be recovered from the total).
  /// - Throws: ``DisclosureControl/InputError`` (not for counts made here, which are valid).
  public func published(
    with control: DisclosureControl, level: GeographicLevel = .localAuthority
  ) throws(DisclosureControl.InputError) -> DisclosureControl.PublishedRow {
    try control.publish(row: [onTime, late, missing], total: due, level: level)
  }
}
