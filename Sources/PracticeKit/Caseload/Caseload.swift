/// A live caseload: every child's events and whose case each child is, answering "what is
/// overdue, and what falls due in the next two weeks, for which child, and whose case is it?".
///
/// Build one from events (``init(events:)``) or read one from a caseload file in either form
/// (``init(contentsOfFile:format:)``), then ask ``due(asOf:within:local:calendar:)`` for the
/// whole caseload or ``due(for:asOf:within:local:calendar:)`` for one child. The `practice due`
/// command is this call and a renderer, so an app gets the same items as the tool.
///
/// The rules come from the library: Working Together's assessment, initial conference and review
/// conference timescales, the Care Planning Regulations' reviews and visits (PracticeLaw's
/// `StatutoryTimescales`), pre-proceedings at 16 weeks (`PreProceedings`), and the s32 limit
/// with its extensions (`CareProceedings`), all evaluated by `Timescale.schedule` except the
/// s32 limit, which `CareProceedings` computes. Local standards are more timescales in the same
/// form, labelled local.
public struct Caseload: Sendable {
  /// Every event, grouped by child (children in order of first appearance), each child's events
  /// in date order (events on the same day in the order given).
  public let events: [CaseloadEvent]
  /// The children, in order of first appearance.
  public let children: [String]
  /// Where each child's events lie in ``events``.
  private let ranges: [String: Range<Int>]

  /// Creates a caseload from events in any order.
  /// - Throws: ``CaseloadReadError`` (located by event number, 1-based) when an event is not
  ///   usable: an empty child identifier, an extension without its weeks (1 to 8).
  public init(events: [CaseloadEvent]) throws(CaseloadReadError) {
    var ordinal: [String: Int] = [:]
    var order: [String] = []
    var ordinals: [Int] = []
    ordinals.reserveCapacity(events.count)
    // Whether each child's events are together and in date order, as exports usually list
    // them: then they are kept as given, and nothing is moved or copied.
    var grouped = true
    for (index, event) in events.enumerated() {
      if let rule = event.problem {
        throw CaseloadReadError(rule, record: index + 1)
      }
      // The same child as the event before needs no lookup.
      if index > 0, let last = ordinals.last, events[index - 1].child == event.child {
        ordinals.append(last)
        if events[index - 1].date > event.date { grouped = false }
      } else if let known = ordinal[event.child] {
        ordinals.append(known)
        grouped = false
      } else {
        ordinal[event.child] = order.count
        ordinals.append(order.count)
        order.append(event.child)
      }
    }
    // Each child's place after a counting sort by child, which keeps the given order within
    // each child.
    var starts = [Int](repeating: 0, count: order.count + 1)
    for value in ordinals { starts[value + 1] += 1 }
    for index in order.indices { starts[index + 1] += starts[index] }
    var ranges: [String: Range<Int>] = [:]
    ranges.reserveCapacity(order.count)
    for (index, child) in order.enumerated() { ranges[child] = starts[index]..<starts[index + 1] }
    self.children = order
    self.ranges = ranges
    guard !grouped else {
      self.events = events
      return
    }
    // Otherwise indices are moved by the counting sort, then by a stable sort by day where a
    // child's events are not in day order, and the events copied once.
    var next = starts
    var permutation = [Int](repeating: 0, count: events.count)
    for (index, child) in ordinals.enumerated() {
      permutation[next[child]] = index
      next[child] += 1
    }
    for index in order.indices {
      let range = starts[index]..<starts[index + 1]
      let inOrder = range.dropFirst().allSatisfy {
        events[permutation[$0 - 1]].date <= events[permutation[$0]].date
      }
      if !inOrder {
        permutation[range].sort { (events[$0].date, $0) < (events[$1].date, $1) }
      }
    }
    self.events = permutation.map { events[$0] }
  }

  /// Reads a caseload from a file in either form (``CaseloadFile/events(contentsOfFile:format:)``).
  /// - Parameters:
  ///   - path: a regular file.
  ///   - format: the file's form; `nil` to take it from the file's name.
  /// - Throws: ``CaseloadReadError`` naming the file, line and column of the first problem.
  public init(contentsOfFile path: String, format: CaseloadFormat? = nil)
    throws(CaseloadReadError)
  {
    try self.init(events: CaseloadFile.events(contentsOfFile: path, format: format))
  }

  /// One child's events in date order (empty for a child not on the caseload).
  public func events(of child: String) -> ArraySlice<CaseloadEvent> {
    guard let range = ranges[child] else { return [] }
    return events[range]
  }

  /// The child's worker and team as of the end of `asOf`: each from the latest event on or
  /// before that day that names one (a later event wins; on the same day, the later row).
  public func owner(of child: String, asOf: CalendarDay) -> (worker: String?, team: String?) {
    Self.owner(events(of: child), asOf: asOf)
  }

  private static func owner(_ events: ArraySlice<CaseloadEvent>, asOf: CalendarDay) -> (
    worker: String?, team: String?
  ) {
    var worker: String?
    var team: String?
    for event in events where event.date <= asOf {
      if let name = event.worker, !name.isEmpty { worker = name }
      if let name = event.team, !name.isEmpty { team = name }
    }
    return (worker, team)
  }
}

extension CaseloadEvent {
  /// Why this event cannot be used, if it cannot.
  var problem: CaseloadReadError.Rule? {
    if child.isEmpty { return .emptyField("child") }
    if event == .extensionGranted {
      guard let detail, let weeks = Int(detail), (1...8).contains(weeks) else {
        return .invalidDetail("extension-granted needs its length in weeks, 1 to 8")
      }
    }
    return nil
  }
}
