/// One item a timescale makes due for a subject: the n-th target event of a chain, the day it was
/// due, the event that met it (if any) and its status on the day of the evaluation.
public struct DueItem: Sendable, Hashable, Codable {
  /// Where an item stands on the day of the evaluation.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// The target event happened on or before the due day.
    case onTime
    /// The target event happened, after the due day.
    case late
    /// The due day has passed and the target event has not happened.
    case missing
    /// The due day has not passed and the target event has not happened yet.
    case notYetDue
  }

  /// The timescale's identifier.
  public let timescale: String
  /// The subject (child, case).
  public let subject: String
  /// The item's position in its chain, counted from 0 for the first target event after the
  /// trigger (an array index). People read ``number``, counted from 1.
  public let index: Int
  /// The day of the trigger event that started the chain.
  public let triggerDay: CalendarDay
  /// The day the period was counted from: the trigger for item 0, the previous target after.
  public let countedFrom: CalendarDay
  /// The last day on which the target event meets the timescale.
  public let dueDay: CalendarDay
  /// The day of the target event that met (or late-met) this item.
  public let actualDay: CalendarDay?
  /// The item's status.
  public let status: Status
  /// The day the item's chain ended by the day of the evaluation — an ending event or the next
  /// trigger — or `nil` while the chain still runs. A missing item whose chain has ended is no
  /// longer open (the child ceased to be looked after, a new referral started a new clock).
  public let chainEnded: CalendarDay?

  /// Creates an item.
  public init(
    timescale: String, subject: String, index: Int, triggerDay: CalendarDay,
    countedFrom: CalendarDay, dueDay: CalendarDay, actualDay: CalendarDay?, status: Status,
    chainEnded: CalendarDay? = nil
  ) {
    self.timescale = timescale
    self.subject = subject
    self.index = index
    self.triggerDay = triggerDay
    self.countedFrom = countedFrom
    self.dueDay = dueDay
    self.actualDay = actualDay
    self.status = status
    self.chainEnded = chainEnded
  }

  /// The item's number in its chain as a person reads it: 1 for the first target event after the
  /// trigger ("review 2" is the item with ``index`` 1).
  public var number: Int { index + 1 }
}

extension DueItem: CustomStringConvertible {
  /// One line a person reads, for example
  /// "c1, law.cpr2010.reg33.reviews item 2: due 2025-03-05, late (2025-03-07)".
  public var description: String {
    let met = actualDay.map { " (\($0))" } ?? ""
    return "\(subject), \(timescale) item \(number): due \(dueDay), \(status)\(met)"
  }
}

extension DueItem.Status: CustomStringConvertible {
  /// The status in words: "on time", "late", "missing", "not yet due".
  public var description: String {
    switch self {
    case .onTime: "on time"
    case .late: "late"
    case .missing: "missing"
    case .notYetDue: "not yet due"
    }
  }
}

