extension AuditCycle {
  /// What each finding code of a case-audit cycle means, as a head of service reads it: the
  /// label printed beside a count of findings in human output (JSON keeps the code). Every code
  /// ``findings(asOf:)`` can give is here; a test checks that.
  public static let findingLabels: [String: String] = [
    "audit.overall.missing": "Overall grade not recorded",
    "audit.overall.contradictsCriteria": "Overall grade better or worse than every criterion grade",
    "audit.overall.limited": "Overall grade limited by a limiting criterion",
    "audit.moderation.disagreement": "Moderator disagreed with the auditor",
    "audit.loop.notDiscussed": "Below good, not discussed by worker, supervisor and manager",
    "audit.loop.notRehearsed": "Below good, court standard not rehearsed by a senior manager",
    "audit.loop.improvementNotSustained": "Improvement not sustained into the next period",
    "audit.action.overdue": "Audit action overdue",
    "audit.action.late": "Audit action completed late",
  ]

  /// The label of finding `code`, or the code itself when it has none.
  ///
  /// - Parameter code: A finding code, for example `audit.action.late`.
  public static func findingLabel(_ code: String) -> String { findingLabels[code] ?? code }
}
