/// How audits are grouped for measures.
public enum AuditGrouping: String, Sendable, Hashable, Codable, CaseIterable {
  /// The whole authority.
  case authority
  /// By the team holding the case.
  case team
  /// By the case's social worker.
  case worker
}

/// How many audits had a grade as their result.
public struct GradeCount: Sendable, Hashable, Codable {
  /// The grade's identifier.
  public var grade: String
  /// The number of audits.
  public var count: Int
}

/// The improvement-loop measures for one period and group (the authority, a team, a worker).
///
/// An audit's result is ``CaseAudit/result(in:)``. Actions count when due on or before the day
/// the measures are taken; one is on time when completed on or before its due day.
public struct LoopMeasures: Sendable, Hashable, Codable {
  /// The period's identifier.
  public var period: String
  /// The team or worker, or `nil` for the whole authority.
  public var group: String?
  /// Whether the loop was in place in the period.
  public var loopInPlace: Bool
  /// The number of audits.
  public var audits: Int
  /// The results by grade, best first, every grade of the scale listed.
  public var gradeCounts: [GradeCount]
  /// Audits whose result is good or better.
  public var goodOrBetter: Int
  /// ``goodOrBetter`` as a share of ``audits``, 0 to 1; `nil` with no audits or no
  /// good-or-better convention.
  public var goodOrBetterShare: Double?
  /// The change in ``goodOrBetterShare`` from the previous period for the same group, in
  /// percentage points.
  public var movement: Double?
  /// Audits whose findings were discussed by social worker, supervisor and senior manager.
  public var discussedWithAllThree: Int
  /// Audits whose result is below good (so the court standard should be rehearsed).
  public var belowGood: Int
  /// Of those, the audits where a senior manager rehearsed the court standard.
  public var rehearsed: Int
  /// Actions due by the measurement day.
  public var actionsDue: Int
  /// Of those, the actions completed on or before their due day.
  public var actionsOnTime: Int
  /// Of those, the actions not completed at all.
  public var actionsOutstanding: Int
  /// Audits of cases audited in an earlier period (re-audits).
  public var reaudited: Int
  /// Re-audits whose result is better than the case's previous result.
  public var reauditImproved: Int
  /// Re-audits whose result is good or better.
  public var reauditGoodOrBetter: Int
}

/// Good-or-better results pooled over periods with, or without, the improvement loop.
public struct PooledResults: Sendable, Hashable, Codable {
  /// The periods pooled.
  public var periods: [String]
  /// The audits in them.
  public var audits: Int
  /// Those with a good-or-better result.
  public var goodOrBetter: Int
  /// The share, 0 to 1, when there are audits.
  public var share: Double? { audits > 0 ? Double(goodOrBetter) / Double(audits) : nil }
}

/// Periods with the improvement loop compared with periods without it.
public struct LoopComparison: Sendable, Hashable, Codable {
  /// Periods with the loop.
  public var withLoop: PooledResults
  /// Periods without it.
  public var withoutLoop: PooledResults
  /// With minus without, in percentage points, when both have audits.
  public var difference: Double? {
    guard let with = withLoop.share, let without = withoutLoop.share else { return nil }
    return (with - without) * 100
  }
}

extension AuditCycle {
  /// The measures for every period and group, in period order then group name.
  public func measures(
    by grouping: AuditGrouping = .authority, asOf day: CalendarDay
  ) -> [LoopMeasures] {
    var previousShare: [String: Double] = [:]
    var latestResult: [String: String] = [:]
    var all: [LoopMeasures] = []
    for period in periods {
      var groups: [String: [CaseAudit]] = [:]
      for audit in period.audits { groups[groupKey(audit, grouping), default: []].append(audit) }
      var shares: [String: Double] = [:]
      for key in groups.keys.sorted() {
        var measure = measures(
          of: groups[key] ?? [], period: period, previous: latestResult, asOf: day)
        measure.group = grouping == .authority ? nil : key
        if let share = measure.goodOrBetterShare {
          shares[key] = share
          measure.movement = previousShare[key].map { (share - $0) * 100 }
        }
        all.append(measure)
      }
      previousShare = shares
      for audit in period.audits {
        if let result = audit.result(in: framework) { latestResult[audit.caseReference] = result }
      }
    }
    return all
  }

  private func groupKey(_ audit: CaseAudit, _ grouping: AuditGrouping) -> String {
    switch grouping {
    case .authority: ""
    case .team: audit.team ?? "(no team)"
    case .worker: audit.worker ?? "(no worker)"
    }
  }

