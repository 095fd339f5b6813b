import Foundation
import PracticeCore
import PracticeTestSupport
import Testing

@Suite("Timescales and events")
struct TimescaleTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  /// A test timescale shaped like the looked-after review chain (20 working days, 3 months,
  /// then every 6 months); the statutory content itself belongs to PracticeLaw.
  func reviews() throws -> Timescale {
    try Timescale(
      id: "test.reviews", title: "Reviews", trigger: "startedLookedAfter", target: "review",
      periods: [Period(20, .workingDays), Period(3, .months), Period(6, .months)],
      repeatsLast: true, endsOn: ["ceasedLookedAfter"],
      provenance: Provenance(.unverified, [Source(.research, title: "test fixture")]))
  }

  @Test("a chain restarts from the actual day of the previous event")
  func chain() throws {
    let timescale = try reviews()
    let calendar = WorkingCalendar.englandAndWales
    #expect(
      try timescale.dueDay(forItem: 0, from: day("2026-12-01"), calendar: calendar)?.description
        == "2026-12-31")
    #expect(
      try timescale.dueDay(forItem: 1, from: day("2027-01-04"), calendar: calendar)?.description
        == "2027-04-04")
    #expect(
      try timescale.dueDay(forItem: 2, from: day("2027-03-31"), calendar: calendar)?.description
        == "2027-09-30")
    #expect(
      try timescale.dueDay(forItem: 7, from: day("2028-08-31"), calendar: calendar)?.description
        == "2029-02-28")
    #expect(timescale.period(forItem: -1) == nil)
  }

  @Test("a non-repeating timescale ends")
  func single() throws {
    let timescale = try Timescale(
      id: "test.once", title: "Once", trigger: "referral", target: "assessment",
      periods: [Period(45, .workingDays)], provenance: Provenance(.unverified, []))
    #expect(timescale.period(forItem: 0) != nil)
    #expect(timescale.period(forItem: 1) == nil)
    #expect(try timescale.dueDay(forItem: 1, from: day("2026-01-01"), calendar: nil) == nil)
    #expect(throws: Period.PeriodError.needsWorkingCalendar) {
      try timescale.dueDay(forItem: 0, from: day("2026-01-01"), calendar: nil)
    }
  }

  @Test("invalid timescales are rejected")
  func invalid() throws {
    #expect(throws: Timescale.ValidationError.noPeriods) {
      try Timescale(
        id: "x", title: "x", trigger: "a", target: "b", periods: [],
        provenance: Provenance(.unverified, []))
    }
    #expect(throws: Timescale.ValidationError.periodInHours) {
      try Timescale(
        id: "x", title: "x", trigger: "a", target: "b", periods: [Period(72, .hours)],
        provenance: Provenance(.unverified, []))
    }
  }

  @Test("an initiating trigger: later plain triggers in its episode do not restart the clock")
  func initiating() throws {
    let timescale = try Timescale(
      id: "t", title: "t", trigger: "discussion", target: "conference",
      periods: [Period(10, .days)], initiatingTrigger: "initiating",
      provenance: Provenance(.unverified, []))
    func statuses(_ events: [(EventKind, String)]) throws -> [String] {
      let log = try events.map { CaseEvent(subject: "s", kind: $0.0, day: try day($0.1)) }
      return try timescale.schedule(
        for: "s", events: log, asOf: try day("2026-12-31"), calendar: nil
      )
      .map { "\($0.dueDay) \($0.status.rawValue)" }
    }
    // Counted from the initiating trigger, whether the plain one is later or on the same day.
    #expect(
      try statuses([
        ("initiating", "2026-01-01"), ("discussion", "2026-01-05"), ("conference", "2026-01-12"),
      ])
        == ["2026-01-11 late"])
    #expect(
      try statuses([
        ("discussion", "2026-01-01"), ("initiating", "2026-01-01"), ("conference", "2026-01-11"),
      ])
        == ["2026-01-11 onTime"])
    // Without an initiating event every trigger restarts the clock, as before.
    #expect(
      try statuses([
        ("discussion", "2026-01-01"), ("discussion", "2026-01-05"), ("conference", "2026-01-12"),
      ])
        == ["2026-01-15 onTime"])
    // A target closes the episode: a later plain trigger starts a chain of its own.
    #expect(
      try statuses([
        ("initiating", "2026-01-01"), ("conference", "2026-01-05"), ("discussion", "2026-02-01"),
      ])
        == ["2026-01-11 onTime", "2026-02-11 missing"])
    #expect(timescale.clockStart == "initiating")
    #expect(try checkCodableRoundTrip(timescale).contains(#""initiatingTrigger":"initiating""#))
    // A timescale without one is written as before (the key is absent) and reads back as nil.
    #expect(!(try checkCodableRoundTrip(try reviews()).contains("initiatingTrigger")))
  }

  @Test("events and timescales are Codable with stable keys")
  func codable() throws {
    let event = CaseEvent(subject: "C1", kind: "review", day: try day("2026-01-05"))
    let json = try checkCodableRoundTrip(event)
    #expect(json == #"{"day":"2026-01-05","kind":"review","subject":"C1"}"#)
    try checkCodableRoundTrip(try reviews())
    let events = [
      CaseEvent(subject: "B", kind: "a", day: try day("2026-01-01")),
      CaseEvent(subject: "A", kind: "b", day: try day("2026-01-02")),
      CaseEvent(subject: "A", kind: "a", day: try day("2026-01-02")),
    ]
    checkComparable(ascending: events.sorted())
    #expect(events.sorted().map(\.subject) == ["A", "A", "B"])
  }
}

