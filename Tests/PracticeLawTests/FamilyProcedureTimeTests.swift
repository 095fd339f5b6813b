import PracticeLaw
import Testing

@Suite("FPR r2.9 computation of time")
struct FamilyProcedureTimeTests {
  let time = FamilyProcedureTime()
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test(
    "at least N clear days before an event",
    arguments: [
      // law.md's worked examples: hearing on a Friday, 3 days → Monday.
      ("2026-03-06", 3, "2026-03-02"),
      // Hearing on a Monday: the weekend does not count → Tuesday of the week before.
      ("2026-03-09", 3, "2026-03-03"),
      // Easter 2026: Good Friday and Easter Monday do not count either.
      ("2026-04-08", 3, "2026-03-31"),
      // Seven days is still a short period; eight is not.
      ("2026-03-23", 7, "2026-03-11"),
      ("2026-03-23", 8, "2026-03-14"),
      // A 14-day period is not adjusted for weekends.
      ("2026-03-23", 14, "2026-03-08"),
      ("2026-03-23", 0, "2026-03-22"),
    ])
  func before(event: String, days: Int, expected: String) throws {
    #expect(try time.lastDayBefore(day(event), clearDays: days).description == expected)
  }

  @Test(
    "N days after a day",
    arguments: [
      ("2026-12-24", 7, "2027-01-07"),  // business days over Christmas and New Year
      ("2026-12-24", 8, "2027-01-01"),  // a long period counts every day, even a holiday
      ("2026-03-06", 1, "2026-03-09"),
      ("2024-02-28", 14, "2024-03-13"),  // across a leap day
    ])
  func after(start: String, days: Int, expected: String) throws {
    #expect(try time.lastDayAfter(day(start), days: days).description == expected)
  }

  @Test(
    "no later than N business days before: clear business days, the same as N days up to 7",
    arguments: [
      // Wednesday hearing, 2 business days: Monday and Tuesday clear → Sunday.
      ("2027-01-13", 2, "2027-01-10"),
      // Monday hearing: Thursday and Friday clear → Wednesday.
      ("2027-01-11", 2, "2027-01-06"),
      // Across Easter 2026 (Good Friday 3 April, Easter Monday 6 April).
      ("2026-04-08", 2, "2026-04-01"), ("2026-04-08", 7, "2026-03-25"),
      // Over Christmas 2026 (Boxing Day substitute on Monday 28 December).
      ("2026-12-30", 2, "2026-12-23"),
      // Longer than 7: still business days (the period says so).
      ("2026-03-23", 10, "2026-03-08"),
      // A leap day is an ordinary business day.
      ("2024-03-01", 1, "2024-02-28"),
    ])
  func businessDaysBefore(event: String, days: Int, expected: String) throws {
    let result = try time.lastDayBefore(day(event), clearBusinessDays: days)
    #expect(result.description == expected)
    if days <= FamilyProcedureTime.shortPeriodLimit {
      #expect(try time.lastDayBefore(day(event), clearDays: days) == result)
    }
  }

  @Test(
    "r2.9(5): an act at the court office on a closed day moves to the next open day",
    arguments: [
      ("2026-03-20", 8, false, "2026-03-28"),  // ends on a Saturday
      ("2026-03-20", 8, true, "2026-03-30"),  // → Monday
      ("2026-03-19", 15, true, "2026-04-07"),  // Good Friday, weekend, Easter Monday → Tuesday
      ("2026-12-10", 15, true, "2026-12-29"),  // Christmas, Boxing Day, Sunday, substitute
      ("2026-03-16", 8, true, "2026-03-24"),  // a Tuesday: open, unchanged
      ("2024-02-21", 8, true, "2024-02-29"),  // leap day, a Thursday
    ])
  func courtOfficeClosed(start: String, days: Int, atOffice: Bool, expected: String) throws {
    let result = try time.lastDayAfter(day(start), days: days, atCourtOffice: atOffice)
    #expect(result.description == expected)
  }

  @Test("errors: negative periods, out of range")
  func errors() throws {
    #expect(throws: FamilyProcedureTime.TimeError.negativeDays) {
      try time.lastDayBefore(day("2026-03-06"), clearDays: -1)
    }
    #expect(throws: FamilyProcedureTime.TimeError.outOfRange) {
      try time.lastDayAfter(day("2199-12-30"), days: 5)
    }
    #expect(FamilyProcedureTime.rules.count == 5)
    #expect(throws: FamilyProcedureTime.TimeError.negativeDays) {
      try time.lastDayBefore(day("2026-03-06"), clearBusinessDays: -1)
    }
  }
}

