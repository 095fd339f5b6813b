extension EventKind {
  /// A referral to children's social care.
  public static let referral: EventKind = "referral"
  /// The decision on a referral about the type of response required.
  public static let referralDecision: EventKind = "referralDecision"
  /// A child and family assessment completed (authorised).
  public static let assessmentCompleted: EventKind = "assessmentCompleted"
  /// A strategy discussion (at which s47 enquiries may be initiated).
  public static let strategyDiscussion: EventKind = "strategyDiscussion"
  /// A strategy discussion at which a section 47 enquiry was initiated: the one Working Together
  /// counts the initial conference from where more than one discussion was held (the CIN
  /// census's `S47ActualStartDate`; a caseload row `strategy-discussion` with detail `s47`).
  public static let section47StrategyDiscussion: EventKind = "section47StrategyDiscussion"
  /// An initial child protection conference.
  public static let initialChildProtectionConference: EventKind =
    "initialChildProtectionConference"
  /// A child protection plan started (normally at the initial conference).
  public static let childProtectionPlanStarted: EventKind = "childProtectionPlanStarted"
  /// A child protection plan ended.
  public static let childProtectionPlanEnded: EventKind = "childProtectionPlanEnded"
  /// A core group meeting.
  public static let coreGroupMeeting: EventKind = "coreGroupMeeting"
  /// A child protection review conference.
  public static let childProtectionReviewConference: EventKind =
    "childProtectionReviewConference"
  /// A child started to be looked after.
  public static let startedLookedAfter: EventKind = "startedLookedAfter"
  /// A child ceased to be looked after.
  public static let ceasedLookedAfter: EventKind = "ceasedLookedAfter"
  /// A looked-after child review.
  public static let lookedAfterReview: EventKind = "lookedAfterReview"
  /// A placement started that is not intended to last until the child is 18.
  public static let placementStarted: EventKind = "placementStarted"
  /// A placement started that is intended to last until the child is 18.
  public static let permanentPlacementStarted: EventKind = "permanentPlacementStarted"
  /// A placement ended.
  public static let placementEnded: EventKind = "placementEnded"
  /// An interim care order made for a child who lives with a parent (CPR 2010 reg 28(4)).
  public static let interimCareOrderChildLivingWithParent: EventKind =
    "interimCareOrderChildLivingWithParent"
  /// A care order made for a child who lives with a parent (CPR 2010 reg 28(5)).
  public static let careOrderChildLivingWithParent: EventKind = "careOrderChildLivingWithParent"
  /// A statutory visit to a looked-after child by their social worker.
  public static let statutoryVisit: EventKind = "statutoryVisit"
  /// The local authority decided to start pre-proceedings (a legal planning meeting).
  public static let preProceedingsStarted: EventKind = "preProceedingsStarted"
  /// Pre-proceedings ended: the decision to step up to proceedings or down.
  public static let preProceedingsEnded: EventKind = "preProceedingsEnded"
  /// An application for a care or supervision order issued (s31): it ends pre-proceedings.
  public static let applicationIssued: EventKind = "applicationIssued"
  /// An extension of the s32 period granted (s32(5)).
  public static let extensionGranted: EventKind = "extensionGranted"
  /// A final order disposing of the application.
  public static let finalOrder: EventKind = "finalOrder"
}
