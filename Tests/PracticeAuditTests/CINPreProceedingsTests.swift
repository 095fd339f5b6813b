import PracticeAudit
import Testing

@Suite("CIN census pre-proceedings (PreProceedingsandFGDM)")
struct CINPreProceedingsTests {
  /// Reads and audits the pre-proceedings fixture (census year 2026/27).
  static func auditFixture() throws -> (CINTimelinessAudit, CINCensusReader, [CINChild]) {
    var reader = try CINCensusReader(
      contentsOfFile: CINTestSupport.fixture("census-2026-preproceedings.xml"))
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2027), timescales: try CINTestSupport.timescales(),
      keepsCases: true)
    let children = try CINTestSupport.readAll(&reader)
    for child in children { audit.add(child) }
    audit.check(reader.header)
    return (audit, reader, children)
  }

  @Test("every element of the block is read")
  func reading() throws {
    let (_, _, children) = try Self.auditFixture()
    let block = try #require(children.first?.referrals.first?.preProceedings.first)
    #expect(block.started == CalendarDay(2026, 5, 4))
    #expect(block.letterBeforeProceedings == CalendarDay(2026, 5, 6))
    #expect(block.familyMeetingOffered == true)
    #expect(block.familyMeetingHeld == true)
    #expect(block.firstMeeting == CalendarDay(2026, 5, 14))
    #expect(block.reviewMeetings == 2)
    #expect(block.decided == CalendarDay(2026, 8, 23))
    #expect(block.outcome == "A")
    #expect(block.courtApplication == CalendarDay(2026, 8, 30))
    #expect(block.proceedingsLetter == CalendarDay(2026, 9, 1))
    #expect(block.ended == CalendarDay(2026, 8, 23))
    #expect(block.location == XMLLocation(line: 17, column: 9))
    let third = try #require(children[2].referrals.first?.preProceedings)
    #expect(third.count == 2)
    let seventh = try #require(children[5].referrals.first?.preProceedings.first)
    // No decision recorded: the court application ends pre-proceedings.
    #expect(seventh.decided == nil)
    #expect(seventh.ended == CalendarDay(2026, 11, 2))
  }

  @Test("16 weeks beginning with the start: the last day on time, the day after, open, before")
  func timeliness() throws {
    let (audit, _, _) = try Self.auditFixture()
    let counts = try #require(audit.counts[.preProceedings])
    // Started Mon 4 May 2026: the 16 weeks end on Sun 23 August (day 112). P1 decided that day
    // (on time), P2 on 24 August (late). P3's of 1 June is open past 20 September (missing);
    // its second, of 4 January 2027, is due 25 April 2027 (not yet due). P7's ended with the
    // court application 32 days on (on time). P5's ended before the year (not counted); P6's
    // decision is before its start (not measurable). The repeated P1 is not counted.
    #expect(counts.onTime == 2)
    #expect(counts.late == 1)
    #expect(counts.missing == 1)
    #expect(counts.notYetDue == 1)
    #expect(counts.notMeasurable == 1)
    #expect(counts.due == 4)
    let cases = audit.cases.filter { $0.measure == .preProceedings }
    #expect(cases.map(\.child) == ["P2", "P3"])
    #expect(cases.map(\.due) == [CalendarDay(2026, 8, 23), CalendarDay(2026, 9, 20)])
    #expect(cases.map(\.held) == [CalendarDay(2026, 8, 24), nil])
    #expect(cases.map(\.status) == [.late, .missing])
  }

  @Test("the year's pre-proceedings: started, ended, court applications, letters, FGDM")
  func summary() throws {
    let (audit, _, _) = try Self.auditFixture()
    let blocks = audit.preProceedings
    #expect(blocks.recorded == 7)
    #expect(blocks.inYear == 5)
    #expect(blocks.started == 5)
    #expect(blocks.ended == 3)
    #expect(blocks.endedInCourtApplication == 2)
    #expect(blocks.letterSent == 2)
    #expect(blocks.familyMeetingOffered == 1)
    #expect(blocks.familyMeetingHeld == 1)
    #expect(audit.children == 6)
  }

  @Test("bad values and order are data-quality findings, never echoing the value")
  func dataQuality() throws {
    let (audit, reader, _) = try Self.auditFixture()
    var log = reader.dataQuality
    log.merge(audit.dataQuality)
    #expect(log.counts[.invalidValue] == 2)
    #expect(log.counts[.invalidFlag] == 1)
    #expect(log.counts[.beforeItsStart] == 1)
    #expect(log.counts[.repeatedChild] == 1)
    #expect(log.total == 5)
    let elements = log.findings.map(\.element)
    #expect(
      elements == [
        "PreProceedingsandFGDM/FGDMMeetingOffer", "PreProceedingsandFGDM/ReviewMeetingsCount",
        "PreProceedingsandFGDM/PPOutcome", "PreProceedingsandFGDM/StepDecisionDate",
        "ChildIdentifiers/LAchildID",
      ])
    #expect(log.findings.map(\.location.line) == [68, 69, 71, 66, 85])
    for finding in log.findings {
      for value in ["maybe", "two", ">Z<", "P1", "P6"] {
        #expect(!finding.description.contains(value))
      }
    }
  }

  @Test("a block without PPStartDate is reported and not measured")
  func missingStart() throws {
    var reader = CINCensusReader(
      string: """
        <Message><Children><Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers>
        <CINdetails><CINreferralDate>2026-05-01</CINreferralDate>
        <PreProceedingsandFGDM><StepDecisionDate>2026-06-01</StepDecisionDate></PreProceedingsandFGDM>
        </CINdetails></Child></Children></Message>
        """)
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2027), timescales: try CINTestSupport.timescales())
    for child in try CINTestSupport.readAll(&reader) { audit.add(child) }
    #expect(reader.dataQuality.counts[.missingDate] == 1)
    #expect(reader.dataQuality.findings.first?.element == "PreProceedingsandFGDM/PPStartDate")
    #expect(audit.counts[.preProceedings]?.notMeasurable == 1)
    #expect(audit.preProceedings.recorded == 1)
    #expect(audit.preProceedings.inYear == 0)
  }

  @Test("without a pre-proceedings timescale the blocks are counted but not measured")
  func noTimescale() throws {
    let full = try CINTestSupport.timescales()
    let timescales = CINTimescales(
      assessments: full.assessments, initialConferences: full.initialConferences,
      reviewConferences: full.reviewConferences)
    var audit = CINTimelinessAudit(year: try CollectionYear(endingIn: 2027), timescales: timescales)
    var reader = try CINCensusReader(
      contentsOfFile: CINTestSupport.fixture("census-2026-preproceedings.xml"))
    for child in try CINTestSupport.readAll(&reader) { audit.add(child) }
    #expect(audit.preProceedings.inYear == 5)
    let counts = try #require(audit.counts[.preProceedings])
    #expect(counts.due == 0)
    #expect(counts.notYetDue == 0)
    // Only P6's, whose decision is before its start.
    #expect(counts.notMeasurable == 1)
  }
}
