/// One practice placement of a qualifying programme.
public struct Placement: Sendable, Hashable, Codable {
  /// The setting, for example "local authority child protection team" or "adult mental health
  /// charity". Two placements contrast when their settings differ.
  public var setting: String
  /// Days in practice.
  public var days: Int
  /// Whether the placement is in a statutory setting (a local authority or NHS statutory
  /// service).
  public var isStatutory: Bool
  /// Whether the student undertakes statutory tasks involving high-risk decision making.
  public var includesHighRiskDecisions: Bool
  /// Whether the student undertakes statutory tasks involving legal interventions.
  public var includesLegalInterventions: Bool
  /// The service-user group, for example "children and families" (the 2003 requirements ask for
  /// two).
  public var userGroup: String?

  /// Creates a placement.
  public init(
    setting: String, days: Int, isStatutory: Bool = false,
    includesHighRiskDecisions: Bool = false, includesLegalInterventions: Bool = false,
    userGroup: String? = nil
  ) {
    self.setting = setting
    self.days = days
    self.isStatutory = isStatutory
    self.includesHighRiskDecisions = includesHighRiskDecisions
    self.includesLegalInterventions = includesLegalInterventions
    self.userGroup = userGroup
  }
}

/// A student's practice learning: skills days and placements, in the order taken.
public struct PracticeLearningPlan: Sendable, Hashable, Codable {
  /// The day the programme starts: it decides which rule applies.
  public var programmeStart: CalendarDay
  /// Skills-development days.
  public var skillsDays: Int
  /// The placements, first to last.
  public var placements: [Placement]

  /// Creates a plan.
  public init(programmeStart: CalendarDay, skillsDays: Int = 0, placements: [Placement]) {
    self.programmeStart = programmeStart
    self.skillsDays = skillsDays
    self.placements = placements
  }

  /// Placement days, without skills days.
  public var placementDays: Int { placements.reduce(0) { $0 + $1.days } }

  /// The rule in force for the start day, or `nil` before the Diploma in Social Work era's
  /// requirement is recorded.
  public var rule: PracticeLearningRule? { PracticeLearningRule.inForce(on: programmeStart) }

  /// The plan checked against the rule for its start day: one finding per requirement not met
  /// (code `education.practice-learning.<rule>.<check>`), each naming the rule and its source;
  /// an empty list means the plan meets every requirement.
  public func validate() -> [Finding] {
    guard let rule else {
      return [
        Finding(
          code: .educationPracticeLearningNoRule, severity: .advisory,
          message: "No practice-learning requirement is recorded for programmes starting on "
            + "\(programmeStart).")
      ]
    }
    return rule.check(self) + dipSWOverlap
  }

  /// The days on which both the degree and the last Diploma in Social Work intakes started: the
  /// degree from September 2003, the DipSW "until January 2004" (Community Care, 2003).
  static let dipSWOverlapStarts = CalendarDay(2003, 9, 1)...CalendarDay(2004, 1, 31)

  /// An advisory when the start day alone cannot tell the degree from a late DipSW intake.
  private var dipSWOverlap: [Finding] {
    guard Self.dipSWOverlapStarts.contains(programmeStart) else { return [] }
    return [
      Finding(
        code: .educationPracticeLearningDipSWOverlap, severity: .advisory,
        message: "Checked against the degree's requirement; some Diploma in Social Work "
          + "programmes still took intakes until January 2004, and a DipSW programme needed 130 "
          + "practice days.",
        sources: [EducationSource.communityCare2003NewDegree])
    ]
  }
}

/// The regulator's or government's practice-learning requirement for qualifying programmes,
/// by era (education.md §2).
public enum PracticeLearningRule: String, Sendable, Hashable, Codable, CaseIterable {
  /// The Diploma in Social Work: 130 practice days.
  case diplomaInSocialWork
  /// DH Requirements for Social Work Training (2002), for the degree from 2003: at least 200
  /// days in practice, two settings, statutory tasks with legal interventions, two user groups.
  case requirements2003
  /// The Social Work Reform Board / College of Social Work expectation from the 2013 intake:
  /// 30 skills days, a 70-day first placement and a 100-day last placement.
  case reform2013
  /// Social Work England's education and training standards 2021, from 1 September 2021: at
  /// least 200 days including up to 30 skills days, two contrasting settings, one statutory
  /// placement with high-risk decision making and legal interventions.
  case sweStandards2021

  /// The rules by the programme start days they apply to.
  public static let history: Versioned<PracticeLearningRule> = builtIn(
    "practice-learning eras overlap"
  ) {
    try Versioned([
      (try EffectivePeriod(through: CalendarDay(2003, 8, 31)), .diplomaInSocialWork),
      (
        try EffectivePeriod(from: CalendarDay(2003, 9, 1), through: CalendarDay(2013, 8, 31)),
        .requirements2003
      ),
      (
        try EffectivePeriod(from: CalendarDay(2013, 9, 1), through: CalendarDay(2021, 8, 31)),
        .reform2013
      ),
      (.starting(CalendarDay(2021, 9, 1)), .sweStandards2021),
    ])
  }

