import PracticeKit
import Testing

@Suite("Caseload: what is due, and whose")
struct CaseloadTests {
  /// Friday 19 December 2025: its 10-working-day window crosses Christmas Day, Boxing Day and
  /// New Year's Day, so the 10th working day after it is Wednesday 7 January 2026 (Friday 2
  /// January without the bank holidays).
  static let friday = CalendarDay(2025, 12, 19)

  static func event(
    _ child: String, _ name: CaseloadEventName, _ day: CalendarDay, worker: String? = "W1",
    team: String? = "T1", detail: String? = nil
  ) -> CaseloadEvent {
    CaseloadEvent(
      child: child, worker: worker, team: team, event: name, date: day, detail: detail)
  }

  static func due(
    _ events: [CaseloadEvent], asOf: CalendarDay = friday, within: Int = 10,
    local: [Timescale] = []
  ) throws -> CaseloadDue {
    try Caseload(events: events).due(asOf: asOf, within: within, local: local)
  }

  @Test("the window ends on the 10th working day after DAY, counted past three bank holidays")
  func windowOverBankHolidays() throws {
    let result = try Self.due([Self.event("A", .referral, Self.friday)])
    #expect(result.windowEnd == CalendarDay(2026, 1, 7))
    #expect(
      try Self.due([Self.event("A", .referral, Self.friday)], within: 0).windowEnd == Self.friday)
  }

  // Pre-proceedings: 16 weeks beginning with the letter's day, so due on letter + 111 days.
  @Test(
    "pre-proceedings due before DAY: overdue; on DAY or the 10th working day: due soon; 11th: not listed",
    arguments: [
      (CalendarDay(2025, 8, 29), CalendarDay(2025, 12, 18), CaseloadItem.Status?.some(.overdue)),
      (CalendarDay(2025, 8, 30), CalendarDay(2025, 12, 19), .some(.dueSoon)),
      (CalendarDay(2025, 9, 18), CalendarDay(2026, 1, 7), .some(.dueSoon)),
      (CalendarDay(2025, 9, 19), CalendarDay(2026, 1, 8), nil),
    ])
  func preProceedingsBoundaries(
    letter: CalendarDay, dueDay: CalendarDay, status: CaseloadItem.Status?
  ) throws {
    let result = try Self.due([Self.event("A", .preProceedingsStart, letter)])
    let items = result.items.filter { $0.measure == .preProceedings }
    if let status {
      #expect(items.count == 1)
      #expect(items.first?.due == dueDay)
      #expect(items.first?.status == status)
      #expect(items.first?.rule == "law.preproceedings.16-weeks")
      #expect(items.first?.isLocal == false)
      #expect(items.first?.sources.isEmpty == false)
    } else {
      #expect(items.isEmpty)
    }
  }

  @Test("an item met on or before DAY is not listed; an application ends pre-proceedings")
  func metItemsNotListed() throws {
    let letter = CalendarDay(2025, 8, 30)
    let ended = try Self.due([
      Self.event("A", .preProceedingsStart, letter),
      Self.event("A", .preProceedingsEnd, Self.friday),
    ])
    #expect(ended.items.isEmpty)
    let issued = try Self.due([
      Self.event("A", .preProceedingsStart, letter),
      Self.event("A", .applicationIssued, CalendarDay(2025, 12, 1)),
    ])
    #expect(issued.items.map(\.measure) == [])
  }

  @Test("events after DAY are ignored and counted")
  func eventsAfterDay() throws {
    let letter = CalendarDay(2025, 8, 30)
    let result = try Self.due([
      Self.event("A", .preProceedingsStart, letter),
      Self.event("A", .preProceedingsEnd, CalendarDay(2025, 12, 20), worker: "W2"),
    ])
    #expect(result.items.count == 1)
    #expect(result.items.first?.status == .dueSoon)
    #expect(result.items.first?.worker == "W1")
    #expect(result.eventsAfterAsOf == 1)
    #expect(result.events == 2)
  }

  @Test("the initial conference counts from the strategy discussion that initiated the s47")
  func laterStrategyDiscussion() throws {
    // 15 working days after Monday 3 November 2025 is Monday 24 November.
    let initiating = Self.event(
      "A", .strategyDiscussion, CalendarDay(2025, 11, 3), detail: "s47")
    let later = Self.event("A", .strategyDiscussion, CalendarDay(2025, 11, 10))
    let asOf = CalendarDay(2025, 11, 21)
    let marked = try Self.due([initiating, later], asOf: asOf)
      .items.filter { $0.measure == .initialConference }
    #expect(marked.map(\.due) == [CalendarDay(2025, 11, 24)])
    #expect(marked.first?.status == .dueSoon)
    #expect(marked.first?.rule == "law.wt2023.icpc")
    // Unmarked, the later discussion restarts the clock (the library's documented convention).
    var unmarked = initiating
    unmarked.detail = nil
    let restarted = try Self.due([unmarked, later], asOf: asOf)
      .items.filter { $0.measure == .initialConference }
    #expect(restarted.map(\.due) == [CalendarDay(2025, 12, 1)])
    // Held on the due day: met, not listed.
    let held = try Self.due(
      [initiating, later, Self.event("A", .initialConference, CalendarDay(2025, 11, 21))],
      asOf: asOf)
    #expect(held.items.filter { $0.measure == .initialConference }.isEmpty)
  }

  @Test("a late looked-after review restarts the chain from the day it was held")
  func lateReviewRestartsChain() throws {
    // Looked after from Monday 2 June 2025: first review due 30 June (20 working days), held
    // late on 15 July, so the second is due 3 months after 15 July: 15 October.
    let events = [
      Self.event("A", .lookedAfterStart, CalendarDay(2025, 6, 2)),
      Self.event("A", .lookedAfterReview, CalendarDay(2025, 7, 15)),
    ]
    let result = try Self.due(events, asOf: CalendarDay(2025, 10, 10))
    let reviews = result.items.filter { $0.measure == .lookedAfterReview }
    #expect(reviews.map(\.due) == [CalendarDay(2025, 10, 15)])
    #expect(reviews.first?.status == .dueSoon)
    #expect(reviews.first?.rule == "law.cpr2010.reg33.reviews")
    let overdue = try Self.due(events, asOf: CalendarDay(2025, 10, 16))
    #expect(overdue.items.first { $0.measure == .lookedAfterReview }?.status == .overdue)
  }

  @Test("a child whose worker changed is listed under the worker as of DAY")
  func workerChange() throws {
    let events = [
      Self.event("A", .referral, CalendarDay(2025, 9, 1), worker: "W1", team: "T1"),
      Self.event("A", .visit, CalendarDay(2025, 12, 15), worker: "W2", team: nil),
    ]
    let now = try Self.due(events)
    #expect(now.items.map(\.measure) == [.assessment])
    #expect(now.items.first?.status == .overdue)
    #expect(now.items.first?.worker == "W2")
    #expect(now.items.first?.team == "T1")
    let before = try Self.due(events, asOf: CalendarDay(2025, 12, 12))
    #expect(before.items.first?.worker == "W1")
    #expect(try Caseload(events: events).owner(of: "A", asOf: Self.friday).worker == "W2")
  }

  @Test("s32: 26 weeks beginning with issue, moved by an extension, met by a final order")
  func s32Limit() throws {
    let issued = Self.event("A", .applicationIssued, CalendarDay(2025, 7, 1))
    let open = try Self.due([issued]).items.filter { $0.measure == .s32Limit }
    #expect(open.map(\.due) == [CalendarDay(2025, 12, 29)])
    #expect(open.first?.status == .dueSoon)
    let extended = try Self.due([
      issued, Self.event("A", .extensionGranted, CalendarDay(2025, 12, 15), detail: "8"),
    ])
    #expect(extended.items.filter { $0.measure == .s32Limit }.isEmpty)
    let overdue = try Self.due(
      [issued, Self.event("A", .extensionGranted, CalendarDay(2025, 12, 15), detail: "8")],
      asOf: CalendarDay(2026, 2, 24))
    #expect(overdue.items.first { $0.measure == .s32Limit }?.due == CalendarDay(2026, 2, 23))
    #expect(overdue.items.first { $0.measure == .s32Limit }?.status == .overdue)
    let disposed = try Self.due([
      issued, Self.event("A", .finalOrder, CalendarDay(2025, 12, 18)),
    ])
    #expect(disposed.items.isEmpty)
  }

  @Test("a local standard is evaluated by the same engine and labelled local")
  func localStandard() throws {
    let visits = try Timescale(
      id: "local.cp-visits", title: "Child protection visits every 10 working days",
      trigger: .childProtectionPlanStarted, target: .statutoryVisit,
      periods: [Period(10, .workingDays)], repeatsLast: true,
      endsOn: [.childProtectionPlanEnded],
      provenance: Provenance(.unverified, [], note: "A local standard."))
    // Plan started Friday 5 December 2025: the 10th working day after it is 19 December.
    let result = try Self.due(
      [Self.event("A", .cpPlanStart, CalendarDay(2025, 12, 5))], local: [visits])
    let local = result.items.filter(\.isLocal)
    #expect(local.map(\.due) == [CalendarDay(2025, 12, 19)])
    #expect(local.first?.measure == .visit)
    #expect(local.first?.rule == "local.cp-visits")
    // The plan's statutory review conference is also open (due 5 March 2026) but outside.
    #expect(result.items.filter { !$0.isLocal }.isEmpty)
  }

  @Test("people read a rule by its number in the table and find it under that number")
  func ruleNumbers() throws {
    // A referral (assessment) and a strategy discussion (conference) for A, an issued
    // application (s32) for B: three rules, numbered in the order of their identifiers.
    let due = try Self.due([
      Self.event("A", .referral, CalendarDay(2025, 9, 1)),
      Self.event("A", .strategyDiscussion, CalendarDay(2025, 11, 3)),
      Self.event("B", .applicationIssued, CalendarDay(2025, 7, 1)),
    ])
    let rules = Set(due.items.map(\.rule)).sorted()
    #expect(rules == ["law.s32.limit", "law.wt2023.assessment", "law.wt2023.icpc"])
    for format in [PracticeReport.Format.text, .markdown, .html] {
      let text = due.rendered(as: format)
      for rule in rules { #expect(!text.contains(rule), "\(format): \(rule)") }
    }
    let text = due.rendered(as: .text)
    #expect(text.contains("[1] Care proceedings disposed of within 26 weeks"))
    #expect(text.contains("[2] Child and family assessment"))
    #expect(text.contains("[3] Initial child protection conference (statutory"))
    let conference = text.split(separator: "\n").first { $0.contains("conference  ") }
    #expect(conference?.hasSuffix("[3]") == true)
    // JSON and CSV, for programs, keep the identifiers.
    for rule in rules { #expect(due.rendered(as: .json).contains("\"\(rule)\"")) }
  }

  @Test("one child's answer is the whole caseload's items for that child")
  func oneChild() throws {
    let events = [
      Self.event("A", .referral, CalendarDay(2025, 9, 1)),
      Self.event("B", .applicationIssued, CalendarDay(2025, 7, 1), worker: "W2", team: "T2"),
    ]
    let caseload = try Caseload(events: events)
    let all = try caseload.due(asOf: Self.friday)
    #expect(caseload.children == ["A", "B"])
    for child in caseload.children {
      #expect(
        try caseload.due(for: child, asOf: Self.friday).items
          == all.items.filter { $0.child == child })
    }
    #expect(try caseload.due(for: "Z", asOf: Self.friday).items.isEmpty)
  }

  @Test("events in any order are grouped by child, each in day order; grouped input is kept")
  func eventOrder() throws {
    let (june, july, august) = (
      CalendarDay(2025, 6, 2), CalendarDay(2025, 7, 1), CalendarDay(2025, 8, 1)
    )
    let grouped = [
      Self.event("A", .referral, june), Self.event("A", .visit, july),
      Self.event("A", .cpReview, july), Self.event("B", .referral, june),
      Self.event("B", .visit, august),
    ]
    #expect(try Caseload(events: grouped).events == grouped)
    // Interleaved children, a child's days out of order, two events on one day: grouped by
    // first appearance, sorted by day, same-day events in the order given.
    let mixed = [grouped[3], grouped[2], grouped[4], grouped[0], grouped[1]]
    let caseload = try Caseload(events: mixed)
    #expect(caseload.children == ["B", "A"])
    #expect(caseload.events == [grouped[3], grouped[4], grouped[0], grouped[2], grouped[1]])
    #expect(caseload.events(of: "A").map(\.event) == [.referral, .cpReview, .visit])
    // Order does not change the answer.
    let sortedItems = try Self.due(grouped, asOf: CalendarDay(2025, 9, 1)).items
    #expect(try Self.due(mixed, asOf: CalendarDay(2025, 9, 1)).items == sortedItems)
    #expect(try Self.due(grouped.reversed(), asOf: CalendarDay(2025, 9, 1)).items == sortedItems)
    #expect(!sortedItems.isEmpty)
  }

  @Test("a caseload large enough to share across cores gives each child's own answer")
  func sharedAcrossCores() throws {
    let caseload = try Caseload(
      events: CaseloadFile.events(
        csvText: CaseloadGenerator(children: 2_500, seed: 7, asOf: Self.friday).csv()))
    #expect(caseload.children.count == 2_500)
    let all = try caseload.due(asOf: Self.friday)
    var byChild: [String: [CaseloadItem]] = [:]
    for item in all.items { byChild[item.child, default: []].append(item) }
    for child in caseload.children {
      let own = try caseload.due(for: child, asOf: Self.friday).items
      #expect(own == (byChild[child] ?? []))
    }
    #expect(all.items.count > 1_000)
    #expect(all.events == caseload.events.count)
  }

  // MARK: - Reading

  static let header = "child,worker,team,event,date,detail\n"

  @Test("CSV: both date forms, detail optional, empty worker inherits")
  func csvForms() throws {
    let events = try CaseloadFile.events(
      csvText: Self.header
        + "A,W1,T1,referral,01/09/2025,\nA,,,strategy-discussion,2025-11-03,s47\n")
    #expect(events.count == 2)
    #expect(events[0].date == CalendarDay(2025, 9, 1))
    #expect(events[1].caseEvent.kind == .section47StrategyDiscussion)
    #expect(events[1].worker == nil)
    let noDetail = try CaseloadFile.events(
      csvText: "event,date,child,team,worker\nvisit,2025-11-03,A,T,W\n")
    #expect(noDetail.first?.event == .visit)
  }

  @Test("an unknown event name is a located error that never repeats the value")
  func unknownEvent() {
    #expect {
      _ = try CaseloadFile.events(
        csvText: Self.header + "A,W,T,referral,2025-09-01,\nA,W,T,Xyzzy-Visit,2025-09-02,\n")
    } throws: { error in
      guard let error = error as? CaseloadReadError, case .unknownEvent = error.rule else {
        return false
      }
      let text = error.description
      return error.line == 3 && error.column == 4 && text.contains("line 3, column 4 (event)")
        && !text.contains("Xyzzy")
    }
  }

  @Test("a missing column is an error naming it")
  func missingColumn() {
    #expect {
      _ = try CaseloadFile.events(csvText: "child,worker,event,date\nA,W,visit,2025-09-01\n")
    } throws: { error in
      guard let error = error as? CaseloadReadError, case .missingColumn("team") = error.rule
      else { return false }
      return error.description.contains("'team'")
    }
  }

  @Test(
    "bad rows are located errors without the value",
    arguments: [
      ("A,W,T,visit,31/02/2025,\n", 5),
      ("A,W,T,extension-granted,2025-09-01,9\n", 6),
      (",W,T,visit,2025-09-01,\n", 1),
    ])
  func badRows(row: String, column: Int) {
    #expect {
      _ = try CaseloadFile.events(csvText: Self.header + row)
    } throws: { error in
      guard let error = error as? CaseloadReadError else { return false }
      return error.line == 2 && error.column == column && !error.description.contains("31/02")
    }
  }

  @Test("JSON: the same events as the CSV form; unknown names located by path")
  func jsonForm() throws {
    let json = """
      {"schemaVersion": 1, "events": [
        {"child": "A", "worker": "W1", "team": "T1", "event": "referral", "date": "2025-09-01"},
        {"child": "A", "event": "strategy-discussion", "date": "2025-11-03", "detail": "s47"}
      ]}
      """
    let fromJSON = try CaseloadFile.events(json: Array(json.utf8))
    let fromCSV = try CaseloadFile.events(
      csvText: Self.header
        + "A,W1,T1,referral,2025-09-01,\nA,,,strategy-discussion,2025-11-03,s47\n")
    #expect(fromJSON == fromCSV)
    let unknown =
      #"{"schemaVersion": 1, "events": [{"child": "A", "event": "Xyzzy", "date": "2025-09-01"}]}"#
    #expect {
      _ = try CaseloadFile.events(json: Array(unknown.utf8))
    } throws: { error in
      guard let error = error as? CaseloadReadError else { return false }
      return error.description.contains("events[0].event") && !error.description.contains("Xyzzy")
    }
  }
}

