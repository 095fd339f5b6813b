/// The codes of the findings the law domain reports, each a static member so a typo is a compile
/// error. The raw value is the stable code printed in JSON.
extension FindingCode {
  /// `law.art12.age-understanding-not-noted` (concern): “Wishes and feelings are recorded without a
  /// note of the child's age and understanding, in the light of which s1(3)(a) requires them to be
  /// considered.”
  public static let lawArt12AgeUnderstandingNotNoted = FindingCode(
    rawValue: "law.art12.age-understanding-not-noted")
  /// `law.art12.date-not-recorded` (advisory): “The record does not say when the child's wishes and
  /// feelings were ascertained.”
  public static let lawArt12DateNotRecorded = FindingCode(rawValue: "law.art12.date-not-recorded")
  /// `law.art12.method-not-recorded` (advisory): “The record does not say how the child's wishes
  /// and feelings were ascertained.”
  public static let lawArt12MethodNotRecorded = FindingCode(
    rawValue: "law.art12.method-not-recorded")
  /// `law.art12.wishes-not-recorded` (concern): “The child's wishes and feelings are not recorded
  /// (s1(3)(a); UNCRC art 12).”
  public static let lawArt12WishesNotRecorded = FindingCode(
    rawValue: "law.art12.wishes-not-recorded")
  /// `law.plo.stage-late` (advisory): “… was held after its latest day.”
  public static let lawPloStageLate = FindingCode(rawValue: "law.plo.stage-late")
  /// `law.plo.stage-overdue` (advisory): “… has not been held and its latest day has passed.”
  public static let lawPloStageOverdue = FindingCode(rawValue: "law.plo.stage-overdue")
  /// `law.preproceedings.after-issue` (concern): “The letter before proceedings is dated after
  /// issue.”
  public static let lawPreproceedingsAfterIssue = FindingCode(
    rawValue: "law.preproceedings.after-issue")
  /// `law.preproceedings.meeting-before-letter` (concern): “The pre-proceedings meeting is dated
  /// before the letter that invites the family to it.”
  public static let lawPreproceedingsMeetingBeforeLetter = FindingCode(
    rawValue: "law.preproceedings.meeting-before-letter")
  /// `law.preproceedings.no-letter` (advisory): “No letter before proceedings is recorded; if the
  /// case was too urgent for pre-proceedings, record why.”
  public static let lawPreproceedingsNoLetter = FindingCode(
    rawValue: "law.preproceedings.no-letter")
  /// `law.preproceedings.no-meeting` (advisory): “No pre-proceedings meeting is recorded.”
  public static let lawPreproceedingsNoMeeting = FindingCode(
    rawValue: "law.preproceedings.no-meeting")
  /// `law.preproceedings.over-16-weeks` (advisory): “Pre-proceedings ran longer than the 16 weeks
  /// practice guidance expects.”
  public static let lawPreproceedingsOver16Weeks = FindingCode(
    rawValue: "law.preproceedings.over-16-weeks")
  /// `law.re-b-s.linear-analysis` (concern): “Fewer than two options have their pros and cons
  /// analysed: the analysis is not a holistic comparison of the realistic options.”
  public static let lawReBSLinearAnalysis = FindingCode(rawValue: "law.re-b-s.linear-analysis")
  /// `law.re-b-s.option-not-analysed` (concern): “Option … (…):”
  public static let lawReBSOptionNotAnalysed = FindingCode(
    rawValue: "law.re-b-s.option-not-analysed")
  /// `law.re-b-s.recommendation-not-among-options` (concern): “The recommended option (…) is not
  /// one of the options analysed.”
  public static let lawReBSRecommendationNotAmongOptions = FindingCode(
    rawValue: "law.re-b-s.recommendation-not-among-options")
  /// `law.re-b-s.recommendation-not-reasoned` (advisory): “The recommended option (…) has no
  /// recorded reasoning weighing it against the other options.”
  public static let lawReBSRecommendationNotReasoned = FindingCode(
    rawValue: "law.re-b-s.recommendation-not-reasoned")
  /// `law.re-b.nothing-else-will-do-not-recorded` (concern): “Adoption is recommended without
  /// recorded reasoning that nothing else will do (necessity and proportionality).”
  public static let lawReBNothingElseWillDoNotRecorded = FindingCode(
    rawValue: "law.re-b.nothing-else-will-do-not-recorded")
  /// `law.s1-5.no-order-not-considered` (concern): “The no-order option is not among the options:
  /// s1(5) requires an order to be better for the child than making no order at all.”
  public static let lawNoOrderNotConsidered = FindingCode(
    rawValue: "law.s1-5.no-order-not-considered")
  /// `law.s31-3.age-bar` (breach): “s31(3): no … may be made for a child who has reached …”
  public static let lawAgeBar = FindingCode(rawValue: "law.s31-3.age-bar")
  /// `law.s31-3.date-of-birth-not-recorded` (advisory): “The child's date of birth is not recorded,
  /// so the s31(3) age bar (17, or 16 if married) cannot be checked.”
  public static let lawAgeBarBirthDayNotRecorded = FindingCode(
    rawValue: "law.s31-3.date-of-birth-not-recorded")
  /// `law.s32.disposed-late` (breach): “Disposed of after the period allowed under s32 (26 weeks
  /// and any extensions).”
  public static let lawS32DisposedLate = FindingCode(rawValue: "law.s32.disposed-late")
  /// `law.s32.extension-after-expiry` (concern): “Extension … was granted after the period it
  /// extends had ended.”
  public static let lawS32ExtensionAfterExpiry = FindingCode(
    rawValue: "law.s32.extension-after-expiry")
  /// `law.s32.extension-without-reason` (concern): “Extension … has no recorded reason (s32(5),
  /// (7)).”
  public static let lawS32ExtensionWithoutReason = FindingCode(
    rawValue: "law.s32.extension-without-reason")
  /// `law.s32.extensions-accumulating` (concern): “… extensions granted: extensions are not to be
  /// granted routinely and each needs specific justification.”
  public static let lawS32ExtensionsAccumulating = FindingCode(
    rawValue: "law.s32.extensions-accumulating")
  /// `law.s32.no-limit` (information): “Issued before 22 April 2014: no 26-week limit applies, only
  /// the duty to avoid delay.”
  public static let lawS32NoLimit = FindingCode(rawValue: "law.s32.no-limit")
  /// `law.s32.overdue` (breach): “Not disposed of within the period allowed under s32 (26 weeks and
  /// any extensions).”
  public static let lawS32Overdue = FindingCode(rawValue: "law.s32.overdue")
  /// `law.timescale.late` (concern): “…: item … was due by … and happened late.”
  public static let lawTimescaleLate = FindingCode(rawValue: "law.timescale.late")
  /// `law.timescale.overdue` (breach): “…: item … was due by … and has not happened.”
  public static let lawTimescaleOverdue = FindingCode(rawValue: "law.timescale.overdue")
  /// `law.s31-2.significant-harm-not-addressed` (concern): the final threshold (s31(2)) has no
  /// evidence recorded that the child is suffering, or is likely to suffer, significant harm.
  public static let lawThresholdSignificantHarmNotAddressed = FindingCode(
    rawValue: "law.s31-2.significant-harm-not-addressed")
  /// `law.s31-2.attribution-not-addressed` (concern): the final threshold (s31(2)) has no
  /// evidence recorded that the harm is attributable to the care given or to the child's being
  /// beyond parental control.
  public static let lawThresholdAttributionNotAddressed = FindingCode(
    rawValue: "law.s31-2.attribution-not-addressed")
  /// `law.s38-2.significant-harm-not-addressed` (concern): the interim test (s38(2)) has no
  /// evidence recorded of significant harm.
  public static let lawInterimThresholdSignificantHarmNotAddressed = FindingCode(
    rawValue: "law.s38-2.significant-harm-not-addressed")
  /// `law.s38-2.attribution-not-addressed` (concern): the interim test (s38(2)) has no evidence
  /// recorded of attribution.
  public static let lawInterimThresholdAttributionNotAddressed = FindingCode(
    rawValue: "law.s38-2.attribution-not-addressed")
  /// `law.s1-3.item-not-addressed` (concern where the checklist is required, advisory
  /// otherwise): a welfare checklist item has no evidence recorded.
  public static let lawWelfareChecklistItemNotAddressed = FindingCode(
    rawValue: "law.s1-3.item-not-addressed")
  /// `law.s1-4.applicability` (information): whether s1(4) requires the welfare checklist in
  /// these proceedings.
  public static let lawWelfareChecklistApplicability = FindingCode(
    rawValue: "law.s1-4.applicability")
}
