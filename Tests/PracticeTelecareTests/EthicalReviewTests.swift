import PracticeTelecare
import Testing

@Suite("Ethical review")
struct EthicalReviewTests {
  static func codes(_ proposal: TelecareProposal, on day: CalendarDay = Samples.day) -> [String] {
    EthicalReview(proposal, on: day).findings.map(\.code.rawValue)
  }

  @Test("the baselines answer every question and raise no finding")
  func baselines() {
    let review = EthicalReview(Samples.proposal, on: Samples.day)
    #expect(review.findings.isEmpty)
    #expect(review.answers.count == 12)
    #expect(review.openQuestions.isEmpty)
    #expect(review.answers[2].status == .notApplicable)
    #expect(Self.codes(Samples.lackingCapacity).isEmpty)
    #expect(EthicalReview(Samples.lackingCapacity, on: Samples.day).answers[2].status == .answered)
  }

  @Test("the review never labels a proposal approved, and reports open questions as open")
  func neverApproved() {
    let bare = TelecareProposal(
      preparedOn: Samples.day, person: .init(pseudonym: "P-2", aims: []), needs: [],
      devices: [.init(type: "pendant")])
    let review = EthicalReview(bare, on: Samples.day)
    #expect(review.summary.contains("does not approve or reject"))
    #expect(!review.summary.lowercased().contains("approved"))
    #expect(review.openQuestions.map(\.id) == [1, 2, 5, 6, 7, 8, 9, 10, 11, 12])
    #expect(review.answers[3].status == .notApplicable)  // a pendant does not monitor movement
  }