extension CaseloadTests {
  @Test("an overdue item whose obligation ended by DAY is not open; a new clock replaces it")
  func endedChainsAreClosed() throws {
    // Looked after from 2 June 2025, no review (due 30 June): overdue while looked after.
    let start = Self.event("A", .lookedAfterStart, CalendarDay(2025, 6, 2))
    let open = try Self.due([start])
    #expect(open.items.map(\.measure) == [.lookedAfterReview])
    #expect(open.items.first?.due == CalendarDay(2025, 6, 30))
    #expect(open.items.first?.status == .overdue)
    let ended = try Self.due([start, Self.event("A", .lookedAfterEnd, CalendarDay(2025, 12, 19))])
    #expect(ended.items.isEmpty)
    // Two referrals without an assessment: only the later clock is open.
    let referrals = try Self.due([
      Self.event("A", .referral, CalendarDay(2025, 1, 6)),
      Self.event("A", .referral, CalendarDay(2025, 9, 1)),
    ])
    #expect(referrals.items.count == 1)
    #expect(referrals.items.first?.due == CalendarDay(2025, 11, 3))
    // A second application replaces the first.
    let applications = try Self.due([
      Self.event("A", .applicationIssued, CalendarDay(2024, 1, 8)),
      Self.event("A", .applicationIssued, CalendarDay(2025, 7, 1)),
    ])
    #expect(applications.items.map(\.due) == [CalendarDay(2025, 12, 29)])
  }
}

