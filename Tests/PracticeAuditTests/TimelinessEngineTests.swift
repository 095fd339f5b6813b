import PracticeAudit
import Testing

@Suite("Timeliness engine")
struct TimelinessEngineTests {
  static func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  /// A 45-working-day assessment, as a test value (the statutory one belongs to PracticeLaw).
  static func assessment() throws -> Timescale {
    try Timescale(
      id: "test.assessment", title: "Assessment", trigger: "referral", target: "assessment",
      periods: [Period(45, .workingDays)],
      provenance: Provenance(.unverified, [Source(.research, title: "test fixture")]))
  }

  static let extract = """
    subject,kind,day,team,worker
    C1,referral,2024-06-03,North,W1
    C1,assessment,2024-08-05,North,W1
    C2,referral,03/06/2024,South,W2
    C2,assessment,2024-08-06,East,W3
    C3,referral,2024-06-03,,
    C4,referral,2025-01-06,North,W1
    C5,referral,2024-06-31,North,W1
    ,assessment,2024-06-03,North,W1
    C6,referral
    "C7,referral,2024-06-03,North,W1

    """

  static func log() -> EventLog {
    EventLog(
      csv: CSVReader(string: extract, options: .init(requiresUniformWidth: false)), file: "x.csv")
  }

  @Test("the event CSV is read; bad rows are reported by line and column and skipped")
  func reading() {
    let log = Self.log()
    #expect(log.events.count == 6)
    #expect(
      log.issues.map(\.description) == [
        "x.csv line 8, column day: invalidDate (expected YYYY-MM-DD or DD/MM/YYYY)",
        "x.csv line 9, column subject: missingValue",
        "x.csv line 10: raggedRow (2 fields, header has 5)",
        "x.csv line 11, column byte 1: malformedCSV (unterminatedQuotedField)",
      ])
    let missing = EventLog(csv: CSVReader(string: "subject,day\nA,2024-01-01\n"), file: "y.csv")
    #expect(missing.issues.map(\.description) == ["y.csv line 1: unrecognisedTable (lacks kind)"])
    #expect(EventLog(csv: CSVReader(string: ""), file: "z.csv").issues.map(\.rule) == [.emptyFile])
    #expect(
      EventLog(csv: CSVReader(string: "subject,kind,day\n"), file: "z.csv").issues.map(\.rule) == [
        .noRows
      ])
  }

  @Test("every subject's items: on time, late, missing and not yet due")
  func statuses() throws {
    let log = Self.log()
    // 45 working days after 3 June 2024 is 5 August; after 6 January 2025, 10 March (both
    // checked with numpy's busday_offset).
    let audit = try TimelinessAudit(
      events: log.events, timescales: [Self.assessment()], asOf: Self.day("2025-01-31"),
      calendar: .englandAndWales)
    #expect(
      audit.items.map { "\($0.subject) \($0.dueDay) \($0.status.rawValue)" } == [
        "C1 2024-08-05 onTime", "C2 2024-08-05 late", "C3 2024-08-05 missing",
        "C4 2025-03-10 notYetDue",
      ])
    let aggregates = audit.aggregates(
      from: try Self.day("2024-04-01"), through: try Self.day("2025-03-31"))
    #expect(aggregates.count == 1)
    #expect(
      aggregates.first.map { [$0.onTime, $0.late, $0.missing, $0.notYetDue, $0.due] } == [
        1, 1, 1, 1, 3,
      ])
    #expect(
      audit.aggregates(from: try Self.day("2025-04-01"), through: try Self.day("2025-04-30"))
        .isEmpty)
  }

  @Test("items are routed to the team and worker of each subject's latest event")
  func routing() throws {
    let log = Self.log()
    #expect(log.allocations["C2"] == EventLog.Allocation(team: "East", worker: "W3"))
    #expect(log.allocations["C3"] == nil)
    let audit = try TimelinessAudit(
      events: log.events, timescales: [Self.assessment()], asOf: Self.day("2025-01-31"),
      calendar: .englandAndWales)
    let byTeam = audit.routed(by: log.allocations, \.team)
    #expect(byTeam["North"]?.map(\.subject) == ["C1", "C4"])
    #expect(byTeam["East"]?.map(\.subject) == ["C2"])
    #expect(byTeam[nil]?.map(\.subject) == ["C3"])
    #expect(audit.routed(by: log.allocations, \.worker)["W3"]?.count == 1)
  }

  @Test("aggregates are published with disclosure control, secondary suppression included")
  func disclosure() throws {
    var aggregate = TimelinessAggregate(
      measure: "m", first: try Self.day("2024-04-01"), last: try Self.day("2025-03-31"))
    aggregate.onTime = 40
    aggregate.late = 3
    aggregate.missing = 12
    let row = try aggregate.published(with: .dfe)
    #expect(row.cells.map(\.description) == ["40", "c", "c"])
    #expect(row.total.description == "55")
  }
}