@Suite("Statutory timescales")
struct StatutoryTimescaleTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test("five timescales per Working Together edition, nine from the Care Planning Regulations")
  func counts() {
    #expect(StatutoryTimescales.workingTogether.count == 20)
    // reg 33, and reg 28's four visit timescales in two versions (as made, as amended 2015).
    #expect(StatutoryTimescales.carePlanning.count == 9)
    #expect(Set(StatutoryTimescales.all.map(\.id)).count == 29)
    #expect(StatutoryTimescales.all.allSatisfy { !$0.provenance.sources.isEmpty })
  }

  @Test(
    "the edition in force on a day",
    arguments: [
      ("2013-04-14", nil), ("2013-04-15", 2013), ("2018-07-03", 2015), ("2018-07-04", 2018),
      ("2023-12-14", 2018), ("2023-12-15", 2023), ("2026-11-24", 2023),
    ] as [(String, Int?)])
  func edition(text: String, year: Int?) throws {
    #expect(StatutoryTimescales.workingTogether(on: try day(text))?.id == year)
  }

  @Test("what is due for one child: decision overdue, assessment due next")
  func due() throws {
    let events = [CaseEvent(subject: "c1", kind: .referral, day: try day("2026-11-02"))]
    let items = try StatutoryTimescales.due(
      for: "c1", events: events, asOf: try day("2026-11-24"))
    #expect(items.map(\.timescale) == ["law.wt2023.referral-decision", "law.wt2023.assessment"])
    #expect(items.map(\.status) == [.missing, .notYetDue])
    #expect(items.map(\.dueDay.description) == ["2026-11-03", "2027-01-07"])
    let findings = StatutoryTimescales.findings(for: items)
    #expect(findings.map(\.code.rawValue) == ["law.timescale.overdue"])
    #expect(findings.first?.sources.first?.title == "Working Together to Safeguard Children 2023")
  }

  @Test("a referral on the last day of the 2018 edition follows the 2018 edition")
  func editionBoundary() throws {
    let events = [
      CaseEvent(subject: "c1", kind: .referral, day: try day("2023-12-14")),
      CaseEvent(subject: "c1", kind: .referralDecision, day: try day("2023-12-15")),
    ]
    let items = try StatutoryTimescales.due(for: "c1", events: events, asOf: try day("2023-12-20"))
    #expect(items.first?.timescale == "law.wt2018.referral-decision")
    #expect(items.first?.status == .onTime)
  }

  @Test("child protection: conference, core group, reviews; the plan's end stops the chain")
  func childProtection() throws {
    let events = [
      CaseEvent(subject: "c1", kind: .strategyDiscussion, day: try day("2026-01-05")),
      CaseEvent(subject: "c1", kind: .initialChildProtectionConference, day: try day("2026-01-26")),
      CaseEvent(subject: "c1", kind: .childProtectionPlanStarted, day: try day("2026-01-26")),
      CaseEvent(subject: "c1", kind: .coreGroupMeeting, day: try day("2026-02-10")),
      CaseEvent(subject: "c1", kind: .childProtectionReviewConference, day: try day("2026-04-27")),
      CaseEvent(subject: "c1", kind: .childProtectionPlanEnded, day: try day("2026-04-27")),
    ]
    let items = try StatutoryTimescales.due(for: "c1", events: events, asOf: try day("2026-11-24"))
    let statuses = Dictionary(uniqueKeysWithValues: items.map { ($0.timescale, $0.status) })
    // ICPC: 15 working days after 5 January is 26 January: on time.
    #expect(statuses["law.wt2023.icpc"] == .onTime)
    // Core group: 10 working days after 26 January is 9 February; held on the 10th: late.
    #expect(statuses["law.wt2023.first-core-group"] == .late)
    // Review: 3 months after 26 January is 26 April (a Sunday); held 27 April: late.
    #expect(statuses["law.wt2023.review-conferences"] == .late)
    #expect(items.count == 3)
  }

  /// The initial conference's item for the events (kinds and days), as of 30 June 2024.
  func conference(_ events: [(EventKind, String)]) throws -> [DueItem] {
    let log = try events.map { CaseEvent(subject: "c1", kind: $0.0, day: try day($0.1)) }
    return try StatutoryTimescales.due(for: "c1", events: log, asOf: try day("2024-06-30"))
      .filter { $0.timescale == "law.wt2023.icpc" }
  }

  @Test(
    "ICPC clock: 15 working days from the discussion that initiated the s47 enquiry",
    arguments: [
      // Issue 15: discussions 4 and 18 March 2024, conference 4 April: due 25 March, late.
      ("2024-04-04", "2024-03-25", DueItem.Status.late),
      // The due day itself, and the day after it.
      ("2024-03-25", "2024-03-25", .onTime), ("2024-03-26", "2024-03-25", .late),
    ])
  func initiatingDiscussion(held: String, due: String, status: DueItem.Status) throws {
    let items = try conference([
      (.section47StrategyDiscussion, "2024-03-04"), (.strategyDiscussion, "2024-03-18"),
      (.initialChildProtectionConference, held),
    ])
    #expect(items.map(\.dueDay.description) == [due])
    #expect(items.map(\.status) == [status])
  }

  @Test(
    "ICPC clock: unmarked discussions, a later initiating one, a new enquiry after a conference")
  func initiatingDiscussionEpisodes() throws {
    // Unmarked: each discussion restarts the clock (the documented convention). From 18 March
    // 2024, 15 working days skip Good Friday and Easter Monday: 10 April.
    let unmarked = try conference([
      (.strategyDiscussion, "2024-03-04"), (.strategyDiscussion, "2024-03-18"),
      (.initialChildProtectionConference, "2024-04-04"),
    ])
    #expect(unmarked.map(\.dueDay.description) == ["2024-04-10"])
    #expect(unmarked.map(\.status) == [.onTime])
    // The enquiry was initiated at the second discussion: the first owes nothing.
    let later = try conference([
      (.strategyDiscussion, "2024-03-04"), (.section47StrategyDiscussion, "2024-03-18"),
      (.initialChildProtectionConference, "2024-04-10"),
    ])
    #expect(later.map(\.dueDay.description) == ["2024-04-10"])
    #expect(later.map(\.status) == [.onTime])
    // A discussion after the conference is a new episode and starts its own clock.
    let again = try conference([
      (.section47StrategyDiscussion, "2024-03-04"),
      (.initialChildProtectionConference, "2024-03-20"), (.strategyDiscussion, "2024-05-01"),
    ])
    // From 1 May 2024, the early May bank holiday (6 May) does not count: 23 May.
    #expect(again.map(\.dueDay.description) == ["2024-03-25", "2024-05-23"])
    #expect(again.map(\.status) == [.onTime, .missing])
  }

  @Test("looked-after reviews and visits from the Care Planning Regulations")
  func lookedAfter() throws {
    let events = [
      CaseEvent(subject: "c1", kind: .startedLookedAfter, day: try day("2026-01-05")),
      CaseEvent(subject: "c1", kind: .placementStarted, day: try day("2026-01-05")),
      CaseEvent(subject: "c1", kind: .statutoryVisit, day: try day("2026-01-12")),
      CaseEvent(subject: "c1", kind: .lookedAfterReview, day: try day("2026-02-02")),
    ]
    let items = try StatutoryTimescales.due(for: "c1", events: events, asOf: try day("2026-03-01"))
    let byID = Dictionary(grouping: items, by: \.timescale)
    #expect(byID["law.cpr2010.reg33.reviews"]?.map(\.status) == [.onTime, .notYetDue])
    // Visit within one week of 5 January (the 12th is the last day), then six weeks: missed.
    #expect(byID["law.cpr2015.reg28.visits"]?.map(\.status) == [.onTime, .missing])
    #expect(byID["law.cpr2015.reg28.visits"]?.last?.dueDay == (try day("2026-02-23")))
  }
}

