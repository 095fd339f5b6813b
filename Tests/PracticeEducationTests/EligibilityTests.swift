import PracticeEducation
import Testing

@Suite("Eligibility")
struct EligibilityTests {
  /// A graduate who meets the 2024 and 2026 Step Up rules in full.
  static func applicant(
    _ degree: DegreeClass? = .lowerSecond, subject: String = "history", predicted: Bool = false,
    higherDegree: Bool = false, english: Int? = 5, maths: Int? = 4, months: Int = 8,
    rightToWork: Bool? = true, england: Bool? = true, registered: Bool = false,
    offer: Bool? = nil
  ) -> ApplicantProfile {
    ApplicantProfile(
      degree: degree.map {
        ApplicantProfile.Degree(classification: $0, subject: subject, isPredicted: predicted)
      }, hasHigherDegree: higherDegree, gcseEnglish: english, gcseMaths: maths,
      experienceMonths: months, hasRightToWork: rightToWork, livesInEngland: england,
      isRegisteredSocialWorker: registered, hasApprenticeshipOffer: offer)
  }

  static func status(_ route: TrainingRoute, _ profile: ApplicantProfile, _ year: Int)
    -> EligibilityStatus
  {
    route.eligibility(of: profile, forIntakeYear: year).status
  }

  @Test(
    "Step Up 2010, 2012 and 2022: a degree is always required, otherwise it depends",
    arguments: [2010, 2012, 2022])
  func stepUpUnrecorded(year: Int) {
    let route = TrainingRoute.stepUpToSocialWork
    let noDegree = route.eligibility(of: Self.applicant(nil), forIntakeYear: year)
    #expect(noDegree.status == .notEligible)
    #expect(noDegree.decisiveReasons.contains { $0.message.hasPrefix("A pass degree or above") })
    let graduate = route.eligibility(of: Self.applicant(.upperSecond), forIntakeYear: year)
    #expect(graduate.status == .dependsOnPartnership)
    #expect(graduate.decisiveReasons.contains { $0.message.contains("not recorded") })
  }

  @Test("Step Up cohort 3 (2014): a 2:1 with no higher-degree exception, GCSE English and maths")
  func stepUpCohort3() {
    let route = TrainingRoute.stepUpToSocialWork
    func status(_ degree: DegreeClass?, english: Int = 5, maths: Int = 5, higher: Bool = false)
      -> EligibilityStatus
    {
      let profile = Self.applicant(degree, higherDegree: higher, english: english, maths: maths)
      return route.eligibility(of: profile, forIntakeYear: 2014).status
    }
    #expect(status(.upperSecond) == .eligible)
    #expect(status(.first) == .eligible)
    #expect(status(.lowerSecond) == .notEligible)
    #expect(status(.lowerSecond, higher: true) == .notEligible)
    #expect(status(nil) == .notEligible)
    #expect(status(.upperSecond, english: 3) == .notEligible)
    #expect(status(.upperSecond, maths: 3) == .notEligible)
  }

