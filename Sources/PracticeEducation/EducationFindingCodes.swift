/// The codes of the findings the education domain reports, each a static member so a typo is a compile
/// error. The raw value is the stable code printed in JSON.
extension FindingCode {
  /// `education.practice-learning.no-rule` (advisory): “No practice-learning requirement is
  /// recorded for programmes starting on ….”
  public static let educationPracticeLearningNoRule = FindingCode(
    rawValue: "education.practice-learning.no-rule")
  /// `education.practice-learning.dipsw-overlap` (advisory): a programme starting from
  /// September 2003 to January 2004 is checked against the degree's requirement, but some Diploma
  /// in Social Work programmes still took intakes then, with 130 practice days.
  public static let educationPracticeLearningDipSWOverlap = FindingCode(
    rawValue: "education.practice-learning.dipsw-overlap")
  /// `education.partnership.no-university` (concern): a teaching partnership has no university.
  public static let educationPartnershipNoUniversity = FindingCode(
    rawValue: "education.partnership.no-university")
  /// `education.partnership.no-employer` (concern): a teaching partnership has no local
  /// authority.
  public static let educationPartnershipNoEmployer = FindingCode(
    rawValue: "education.partnership.no-employer")

  /// `education.practice-learning.<rule>.<requirement>` (concern): a plan does not meet one
  /// requirement of a practice-learning rule, for example
  /// `education.practice-learning.sweStandards2021.days`. The requirements are `days`,
  /// `settings`, `legal-interventions`, `user-groups`, `skills-days`, `placements`,
  /// `first-placement`, `last-placement` and `statutory`, as each rule has them.
  public static func educationPracticeLearning(
    _ rule: PracticeLearningRule, unmet requirement: String
  )
    -> FindingCode
  {
    FindingCode(rawValue: "education.practice-learning.\(rule.rawValue).\(requirement)")
  }
}