extension StatutoryTimescaleTests {
  /// The reg 28 visit items for `events`, as of 30 June of the first event's year + 1.
  func visits(_ events: [(EventKind, String)], asOf: String) throws -> [DueItem] {
    let log = try events.map { CaseEvent(subject: "c1", kind: $0.0, day: try day($0.1)) }
    return try StatutoryTimescales.due(for: "c1", events: log, asOf: try day(asOf))
      .filter { $0.timescale.contains(".reg28.") }
  }

  @Test(
    "reg 28 versioned: 31 March 2015 follows the text as made, 1 April 2015 the amended one",
    arguments: [
      ("2015-03-31", "law.cpr2010.reg28.visits", Verification.verified),
      ("2015-04-01", "law.cpr2015.reg28.visits", .secondary),
      ("2011-04-01", "law.cpr2010.reg28.visits", .verified),
    ])
  func reg28Versions(started: String, id: String, tag: Verification) throws {
    let items = try visits([(.placementStarted, started)], asOf: "2030-01-01")
    #expect(Set(items.map(\.timescale)) == [id])
    let timescale = try #require(StatutoryTimescales.all.first { $0.id == id })
    #expect(timescale.provenance.verification == tag)
    // Within one week of the start: the seventh day after it.
    #expect(items.first?.dueDay == (try day(started)).advanced(by: 7))
    // Before the regulations were in force there is nothing to visit by.
    #expect(try visits([(.placementStarted, "2011-03-31")], asOf: "2012-01-01").isEmpty)
  }