extension CaseloadTests {
  @Test("the Caseloads article's example gives what it shows")
  func articleExample() throws {
    let caseload = try Caseload(events: [
      CaseloadEvent(
        child: "A", worker: "W1", team: "Assessment", event: .strategyDiscussion,
        date: CalendarDay(2025, 11, 3), detail: "s47"),
      CaseloadEvent(child: "A", event: .strategyDiscussion, date: CalendarDay(2025, 11, 10)),
    ])
    let due = try caseload.due(asOf: CalendarDay(2025, 11, 21))
    #expect(due.items.count == 1)
    #expect(due.items[0].measure == .initialConference)
    #expect(due.items[0].due == CalendarDay(2025, 11, 24))
    #expect(due.items[0].status == .dueSoon)
    #expect(due.items[0].worker == "W1")
  }

  @Test("the combined report's section: counts by measure and status, small counts withheld")
  func reportSection() throws {
    let events =
      (1...12).map { Self.event("C\($0)", .referral, CalendarDay(2025, 9, 1)) }
      + [Self.event("D", .applicationIssued, CalendarDay(2025, 7, 1))]
    let due = try Self.due(events)
    let published = PracticeReport.Section.dueSoon(due, figures: .published)
    guard case .table(let table) = published.blocks.last else {
      Issue.record("no table")
      return
    }
    #expect(
      table.rows == [
        ["Assessment", "12", "0", "12"], ["Care proceedings: s32 limit", "0", "c", "c"],
      ])
    // Nothing in the section names a child.
    let text = PracticeReport(title: "t", sections: [published]).rendered(as: .json)
    #expect(!text.contains("\"C1\"") && !text.contains("\"D\""))
    let exact = PracticeReport.Section.dueSoon(due, figures: .unsuppressed)
    guard case .table(let raw) = exact.blocks.last else { return }
    #expect(raw.rows.last == ["Care proceedings: s32 limit", "0", "1", "1"])
  }
}
