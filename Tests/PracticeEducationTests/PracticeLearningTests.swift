import PracticeEducation
import Testing

@Suite("Practice learning")
struct PracticeLearningTests {
  static let statutory = Placement(
    setting: "local authority child protection", days: 100, isStatutory: true,
    includesHighRiskDecisions: true, includesLegalInterventions: true,
    userGroup: "children and families")
  static let voluntary = Placement(
    setting: "adult mental health charity", days: 70, userGroup: "adults")

  static func plan(_ start: CalendarDay, skills: Int = 30, _ placements: [Placement]? = nil)
    -> PracticeLearningPlan
  {
    PracticeLearningPlan(
      programmeStart: start, skillsDays: skills, placements: placements ?? [voluntary, statutory])
  }

  @Test(
    "the rule in force turns on the programme's start day",
    arguments: [
      (CalendarDay(2003, 8, 31), PracticeLearningRule.diplomaInSocialWork),
      (CalendarDay(2003, 9, 1), .requirements2003),
      (CalendarDay(2013, 8, 31), .requirements2003),
      (CalendarDay(2013, 9, 1), .reform2013),
      (CalendarDay(2021, 8, 31), .reform2013),
      (CalendarDay(2021, 9, 1), .sweStandards2021),
      (CalendarDay(2024, 2, 29), .sweStandards2021),
    ])
  func eras(day: CalendarDay, rule: PracticeLearningRule) {
    #expect(PracticeLearningRule.inForce(on: day) == rule)
  }

  @Test(
    "September 2003 to January 2004: the degree's rule, and an advisory on late DipSW intakes",
    arguments: [
      (CalendarDay(2003, 8, 31), false), (CalendarDay(2003, 9, 1), true),
      (CalendarDay(2004, 1, 31), true), (CalendarDay(2004, 2, 1), false),
      (CalendarDay(2004, 2, 29), false),
    ])
  func dipSWOverlap(day: CalendarDay, advised: Bool) {
    // 200 days in two settings with legal interventions and two user groups: the degree's
    // requirement met, so the only finding can be the advisory.
    let adults = Placement(setting: "adult mental health charity", days: 100, userGroup: "adults")
    let plan = Self.plan(day, [adults, Self.statutory])
    let codes = plan.validate().map(\.code.rawValue)
    #expect(codes == (advised ? ["education.practice-learning.dipsw-overlap"] : []), "\(day)")
    if advised {
      #expect(plan.validate().first?.severity == .advisory)
      #expect(plan.validate().first?.message.contains("130 practice days") == true)
    }
  }

  @Test("Step Up: around 170 placement days plus 30 skills days meets the 2021 standards")
  func stepUp() {
    let plan = Self.plan(CalendarDay(2024, 1, 8))
    #expect(plan.placementDays == 170)
    #expect(plan.validate().isEmpty)
  }

  @Test("2021 standards: 200 days counting at most 30 skills days")
  func days2021() {
    let start = CalendarDay(2021, 9, 1)
    #expect(
      Self.plan(start, skills: 29).validate().map(\.code.rawValue) == [
        "education.practice-learning.sweStandards2021.days"
      ])
    // 40 skills days count as 30: 200 only with 170 placement days.
    #expect(Self.plan(start, skills: 40).validate().isEmpty)
    let short = Self.plan(
      start, skills: 40,
      [
        Self.voluntary,
        Placement(
          setting: "local authority child protection", days: 99, isStatutory: true,
          includesHighRiskDecisions: true, includesLegalInterventions: true),
      ])
    #expect(
      short.validate().map(\.code.rawValue) == ["education.practice-learning.sweStandards2021.days"]
    )
  }

  @Test("2021 standards: two contrasting settings and a statutory placement with both tasks")
  func settings2021() throws {
    let start = CalendarDay(2022, 9, 1)
    let same = Self.plan(
      start,
      [
        Placement(setting: "Local authority child protection", days: 70),
        Self.statutory,
      ])
    #expect(
      same.validate().map(\.code.rawValue) == [
        "education.practice-learning.sweStandards2021.settings"
      ])
    var partial = Self.statutory
    partial.includesHighRiskDecisions = false
    let findings = Self.plan(start, [Self.voluntary, partial]).validate()
    #expect(
      findings.map(\.code.rawValue) == ["education.practice-learning.sweStandards2021.statutory"])
    let finding = try #require(findings.first)
    #expect(finding.message.hasPrefix("Social Work England education and training standards 2021"))
    #expect(!finding.sources.isEmpty)
  }

  @Test("2013 expectation: 30 skills days, a 70-day first and a 100-day last placement")
  func reform2013() {
    let start = CalendarDay(2015, 9, 1)
    #expect(Self.plan(start).validate().isEmpty)
    #expect(
      Self.plan(start, skills: 20).validate().map(\.code.rawValue) == [
        "education.practice-learning.reform2013.skills-days"
      ])
    let swapped = Self.plan(start, [Self.statutory, Self.voluntary])
    #expect(
      swapped.validate().map(\.code.rawValue) == [
        "education.practice-learning.reform2013.last-placement"
      ])
    // The 2013 expectation has no statutory-task rule: a plan that fails 2021 passes here.
    let noStatutory = Self.plan(start, [Self.voluntary, Placement(setting: "school", days: 100)])
    #expect(noStatutory.validate().isEmpty)
  }

  @Test("2003 requirements: 200 practice days, two settings, legal interventions, two user groups")
  func requirements2003() {
    let start = CalendarDay(2005, 9, 1)
    let long = [
      Placement(setting: "voluntary adult service", days: 100, userGroup: "adults"),
      Self.statutory,
    ]
    #expect(Self.plan(start, skills: 0, long).validate().isEmpty)
    // Skills days did not exist: 170 practice days fall short even with 30 skills days.
    #expect(
      Self.plan(start).validate().map(\.code.rawValue) == [
        "education.practice-learning.requirements2003.days"
      ])
    let oneGroup = [
      Placement(setting: "family centre", days: 100, userGroup: "children and families"),
      Self.statutory,
    ]
    #expect(
      Self.plan(start, skills: 0, oneGroup).validate().map(\.code.rawValue) == [
        "education.practice-learning.requirements2003.user-groups"
      ])
  }

  @Test("Diploma in Social Work: 130 practice days")
  func diploma() {
    let start = CalendarDay(1999, 9, 1)
    #expect(Self.plan(start, skills: 0, [Placement(setting: "a", days: 130)]).validate().isEmpty)
    #expect(Self.plan(start, skills: 0, [Placement(setting: "a", days: 129)]).validate().count == 1)
  }
}