  @Test("reg 28(4): weekly visits under an interim care order at home, until the first review")
  func reg28InterimCareOrderAtHome() throws {
    // ICO Monday 2 March 2026: visits by 9 March, then weekly from each visit; the review on
    // 27 March ends the weekly chain (the four-weekly phase after it is not a timescale).
    let items = try visits(
      [
        (.interimCareOrderChildLivingWithParent, "2026-03-02"), (.statutoryVisit, "2026-03-09"),
        (.statutoryVisit, "2026-03-17"), (.statutoryVisit, "2026-03-24"),
        (.lookedAfterReview, "2026-03-27"),
      ], asOf: "2026-06-30")
    #expect(
      items.map(\.timescale).allSatisfy {
        $0 == "law.cpr2015.reg28.visits-interim-care-order-at-home"
      })
    // 9 March on the day; 17 March one day after the 16th: late; 24 March on time.
    #expect(items.map(\.dueDay.description) == ["2026-03-09", "2026-03-16", "2026-03-24"])
    #expect(items.map(\.status) == [.onTime, .late, .onTime])
    // Without a review the weekly visits keep falling due: missing after the 31st.
    let open = try visits(
      [(.interimCareOrderChildLivingWithParent, "2026-03-02"), (.statutoryVisit, "2026-03-09")],
      asOf: "2026-03-20")
    #expect(open.map(\.status) == [.onTime, .missing])
    #expect(
      ProvisionCatalogue.provision("cpr2010.reg28", on: CalendarDay(2015, 3, 31))?.provenance
        .verification == .verified)
    #expect(
      ProvisionCatalogue.provision("cpr2010.reg28", on: CalendarDay(2015, 4, 1))?.provenance
        .verification == .secondary)
  }
}

@Suite("Provisions catalogue")
struct ProvisionCatalogueTests {
  @Test("s32(1)(a): the text that applied on each side of 22 April 2014")
  func versions() {
    let before = ProvisionCatalogue.provision("ca1989.s32.1.a", on: CalendarDay(2014, 4, 21))
    let after = ProvisionCatalogue.provision("ca1989.s32.1.a", on: CalendarDay(2014, 4, 22))
    #expect(before?.shortTitle == "Timetable without delay")
    #expect(after?.shortTitle == "Timetable: 26 weeks")
    #expect(ProvisionCatalogue.versions(of: "ca1989.s32.1.a").count == 2)
    #expect(ProvisionCatalogue.provision("ca1989.s32.1.a", on: CalendarDay(1991, 10, 13)) == nil)
    #expect(
      ProvisionCatalogue.provision("ca1989.s38.4", on: CalendarDay(2014, 4, 21))?.shortTitle
        == "Interim orders: 8 then 4 weeks")
  }

  @Test("every provision the issue lists is catalogued, each with a source; fact ids are unique")
  func catalogue() {
    let ids = Set(ProvisionCatalogue.all.map(\.id))
    for id in [
      "ca1989.s1.1", "ca1989.s1.2", "ca1989.s1.3", "ca1989.s1.5", "ca1989.s17.10", "ca1989.s20.1",
      "ca1989.s31.2", "ca1989.s31.3", "ca1989.s32.1.a", "ca1989.s38.4", "ca1989.s43.5",
      "ca1989.s44.1", "ca1989.s45", "ca1989.s46.6", "ca1989.s47.1", "ca1989.sch3.6",
      "cafa2014.s13", "cafa2014.s14", "aca2002.s21", "fpr2010.r2.3", "fpr2010.r2.9",
      "cpr2010.reg28", "cpr2010.reg33", "cpr2010.reg48", "uncrc.art2", "uncrc.art3",
      "uncrc.art6", "uncrc.art12",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
    #expect(ProvisionCatalogue.all.count == 36)
    #expect(ProvisionCatalogue.all.allSatisfy { !$0.provenance.sources.isEmpty })
    let facts = ProvisionCatalogue.facts
    #expect(Set(facts.map(\.id)).count == facts.count)
    #expect(
      ProvisionCatalogue.inForce(on: CalendarDay(2010, 1, 1)).allSatisfy {
        !$0.id.hasPrefix("cpr2010") && !$0.id.hasPrefix("fpr2010")
      })
  }

  @Test("the law domain's facts have unique ids and its timescales are the statutory ones")
  func domain() throws {
    let domain = LawDomain()
    #expect(Set(domain.facts.map(\.id)).count == domain.facts.count)
    #expect(domain.timescales.count == StatutoryTimescales.all.count)
    #expect(domain.sources.contains { $0.title == "Children Act 1989" })
    let registry = try PracticeRegistry([CoreDomain(), domain])
    #expect(registry.timescale("law.cpr2010.reg33.reviews") != nil)
  }
}
