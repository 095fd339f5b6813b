/// A seeded synthetic caseload: children in need with referrals and assessments, child
/// protection enquiries, plans, conferences and visits, looked-after children with placements,
/// reviews and visits, and pre-proceedings and care proceedings, in teams with workers — the
/// same events for the same seed. The data are invented: no real child is described.
///
/// Children are numbered as the synthetic authority's census numbers them (`CIN0000001`…).
/// Events run up to the day given; a few fall after it (as a live extract's would) and some
/// workers change, so every rule of ``Caseload`` has something to do.
public struct CaseloadGenerator: Sendable, Hashable {
  /// How many children.
  public let children: Int
  /// The seed.
  public let seed: UInt64
  /// The day the caseload is extracted: events run to it (a few after).
  public let asOf: CalendarDay
  /// How many teams (each with six workers).
  public let teams: Int

  /// Creates a generator of `children` children (at least 1), in `teams` teams (1 to 99).
  public init(children: Int, seed: UInt64, asOf: CalendarDay, teams: Int = 6) {
    self.children = max(1, children)
    self.seed = seed
    self.asOf = asOf
    self.teams = min(max(1, teams), 99)
  }

  /// Every event, child by child, each child's in date order.
  public func events() -> [CaseloadEvent] {
    var random = SeededGenerator(seed: seed)
    var events: [CaseloadEvent] = []
    events.reserveCapacity(children * 20)
    for number in 1...children { child(number, &random, into: &events) }
    return events
  }

  /// The events as a caseload CSV file (LF line endings).
  public func csv() -> String {
    var text = "child,worker,team,event,date,detail\n"
    for event in events() {
      text +=
        [
          event.child, event.worker ?? "", event.team ?? "", event.event.rawValue,
          event.date.description, event.detail ?? "",
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  private func child(
    _ number: Int, _ random: inout SeededGenerator, into events: inout [CaseloadEvent]
  ) {
    let digits = String(number)
    let id = "CIN" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    let team = random.int(in: 1...teams)
    var worker = "W\(team).\(random.int(in: 1...6))"
    let teamName = "Team \(team)"
    var first = true
    // The last day an event is generated for: a few children's extracts run past `asOf`.
    let last = asOf.advanced(by: random.bool(probability: 0.02) ? random.int(in: 1...10) : 0)
    func add(_ name: CaseloadEventName, _ day: CalendarDay, detail: String? = nil) {
      guard day <= last else { return }
      events.append(
        CaseloadEvent(
          child: id, worker: first ? worker : nil, team: first ? teamName : nil, event: name,
          date: day, detail: detail))
      first = false
    }
    /// Days from `day` by `low...high` days.
    func after(_ day: CalendarDay, _ low: Int, _ high: Int) -> CalendarDay {
      day.advanced(by: random.int(in: low...high))
    }
    let referral = asOf.advanced(by: -random.int(in: 5...720))
    add(.referral, referral)
    if random.bool(probability: 0.85) { add(.assessmentAuthorised, after(referral, 20, 75)) }
    let pathway = random.int(in: 1...100)
    if pathway <= 40 {
      // Child protection: an s47 strategy discussion, sometimes a second one, a conference.
      let discussion = after(referral, 1, 20)
      add(.strategyDiscussion, discussion, detail: "s47")
      if random.bool(probability: 0.2) { add(.strategyDiscussion, after(discussion, 2, 10)) }
      guard random.bool(probability: 0.8) else { return }
      let conference = after(discussion, 8, 28)
      add(.initialConference, conference)
      add(.cpPlanStart, conference)
      let end = random.bool(probability: 0.3) ? after(conference, 90, 400) : nil
      var review = conference
      var reviews = 0
      while review < (end ?? last), random.bool(probability: 0.95) {
        review = after(review, reviews == 0 ? 70 : 150, reviews == 0 ? 98 : 190)
        reviews += 1
        if review < (end ?? last) { add(.cpReview, review) }
      }
      var visit = conference
      while visit < (end ?? last) {
        visit = after(visit, 3, 12)
        if visit < (end ?? last) { add(.visit, visit) }
      }
      if let end { add(.cpPlanEnd, end) }
    } else if pathway <= 62 {
      // Looked after: a placement, reviews and visits; some proceedings.
      let start = after(referral, 10, 60)
      add(.lookedAfterStart, start)
      add(random.bool(probability: 0.15) ? .permanentPlacementStart : .placementStart, start)
      var review = start
      var reviews = 0
      while review < last, random.bool(probability: 0.97) {
        review = after(review, [14, 80, 160][min(reviews, 2)], [32, 96, 190][min(reviews, 2)])
        reviews += 1
        add(.lookedAfterReview, review)
      }
      var visit = start
      while visit < last {
        visit = after(visit, visit == start ? 3 : 25, visit == start ? 9 : 48)
        add(.visit, visit)
      }
      if random.bool(probability: 0.25) { proceedings(after(start, -30, 30), &random, add) }
    } else if pathway <= 68 {
      proceedings(after(referral, 30, 90), &random, add)
    }
    if random.bool(probability: 0.1) {
      worker = "W\(team).\(random.int(in: 1...6))"
      first = true
      add(.visit, after(asOf, -40, -1))
    }
  }

  private func proceedings(
    _ letter: CalendarDay, _ random: inout SeededGenerator,
    _ add: (CaseloadEventName, CalendarDay, String?) -> Void
  ) {
    add(.preProceedingsStart, letter, nil)
    guard random.bool(probability: 0.6) else {
      if random.bool(probability: 0.5) {
        add(.preProceedingsEnd, letter.advanced(by: random.int(in: 60...130)), nil)
      }
      return
    }
    let issued = letter.advanced(by: random.int(in: 50...140))
    add(.applicationIssued, issued, nil)
    var limit = issued.advanced(by: 181)
    if random.bool(probability: 0.3) {
      let weeks = random.int(in: 4...8)
      let granted = limit.advanced(by: -random.int(in: 1...20))
      add(.extensionGranted, granted, String(weeks))
      limit = limit.advanced(by: 7 * weeks)
    }
    if random.bool(probability: 0.7) {
      add(
        .finalOrder, issued.advanced(by: random.int(in: 120...(issued.distance(to: limit) + 20))),
        nil)
    }
  }
}
