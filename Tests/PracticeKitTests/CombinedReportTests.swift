import PracticeKit
import Testing

@Suite("The combined report")
struct CombinedReportTests {
  static let day = CalendarDay(2026, 11, 24)

  @Test("a synthetic authority gives every section in order, the same for the same seed")
  func synthetic() throws {
    let authority = SyntheticAuthority(children: 250, seed: 9, reportDay: Self.day)
    let report = try CombinedReport.build(try CombinedReport.inputs(for: authority))
    #expect(
      report.sections.map(\.id) == [
        "proceedings", "timeliness", "data-quality", "due", "case-audits", "relationships",
        "workforce", "telecare", "unverified",
      ])
    let again = try CombinedReport.build(try CombinedReport.inputs(for: authority))
    #expect(report == again)
    #expect(try authority.collectionYear().description == "2025/26")
    #expect(try authority.collectionYear().description.contains("2025"))
  }

  @Test("sections without data are left out; workforce and unverified facts always appear")
  func minimal() throws {
    let report = try CombinedReport.build(.init(title: "t", reportDay: Self.day))
    #expect(report.sections.map(\.id) == ["workforce", "unverified"])
  }

  @Test("the unverified facts listed are those of the domains behind the sections shown")
  func unverifiedFollowsSections() throws {
    let registry = PracticeRegistry.standard
    func unverified(_ domain: DomainID) -> [Fact] {
      registry.domains.filter { $0.id == domain }.flatMap(\.facts)
        .filter { $0.provenance.verification == .unverified }
    }
    let minimal = try CombinedReport.build(.init(title: "t", reportDay: Self.day))
    let text = minimal.rendered(as: .text)
    // Workforce (education) and core are behind it; law, audit and telecare are not.
    for fact in unverified("education") + unverified("core") {
      #expect(text.contains("[U] \(fact.id): "))
    }
    for domain: DomainID in ["law", "telecare"] {
      let facts = unverified(domain)
      #expect(!facts.isEmpty)
      for fact in facts { #expect(!text.contains("[U] \(fact.id): ")) }
      #expect(text.contains("(`practice sources --domain \(domain) --tag U`)"))
    }
    let full = try CombinedReport.build(
      try CombinedReport.inputs(
        for: SyntheticAuthority(children: 250, seed: 9, reportDay: Self.day)))
    let all = full.rendered(as: .text)
    for fact in registry.facts where fact.provenance.verification == .unverified {
      #expect(all.contains("[U] \(fact.id): "))
    }
    #expect(!all.contains("Not listed, as no section shown draws on them"))
  }

  @Test("proceedings from a return: periods found, episodes joined, measured as of the year end")
  func proceedingsFromReturn() throws {
    let year = try CollectionYear(endingIn: 2025)
    let episodes = [
      // Child A: s20, then an ICO, then a care order 20 weeks after the ICO.
      SSDA903.Episode(
        child: "A", start: CalendarDay(2024, 5, 1), end: CalendarDay(2024, 6, 3),
        reasonNew: "S", legalStatus: "V2", reasonCeased: "X1"),
      SSDA903.Episode(
        child: "A", start: CalendarDay(2024, 6, 3), end: CalendarDay(2024, 10, 21),
        reasonNew: "L", legalStatus: "C1", reasonCeased: "X1"),
      SSDA903.Episode(
        child: "A", start: CalendarDay(2024, 10, 21), reasonNew: "L", legalStatus: "C2"),
      // Child B: an ICO still open at the year's end, begun more than 26 weeks before it.
      SSDA903.Episode(
        child: "B", start: CalendarDay(2024, 7, 1), reasonNew: "S", legalStatus: "C1"),
      // Child C: accommodated under s20 only.
      SSDA903.Episode(
        child: "C", start: CalendarDay(2024, 7, 1), reasonNew: "S", legalStatus: "V2"),
    ]
    let summary = CombinedReport.proceedings(
      SSDA903.Return(year: year, episodes: episodes), reportDay: CalendarDay(2025, 3, 31))
    #expect(summary.estimated == 2)
    #expect(summary.concluded == 1)
    #expect(summary.concludedWithin26Weeks == 1)
    #expect(summary.meanWeeks == 20)
    #expect(summary.open == 1)
    #expect(summary.openPastDeadline == 1)
  }
}

@Suite("The combined report in people's words")
struct ReportLabelTests {
  @Test("no finding code, criterion id or device id in the text report; every code labelled")
  func labels() throws {
    let authority = SyntheticAuthority(children: 250, seed: 9, reportDay: CombinedReportTests.day)
    let inputs = try CombinedReport.inputs(for: authority)
    // The unverified-facts list names facts by their ids, as `practice sources` does: left out.
    var report = try CombinedReport.build(inputs)
    report.sections.removeAll { $0.id == "unverified" }
    let text = report.rendered(as: .text)
    let cycle = try #require(inputs.caseAudits)
    let codes = Set(cycle.findings(asOf: CombinedReportTests.day).map(\.code))
    #expect(!codes.isEmpty)
    for code in codes {
      #expect(AuditCycle.findingLabels[code] != nil, "\(code) has no label")
      #expect(!text.contains(code.rawValue))
    }
    for criterion in RelationshipPractice.framework.criteria {
      #expect(criterion.label != nil)
      #expect(!text.contains("  \(criterion.id) "))
    }
    for device in ["smokeDetector", "exitSensor", "gpsLocator", "fallDetector"] {
      #expect(!text.contains(device))
    }
    for measure: CaseloadMeasure in [.assessment, .cpReview, .lookedAfterReview, .s32Limit] {
      #expect(!text.contains("  \(measure.rawValue) "))
    }
    #expect(text.contains("Child protection review conference"))
    for check in SSDA903.checksApplied.checks + CINDataRule.checksApplied.checks {
      #expect(!text.contains("\(check.rule):"))
      #expect(text.contains(check.plainDescription))
    }
    #expect(text.contains("Respectful communication"))
    #expect(text.contains("Smoke detector (linked)"))
  }
}
