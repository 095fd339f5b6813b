extension AuditCycle {
  /// What each finding code of a case-audit cycle means, as a head of service reads it: the
  /// label printed beside a count of findings in human output (JSON keeps the code). Every code
  /// ``findings(asOf:)`` can give is here; a test checks that.
  public static let findingLabels: [FindingCode: String] = [
    .auditOverallMissing: "Overall grade not recorded",
    .auditOverallContradictsCriteria: "Overall grade better or worse than every criterion grade",
    .auditOverallLimited: "Overall grade limited by a limiting criterion",
    .auditModerationDisagreement: "Moderator disagreed with the auditor",
    .auditLoopNotDiscussed: "Below good, not discussed by worker, supervisor and manager",
    .auditLoopNotRehearsed: "Below good, court standard not rehearsed by a senior manager",
    .auditLoopImprovementNotSustained: "Improvement not sustained into the next period",
    .auditActionOverdue: "Audit action overdue",
    .auditActionLate: "Audit action completed late",
  ]

  /// The label of finding `code`, or the code itself when it has none.
  ///
  /// - Parameter code: A finding code, for example ``FindingCode/auditActionLate``.
  public static func findingLabel(_ code: FindingCode) -> String {
    findingLabels[code] ?? code.rawValue
  }
}