extension Timescale {
  /// Every item this timescale makes due for one subject's events, as things stood at the end of
  /// `asOf` (events after `asOf` are ignored, as if the data ended that day).
  ///
  /// The rules, one place for the whole library:
  /// - each trigger event inside ``effective``, with every ``requires`` kind on or before its
  ///   day, starts a chain; an ``initiatingTrigger`` event is a trigger too, and a plain trigger
  ///   on or after one, with no target or ending event on a day from the initiating one's to its
  ///   own, starts none (the clock runs from the initiating one);
  /// - a chain ends at the first ``endsOn`` event on or after the trigger day, or at the next
  ///   trigger (which starts a chain of its own);
  /// - item 0 is met by the first target event on or after the trigger day; each later item by
  ///   the first target event after the previous one's day, and is counted from that day (the
  ///   actual day, so a late event moves the next due day);
  /// - a target event on or before the due day is on time; after it, late; none by `asOf`:
  ///   missing once the due day has passed, not yet due otherwise;
  /// - when a chain ends before an item's due day, that item is no longer owed and is not listed;
  /// - a missing or not-yet-due item is the last of its chain (the next due day depends on a day
  ///   that has not happened);
  /// - every item carries the day its chain ended by `asOf` (``DueItem/chainEnded``), if it did.
  ///
  /// - Parameters:
  ///   - events: one subject's events, in any order (events of other subjects are ignored).
  ///   - subject: the subject to evaluate.
  ///   - asOf: the last day of the data.
  ///   - calendar: the working-day calendar for periods in working days.
  /// - Throws: ``Period/PeriodError`` when a due day cannot be computed (a working-day period
  ///   outside the calendar's range, or no calendar for one).
  public func schedule(
    for subject: String, events: [CaseEvent], asOf: CalendarDay, calendar: WorkingCalendar?
  ) throws(Period.PeriodError) -> [DueItem] {
    // One pass collects the days each role needs. Only days matter (same-day order changes no
    // list), so events in day order, as a caseload gives them, need no sorting.
    var targets: [CalendarDay] = []
    var ends: [CalendarDay] = []
    var initiating: [CalendarDay] = []
    var candidates: [(day: CalendarDay, initiates: Bool)] = []
    var firstRequired = [CalendarDay?](repeating: nil, count: requires.count)
    func collect(_ event: CaseEvent) {
      guard event.day <= asOf, event.subject == subject else { return }
      let kind = event.kind
      if kind == target { targets.append(event.day) }
      if endsOn.contains(kind) { ends.append(event.day) }
      if kind == initiatingTrigger {
        initiating.append(event.day)
        candidates.append((event.day, true))
      } else if kind == trigger {
        candidates.append((event.day, false))
      }
      for (position, required) in requires.enumerated() where required == kind {
        firstRequired[position] = min(firstRequired[position] ?? event.day, event.day)
      }
    }
    let inDayOrder = zip(events, events.dropFirst()).allSatisfy { $0.day <= $1.day }
    let ordered =
      inDayOrder
      ? events
      : events.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
        .map(\.element)
    for event in ordered { collect(event) }
    let triggers = candidates.filter { candidate in
      guard !candidate.initiates else { return true }
      // Superseded by an initiating trigger whose episode is still open on this day.
      return !initiating.contains { start in
        let closes = { (day: CalendarDay) in start <= day && day <= candidate.day }
        return start <= candidate.day && !targets.contains(where: closes)
          && !ends.contains(where: closes)
      }
    }.map(\.day)
    var items: [DueItem] = []
    for (position, triggerDay) in triggers.enumerated() where effective.contains(triggerDay) {
      guard firstRequired.allSatisfy({ $0.map { $0 <= triggerDay } == true }) else { continue }
      let nextTrigger = triggers[(position + 1)...].first { $0 > triggerDay }
      let endDay = ends.first { $0 >= triggerDay }
      let cutOff = [nextTrigger, endDay].compactMap(\.self).min()
      try appendChain(
        to: &items, subject: subject, triggerDay: triggerDay, targets: targets, cutOff: cutOff,
        asOf: asOf, calendar: calendar)
    }
    return items
  }

  private func appendChain(
    to items: inout [DueItem], subject: String, triggerDay: CalendarDay, targets: [CalendarDay],
    cutOff: CalendarDay?, asOf: CalendarDay, calendar: WorkingCalendar?
  ) throws(Period.PeriodError) {
    var previous = triggerDay
    var index = 0
    while let due = try dueDay(
      forItem: index, from: previous, triggerDay: triggerDay, calendar: calendar)
    {
      var met = targets.first { index == 0 ? $0 >= previous : $0 > previous }
      if let day = met, let cutOff, day > cutOff { met = nil }
      func item(_ actual: CalendarDay?, _ status: DueItem.Status) -> DueItem {
        DueItem(
          timescale: id, subject: subject, index: index, triggerDay: triggerDay,
          countedFrom: previous, dueDay: due, actualDay: actual, status: status,
          chainEnded: cutOff)
      }
      if let met {
        items.append(item(met, met <= due ? .onTime : .late))
        previous = met
        index += 1
        continue
      }
      // Not met. Owed only if the chain was still running on the due day.
      if let cutOff, cutOff <= due { return }
      items.append(item(nil, due < asOf ? .missing : .notYetDue))
      return
    }
  }
}
