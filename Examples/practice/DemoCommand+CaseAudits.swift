import PracticeKit

/// The demo's case-audit section: a seeded synthetic year of case-file audits in four quarters,
/// the improvement loop introduced halfway (findings discussed by social worker, supervisor and
/// senior manager), a quarter of audits moderated. Grades are drawn around each case's latent
/// quality with noise, so agreement is good but not perfect, and the good-or-better share falls
/// and then recovers, as Hammersmith and Fulham's did (seed 004).
struct CaseAuditDemo: Encodable {
  var framework: String
  var periods: [Period]
  var moderated: Int
  @Nullable var cohenKappa: Double?
  @Nullable var quadraticWeightedKappa: Double?
  @Nullable var band: String?
  var withLoop: String
  var withoutLoop: String
  var findingCount: Int

  struct Period: Encodable {
    var id: String
    var loopInPlace: Bool
    var audits: Int
    var goodOrBetter: String
    var discussedWithAllThree: Int
  }

  /// The chance (0 to 1) of each latent grade, best first, per quarter: the share good or
  /// better drifts down, then the loop lifts it.
  private static let quality: [[Double]] = [
    [0.15, 0.65, 0.15, 0.05], [0.10, 0.55, 0.25, 0.10], [0.15, 0.65, 0.15, 0.05],
    [0.20, 0.72, 0.06, 0.02],
  ]

  init(day: CalendarDay) {
    let cycle = Self.cycle(before: day)
    framework = cycle.framework.title
    periods = cycle.measures(asOf: day).map {
      Period(
        id: $0.period, loopInPlace: $0.loopInPlace, audits: $0.audits,
        goodOrBetter: $0.publishedGoodOrBetter.description,
        discussedWithAllThree: $0.discussedWithAllThree)
    }
    let pairs = cycle.audits.compactMap { audit -> (first: Int, second: Int)? in
      guard let first = audit.result(in: cycle.framework).flatMap(cycle.framework.scale.rank),
        let second = audit.moderatedResult(in: cycle.framework).flatMap(
          cycle.framework.scale.rank)
      else { return nil }
      return (first, second)
    }
    moderated = pairs.count
    let table = try? AgreementTable(pairs: pairs, categories: cycle.framework.scale.grades.count)
    cohenKappa = table?.cohenKappa().value
    quadraticWeightedKappa = table?.cohenKappa(.quadratic).value
    band = table?.cohenKappa().band?.description
    let comparison = cycle.loopComparison
    withLoop = Self.percent(comparison.withLoop)
    withoutLoop = Self.percent(comparison.withoutLoop)
    findingCount = cycle.findings(asOf: day).count
  }

  private static func percent(_ pooled: PooledResults) -> String {
    let value =
      (try? DisclosureControl.dfe.publishPercentage(
        numerator: pooled.goodOrBetter, denominator: pooled.audits)) ?? .notAvailable
    return Int(value.description) == nil ? value.description : "\(value)%"
  }

  /// Four 91-day quarters ending the day before `day`, 40 audits each over four teams.
  static func cycle(before day: CalendarDay) -> AuditCycle {
    let framework = AuditFramework.ilacsAligned(on: max(day, CalendarDay(2018, 1, 1)))
    let grades = framework.scale.grades.map(\.id)
    var generator = SeededGenerator(seed: 2010)
    var periods: [AuditPeriod] = []
    var belowGood: [String: Int] = [:]
    for (index, chances) in quality.enumerated() {
      let start = day.advanced(by: -364 + 91 * index)
      let loop = index >= 2
      var audits: [CaseAudit] = []
      let revisits = belowGood.keys.sorted().prefix(5)
      var nextBelowGood: [String: Int] = [:]
      for number in 0..<40 {
        let reference: String
        var latent = draw(chances, &generator)
        if number < revisits.count {
          reference = revisits[revisits.startIndex + number]
          let before = belowGood[reference] ?? latent
          latent = loop && generator.bool(probability: 0.6) ? max(before - 1, 0) : before
        } else {
          reference = "D\(index + 1)-\(number + 1)"
        }
        let auditDay = start.advanced(by: generator.int(in: 0...90))
        let audit = makeAudit(
          reference, latent: latent, day: auditDay, team: "Team \(number % 4 + 1)",
          moderated: number % 4 == 0, loop: loop, grades: grades, framework: framework,
          &generator)
        if latent >= 2 { nextBelowGood[reference] = latent }
        audits.append(audit)
      }
      belowGood = nextBelowGood
      periods.append(
        AuditPeriod(
          id: "Q\(index + 1)", start: start, end: start.advanced(by: 90), loopInPlace: loop,
          audits: audits))
    }
    return AuditCycle(framework: framework, periods: periods)
  }

