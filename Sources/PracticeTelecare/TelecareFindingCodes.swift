/// The codes of the findings the telecare domain reports, each a static member so a typo is a compile
/// error. The raw value is the stable code printed in JSON.
extension FindingCode {
  /// `telecare.aims.not-recorded` (advisory): “The person's own aims are not recorded: begin from
  /// their view of their well-being.”
  public static let telecareAimsNotRecorded = FindingCode(rawValue: "telecare.aims.not-recorded")
  /// `telecare.best-interests.checklist-incomplete` (concern): “The best-interests checklist does
  /// not record”
  public static let telecareBestInterestsChecklistIncomplete = FindingCode(
    rawValue: "telecare.best-interests.checklist-incomplete")
  /// `telecare.best-interests.no-less-restrictive-option` (concern): “No less restrictive option is
  /// recorded (MCA 2005 s1(6)): for example a pendant before passive tracking, or a carer's alert
  /// before a locked door.”
  public static let telecareBestInterestsNoLessRestrictiveOption = FindingCode(
    rawValue: "telecare.best-interests.no-less-restrictive-option")
  /// `telecare.best-interests.no-one-consulted` (concern): “No one is recorded as consulted
  /// (carers, anyone named, an attorney or deputy: s4(7)).”
  public static let telecareBestInterestsNoOneConsulted = FindingCode(
    rawValue: "telecare.best-interests.no-one-consulted")
  /// `telecare.capacity.incomplete-test` (concern): “Incapacity is recorded without the impairment
  /// (s2(1)) and the abilities the person could not exercise (s3(1)).”
  public static let telecareCapacityIncompleteTest = FindingCode(
    rawValue: "telecare.capacity.incomplete-test")
  /// `telecare.capacity.no-best-interests` (breach): “The person lacks capacity and there is no
  /// best-interests record (MCA 2005 s1(5), s4).”
  public static let telecareCapacityNoBestInterests = FindingCode(
    rawValue: "telecare.capacity.no-best-interests")
  /// `telecare.capacity.no-practicable-steps` (breach): “Incapacity is recorded without all
  /// practicable steps to help the person decide (MCA 2005 s1(3)).”
  public static let telecareCapacityNoPracticableSteps = FindingCode(
    rawValue: "telecare.capacity.no-practicable-steps")
  /// `telecare.capacity.not-decision-specific` (concern): “The latest capacity assessment does not
  /// cover every proposed device: capacity is assessed for this decision.”
  public static let telecareCapacityNotDecisionSpecific = FindingCode(
    rawValue: "telecare.capacity.not-decision-specific")
  /// `telecare.capacity.not-reassessed-after-change` (concern): “Needs or devices changed after the
  /// latest capacity assessment: capacity is assessed at the time of the decision.”
  public static let telecareCapacityNotReassessedAfterChange = FindingCode(
    rawValue: "telecare.capacity.not-reassessed-after-change")
  /// `telecare.carers.effect-not-considered` (advisory): “The effect on … carer(s) is not recorded
  /// as considered.”
  public static let telecareCarersEffectNotConsidered = FindingCode(
    rawValue: "telecare.carers.effect-not-considered")
  /// `telecare.commissioning.below-target` (information): “…: … installation(s) against a target of
  /// …. Targets pushed prescriptions in the seed's district: review each proposal on its merits.”
  public static let telecareCommissioningBelowTarget = FindingCode(
    rawValue: "telecare.commissioning.below-target")
  /// `telecare.commissioning.cost-refusals` (advisory): “…: cost was the reason for … of …
  /// refusal(s). Quote the weekly figure before the person decides.”
  public static let telecareCommissioningCostRefusals = FindingCode(
    rawValue: "telecare.commissioning.cost-refusals")
  /// `telecare.connectivity.analogue` (advisory): “An analogue alarm: plan its replacement before
  /// the switchover (target end of 2025).”
  public static let telecareConnectivityAnalogue = FindingCode(
    rawValue: "telecare.connectivity.analogue")
  /// `telecare.connectivity.analogue-after-switchoff` (concern): “An analogue alarm after the end
  /// of January 2027, the revised date for moving every line off the analogue network: it may stop
  /// working when the line goes digital.”
  public static let telecareConnectivityAnalogueAfterSwitchoff = FindingCode(
    rawValue: "telecare.connectivity.analogue-after-switchoff")
  /// `telecare.connectivity.analogue-past-original-target` (concern): “An analogue alarm after the
  /// original end-2025 target for the switchover; the revised switch-off is the end of January
  /// 2027.”
  public static let telecareConnectivityAnaloguePastOriginalTarget = FindingCode(
    rawValue: "telecare.connectivity.analogue-past-original-target")
  /// `telecare.connectivity.backup-not-recorded` (concern): “A digital line needs battery backup to
  /// work in a power cut; none is recorded.”
  public static let telecareConnectivityBackupNotRecorded = FindingCode(
    rawValue: "telecare.connectivity.backup-not-recorded")
  /// `telecare.connectivity.backup-under-one-hour` (concern): “Battery backup is under Ofcom's
  /// minimum of one hour in a power cut.”
  public static let telecareConnectivityBackupUnderOneHour = FindingCode(
    rawValue: "telecare.connectivity.backup-under-one-hour")
  /// `telecare.connectivity.converter-interim` (advisory): “An analogue-to-digital converter is
  /// acceptable only as a risk-assessed, regularly tested interim measure.”
  public static let telecareConnectivityConverterInterim = FindingCode(
    rawValue: "telecare.connectivity.converter-interim")
  /// `telecare.connectivity.no-test-call` (concern): “No successful test call is recorded.”
  public static let telecareConnectivityNoTestCall = FindingCode(
    rawValue: "telecare.connectivity.no-test-call")
  /// `telecare.connectivity.test-call-overdue` (concern): “No successful test call within … of the
  /// last one.”
  public static let telecareConnectivityTestCallOverdue = FindingCode(
    rawValue: "telecare.connectivity.test-call-overdue")
  /// `telecare.consent.no-review-date` (breach): “No consent review date: consent to telecare is
  /// not a one-off.”
  public static let telecareConsentNoReviewDate = FindingCode(
    rawValue: "telecare.consent.no-review-date")
  /// `telecare.consent.no-review-on-change` (advisory): “Consent is not set to be revisited when
  /// needs or devices change.”
  public static let telecareConsentNoReviewOnChange = FindingCode(
    rawValue: "telecare.consent.no-review-on-change")
  /// `telecare.consent.not-recorded` (concern): “No consent is recorded; a person is presumed to
  /// have capacity (MCA 2005 s1(2)).”
  public static let telecareConsentNotRecorded = FindingCode(
    rawValue: "telecare.consent.not-recorded")
  /// `telecare.consent.not-revisited-after-change` (concern): “Needs or devices changed after
  /// consent was recorded: revisit consent.”
  public static let telecareConsentNotRevisitedAfterChange = FindingCode(
    rawValue: "telecare.consent.not-revisited-after-change")
  /// `telecare.consent.refused` (concern): “The person has not consented; a person with capacity
  /// may refuse, even unwisely (MCA 2005 s1(4)).”
  public static let telecareConsentRefused = FindingCode(rawValue: "telecare.consent.refused")
  /// `telecare.consent.review-overdue` (concern): “The consent review date has passed.”
  public static let telecareConsentReviewOverdue = FindingCode(
    rawValue: "telecare.consent.review-overdue")
  /// `telecare.cost.cannot-compute` (concern): “The charge cannot be worked out: ….”
  public static let telecareCostCannotCompute = FindingCode(
    rawValue: "telecare.cost.cannot-compute")
  /// `telecare.cost.no-financial-assessment` (advisory): “No financial assessment: the figure is
  /// the most the person would pay.”
  public static let telecareCostNoFinancialAssessment = FindingCode(
    rawValue: "telecare.cost.no-financial-assessment")
  /// `telecare.cost.not-quoted` (concern): “The weekly and annual cost was not quoted to the person
  /// before they decided; cost was the main reason people refused, and social workers could not
  /// quote it.”
  public static let telecareCostNotQuoted = FindingCode(rawValue: "telecare.cost.not-quoted")
  /// `telecare.cost.quoted-after-consent` (concern): “The cost was quoted after the person
  /// consented.”
  public static let telecareCostQuotedAfterConsent = FindingCode(
    rawValue: "telecare.cost.quoted-after-consent")
  /// `telecare.devices.unknown` (concern): “… proposed device(s) are not in the device catalogue:
  /// what they do, collect and alert is unknown to this review.”
  public static let telecareDevicesUnknown = FindingCode(rawValue: "telecare.devices.unknown")
  /// `telecare.eligibility.wrong-framework` (concern): “A FACS band is recorded for an assessment
  /// made on or after 1 April 2015, when the Care Act eligibility criteria applied.”
  public static let telecareEligibilityWrongFramework = FindingCode(
    rawValue: "telecare.eligibility.wrong-framework")
  /// `telecare.feedback.device-faults` (concern): “… call(s) logged as device or line faults.”
  public static let telecareFeedbackDeviceFaults = FindingCode(
    rawValue: "telecare.feedback.device-faults")
  /// `telecare.feedback.no-activity` (advisory): “… day(s) in a row with no alarm: check the system
  /// works and is still wanted.”
  public static let telecareFeedbackNoActivity = FindingCode(
    rawValue: "telecare.feedback.no-activity")
  /// `telecare.feedback.unanswered-or-slow` (concern): “… unanswered and … slow call(s) (over …
  /// seconds) in the period.”
  public static let telecareFeedbackUnansweredOrSlow = FindingCode(
    rawValue: "telecare.feedback.unanswered-or-slow")
  /// `telecare.hands-on-care.replaced-without-agreement` (concern): “Telecare replaces hands-on
  /// care without recorded agreement; older people said it should never replace hands-on care.”
  public static let telecareHandsOnCareReplacedWithoutAgreement = FindingCode(
    rawValue: "telecare.hands-on-care.replaced-without-agreement")
  /// `telecare.liberty.consider-deprivation` (concern): “A device monitors or restricts movement
  /// (…): consider whether the arrangements amount to a deprivation of liberty and whether the
  /// Court of Protection route is needed.”
  public static let telecareLibertyConsiderDeprivation = FindingCode(
    rawValue: "telecare.liberty.consider-deprivation")
  /// `telecare.liberty.no-authorisation` (breach): “The arrangements are judged a deprivation of
  /// liberty at home with no Court of Protection application (DoLS cover only care homes and
  /// hospitals).”
  public static let telecareLibertyNoAuthorisation = FindingCode(
    rawValue: "telecare.liberty.no-authorisation")
  /// `telecare.privacy.not-discussed` (concern): “Automatic movement monitoring (…”
  public static let telecarePrivacyNotDiscussed = FindingCode(
    rawValue: "telecare.privacy.not-discussed")
  /// `telecare.responders.none-agreed` (concern): “No responder or key holder has agreed to respond
  /// to alarms.”
  public static let telecareRespondersNoneAgreed = FindingCode(
    rawValue: "telecare.responders.none-agreed")
  /// `telecare.review.no-feedback` (advisory): “No feedback from the monitoring centre to the
  /// social worker is arranged.”
  public static let telecareReviewNoFeedback = FindingCode(rawValue: "telecare.review.no-feedback")
  /// `telecare.review.no-plan` (concern): “No review date or interval is planned.”
  public static let telecareReviewNoPlan = FindingCode(rawValue: "telecare.review.no-plan")
  /// `telecare.wellbeing.none-recorded` (advisory): “No Care Act s1(2) well-being aspect is
  /// recorded as supported.”
  public static let telecareWellbeingNoneRecorded = FindingCode(
    rawValue: "telecare.wellbeing.none-recorded")
  /// `telecare.calls.below-<seconds>s-standard` (concern): fewer calls than the standard asks
  /// were answered within `seconds` seconds (for example `telecare.calls.below-60s-standard`).
  public static func telecareCallsBelowStandard(seconds: Int) -> FindingCode {
    FindingCode(rawValue: "telecare.calls.below-\(seconds)s-standard")
  }
}
