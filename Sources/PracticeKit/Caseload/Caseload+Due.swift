internal import Dispatch

extension Caseload {
  /// The statutory and guidance timescales a caseload is measured against, all from PracticeLaw:
  /// Working Together's assessment, initial conference and review conference timescales (every
  /// edition, each for the clocks started while it was in force), the Care Planning
  /// Regulations' reviews (reg 33) and visits (reg 28), and pre-proceedings at 16 weeks. The s32
  /// limit is measured by `CareProceedings` beside these.
  ///
  /// Working Together's referral-decision and first-core-group timescales are left out: caseload
  /// systems rarely export those events, and every referral would otherwise show a decision
  /// overdue. Add them as local timescales to measure them.
  public static let statutoryTimescales: [Timescale] =
    [.assessment, .initialConference, .reviewConferences].flatMap(
      StatutoryTimescales.workingTogether)
    + StatutoryTimescales.carePlanning + [PreProceedings.timescale]

  /// What is overdue and what falls due soon on the whole caseload, as things stood at the end
  /// of `asOf`.
  ///
  /// An item is listed when its timescale's next event has not happened by the end of `asOf`
  /// and its due day is before `asOf` (overdue) or from `asOf` to the `within`-th working day
  /// after it (due soon). Items met on or before `asOf` are not listed, nor overdue items whose
  /// obligation ended by then (the child ceased to be looked after, the plan ended, a later
  /// referral or discussion started a new clock); events after `asOf` are
  /// ignored (and counted in ``CaseloadDue/eventsAfterAsOf``).
  ///
  /// A caseload of 2,000 children or more is evaluated on all the machine's cores, in shares of
  /// children; the answer is the same as evaluating them one by one.
  ///
  /// - Parameters:
  ///   - asOf: the day asked about.
  ///   - within: the window in working days after `asOf` (0 or more; default 10, two weeks).
  ///   - local: local standards in the library's own form, evaluated by the same engine and
  ///     labelled local.
  ///   - calendar: the working-day calendar (default England and Wales).
  /// - Throws: ``Period/PeriodError`` when a due day or the window's end is outside the days the
  ///   calendar supports, or `within` is negative.
  public func due(
    asOf: CalendarDay, within: Int = 10, local: [Timescale] = [],
    calendar: WorkingCalendar = .englandAndWales
  ) throws(Period.PeriodError) -> CaseloadDue {
    try due(children: children, asOf: asOf, within: within, local: local, calendar: calendar)
  }

  /// The same question for one child (no items, and no events, for a child not on the
  /// caseload).
  /// - Throws: ``Period/PeriodError`` as ``due(asOf:within:local:calendar:)`` does.
  public func due(
    for child: String, asOf: CalendarDay, within: Int = 10, local: [Timescale] = [],
    calendar: WorkingCalendar = .englandAndWales
  ) throws(Period.PeriodError) -> CaseloadDue {
    let known = events(of: child).isEmpty ? [] : [child]
    return try due(children: known, asOf: asOf, within: within, local: local, calendar: calendar)
  }

  private func due(
    children: [String], asOf: CalendarDay, within: Int, local: [Timescale],
    calendar: WorkingCalendar
  ) throws(Period.PeriodError) -> CaseloadDue {
    guard within >= 0 else { throw .negativeAmount }
    let windowEnd: CalendarDay
    do {
      windowEnd = try calendar.adding(workingDays: within, to: asOf)
    } catch {
      throw .outOfRange
    }
    let window = DueWindow(asOf: asOf, end: windowEnd, calendar: calendar)
    let rules =
      Self.statutoryTimescales.map { DueRule($0, isLocal: false) }
      + local.map { DueRule($0, isLocal: true) }
    let parts = try evaluate(children, window: window, rules: rules)
    let items = parts.flatMap(\.items)
    let eventCount = parts.reduce(0) { $0 + $1.events }
    let after = parts.reduce(0) { $0 + $1.eventsAfterAsOf }
    let sortedItems = Self.sorted(items)
    return CaseloadDue(
      asOf: asOf, withinWorkingDays: within, windowEnd: windowEnd, items: sortedItems,
      children: children.count, events: eventCount, eventsAfterAsOf: after)
  }