  /// The rule for a programme starting on `day`.
  public static func inForce(on day: CalendarDay) -> PracticeLearningRule? {
    history.value(on: day)
  }

  /// A short name, for example "Social Work England education and training standards 2021".
  public var name: String {
    switch self {
    case .diplomaInSocialWork: "Diploma in Social Work (before the degree)"
    case .requirements2003: "DH Requirements for Social Work Training (2002), from 2003"
    case .reform2013: "Social Work Reform Board expectation (30 + 70 + 100 days), from 2013"
    case .sweStandards2021: "Social Work England education and training standards 2021"
    }
  }

  /// Where the rule comes from. The era boundaries are the notes' years; the September start
  /// days are this library's convention for the academic year (education.md §2).
  public var provenance: Provenance {
    switch self {
    case .diplomaInSocialWork:
      Provenance(
        .secondary, [EducationSource.placements2010, EducationSource.communityCare2003NewDegree],
        note: "130 practice days. The degree replaced it from September 2003, but some DipSW "
          + "programmes took intakes until January 2004 (Community Care, 14 August 2003): a "
          + "programme starting from 1 September 2003 to 31 January 2004 is checked against the "
          + "degree's rule, with an advisory finding.")
    case .requirements2003:
      Provenance(
        .secondary, [EducationSource.placements2010],
        note: "Applied to the degree from 2003; the 1 September 2003 start is a convention.")
    case .reform2013:
      Provenance(
        .verified, [EducationSource.yorkModules, EducationSource.tcswReform2012],
        note: "The 30/70/100 split is verified in a 2024-25 programme that calls it the Social "
          + "Work England expectation; the reform applied for the 2013 intake at the latest. "
          + "HCPC standards (2012–2019) and SWE 2019 standards set no day count.")
    case .sweStandards2021:
      Provenance(
        .verified, [EducationSource.sweStandards, EducationSource.sweStandardsReport],
        note: "Standard 2 (learning environment); the paragraph number 2.1 is unverified.")
    }
  }

  /// The plan's findings under this rule.
  func check(_ plan: PracticeLearningPlan) -> [Finding] {
    var findings: [Finding] = []
    func require(_ condition: Bool, _ check: String, _ message: String) {
      guard !condition else { return }
      findings.append(
        Finding(
          code: .educationPracticeLearning(self, unmet: check), severity: .concern,
          message: "\(name): \(message)", sources: provenance.sources))
    }
    let placements = plan.placements
    let settings = Set(placements.map { $0.setting.lowercased() })
    switch self {
    case .diplomaInSocialWork:
      require(
        plan.placementDays >= 130, "days",
        "at least 130 practice days; the plan has \(plan.placementDays).")
    case .requirements2003:
      require(
        plan.placementDays >= 200, "days",
        "at least 200 days in practice settings; the plan has \(plan.placementDays).")
      require(settings.count >= 2, "settings", "at least two practice settings.")
      require(
        placements.contains { $0.includesLegalInterventions }, "legal-interventions",
        "experience of statutory tasks involving legal interventions.")
      require(
        Set(placements.compactMap { $0.userGroup?.lowercased() }).count >= 2, "user-groups",
        "experience of at least two user groups.")
    case .reform2013:
      require(
        plan.skillsDays >= 30, "skills-days",
        "30 skills-development days; the plan has \(plan.skillsDays).")
      require(
        placements.count >= 2, "placements", "a first and a last placement.")
      require(
        (placements.first?.days ?? 0) >= 70, "first-placement",
        "a first placement of 70 days.")
      require(
        placements.count >= 2 && (placements.last?.days ?? 0) >= 100, "last-placement",
        "a last placement of 100 days.")
    case .sweStandards2021:
      let counted = min(plan.skillsDays, 30) + plan.placementDays
      require(
        counted >= 200, "days",
        "at least 200 days in practice learning including up to 30 skills days; the plan has "
          + "\(counted)" + (plan.skillsDays > 30 ? " (skills days beyond 30 do not count)." : "."))
      require(
        settings.count >= 2, "settings",
        "at least two practice settings providing contrasting "
          + "experiences.")
      require(
        placements.contains {
          $0.isStatutory && $0.includesHighRiskDecisions && $0.includesLegalInterventions
        }, "statutory",
        "at least one placement in a statutory setting with statutory tasks involving high-risk "
          + "decision making and legal interventions.")
    }
    return findings
  }
}