  @Test(
    "GCSE English at 4/C on every route that trains social workers, or the reason it depends",
    arguments: [
      (TrainingRoute.approachSocialWork, 2014), (.approachSocialWork, 2020),
      (.approachSocialWork, 2025), (.thinkAhead, 2016), (.thinkAhead, 2025),
      (.stepUpToSocialWork, 2018), (.stepUpToSocialWork, 2026),
    ])
  func gcseEnglish(route: TrainingRoute, year: Int) {
    // A 2:1 graduate otherwise eligible: grade 3 rules them out, grade 4 does not.
    let low = route.eligibility(
      of: Self.applicant(.upperSecond, english: 3, months: 12), forIntakeYear: year)
    #expect(low.status == .notEligible)
    #expect(low.decisiveReasons.contains { $0.message.hasPrefix("GCSE English language") })
    let four = route.eligibility(
      of: Self.applicant(.upperSecond, english: 4, months: 12), forIntakeYear: year)
    #expect(
      !four.reasons.contains { $0.message.hasPrefix("GCSE English") && $0.outcome != .eligible })
  }

  @Test(
    "Step Up 2016 and 2018: a 2:1, or a 2:2 with a higher degree",
    arguments: [2016, 2018])
  func stepUpEarly(year: Int) {
    let route = TrainingRoute.stepUpToSocialWork
    #expect(Self.status(route, Self.applicant(.upperSecond), year) == .eligible)
    #expect(Self.status(route, Self.applicant(.lowerSecond), year) == .notEligible)
    #expect(
      Self.status(route, Self.applicant(.lowerSecond, higherDegree: true), year) == .eligible)
    #expect(Self.status(route, Self.applicant(.third, higherDegree: true), year) == .notEligible)
  }

  @Test("Step Up 2024: a completed 2:2, GCSE English and maths at 4, six months' experience")
  func stepUp2024() {
    let route = TrainingRoute.stepUpToSocialWork
    #expect(Self.status(route, Self.applicant(), 2024) == .eligible)
    #expect(Self.status(route, Self.applicant(.third), 2024) == .notEligible)
    #expect(Self.status(route, Self.applicant(predicted: true), 2024) == .notEligible)
    #expect(Self.status(route, Self.applicant(months: 6), 2024) == .eligible)
    #expect(Self.status(route, Self.applicant(months: 5), 2024) == .notEligible)
    #expect(Self.status(route, Self.applicant(english: 4), 2024) == .eligible)
    #expect(Self.status(route, Self.applicant(english: 3), 2024) == .notEligible)
    #expect(Self.status(route, Self.applicant(maths: 3), 2024) == .notEligible)
    #expect(Self.status(route, Self.applicant(maths: nil), 2024) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(nil), 2024) == .notEligible)
  }

  @Test("Step Up 2026: predicted 2:2 and maths depend on the partnership; other rules bind")
  func stepUp2026() {
    let route = TrainingRoute.stepUpToSocialWork
    #expect(Self.status(route, Self.applicant(), 2026) == .eligible)
    #expect(Self.status(route, Self.applicant(predicted: true), 2026) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(maths: nil), 2026) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(maths: 2), 2026) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(subject: "Social Work"), 2026) == .notEligible)
    #expect(Self.status(route, Self.applicant(registered: true), 2026) == .notEligible)
    #expect(Self.status(route, Self.applicant(rightToWork: false), 2026) == .notEligible)
    #expect(Self.status(route, Self.applicant(england: false), 2026) == .notEligible)
    #expect(Self.status(route, Self.applicant(england: nil), 2026) == .dependsOnPartnership)
    #expect(
      Self.status(route, Self.applicant(predicted: true, months: 5), 2026) == .notEligible)
  }

  @Test("the issue's example: 2:2 history, English 5, 8 months, 2026")
  func issueExample() throws {
    let profile = ApplicantProfile(
      degree: .init(classification: .lowerSecond, subject: "history"), gcseEnglish: 5,
      experienceMonths: 8)
    let results = TrainingRoute.eligibility(of: profile, forIntakeYear: 2026)
    #expect(results.map(\.route) == RouteID.allCases)
    let stepUp = try #require(results.first { $0.route == .stepUpToSocialWork })
    #expect(stepUp.status == .dependsOnPartnership)
    #expect(stepUp.decisiveReasons.contains { $0.message.contains("maths") })
    let approach = try #require(results.first { $0.route == .approachSocialWork })
    #expect(approach.status == .notEligible)
    #expect(approach.reasons.contains { $0.message.contains("[unverified]") })
    #expect(results.first { $0.route == .leadershipPathways }?.status == .notEligible)
  }

  @Test("no Step Up cohort starts in odd years, so nobody is eligible", arguments: [2025, 2027])
  func stepUpOddYears(year: Int) throws {
    let result = TrainingRoute.stepUpToSocialWork.eligibility(
      of: Self.applicant(.first), forIntakeYear: year)
    #expect(result.status == .notEligible)
    #expect(try #require(result.reasons.first).message.contains("every two years"))
  }

  @Test("Step Up 2020: a 2:1, or a 2:2 with a higher degree, not in social work; GCSEs at C")
  func stepUp2020() {
    let route = TrainingRoute.stepUpToSocialWork
    #expect(Self.status(route, Self.applicant(.upperSecond), 2020) == .eligible)
    #expect(Self.status(route, Self.applicant(.lowerSecond), 2020) == .notEligible)
    #expect(
      Self.status(route, Self.applicant(.lowerSecond, higherDegree: true), 2020) == .eligible)
    #expect(
      Self.status(route, Self.applicant(.upperSecond, subject: "social work"), 2020)
        == .notEligible)
    #expect(Self.status(route, Self.applicant(.upperSecond, maths: 3), 2020) == .notEligible)
    #expect(Self.status(route, Self.applicant(.upperSecond, english: 3), 2020) == .notEligible)
    #expect(Self.status(route, Self.applicant(.upperSecond, england: false), 2020) == .notEligible)
  }

  @Test("Step Up 2022: entry rules not recorded, so the answer depends")
  func stepUpUnrecorded() {
    #expect(
      Self.status(TrainingRoute.stepUpToSocialWork, Self.applicant(.first), 2022)
        == .dependsOnPartnership)
  }

  @Test("Frontline: a 2:1 not in social work (2016); later years carry it as unverified")
  func frontline() throws {
    let route = TrainingRoute.approachSocialWork
    #expect(Self.status(route, Self.applicant(.upperSecond), 2016) == .eligible)
    #expect(Self.status(route, Self.applicant(.lowerSecond), 2016) == .notEligible)
    #expect(
      Self.status(route, Self.applicant(.first, subject: "social work"), 2016) == .notEligible)
    #expect(Self.status(route, Self.applicant(.upperSecond), 2013) == .notEligible)
    // Whether a final-year student may apply is not recorded: the answer depends.
    let predicted = route.eligibility(
      of: Self.applicant(.upperSecond, predicted: true), forIntakeYear: 2016)
    #expect(predicted.status == .dependsOnPartnership)
    #expect(predicted.decisiveReasons.first?.message.contains("not recorded") == true)
    let later = route.eligibility(of: Self.applicant(.upperSecond), forIntakeYear: 2025)
    #expect(later.status == .eligible)
    // The 2016 degree rules carried forward are unverified; GCSE English is the national rule.
    #expect(
      later.reasons.map(\.provenance.verification) == [.unverified, .unverified, .secondary])
  }

  @Test("postgraduate degree: a 2:1 is eligible, a 2:2 depends, a third is not")
  func postgraduate() {
    let route = TrainingRoute.postgraduateDegree
    #expect(Self.status(route, Self.applicant(.upperSecond), 2026) == .eligible)
    #expect(Self.status(route, Self.applicant(.lowerSecond), 2026) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(.third), 2026) == .notEligible)
    #expect(Self.status(route, Self.applicant(.upperSecond), 2002) == .notEligible)
  }

  @Test("undergraduate degree: GCSE English 4 cannot be waived; the tariff is the university's")
  func undergraduate() {
    let route = TrainingRoute.undergraduateDegree
    #expect(Self.status(route, Self.applicant(nil, english: 4), 2026) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(nil, english: 3), 2026) == .notEligible)
    #expect(Self.status(route, Self.applicant(nil, english: 4), 2003) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(nil, english: 4), 2002) == .notEligible)
  }

  @Test("Think Ahead 2016: a 2:1 then the assessment; a 2:2 is not eligible")
  func thinkAhead() {
    let route = TrainingRoute.thinkAhead
    #expect(Self.status(route, Self.applicant(.upperSecond), 2016) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(.lowerSecond), 2016) == .notEligible)
    #expect(Self.status(route, Self.applicant(.upperSecond), 2015) == .notEligible)
    // From 2021 the 2016 rule is carried forward, marked unverified.
    let y2021 = route.eligibility(of: Self.applicant(.lowerSecond), forIntakeYear: 2021)
    #expect(y2021.status == .notEligible)
    #expect(y2021.decisiveReasons.allSatisfy { $0.provenance.verification == .unverified })
  }

  @Test("apprenticeship: needs an employer's offer; from 2019")
  func apprenticeship() {
    let route = TrainingRoute.degreeApprenticeship
    #expect(Self.status(route, Self.applicant(offer: true), 2024) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(offer: false), 2024) == .notEligible)
    #expect(Self.status(route, Self.applicant(offer: true), 2018) == .notEligible)
  }

  @Test("leadership programmes are for registered social workers")
  func leadership() {
    let route = TrainingRoute.leadershipPathways
    #expect(Self.status(route, Self.applicant(registered: true), 2023) == .dependsOnPartnership)
    #expect(Self.status(route, Self.applicant(registered: false), 2023) == .notEligible)
    #expect(Self.status(route, Self.applicant(registered: true), 2013) == .notEligible)
  }

  @Test("degree classes order and parse")
  func degreeClasses() {
    #expect(DegreeClass.pass < .third && .third < .lowerSecond && .lowerSecond < .upperSecond)
    #expect(DegreeClass(shortForm: "2:2") == .lowerSecond)
    #expect(DegreeClass(shortForm: "1st") == .first)
    #expect(DegreeClass(shortForm: "2:3") == nil)
    #expect(DegreeClass.upperSecond.description == "2:1")
  }
}