@Suite("Findings")
struct FindingTests {
  func sample() throws -> FindingReport {
    let source = Source(.statute, title: "Children Act 1989", locator: "s32(1)(a)(ii)")
    return FindingReport(
      title: "Care proceedings",
      findings: [
        Finding(
          code: FindingCode(rawValue: "test.info"), severity: .information, message: "Issued"),
        Finding(
          code: FindingCode(rawValue: "law.s32.overdue"), severity: .breach,
          message: "Proceedings | past 26 weeks",
          subject: "case-7", dueDay: try CalendarDay(iso8601: "2024-07-09"),
          actualDay: try CalendarDay(iso8601: "2024-08-01"), sources: [source]),
        Finding(
          code: FindingCode(rawValue: "test.concern"), severity: .concern,
          message: "No allocation recorded",
          subject: "case-2"),
      ])
  }

  @Test("severity order")
  func severity() {
    checkComparable(ascending: FindingSeverity.allCases)
  }

  @Test("text: most severe first, in people's words (the message, never the code)")
  func text() throws {
    #expect(
      try sample().rendered(as: .text) == """
        Care proceedings
        ================
        3 findings: 1 breach, 1 concern, 1 information

        Findings
        --------
        3 findings: 1 breach, 1 concern, 1 information:
          Finding                      Severity     About   Due         Held        Sources
          Proceedings | past 26 weeks  breach       case-7  2024-07-09  2024-08-01  Children Act 1989, s32(1)(a)(ii)
          No allocation recorded       concern      case-2
          Issued                       information

        """)
    #expect(!(try sample().rendered(as: .text).contains("law.s32")))
  }

  @Test("Markdown, CSV and HTML are the same report; an empty report says so")
  func otherFormats() throws {
    let markdown = try sample().rendered(as: .markdown)
    #expect(
      markdown.hasPrefix("# Care proceedings\n\n3 findings: 1 breach, 1 concern, 1 information"))
    #expect(
      markdown.contains(
        "| Proceedings \\| past 26 weeks | breach | case-7 | 2024-07-09 | 2024-08-01 | Children Act 1989, s32(1)(a)(ii) |"
      ))
    let csv = try sample().rendered(as: .csv)
    #expect(csv.hasPrefix("section,item,row,column,value\n"))
    #expect(
      csv.contains("Findings,\"3 findings: 1 breach, 1 concern, 1 information\",1,Due,2024-07-09\n")
    )
    #expect(
      try sample().rendered(as: .html).contains(
        "<th scope=\"row\">Proceedings | past 26 weeks</th>"))
    for format in FindingReport.Format.allCases where format != .json {
      #expect(!(try sample().rendered(as: format).contains("test.concern")), "\(format)")
      #expect(
        FindingReport(title: "Empty", findings: []).rendered(as: format).contains("No findings."),
        "\(format)")
    }
  }

  @Test("JSON has a schema version and decodes back")
  func json() throws {
    let report = try sample()
    let text = report.rendered(as: .json)
    #expect(text.contains(#""schemaVersion" : 1"#))
    struct Document: Decodable {
      let schemaVersion: Int
      let title: String
      let findings: [Finding]
    }
    let decoded = try decodeJSON(Document.self, from: text)
    #expect(decoded.findings == report.findings)
    #expect(decoded.findings.first?.dueDay?.description == "2024-07-09")
  }
}

@Suite("Registry")
struct RegistryTests {
  struct CouncilDomain: PracticeDomain {
    var id: DomainID { "council" }
    var title: String { "A council's audit tool" }
    var summary: String { "Local closure days and a local timescale." }
    var facts: [Fact] {
      [
        Fact(
          id: "council.closure", statement: "Offices close on 29 December",
          provenance: Provenance(.unverified, [Source(.guidance, title: "Council intranet")]))
      ]
    }
  }

  @Test("keeps registration order and rejects duplicate ids")
  func order() throws {
    let registry = try PracticeRegistry([CoreDomain(), CouncilDomain()])
    #expect(registry.domains.map(\.id) == ["core", "council"])
    #expect(registry.domain("council")?.title == "A council's audit tool")
    #expect(registry.domain("missing") == nil)
    #expect(throws: PracticeRegistry.RegistryError.duplicateDomain("council")) {
      try registry.adding(CouncilDomain())
    }
    #expect(PracticeRegistry.empty.domains.isEmpty)
  }

  @Test("lists facts, unverified facts, sources and calendars")
  func contents() throws {
    let registry = try PracticeRegistry([CoreDomain(), CouncilDomain()])
    #expect(registry.unverifiedFacts.contains { $0.id == "council.closure" })
    #expect(registry.unverifiedFacts.allSatisfy { $0.provenance.verification != .verified })
    #expect(registry.facts.count == registry.domains.map(\.facts.count).reduce(0, +))
    #expect(Set(registry.sources).count == registry.sources.count)
    #expect(registry.calendar("england-and-wales")?.name == "England and Wales")
    #expect(registry.calendars.map(\.id) == ["england-and-wales", "scotland", "northern-ireland"])
    #expect(registry.timescales.isEmpty)
  }
}

@Suite("Finding codes")
struct FindingCodeTests {
  @Test("a code is its raw value in JSON, alone and as a dictionary key")
  func json() throws {
    let code = FindingCode(rawValue: "local.visits.overdue")
    let finding = Finding(code: code, severity: .concern, message: "A visit is overdue.")
    #expect(JSONOutput.text(finding).contains(#""code" : "local.visits.overdue""#))
    #expect(JSONOutput.text([code: 2]).contains(#""local.visits.overdue" : 2"#))
    let decoded = try JSONDecoder().decode(Finding.self, from: Data(JSONOutput.text(finding).utf8))
    #expect(decoded.code == code)
    #expect(code.description == "local.visits.overdue")
    #expect(FindingCode(rawValue: "a.b") < FindingCode(rawValue: "a.c"))
  }
}
