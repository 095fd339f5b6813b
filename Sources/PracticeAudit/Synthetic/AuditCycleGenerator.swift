/// A seeded synthetic year of case-file audits for demonstrations and the combined report.
///
/// Four quarters; the improvement loop (findings discussed by social worker, supervisor and senior
/// manager) is introduced halfway; every fourth audit is moderated. Grades are drawn around each
/// case's latent quality with noise, so auditors and moderators agree well but not perfectly, and
/// the good-or-better share falls and then recovers, the pattern Hammersmith and Fulham reported
/// (seed 004: 68% good in 2009, 52% by July 2010, then 65% and 84% once audit was built into line
/// management). The figures drawn are synthetic and illustrate that pattern; they are not the
/// seed's figures.
public struct AuditCycleGenerator: Sendable, Hashable {
  /// The seed: the same seed gives the same audits.
  public let seed: UInt64
  /// Audits in each quarter.
  public let auditsPerPeriod: Int
  /// The framework graded against, or `nil` for the ILACS-aligned one in force on the day. Its
  /// scale should have four grades, best first: the latent qualities are four ranks, and a
  /// shorter scale takes its last grade for the ranks it lacks.
  public let framework: AuditFramework?

  /// Creates a generator.
  public init(seed: UInt64 = 2010, auditsPerPeriod: Int = 40, framework: AuditFramework? = nil) {
    self.seed = seed
    self.auditsPerPeriod = max(1, auditsPerPeriod)
    self.framework = framework
  }

  /// The chance (0 to 1) of each latent grade, best first, per quarter: the share good or
  /// better drifts down, then the loop lifts it.
  static let quality: [[Double]] = [
    [0.15, 0.65, 0.15, 0.05], [0.10, 0.55, 0.25, 0.10], [0.15, 0.65, 0.15, 0.05],
    [0.20, 0.72, 0.06, 0.02],
  ]

  /// Four 91-day quarters ending the day before `day`, ``auditsPerPeriod`` audits each over four
  /// teams.
  public func cycle(endingBefore day: CalendarDay) -> AuditCycle {
    let framework =
      self.framework ?? AuditFramework.ilacsAligned(on: max(day, CalendarDay(2018, 1, 1)))
    // Latent qualities are ranks 0...3; a scale of another length takes the nearest grade.
    let ids = framework.scale.grades.map(\.id)
    let grades = (0..<4).map { ids.isEmpty ? "" : ids[min($0, ids.count - 1)] }
    var generator = SeededGenerator(seed: seed)
    var periods: [AuditPeriod] = []
    var belowGood: [String: Int] = [:]
    for (index, chances) in Self.quality.enumerated() {
      let start = day.advanced(by: -364 + 91 * index)
      let loop = index >= 2
      var audits: [CaseAudit] = []
      let revisits = belowGood.keys.sorted().prefix(5)
      var nextBelowGood: [String: Int] = [:]
      for number in 0..<auditsPerPeriod {
        let reference: String
        var latent = Self.draw(chances, &generator)
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
  private func makeAudit(
    _ reference: String, latent: Int, day: CalendarDay, team: String, moderated: Bool,
    loop: Bool, grades: [String], framework: AuditFramework, _ generator: inout SeededGenerator
  ) -> CaseAudit {
    func graded() -> [String: CriterionGrade] {
      var result: [String: CriterionGrade] = [:]
      for criterion in framework.criteria {
        result[criterion.id] = CriterionGrade(grades[Self.noisy(latent, &generator)])
      }
      return result
    }
    let hasOverall = framework.overallRule != .noOverallGrade
    let moderation =
      moderated
      ? Moderation(
        moderator: "QA1", moderatorRole: "quality assurance officer", day: day.advanced(by: 14),
        grades: graded(), overall: hasOverall ? grades[Self.noisy(latent, &generator)] : nil)
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

}