@Suite("Applicant profile documents")
struct ApplicantProfileDocumentTests {
  @Test("a profile reads from JSON with defaults for what is left out")
  func reads() throws {
    let profile = try ApplicantProfile(
      json: """
        {"schemaVersion": 1, "degree": {"classification": "lowerSecond", "subject": "history"},
         "gcseEnglish": 5, "experienceMonths": 8}
        """)
    #expect(profile.degree?.classification == .lowerSecond)
    #expect(profile.degree?.isPredicted == false)
    #expect(profile.gcseMaths == nil && profile.hasRightToWork == nil)
    #expect(!profile.hasHigherDegree && !profile.isRegisteredSocialWorker)
    let again = try ApplicantProfile(json: try profile.jsonString())
    #expect(again == profile)
  }

  @Test(
    "bad profiles name the path and the rule, never the value",
    arguments: [
      (
        #"{"schemaVersion": 1, "gcseEnglish": 12}"#, "gcseEnglish",
        DocumentDecodingError.Reason.invalidValue
      ),
      (#"{"schemaVersion": 1, "experienceMonths": -1}"#, "experienceMonths", .invalidValue),
      (
        #"{"schemaVersion": 1, "degree": {"classification": "2:2"}}"#, "degree.classification",
        .invalidValue
      ),
      (#"{"schemaVersion": 1, "degree": {}}"#, "degree.classification", .missingValue),
      (#"{"schemaVersion": 1, "nickname": "Sam"}"#, "nickname", .unknownField),
      (#"{"schemaVersion": 2}"#, "schemaVersion", .unsupportedSchemaVersion),
      (#"{"schemaVersion": 1, "gcseMaths": "C"}"#, "gcseMaths", .wrongType),
    ])
  func badProfiles(json: String, path: String, reason: DocumentDecodingError.Reason) {
    #expect {
      _ = try ApplicantProfile(json: json)
    } throws: { error in
      guard let error = error as? DocumentDecodingError else { return false }
      return error.path == path && error.reason == reason && !error.description.contains("Sam")
    }
  }
}
