import PracticeAudit
import Testing

@Suite("Grading scales and audit frameworks")
struct AuditFrameworkTests {
  @Test("Ofsted's scale: order, numbers, labels and good or better")
  func ofstedScale() {
    let scale = GradingScale.ofsted
    #expect(scale.grades.map(\.number) == [1, 2, 3, 4])
    #expect(scale.rank(of: "outstanding") == 0)
    #expect(scale.rank(of: "inadequate") == 3)
    #expect(scale.isGoodOrBetter("good") == true)
    #expect(scale.isGoodOrBetter("requiresImprovement") == false)
    #expect(scale.isGoodOrBetter("unknown") == nil)
    #expect(scale.isBetter("good", than: "inadequate"))
    #expect(!scale.isBetter("good", than: "good"))
    #expect(scale.grade(matching: " requires improvement to be GOOD ")?.id == "requiresImprovement")
    #expect(scale.grade(matching: "4")?.id == "inadequate")
    #expect(scale.grade(matching: "Good")?.id == "good")
    #expect(scale.grade(matching: "5") == nil)
    #expect(scale.grade(matching: "excellent") == nil)
  }

  @Test("a 0–10 scaling has no good-or-better cut-off until one is set")
  func zeroToTen() {
    let scale = GradingScale.zeroToTen
    #expect(scale.grades.count == 11)
    #expect(scale.rank(of: "10") == 0)
    #expect(scale.isBetter("7", than: "3"))
    #expect(scale.isGoodOrBetter("9") == nil)
    let local = scale.withGoodOrBetter(from: "7")
    #expect(local.isGoodOrBetter("7") == true)
    #expect(local.isGoodOrBetter("6") == false)
    #expect(scale.withGoodOrBetter(from: "eleven") == scale)
  }

  static let twoCriteria = [
    AuditCriterion(id: "planning", question: "Plan?", theme: "Planning"),
    AuditCriterion(id: "safety", question: "Safe?", theme: "Safety"),
    AuditCriterion(id: "voice", question: "Voice?", theme: "Child's voice"),
  ]

  static func framework(_ rule: OverallJudgementRule) -> AuditFramework {
    AuditFramework(
      id: "f", title: "F", scale: .ofsted, criteria: twoCriteria, overallRule: rule)
  }

  @Test(
    "limiting judgement: no better than the worst limiting criterion",
    arguments: [
      // grades (planning, safety, voice), auditor's overall, expected overall, limited finding
      (["good", "inadequate", "good"], "good", "inadequate", true),
      (["good", "good", "inadequate"], "good", "good", false),
      (["outstanding", "requiresImprovement", "good"], "inadequate", "inadequate", false),
      // No auditor's overall: the median (good) limited by safety (requires improvement).
      (["outstanding", "requiresImprovement", "good"], nil, "requiresImprovement", false),
      (["outstanding", "outstanding", "good"], nil, "outstanding", false),
    ] as [([String], String?, String, Bool)])
  func limiting(grades: [String], overall: String?, expected: String, limited: Bool) {
    let framework = Self.framework(.limiting(criteria: ["safety"]))
    let judgement = framework.overallJudgement(
      grades: ["planning": grades[0], "safety": grades[1], "voice": grades[2]],
      auditorsOverall: overall)
    #expect(judgement.grade == expected)
    #expect(judgement.findings.map(\.code.rawValue) == (limited ? ["audit.overall.limited"] : []))
  }

  @Test(
    "median: the middle grade; the worse middle grade for an even count",
    arguments: [
      (["outstanding", "good", "inadequate"], "good"),
      (["outstanding", "good"], "good"),
      (["good", "requiresImprovement"], "requiresImprovement"),
      (["inadequate"], "inadequate"),
    ])
  func median(grades: [String], expected: String) {
    let ids = ["planning", "safety", "voice"]
    let framework = Self.framework(.median)
    let judgement = framework.overallJudgement(
      grades: Dictionary(uniqueKeysWithValues: zip(ids, grades)), auditorsOverall: "outstanding")
    #expect(judgement.grade == expected)
    #expect(judgement.findings.isEmpty)
  }

  @Test(
    "auditor's own overall, with a finding when it contradicts every criterion",
    arguments: [
      ("good", nil), ("requiresImprovement", nil),
      ("outstanding", "audit.overall.contradictsCriteria"),
      ("inadequate", "audit.overall.contradictsCriteria"),
    ] as [(String, String?)])
  func auditorsOwn(overall: String, finding: String?) {
    let framework = Self.framework(.auditorsOwn)
    let judgement = framework.overallJudgement(
      grades: ["planning": "good", "safety": "requiresImprovement"], auditorsOverall: overall)
    #expect(judgement.grade == overall)
    #expect(judgement.findings.map(\.code.rawValue) == (finding.map { [$0] } ?? []))
  }