  /// One contiguous share of the children, evaluated.
  private struct Share: Sendable {
    var items: [CaseloadItem] = []
    var events = 0
    var eventsAfterAsOf = 0
    var error: Period.PeriodError?
  }

  /// The children's open items, in the children's order. Children are independent, so a large
  /// caseload is split into contiguous shares evaluated on all cores; the first error in the
  /// children's order is thrown, as evaluating them one by one would.
  private func evaluate(
    _ children: [String], window: DueWindow, rules: [DueRule]
  ) throws(Period.PeriodError) -> [Share] {
    // Eight shares keep both cores of a small machine busy when children differ in work.
    let count = children.count < 2_000 ? 1 : 8
    let size = (children.count + count - 1) / count
    var shares = [Share](repeating: Share(), count: count)
    shares.withUnsafeMutableBufferPointer { buffer in
      // Each share writes only its own element.
      nonisolated(unsafe) let results = buffer
      DispatchQueue.concurrentPerform(iterations: count) { index in
        var share = Share()
        let start = min(index * size, children.count)
        do throws(Period.PeriodError) {
          for child in children[start..<min(start + size, children.count)] {
            let own = events(of: child)
            share.events += own.count
            share.eventsAfterAsOf += own.count { $0.date > window.asOf }
            share.items += try window.items(for: child, events: own, rules: rules)
          }
        } catch {
          share.error = error
        }
        results[index] = share
      }
    }
    if let error = shares.lazy.compactMap(\.error).first { throw error }
    return shares
  }

  /// The items by team, worker, due day, child, measure and rule. Each text is replaced by its
  /// rank among the distinct values first, so the sort compares whole numbers, not strings.
  private static func sorted(_ items: [CaseloadItem]) -> [CaseloadItem] {
    func ranks(_ text: (CaseloadItem) -> String) -> [Int] {
      let texts = items.map(text)
      let order = Set(texts).sorted()
      let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
      return texts.map { rank[$0] ?? 0 }
    }
    let team = ranks { $0.team ?? "" }
    let worker = ranks { $0.worker ?? "" }
    let child = ranks(\.child)
    let measure = ranks(\.measure.rawValue)
    let rule = ranks(\.rule)
    let order = items.indices.sorted {
      (team[$0], worker[$0], items[$0].due, child[$0], measure[$0], rule[$0])
        < (team[$1], worker[$1], items[$1].due, child[$1], measure[$1], rule[$1])
    }
    return order.map { items[$0] }
  }
}

/// A timescale to measure, and the caseload events that can start it. A class, so handing one
/// around retains it once instead of every string and array in its timescale.
final class DueRule: Sendable {
  let timescale: Timescale
  let isLocal: Bool
  /// The names whose event kind (with any detail) is the timescale's trigger or initiating
  /// trigger: a child with none of them is skipped without building its case events.
  let starters: [CaseloadEventName]

  init(_ timescale: Timescale, isLocal: Bool) {
    self.timescale = timescale
    self.isLocal = isLocal
    starters = CaseloadEventName.allCases.filter { name in
      [name.kind, name.kind(detail: "s47")].contains {
        $0 == timescale.trigger || $0 == timescale.initiatingTrigger
      }
    }
  }

  /// Whether `events` hold a possible start of the timescale inside its effective period: a
  /// timescale starts a chain only at a trigger there, so most editions of a timescale are
  /// skipped without evaluating them.
  func mayStart(_ events: [(name: CaseloadEventName, date: CalendarDay)]) -> Bool {
    events.contains { starters.contains($0.name) && timescale.effective.contains($0.date) }
  }
}

/// The day asked about and its window: which of a child's items are open in it.
struct DueWindow {
  let asOf: CalendarDay
  let end: CalendarDay
  let calendar: WorkingCalendar

