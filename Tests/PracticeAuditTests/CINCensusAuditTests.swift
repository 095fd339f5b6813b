import PracticeAudit
import Testing

@Suite("CIN census timeliness")
struct CINCensusAuditTests {
  /// Reads and audits the project's fixture (census year 2024/25, England and Wales days).
  static func auditFixture() throws -> (CINTimelinessAudit, CINCensusReader) {
    var reader = try CINCensusReader(contentsOfFile: CINTestSupport.fixture("census-2024.xml"))
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2025), timescales: try CINTestSupport.timescales(),
      keepsCases: true)
    for child in try CINTestSupport.readAll(&reader) { audit.add(child) }
    audit.check(reader.header)
    return (audit, reader)
  }

  @Test("the census year runs 1 April to 31 March")
  func censusYear() throws {
    let year = try CollectionYear(endingIn: 2025)
    #expect(year.start == CalendarDay(2024, 4, 1))
    #expect(year.end == CalendarDay(2025, 3, 31))
    #expect(year.description == "2024/25")
    #expect(year.contains(CalendarDay(2025, 3, 31)))
    #expect(!year.contains(CalendarDay(2025, 4, 1)))
    #expect(!year.contains(CalendarDay(2024, 3, 31)))
    #expect(try CollectionYear(endingIn: 2009).description == "2008/09")
  }

  @Test("assessments: due day, the day after, open and overdue, open not yet due, before the year")
  func assessments() throws {
    let (audit, _) = try Self.auditFixture()
    let counts = try #require(audit.counts[.assessments])
    // C1: referral Wed 1 May 2024; the 45th working day after it (6 and 27 May are bank
    // holidays) is Fri 5 July: authorised that day on time, on Mon 8 July late. C2: open at the
    // year's end, due 24 March 2025 (missing) and 14 April 2025 (not yet due). C3's assessment was
    // authorised before the year (not counted); C6's referral date is invalid (not measurable).
    #expect(counts.onTime == 1)
    #expect(counts.late == 1)
    #expect(counts.missing == 1)
    #expect(counts.notYetDue == 1)
    #expect(counts.notMeasurable == 1)
    #expect(counts.due == 3)
    let late = audit.cases.filter { $0.measure == .assessments }
    #expect(late.map(\.child) == ["C1", "C2"])
    #expect(late.map(\.due) == [CalendarDay(2024, 7, 5), CalendarDay(2025, 3, 24)])
    #expect(late.map(\.held) == [CalendarDay(2024, 7, 8), nil])
    #expect(late.map(\.status) == [.late, .missing])
    #expect(late.map(\.item) == [2, 1])
  }

  @Test("initial conferences: across Christmas, the episode-level date, not owed, missing")
  func initialConferences() throws {
    let (audit, _) = try Self.auditFixture()
    let counts = try #require(audit.counts[.initialConferences])
    // S47 started Mon 16 Dec 2024: 15 working days (25, 26 Dec and 1 Jan are holidays) end on
    // Thu 9 Jan 2025. C4's conference is recorded on the episode (9 Jan: on time); C3's was on
    // 10 Jan (late); C4's enquiry of 13 Jan has a target and no conference by 3 Feb (missing);
    // one enquiry has ICPCnotRequired, one neither a target nor a conference (not owed).
    #expect(counts.onTime == 1)
    #expect(counts.late == 1)
    #expect(counts.missing == 1)
    #expect(counts.notRequired == 2)
    let cases = audit.cases.filter { $0.measure == .initialConferences }
    #expect(cases.map(\.due) == [CalendarDay(2025, 1, 9), CalendarDay(2025, 2, 3)])
    #expect(cases.map(\.status) == [.late, .missing])
    #expect(cases.map(\.item) == [1, 4])
  }

  @Test("review conferences: a late first review moves the chain; 31 August to 30 November")
  func reviewConferences() throws {
    let (audit, _) = try Self.auditFixture()
    let counts = try #require(audit.counts[.reviewConferences])
    // Plan of 30 April 2024: first due 30 July, held 5 August (late); second due 5 February 2025
    // (from the actual day), held then (on time). Plan of 31 August: first due 30 November
    // (corresponding-date rule), none held (missing). Plan ended 15 August before its first
    // review was due: none owed. Plan of 10 October: a review on its start day is ignored, so
    // the first (due 10 January) is missing.
    #expect(counts.onTime == 1)
    #expect(counts.late == 1)
    #expect(counts.missing == 2)
    #expect(counts.notYetDue == 0)
    let cases = audit.cases.filter { $0.measure == .reviewConferences }
    #expect(
      cases.map(\.due) == [
        CalendarDay(2024, 7, 30), CalendarDay(2024, 11, 30), CalendarDay(2025, 1, 10),
      ])
    #expect(cases.map(\.review) == [1, 1, 1])
    #expect(cases.map(\.item) == [1, 2, 4])
  }

  @Test("data-quality findings name the rule, element and place, and reading goes on")
  func dataQuality() throws {
    let (audit, reader) = try Self.auditFixture()
    #expect(reader.childCount == 6)
    var log = reader.dataQuality
    log.merge(audit.dataQuality)
    #expect(log.counts[.strayText] == 1)
    #expect(log.counts[.invalidDate] == 1)
    #expect(log.counts[.invalidFlag] == 1)
    #expect(log.counts[.repeatedElement] == 1)
    #expect(log.counts[.missingChildIdentifier] == 1)
    #expect(log.counts[.beforeItsStart] == 1)
    #expect(log.counts[.missingDate] == nil)
    #expect(log.counts[.referenceDateMismatch] == nil)
    #expect(log.total == 6)
    let invalid = try #require(log.findings.first { $0.rule == .invalidDate })
    #expect(invalid.element == "CINdetails/CINreferralDate")
    #expect(invalid.location == XMLLocation(line: 99, column: 9))
    let stray = try #require(log.findings.first { $0.rule == .strayText })
    #expect(stray.element == "Child/ChildIdentifiers")
    #expect(stray.location.line == 96)
    // Never the value.
    for finding in log.findings {
      #expect(!finding.description.contains("2024-02-30"))
      #expect(!finding.description.contains("stray words"))
      #expect(!finding.description.contains("yes"))
    }
    #expect(audit.children == 6)
    #expect(audit.referrals == 7)
  }

  @Test("a reference date that is not the year's end is reported")
  func referenceDate() throws {
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2024), timescales: try CINTestSupport.timescales())
    audit.check(CINCensusHeader(referenceDate: CalendarDay(2024, 3, 31)))
    #expect(audit.dataQuality.total == 0)
    audit.check(CINCensusHeader(referenceDate: CalendarDay(2025, 3, 31)))
    #expect(audit.dataQuality.counts[.referenceDateMismatch] == 1)
  }

  @Test("an item due on the reference date and not yet met is not yet due; a leap-day due day")
  func yearEndAndLeapDay() throws {
    let year = try CollectionYear(endingIn: 2024)
    var audit = CINTimelinessAudit(
      year: year, timescales: try CINTestSupport.timescales(), keepsCases: true)
    let location = XMLLocation(line: 1, column: 1)
    // 30 November 2023 + 3 months = 29 February 2024 (leap year): held that day, on time.
    // 31 December 2023 + 3 months = 31 March 2024, the reference date: not yet due.
    audit.add(
      CINChild(
        id: "L", location: location,
        referrals: [
          CINReferral(
            location: location, referralDate: CalendarDay(2023, 11, 1),
            plans: [
              CINProtectionPlan(
                location: location, started: CalendarDay(2023, 11, 30),
                reviews: [CalendarDay(2024, 2, 29)]),
              CINProtectionPlan(location: location, started: CalendarDay(2023, 12, 31)),
            ])
        ]))
    let counts = try #require(audit.counts[.reviewConferences])
    #expect(counts.onTime == 1)
    #expect(counts.notYetDue == 1)
    #expect(counts.missing == 0)
    #expect(audit.cases.isEmpty)
  }

  @Test("a start day no timescale covers, or after the year, is not measurable")
  func noTimescale() throws {
    let provenance = Provenance(.unverified, [])
    let later = try EffectivePeriod(from: CalendarDay(2024, 1, 1))
    let timescale = try Timescale(
      id: "t", title: "t", trigger: "referral", target: "assessmentCompleted",
      periods: [Period(45, .workingDays)], effective: later, provenance: provenance)
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2024),
      timescales: CINTimescales(
        assessments: [timescale], initialConferences: [], reviewConferences: []))
    let location = XMLLocation(line: 1, column: 1)
    audit.add(
      CINChild(
        id: "A", location: location,
        referrals: [
          CINReferral(
            location: location, referralDate: CalendarDay(2023, 12, 1),
            assessments: [CINAssessment(location: location, authorised: CalendarDay(2024, 1, 5))]),
          CINReferral(
            location: location, referralDate: CalendarDay(2024, 1, 2),
            assessments: [CINAssessment(location: location, authorised: CalendarDay(2024, 1, 5))]),
        ]))
    #expect(audit.counts[.assessments]?.notMeasurable == 1)
    #expect(audit.counts[.assessments]?.onTime == 1)
    // A referral after the year's end (1 April 2024) is not part of census year 2023/24.
    audit.add(
      CINChild(
        id: "B", location: location,
        referrals: [
          CINReferral(
            location: location, referralDate: CalendarDay(2024, 4, 1),
            assessments: [CINAssessment(location: location)])
        ]))
    #expect(audit.counts[.assessments]?.notMeasurable == 2)
    #expect(audit.counts[.assessments]?.notYetDue == 0)
  }
}

@Suite("CIN census facts")
struct CINCensusFactTests {
  @Test("the domain lists the census facts, each with sources, and their sources")
  func facts() throws {
    let domain = AuditDomain()
    let census = domain.facts.filter { $0.id.hasPrefix("audit.cin.") }
    #expect(census.count == 6)
    #expect(Set(census.map(\.id)).count == census.count)
    for fact in census {
      #expect(!fact.provenance.sources.isEmpty)
      for source in fact.provenance.sources { #expect(domain.sources.contains(source)) }
    }
    #expect(census.first { $0.id == "audit.cin.year" }?.provenance.verification == .verified)
    let registry = try PracticeRegistry([domain])
    #expect(registry.facts.count == domain.facts.count)
  }
}