  @Test("auditor's own overall missing, and no overall grade at all")
  func missingAndNone() {
    let own = Self.framework(.auditorsOwn).overallJudgement(
      grades: ["planning": "good"], auditorsOverall: nil)
    #expect(own.grade == nil)
    #expect(own.findings.map(\.code.rawValue) == ["audit.overall.missing"])
    let none = Self.framework(.noOverallGrade).overallJudgement(
      grades: ["planning": "good"], auditorsOverall: "good")
    #expect(none.grade == nil)
    #expect(none.findings.isEmpty)
  }

  @Test("ILACS judgement areas as data: the 2023 care leavers split and the 2026 removal")
  func ilacsAreas() {
    let before = AuditFramework.ilacsAligned(on: CalendarDay(2022, 12, 31))
    #expect(
      before.criteria.map(\.id) == ["helpAndProtection", "childrenInCare", "impactOfLeaders"])
    #expect(before.criteria[1].question.contains("children in care and care leavers"))
    #expect(before.overallRule == .auditorsOwn)
    let split = AuditFramework.ilacsAligned(on: CalendarDay(2023, 1, 1))
    #expect(
      split.criteria.map(\.id) == [
        "helpAndProtection", "childrenInCare", "careLeavers", "impactOfLeaders",
      ])
    #expect(!split.criteria[1].question.contains("care leavers"))
    #expect(AuditFramework.ilacsAligned(on: CalendarDay(2026, 3, 31)).overallRule == .auditorsOwn)
    let removed = AuditFramework.ilacsAligned(on: CalendarDay(2026, 4, 1))
    #expect(removed.overallRule == .noOverallGrade)
    #expect(removed.criteria.count == 4)
    #expect(IlacsJudgementArea.graded(on: CalendarDay(2017, 12, 31)).isEmpty)
    #expect(
      AuditFramework.builtIn(on: CalendarDay(2017, 12, 31)).map(\.id) == [
        "relationship-based-practice"
      ])
    #expect(
      AuditFramework.builtIn(on: CalendarDay(2026, 4, 1)).map(\.id) == [
        "ofsted-ilacs-aligned", "relationship-based-practice",
      ])
    for framework in [before, split, removed] {
      #expect(throws: Never.self) { try framework.validate() }
    }
  }

  @Test("the relationship-based practice framework covers the four sources' elements")
  func relationshipPractice() throws {
    let framework = RelationshipPractice.framework
    try framework.validate()
    let themes = Set(framework.criteria.map(\.theme))
    #expect(themes.count == 4)
    #expect(framework.criteria.count == 4 + 1 + 5 + 4)
    #expect(framework.criteria.allSatisfy { !$0.sources.isEmpty })
    #expect(
      [
        "respectfulCommunication", "sharedGoal", "practicalAssistance", "reliability", "powerWith",
        "proximity", "temporal", "biographies", "style", "scope", "relationshipWithSelf",
        "relationshipWithClients", "relationshipWithOrganisation", "relationshipWithPartners",
      ]
      .allSatisfy { framework.criterion($0) != nil })
    #expect(ParentalResponseToPower.allCases.count == 3)
    #expect(PowerUse.allCases == [.over, .with])
  }

  @Test("built-in frameworks and every document type round-trip through JSON")
  func roundTrips() throws {
    for framework in [
      AuditFramework.ilacsAligned(on: CalendarDay(2025, 6, 1)), RelationshipPractice.framework,
      Self.framework(.limiting(criteria: ["safety", "voice"])), Self.framework(.median),
      Self.framework(.noOverallGrade),
      AuditFramework(
        id: "z", title: "Z", scale: GradingScale.zeroToTen.withGoodOrBetter(from: "6"),
        criteria: Self.twoCriteria, overallRule: .auditorsOwn),
    ] {
      #expect(try AuditFramework(json: framework.jsonString()) == framework)
    }
    let cycle = try AuditFixtures.cycle()
    #expect(try AuditCycle(json: cycle.jsonString()) == cycle)
    let plan = SamplingPlan(
      seed: 7, size: .fraction(0.1), strataSizes: ["group 3": .count(4)], minimumPerStratum: 2)
    #expect(try SamplingPlan(json: plan.jsonString()) == plan)
    let record = try plan.draw(from: SamplingTests.population, unavailable: ["G1-003"])
    #expect(try SampleRecord(json: record.jsonString()) == record)
    let episode = IntensiveSupportTests.episode()
    #expect(try IntensiveSupportEpisode(json: episode.jsonString()) == episode)
  }

  @Test("wire format: kinds and sizes are written as documented")
  func wireFormat() throws {
    let limiting = try Self.framework(.limiting(criteria: ["safety"])).jsonString()
    #expect(limiting.contains(#""kind" : "limiting""#))
    #expect(try Self.framework(.noOverallGrade).jsonString().contains(#""kind" : "none""#))
    #expect(try SamplingPlan(seed: 1, size: .count(3)).jsonString().contains(#""count" : 3"#))
  }

  @Test(
    "framework validation errors are named by path",
    arguments: [
      (
        #"{"schemaVersion":2}"#, "schemaVersion",
        DocumentDecodingError.Reason.unsupportedSchemaVersion
      ),
      (frameworkJSON(criteria: "[]"), "criteria", .emptyList),
      (
        frameworkJSON(criteria: #"[\#(criterion("a")),\#(criterion("a"))]"#), "criteria[1].id",
        .duplicateIdentifier
      ),
      (frameworkJSON(criteria: #"[\#(criterion(" "))]"#), "criteria[0].id", .invalidValue),
      (
        frameworkJSON(rule: #"{"kind":"limiting","criteria":["a","b"]}"#),
        "overallRule.criteria[1]", .unknownReference
      ),
      (
        frameworkJSON(rule: #"{"kind":"limiting","criteria":[]}"#), "overallRule.criteria",
        .emptyList
      ),
      (frameworkJSON(rule: #"{"kind":"mode"}"#), "overallRule.kind", .invalidValue),
      (frameworkJSON(rule: #"{"kind":"limiting"}"#), "overallRule.criteria", .missingValue),
      (
        frameworkJSON(
          grades: #"[{"id":"x","label":"X","number":1},{"id":"x","label":"Y","number":2}]"#),
        "scale.grades[1].id", .duplicateIdentifier
      ),
      (
        frameworkJSON(
          grades: #"[{"id":"x","label":"X","number":1},{"id":"y","label":"Y","number":1}]"#),
        "scale.grades[1].number", .duplicateIdentifier
      ),
      (frameworkJSON(grades: #"[{"id":"x","label":"X","number":1}]"#), "scale.grades", .emptyList),
      (frameworkJSON(goodOrBetter: "5"), "scale.goodOrBetterCount", .invalidValue),
      (
        frameworkJSON(
          criteria: #"[{"id":"a","question":"q","theme":"t","sources":[],"weight":2}]"#),
        "criteria[0].weight", .unknownField
      ),
      (
        frameworkJSON(criteria: #"[{"id":"a","question":"q","sources":[]}]"#), "criteria[0].theme",
        .missingValue
      ),
      (
        frameworkJSON(criteria: #"[{"id":"a","question":7,"theme":"t","sources":[]}]"#),
        "criteria[0].question", .wrongType
      ),
    ])
  func validationErrors(json: String, path: String, reason: DocumentDecodingError.Reason) {
    #expect(
      throws: DocumentDecodingError(
        path: path, reason: reason, expected: reason == .wrongType ? "String" : nil)
    ) {
      try AuditFramework(json: json)
    }
  }

  @Test("error messages name the path and the rule, never the value")
  func errorMessages() {
    let secret = "SECRET-7731"
    do throws(DocumentDecodingError) {
      _ = try AuditFramework(
        json: Self.frameworkJSON(
          criteria: #"[\#(Self.criterion(secret)),\#(Self.criterion(secret))]"#))
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "criteria[1].id: identifier used more than once")
      #expect(!error.description.contains(secret))
    }
  }

  static func criterion(_ id: String) -> String {
    #"{"id":"\#(id)","question":"q","theme":"t","sources":[]}"#
  }

  static func frameworkJSON(
    criteria: String = #"[{"id":"a","question":"q","theme":"t","sources":[]}]"#,
    rule: String = #"{"kind":"median"}"#,
    grades: String =
      #"[{"id":"good","label":"Good","number":1},{"id":"poor","label":"Poor","number":2}]"#,
    goodOrBetter: String = "1"
  ) -> String {
    #"{"schemaVersion":1,"id":"f","title":"F","scale":{"id":"s","name":"S","grades":\#(grades),"goodOrBetterCount":\#(goodOrBetter)},"criteria":\#(criteria),"overallRule":\#(rule)}"#
  }
}