  /// One audit of a case of latent quality `latent` (a rank, 0 best).
  private static func makeAudit(
    _ reference: String, latent: Int, day: CalendarDay, team: String, moderated: Bool,
    loop: Bool, grades: [String], framework: AuditFramework, _ generator: inout SeededGenerator
  ) -> CaseAudit {
    func graded() -> [String: CriterionGrade] {
      var result: [String: CriterionGrade] = [:]
      for criterion in framework.criteria {
        result[criterion.id] = CriterionGrade(grades[noisy(latent, &generator)])
      }
      return result
    }
    let hasOverall = framework.overallRule != .noOverallGrade
    let moderation =
      moderated
      ? Moderation(
        moderator: "QA1", moderatorRole: "quality assurance officer", day: day.advanced(by: 14),
        grades: graded(), overall: hasOverall ? grades[noisy(latent, &generator)] : nil)
      : nil
    let participants: [DiscussionRole] =
      loop
      ? (generator.bool(probability: 0.85)
        ? DiscussionRole.allCases : [.socialWorker, .supervisor])
      : (generator.bool(probability: 0.6) ? [.socialWorker, .supervisor] : [])
    let rehearsed = loop && latent >= 2 && generator.bool(probability: 0.8)
    var actions: [AuditAction] = []
    if latent >= 2 {
      let due = day.advanced(by: 28)
      let outcome = generator.double()
      let completed =
        outcome < 0.7 ? due.advanced(by: -3) : outcome < 0.85 ? due.advanced(by: 5) : nil
      actions.append(
        AuditAction(
          "address the audit's areas for improvement", ownerRole: "team manager", due: due,
          completed: completed))
    }
    return CaseAudit(
      caseReference: reference, auditor: "TM\(team.suffix(1))", auditorRole: "team manager",
      team: team, day: day, grades: graded(), overall: hasOverall ? grades[latent] : nil,
      actions: actions, moderation: moderation,
      discussion: participants.isEmpty
        ? nil
        : AuditDiscussion(
          day: day.advanced(by: 7), participants: participants, rehearsedCourtStandard: rehearsed))
  }

  /// A rank drawn from `chances`.
  private static func draw(_ chances: [Double], _ generator: inout SeededGenerator) -> Int {
    var remaining = generator.double()
    for (rank, chance) in chances.enumerated() {
      if remaining < chance { return rank }
      remaining -= chance
    }
    return chances.count - 1
  }

  /// `rank`, moved one grade either way with probability 0.12 (kept on the scale).
  private static func noisy(_ rank: Int, _ generator: inout SeededGenerator) -> Int {
    guard generator.bool(probability: 0.12) else { return rank }
    let moved = rank + (generator.bool(probability: 0.5) ? 1 : -1)
    return min(max(moved, 0), 3)
  }

  /// The section's lines in the demo report.
  var lines: [String] {
    var lines = ["", "Case-file audits (a seeded synthetic year; \(framework)):"]
    for period in periods {
      lines.append(
        "  \(period.id): \(period.audits) audits\(period.loopInPlace ? " (loop in place)" : ""), "
          + "good or better \(period.goodOrBetter)%, discussed by all three roles "
          + "\(period.discussedWithAllThree)")
    }
    lines.append(
      "  moderation: \(moderated) audits re-graded, Cohen's kappa "
        + (cohenKappa.map { fixed($0, places: 3) } ?? "undefined")
        + (quadraticWeightedKappa.map { ", quadratic \(fixed($0, places: 3))" } ?? "")
        + (band.map { " (\($0.lowercased()))" } ?? ""))
    lines.append(
      "  good or better with the loop \(withLoop), without \(withoutLoop); \(findingCount) findings;"
        + " run 'practice audit cases FILE.json' on your own audits")
    return lines
  }
}