  private func measures(
    of audits: [CaseAudit], period: AuditPeriod, previous: [String: String],
    asOf day: CalendarDay
  ) -> LoopMeasures {
    let scale = framework.scale
    let results = audits.map { $0.result(in: framework) }
    let goodOrBetter = results.filter { $0.flatMap(scale.isGoodOrBetter) == true }.count
    let below = zip(audits, results).filter { $0.1.flatMap(scale.isGoodOrBetter) == false }
    let actions = audits.flatMap(\.actions).filter { $0.due <= day }
    var reaudited = 0
    var improved = 0
    var reauditGood = 0
    for (audit, result) in zip(audits, results) {
      guard let earlier = previous[audit.caseReference], let result else { continue }
      reaudited += 1
      if scale.isBetter(result, than: earlier) { improved += 1 }
      if scale.isGoodOrBetter(result) == true { reauditGood += 1 }
    }
    let hasConvention = scale.goodOrBetterCount != nil
    return LoopMeasures(
      period: period.id, group: nil, loopInPlace: period.loopInPlace, audits: audits.count,
      gradeCounts: scale.grades.map { grade in
        GradeCount(grade: grade.id, count: results.filter { $0 == grade.id }.count)
      },
      goodOrBetter: goodOrBetter,
      goodOrBetterShare: hasConvention && !audits.isEmpty
        ? Double(goodOrBetter) / Double(audits.count) : nil,
      movement: nil,
      discussedWithAllThree: audits.filter { $0.discussion?.includesAllThreeRoles == true }.count,
      belowGood: below.count,
      rehearsed: below.filter { $0.0.discussion?.rehearsedCourtStandard == true }.count,
      actionsDue: actions.count, actionsOnTime: actions.filter(\.isCompletedOnTime).count,
      actionsOutstanding: actions.filter { $0.completed == nil }.count,
      reaudited: reaudited, reauditImproved: improved, reauditGoodOrBetter: reauditGood)
  }

  /// Good-or-better results in periods with the loop against periods without it.
  public var loopComparison: LoopComparison {
    func pooled(_ loop: Bool) -> PooledResults {
      let chosen = periods.filter { $0.loopInPlace == loop }
      let audits = chosen.flatMap(\.audits)
      return PooledResults(
        periods: chosen.map(\.id), audits: audits.count,
        goodOrBetter: audits.filter {
          $0.result(in: framework).flatMap(framework.scale.isGoodOrBetter) == true
        }.count)
    }
    return LoopComparison(withLoop: pooled(true), withoutLoop: pooled(false))
  }

  /// Agreement between auditors' and moderators' results over every moderated audit.
  public var moderationAgreement: AgreementSummary? {
    let scale = framework.scale
    let pairs = audits.compactMap { audit -> [Int]? in
      guard let first = audit.result(in: framework).flatMap(scale.rank(of:)),
        let second = audit.moderatedResult(in: framework).flatMap(scale.rank(of:))
      else { return nil }
      return [first, second]
    }
    return (try? RatingMatrix(categoryCount: scale.grades.count, ratings: pairs))?.summary
  }

  /// Everything found, as of `day`:
  /// - for each audit, the overall-judgement findings and moderation disagreements;
  /// - `audit.loop.notDiscussed` (advisory): a result below good not discussed by social
  ///   worker, supervisor and senior manager together;
  /// - `audit.loop.notRehearsed` (advisory): a result below good without a senior manager
  ///   rehearsing the court standard;
  /// - `audit.action.overdue` (concern) for an action not completed by its due day, and
  ///   `audit.action.late` (advisory) for one completed after it;
  /// - `audit.loop.improvementNotSustained` (concern): the authority's good-or-better share
  ///   rose into a period and fell in the next, as Hammersmith and Fulham's did before audits
  ///   were built into line management (seed 004).
  public func findings(asOf day: CalendarDay) -> [Finding] {
    let loopSource = Source.socialWorkMatters(
      "'True test of safeguarding', Jenkinson and Chamberlain")
    var findings: [Finding] = []
    for audit in audits {
      findings += audit.overallJudgement(in: framework).findings.map {
        var finding = $0
        finding.subject = audit.caseReference
        return finding
      }
      findings += audit.moderationFindings(in: framework)
      if audit.result(in: framework).flatMap(framework.scale.isGoodOrBetter) == false {
        if audit.discussion?.includesAllThreeRoles != true {
          findings.append(
            Finding(
              code: .auditLoopNotDiscussed, severity: .advisory,
              message: "A result below good was not discussed by the social worker, supervisor "
                + "and a senior manager together.", subject: audit.caseReference,
              sources: [loopSource]))
        }
        if audit.discussion?.rehearsedCourtStandard != true {
          findings.append(
            Finding(
              code: .auditLoopNotRehearsed, severity: .advisory,
              message: "No senior manager rehearsed how the case fell short of a standard the "
                + "courts would expect.", subject: audit.caseReference, sources: [loopSource]))
        }
      }
      for action in audit.actions {
        if let completed = action.completed {
          if completed > action.due {
            findings.append(
              Finding(
                code: .auditActionLate, severity: .advisory,
                message: "An audit action was completed after its due day.",
                subject: audit.caseReference, dueDay: action.due, actualDay: completed))
          }
        } else if action.due < day {
          findings.append(
            Finding(
              code: .auditActionOverdue, severity: .concern,
              message: "An audit action is not completed and its due day has passed.",
              subject: audit.caseReference, dueDay: action.due))
        }
      }
    }
    let shares = measures(asOf: day).compactMap { m in m.goodOrBetterShare.map { (m.period, $0) } }
    for index in shares.indices.dropFirst().dropLast()
    where shares[index].1 > shares[index - 1].1 && shares[index + 1].1 < shares[index].1 {
      findings.append(
        Finding(
          code: .auditLoopImprovementNotSustained, severity: .concern,
          message: "The share of good or better audits rose in period '\(shares[index].0)' and "
            + "fell in '\(shares[index + 1].0)': the improvement was not sustained.",
          sources: [loopSource]))
    }
    return findings
  }
}