  /// One change to a baseline, and the finding code (and severity) it must raise.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let code: String
    let severity: FindingSeverity
    let lacking: Bool
    let change: @Sendable (inout TelecareProposal) -> Void
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "no aims", code: "telecare.aims.not-recorded", severity: .advisory, lacking: false) {
      $0.person.aims = [" "]
    },
    Case(
      name: "hands-on care replaced without agreement",
      code: "telecare.hands-on-care.replaced-without-agreement", severity: .concern, lacking: false
    ) { $0.handsOnCare?.replacedHoursPerWeek = 3 },
    Case(
      name: "passive movement monitoring, privacy not discussed",
      code: "telecare.privacy.not-discussed", severity: .concern, lacking: false
    ) { $0.privacy?.discussed = false },
    Case(
      name: "no consent review date", code: "telecare.consent.no-review-date", severity: .breach,
      lacking: false
    ) { $0.consent?.reviewBy = nil },
    Case(
      name: "consent review overdue", code: "telecare.consent.review-overdue", severity: .concern,
      lacking: false
    ) { $0.consent?.reviewBy = CalendarDay(2025, 6, 1) },
    Case(
      name: "consent not revisited after a change of devices",
      code: "telecare.consent.not-revisited-after-change", severity: .concern, lacking: false
    ) { $0.changes = [.init(day: CalendarDay(2025, 5, 2), kind: .devices)] },
    Case(
      name: "capacity not reassessed after a change of needs",
      code: "telecare.capacity.not-reassessed-after-change", severity: .concern, lacking: true
    ) { $0.changes = [.init(day: CalendarDay(2025, 4, 29), kind: .needs)] },
    Case(
      name: "consent not set to be revisited on change",
      code: "telecare.consent.no-review-on-change", severity: .advisory, lacking: false
    ) { $0.consent?.reviewOnChange = false },
    Case(
      name: "no consent", code: "telecare.consent.not-recorded", severity: .concern, lacking: false
    ) { $0.consent = nil },
    Case(name: "refused", code: "telecare.consent.refused", severity: .concern, lacking: false) {
      $0.consent?.given = false
    },
    Case(
      name: "capacity assessed for other devices", code: "telecare.capacity.not-decision-specific",
      severity: .concern, lacking: false
    ) { $0.capacity[0].devices = ["pendant"] },
    Case(
      name: "lacks capacity, no best-interests record", code: "telecare.capacity.no-best-interests",
      severity: .breach, lacking: true
    ) { $0.bestInterests = nil },
    Case(
      name: "lacks capacity, no practicable steps", code: "telecare.capacity.no-practicable-steps",
      severity: .breach, lacking: true
    ) { $0.capacity[0].practicableStepsTaken = false },
    Case(
      name: "lacks capacity, functional test incomplete", code: "telecare.capacity.incomplete-test",
      severity: .concern, lacking: true
    ) { $0.capacity[0].unableTo = [] },
    Case(
      name: "best-interests checklist incomplete",
      code: "telecare.best-interests.checklist-incomplete", severity: .concern, lacking: true
    ) { $0.bestInterests?.considered.removeAll { $0 == .wishesAndFeelings } },
    Case(
      name: "no one consulted", code: "telecare.best-interests.no-one-consulted",
      severity: .concern, lacking: true
    ) { $0.bestInterests?.consulted = [] },
    Case(
      name: "no less restrictive option",
      code: "telecare.best-interests.no-less-restrictive-option",
      severity: .concern, lacking: true
    ) { $0.bestInterests?.lessRestrictiveOption = nil },
    Case(
      name: "movement device, liberty not considered",
      code: "telecare.liberty.consider-deprivation", severity: .concern, lacking: true
    ) { $0.liberty = nil },
    Case(
      name: "deprivation at home, no Court of Protection application",
      code: "telecare.liberty.no-authorisation", severity: .breach, lacking: true
    ) { $0.liberty?.amountsToDeprivation = true },
    Case(
      name: "no responder agreed", code: "telecare.responders.none-agreed", severity: .concern,
      lacking: false
    ) { $0.responders = [.init(role: .keyHolder, agreed: false)] },
    Case(
      name: "cost not quoted", code: "telecare.cost.not-quoted", severity: .concern, lacking: false
    ) { $0.costs?.quotedToPersonOn = nil },
    Case(
      name: "cost quoted after consent", code: "telecare.cost.quoted-after-consent",
      severity: .concern, lacking: false
    ) { $0.costs?.quotedToPersonOn = CalendarDay(2025, 5, 2) },
    Case(
      name: "means-tested without an assessment", code: "telecare.cost.no-financial-assessment",
      severity: .advisory, lacking: false
    ) {
      $0.costs?.policy = .meansTested(
        fullWeeklyPence: 500, minimumIncomeGuaranteeWeeklyPence: 22_865)
    },
    Case(
      name: "banded without a known band", code: "telecare.cost.cannot-compute",
      severity: .concern, lacking: false
    ) { $0.costs?.policy = .banded([.init(name: "monitoring", weeklyPence: 300)]) },
    Case(
      name: "FACS band after April 2015", code: "telecare.eligibility.wrong-framework",
      severity: .concern, lacking: false
    ) { $0.eligibility?.facsBand = .substantial },
    Case(
      name: "no well-being aspect", code: "telecare.wellbeing.none-recorded", severity: .advisory,
      lacking: false
    ) { $0.wellbeing = [] },
    Case(
      name: "effect on carer not considered", code: "telecare.carers.effect-not-considered",
      severity: .advisory, lacking: false
    ) { $0.carers?[0].effectConsidered = false },
    Case(
      name: "analogue line", code: "telecare.connectivity.analogue", severity: .advisory,
      lacking: false
    ) { $0.connectivity?.line = .analogue },
    Case(
      name: "no review plan", code: "telecare.review.no-plan", severity: .concern, lacking: false
    ) {
      $0.review = nil
    },
    Case(
      name: "no feedback route", code: "telecare.review.no-feedback", severity: .advisory,
      lacking: false
    ) { $0.review?.monitoringFeedbackToSocialWorker = false },
  ]

  @Test("each finding is raised by its one change to a clean baseline", arguments: cases)
  func triggered(_ testCase: Case) {
    var proposal = testCase.lacking ? Samples.lackingCapacity : Samples.proposal
    testCase.change(&proposal)
    let findings = EthicalReview(proposal, on: Samples.day).findings
    let matching = findings.filter { $0.code.rawValue == testCase.code }
    #expect(matching.count == 1)
    #expect(matching.first?.severity == testCase.severity)
    #expect(matching.first?.sources.isEmpty == false)
    #expect(matching.first?.subject == "P-0001")
  }

  @Test("liberty: a person with capacity who consents needs no deprivation-of-liberty record")
  func libertyWithCapacity() {
    #expect(Samples.proposal.liberty == nil)
    #expect(!Self.codes(Samples.proposal).contains("telecare.liberty.consider-deprivation"))
    var noCapacityRecord = Samples.proposal
    noCapacityRecord.capacity = []
    #expect(Self.codes(noCapacityRecord).contains("telecare.liberty.consider-deprivation"))
  }

  @Test("hands-on care replaced with recorded agreement raises nothing")
  func handsOnAgreed() {
    var proposal = Samples.proposal
    proposal.handsOnCare = .init(
      currentHoursPerWeek: 10, replacedHoursPerWeek: 2, agreementRecorded: true)
    #expect(Self.codes(proposal).isEmpty)
  }

  @Test("consent review: due on the review day, overdue the day after")
  func consentReviewBoundary() {
    let reviewBy = CalendarDay(2025, 11, 1)
    #expect(!Self.codes(Samples.proposal, on: reviewBy).contains("telecare.consent.review-overdue"))
    #expect(
      Self.codes(Samples.proposal, on: reviewBy.advanced(by: 1))
        .contains("telecare.consent.review-overdue"))
  }

  @Test("the cost answer gives weekly and annual figures")
  func costAnswer() {
    let review = EthicalReview(Samples.proposal, on: Samples.day)
    #expect(review.quote?.monitoringWeeklyPence == 450)
    #expect(review.quote?.monitoringAnnualPence == 23_400)
    #expect(review.answers[7].note.contains("£4.50 a week (£234.00 a year)"))
  }

  @Test("every question has sources")
  func questionsSourced() {
    #expect(EthicalQuestion.all.map(\.id) == Array(1...12))
    #expect(EthicalQuestion.all.allSatisfy { !$0.provenance.sources.isEmpty })
  }
}