  /// The status of an item due on `due` that has not been met by the end of ``asOf``, or `nil`
  /// when it falls due after the window.
  func status(due: CalendarDay) -> CaseloadItem.Status? {
    if due < asOf { return .overdue }
    return due <= end ? .dueSoon : nil
  }

  /// One child's open items: every timescale's (statutory, then local) and the s32 limit's.
  func items(
    for child: String, events: ArraySlice<CaseloadEvent>, rules: [DueRule]
  ) throws(Period.PeriodError) -> [CaseloadItem] {
    // The events are in day order, so those known by the end of the day are a prefix.
    let known = events.prefix { $0.date <= asOf }
    guard !known.isEmpty else { return [] }
    // Names and days only: checking the rules against whole events would copy (and retain)
    // their strings once for every rule.
    let marks = known.map { (name: $0.event, date: $0.date) }
    let starting = rules.indices.filter { rules[$0].mayStart(marks) }
    let hasApplication = marks.contains { $0.name == .applicationIssued }
    guard !starting.isEmpty || hasApplication else { return [] }
    var owner: (worker: String?, team: String?) = (nil, nil)
    for index in known.indices {
      if let name = known[index].worker, !name.isEmpty { owner.worker = name }
      if let name = known[index].team, !name.isEmpty { owner.team = name }
    }
    let caseEvents = starting.isEmpty ? [] : known.map(\.caseEvent)
    var items: [CaseloadItem] = []
    func add(
      _ measure: CaseloadMeasure, due: CalendarDay, rule: String, title: String,
      local: Bool, sources: [Source]
    ) {
      guard let status = status(due: due) else { return }
      items.append(
        CaseloadItem(
          child: child, worker: owner.worker, team: owner.team, measure: measure, due: due,
          status: status, rule: rule, title: title, isLocal: local, sources: sources))
    }
    for index in starting {
      let rule = rules[index]
      let scheduled = try rule.timescale.schedule(
        for: child, events: caseEvents, asOf: asOf, calendar: calendar)
      // Open: not met, and (when overdue) its chain still running at the end of the day.
      for item in scheduled
      where item.status == .notYetDue || (item.status == .missing && item.chainEnded == nil) {
        add(
          CaseloadMeasure(target: rule.timescale.target), due: item.dueDay,
          rule: rule.timescale.id, title: rule.timescale.title, local: rule.isLocal,
          sources: rule.timescale.provenance.sources)
      }
    }
    if hasApplication {
      for deadline in try Self.openProceedingsDeadlines(known) {
        add(
          .s32Limit, due: deadline, rule: CareProceedings.s32Limit.id,
          title: "Care proceedings disposed of within 26 weeks (s32)", local: false,
          sources: CareProceedings.s32Limit.provenance.sources)
      }
    }
    return items
  }

  /// The final deadline of the proceedings not disposed of in `events`, if any: an application
  /// runs from its issue to the first final order on or after it, with the extensions granted
  /// in between; a later application replaces it.
  static func openProceedingsDeadlines(_ events: ArraySlice<CaseloadEvent>)
    throws(Period.PeriodError)
    -> [CalendarDay]
  {
    var deadlines: [CalendarDay] = []
    var issued: CalendarDay?
    var extensions: [TimetableExtension] = []
    func close() throws(Period.PeriodError) {
      guard let day = issued else { return }
      do {
        let proceedings = try CareProceedings(issued: day, extensions: extensions)
        if let deadline = proceedings.finalDeadline { deadlines.append(deadline) }
      } catch {
        throw .outOfRange
      }
    }
    for event in events {
      switch event.event {
      case .applicationIssued:
        // A new application replaces the one before (it is no longer open).
        issued = event.date
        extensions = []
      case .extensionGranted:
        guard issued != nil, let weeks = event.detail.flatMap({ Int($0) }) else { continue }
        extensions.append(TimetableExtension(granted: event.date, weeks: weeks))
      case .finalOrder:
        issued = nil
        extensions = []
      default: continue
      }
    }
    try close()
    return deadlines
  }
}
