import PracticeKit
import Testing

@Suite("CIN audit with Working Together's timescales")
struct CINWorkingTogetherTests {
  @Test("every edition is wired in; each item uses the edition in force when its clock started")
  func wiring() throws {
    let timescales = CINTimescales.workingTogether
    for measure in CINMeasure.allCases where measure != .preProceedings {
      #expect(timescales[measure].count == StatutoryTimescales.workingTogetherEditions.count)
    }
    #expect(timescales.preProceedings.map(\.id) == ["law.preproceedings.16-weeks"])
    #expect(
      timescales.timescale(for: .assessments, startedOn: CalendarDay(2024, 5, 1))?.id
        == "law.wt2023.assessment")
    #expect(
      timescales.timescale(for: .initialConferences, startedOn: CalendarDay(2023, 12, 14))?.id
        == "law.wt2018.icpc")
    #expect(
      timescales.timescale(for: .reviewConferences, startedOn: CalendarDay(2013, 4, 14)) == nil)
  }

  @Test("45 working days from a referral and 15 across Christmas, to the day")
  func dueDays() throws {
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2025), timescales: .workingTogether, keepsCases: true)
    let here = XMLLocation(line: 1, column: 1)
    audit.add(
      CINChild(
        id: "A", location: here,
        referrals: [
          CINReferral(
            location: here, referralDate: CalendarDay(2024, 5, 1),
            assessments: [
              CINAssessment(location: here, authorised: CalendarDay(2024, 7, 5)),
              CINAssessment(location: here, authorised: CalendarDay(2024, 7, 8)),
            ],
            enquiries: [
              CINEnquiry(
                location: here, started: CalendarDay(2024, 12, 16),
                conferenceTarget: CalendarDay(2025, 1, 9),
                initialConference: CalendarDay(2025, 1, 10))
            ])
        ]))
    #expect(audit.counts[.assessments]?.onTime == 1)
    #expect(audit.counts[.assessments]?.late == 1)
    #expect(audit.counts[.initialConferences]?.late == 1)
    #expect(
      audit.cases.map(\.due) == [CalendarDay(2024, 7, 5), CalendarDay(2025, 1, 9)])
    #expect(audit.cases.map(\.timescale) == ["law.wt2023.assessment", "law.wt2023.icpc"])
  }

  @Test("pre-proceedings: 16 weeks beginning with the decision to start, from PracticeLaw")
  func preProceedings() throws {
    let timescale = PreProceedings.timescale
    #expect(timescale.provenance.verification == .secondary)
    // 16 weeks beginning with Mon 4 May 2026 end on Sun 23 August (day 112); from 29 February
    // 2028 on Mon 19 June 2028.
    for (start, last) in [
      (CalendarDay(2026, 5, 4), CalendarDay(2026, 8, 23)),
      (CalendarDay(2028, 2, 29), CalendarDay(2028, 6, 19)),
    ] {
      #expect(try timescale.dueDay(forItem: 0, from: start, calendar: .englandAndWales) == last)
    }
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2027), timescales: .workingTogether)
    let here = XMLLocation(line: 1, column: 1)
    audit.add(
      CINChild(
        id: "P", location: here,
        referrals: [
          CINReferral(
            location: here, referralDate: CalendarDay(2026, 4, 1),
            preProceedings: [
              CINPreProceedings(
                location: here, started: CalendarDay(2026, 5, 4), decided: CalendarDay(2026, 8, 23),
                courtApplication: CalendarDay(2026, 8, 30)),
              CINPreProceedings(
                location: here, started: CalendarDay(2026, 5, 4), decided: CalendarDay(2026, 8, 24)),
            ])
        ]))
    #expect(audit.counts[.preProceedings]?.onTime == 1)
    #expect(audit.counts[.preProceedings]?.late == 1)
    #expect(audit.preProceedings.endedInCourtApplication == 1)
  }

  @Test("ICPC clock: the census's S47ActualStartDate is the initiating discussion")
  func initiatingDiscussion() throws {
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2025), timescales: .workingTogether, keepsCases: true)
    let here = XMLLocation(line: 1, column: 1)
    audit.add(
      CINChild(
        id: "A", location: here,
        referrals: [
          CINReferral(
            location: here, referralDate: CalendarDay(2024, 3, 1),
            enquiries: [
              CINEnquiry(
                location: here, started: CalendarDay(2024, 3, 4),
                conferenceTarget: CalendarDay(2024, 3, 25),
                initialConference: CalendarDay(2024, 4, 4))
            ])
        ]))
    #expect(audit.counts[.initialConferences]?.late == 1)
    #expect(audit.cases.map(\.due) == [CalendarDay(2024, 3, 25)])
    let icpc = try #require(
      CINTimescales.workingTogether.timescale(
        for: .initialConferences, startedOn: CalendarDay(2024, 3, 4)))
    #expect(icpc.clockStart == .section47StrategyDiscussion)
  }

  @Test(
    "assessments: Working Together's clock from the referral, or DfE's from the assessment start",
    arguments: [
      (CINAssessmentClock.fromReferral, "2024-07-05", DueItem.Status.late),
      (.fromAssessmentStart, "2024-07-23", .onTime),
    ])
  func assessmentClocks(clock: CINAssessmentClock, due: String, status: DueItem.Status) throws {
    // Referred 1 May 2024, assessment started 20 May, authorised 8 July. From the referral the
    // 45 working days end on 5 July; from the start (the spring bank holiday on 27 May does not
    // count) on 23 July.
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2025), timescales: .workingTogether, keepsCases: true,
      assessmentClock: clock)
    let here = XMLLocation(line: 1, column: 1)
    audit.add(
      CINChild(
        id: "A", location: here,
        referrals: [
          CINReferral(
            location: here, referralDate: CalendarDay(2024, 5, 1),
            assessments: [
              CINAssessment(
                location: here, started: CalendarDay(2024, 5, 20),
                authorised: CalendarDay(2024, 7, 8))
            ])
        ]))
    #expect(audit.assessmentClock == clock)
    #expect(audit.counts[.assessments]?.onTime == (status == .onTime ? 1 : 0))
    #expect(audit.counts[.assessments]?.late == (status == .late ? 1 : 0))
    if status == .late { #expect(audit.cases.map(\.due.description) == [due]) }
    #expect(clock.provenance.verification == .secondary)
    // An assessment with no start date cannot be measured from its start.
    var noStart = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2025), timescales: .workingTogether,
      assessmentClock: clock)
    noStart.add(
      CINChild(
        id: "B", location: here,
        referrals: [
          CINReferral(
            location: here, referralDate: CalendarDay(2024, 5, 1),
            assessments: [CINAssessment(location: here, authorised: CalendarDay(2024, 7, 8))])
        ]))
    #expect(noStart.counts[.assessments]?.notMeasurable == (clock == .fromReferral ? 0 : 1))
  }
}
