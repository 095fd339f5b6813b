/// The codes of the findings the audit domain reports, each a static member so a typo is a compile
/// error. The raw value is the stable code printed in JSON.
extension FindingCode {
  /// `audit.action.late` (advisory): “An audit action was completed after its due day.”
  public static let auditActionLate = FindingCode(rawValue: "audit.action.late")
  /// `audit.action.overdue` (concern): “An audit action is not completed and its due day has
  /// passed.”
  public static let auditActionOverdue = FindingCode(rawValue: "audit.action.overdue")
  /// `audit.loop.improvementNotSustained` (concern): “The share of good or better audits rose in
  /// period '…' and fell in '…': the improvement was not sustained.”
  public static let auditLoopImprovementNotSustained = FindingCode(
    rawValue: "audit.loop.improvementNotSustained")
  /// `audit.loop.notDiscussed` (advisory): “A result below good was not discussed by the social
  /// worker, supervisor and a senior manager together.”
  public static let auditLoopNotDiscussed = FindingCode(rawValue: "audit.loop.notDiscussed")
  /// `audit.loop.notRehearsed` (advisory): “No senior manager rehearsed how the case fell short of
  /// a standard the courts would expect.”
  public static let auditLoopNotRehearsed = FindingCode(rawValue: "audit.loop.notRehearsed")
  /// `audit.overall.contradictsCriteria` (advisory): “The auditor's overall grade is … criterion
  /// grade; record why, or moderate.”
  public static let auditOverallContradictsCriteria = FindingCode(
    rawValue: "audit.overall.contradictsCriteria")
  /// `audit.overall.limited` (advisory): “The overall grade is limited to the worst grade of the
  /// limiting criteria; the auditor's own overall grade was better.”
  public static let auditOverallLimited = FindingCode(rawValue: "audit.overall.limited")
  /// `audit.overall.missing` (concern): “The framework asks for the auditor's overall grade and
  /// none is recorded.”
  public static let auditOverallMissing = FindingCode(rawValue: "audit.overall.missing")
  /// `ifss.availability.gap` (concern): “A worker was not reachable 24 hours a day, 7 days a week
  /// throughout.”
  public static let ifssAvailabilityGap = FindingCode(rawValue: "ifss.availability.gap")
  /// `ifss.duration.outsideUsual` (advisory): “The intervention lasted … days, outside the usual
  /// …–… weeks.”
  public static let ifssDurationOutsideUsual = FindingCode(rawValue: "ifss.duration.outsideUsual")
  /// `ifss.hours.belowStandard` (advisory): “Week …: fewer hours with the family than the service's
  /// standard of about … a week.”
  public static let ifssHoursBelowStandard = FindingCode(rawValue: "ifss.hours.belowStandard")
  /// `ifss.movingOnPlan.missing` (concern): “The intervention ended without a moving on plan.”
  public static let ifssMovingOnPlanMissing = FindingCode(rawValue: "ifss.movingOnPlan.missing")
  /// `ifss.response.late` (concern): “The first response came more than 24 hours after the
  /// referral.”
  public static let ifssResponseLate = FindingCode(rawValue: "ifss.response.late")
  /// `audit.moderation.disagreement` (advisory, or concern when the grades are two or more
  /// points apart or on either side of good): the moderator graded a criterion or the overall
  /// judgement differently from the auditor.
  public static let auditModerationDisagreement = FindingCode(
    rawValue: "audit.moderation.disagreement")
}
