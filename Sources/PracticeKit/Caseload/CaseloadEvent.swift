/// The name of an event in a caseload event file (the `event` column of the CSV form, the
/// `event` key of the JSON form): the words a performance team writes, each mapped to one
/// ``EventKind`` of the library's timescales.
///
/// | Name | Meaning | Event kind |
/// |---|---|---|
/// | `referral` | a referral to children's social care received | `referral` |
/// | `referral-decision` | the decision on the referral | `referralDecision` |
/// | `assessment-authorised` | a child and family assessment completed and authorised | `assessmentCompleted` |
/// | `strategy-discussion` | a strategy discussion | `strategyDiscussion` |
/// | `strategy-discussion` with detail `s47` | the strategy discussion at which the section 47 enquiry was initiated | `section47StrategyDiscussion` |
/// | `initial-conference` | an initial child protection conference | `initialChildProtectionConference` |
/// | `cp-plan-start` | a child protection plan started | `childProtectionPlanStarted` |
/// | `core-group` | a core group meeting | `coreGroupMeeting` |
/// | `cp-review` | a child protection review conference | `childProtectionReviewConference` |
/// | `cp-plan-end` | a child protection plan ended | `childProtectionPlanEnded` |
/// | `looked-after-start` | the child started to be looked after | `startedLookedAfter` |
/// | `looked-after-review` | a looked-after child review | `lookedAfterReview` |
/// | `looked-after-end` | the child ceased to be looked after | `ceasedLookedAfter` |
/// | `placement-start` | a placement started (not intended to last until 18) | `placementStarted` |
/// | `permanent-placement-start` | a placement started that is intended to last until 18 | `permanentPlacementStarted` |
/// | `interim-care-order-at-home` | an interim care order made while the child lives with a parent | `interimCareOrderChildLivingWithParent` |
/// | `care-order-at-home` | a care order made while the child lives with a parent | `careOrderChildLivingWithParent` |
/// | `visit` | a visit to the child by their social worker | `statutoryVisit` |
/// | `placement-end` | a placement ended | `placementEnded` |
/// | `pre-proceedings-start` | the letter before proceedings sent | `preProceedingsStarted` |
/// | `pre-proceedings-end` | pre-proceedings ended without an application | `preProceedingsEnded` |
/// | `application-issued` | an application for a care or supervision order issued | `applicationIssued` |
/// | `extension-granted` | an extension of the s32 period; detail: its length in weeks (1–8) | `extensionGranted` |
/// | `final-order` | the application disposed of by a final order | `finalOrder` |
///
/// Names are exact and lower case; an unknown name is a located error
/// (``CaseloadReadError/Rule/unknownEvent``).
public enum CaseloadEventName: String, Sendable, Hashable, Codable, CaseIterable {
  /// A referral to children's social care received.
  case referral
  /// The decision on a referral about the response required.
  case referralDecision = "referral-decision"
  /// A child and family assessment completed and authorised.
  case assessmentAuthorised = "assessment-authorised"
  /// A strategy discussion; detail `s47` when the section 47 enquiry was initiated at it.
  case strategyDiscussion = "strategy-discussion"
  /// An initial child protection conference.
  case initialConference = "initial-conference"
  /// A child protection plan started.
  case cpPlanStart = "cp-plan-start"
  /// A core group meeting.
  case coreGroup = "core-group"
  /// A child protection review conference.
  case cpReview = "cp-review"
  /// A child protection plan ended.
  case cpPlanEnd = "cp-plan-end"
  /// The child started to be looked after.
  case lookedAfterStart = "looked-after-start"
  /// A looked-after child review.
  case lookedAfterReview = "looked-after-review"
  /// The child ceased to be looked after.
  case lookedAfterEnd = "looked-after-end"
  /// A placement started that is not intended to last until the child is 18.
  case placementStart = "placement-start"
  /// A placement started that is intended to last until the child is 18.
  case permanentPlacementStart = "permanent-placement-start"
  /// An interim care order made while the child lives with a parent (CPR 2010 reg 28(4)).
  case interimCareOrderAtHome = "interim-care-order-at-home"
  /// A care order made while the child lives with a parent (CPR 2010 reg 28(5)).
  case careOrderAtHome = "care-order-at-home"
  /// A visit to the child by their social worker.
  case visit
  /// A placement ended.
  case placementEnd = "placement-end"
  /// The letter before proceedings sent: pre-proceedings began.
  case preProceedingsStart = "pre-proceedings-start"
  /// Pre-proceedings ended without an application to court.
  case preProceedingsEnd = "pre-proceedings-end"
  /// An application for a care or supervision order issued (PLO Day 1).
  case applicationIssued = "application-issued"
  /// An extension of the s32 period granted; detail: its length in weeks (1 to 8).
  case extensionGranted = "extension-granted"
  /// The application disposed of by a final order.
  case finalOrder = "final-order"

  /// Every name by its text: the reader looks each event up here (one hash) rather than through
  /// `init(rawValue:)`, which compares the text with each case in turn.
  static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

  /// The event kind the library's timescales use for this name with `detail`: a strategy
  /// discussion with detail `s47` (any case) is the one at which the section 47 enquiry was
  /// initiated, from which Working Together counts the initial conference.
  public func kind(detail: String?) -> EventKind {
    if self == .strategyDiscussion, detail?.lowercased() == "s47" {
      return .section47StrategyDiscussion
    }
    return kind
  }

  /// The event kind the library's timescales use for this name, whatever its detail.
  public var kind: EventKind {
    switch self {
    case .referral: .referral
    case .referralDecision: .referralDecision
    case .assessmentAuthorised: .assessmentCompleted
    case .strategyDiscussion: .strategyDiscussion
    case .initialConference: .initialChildProtectionConference
    case .cpPlanStart: .childProtectionPlanStarted
    case .coreGroup: .coreGroupMeeting
    case .cpReview: .childProtectionReviewConference
    case .cpPlanEnd: .childProtectionPlanEnded
    case .lookedAfterStart: .startedLookedAfter
    case .lookedAfterReview: .lookedAfterReview
    case .lookedAfterEnd: .ceasedLookedAfter
    case .placementStart: .placementStarted
    case .permanentPlacementStart: .permanentPlacementStarted
    case .interimCareOrderAtHome: .interimCareOrderChildLivingWithParent
    case .careOrderAtHome: .careOrderChildLivingWithParent
    case .visit: .statutoryVisit
    case .placementEnd: .placementEnded
    case .preProceedingsStart: .preProceedingsStarted
    case .preProceedingsEnd: .preProceedingsEnded
    case .applicationIssued: .applicationIssued
    case .extensionGranted: .extensionGranted
    case .finalOrder: .finalOrder
    }
  }
}

/// One row of a caseload: something that happened to a child on a day, and whose case it was.
///
/// `worker` and `team` may be empty on a row: a child's worker and team are those named on the
/// child's latest event (on or before the day asked about) that names them
/// (``Caseload/owner(of:asOf:)``).
public struct CaseloadEvent: Sendable, Hashable, Codable {
  /// The child's identifier (pseudonymise it before export: see ``Pseudonymiser``).
  public var child: String
  /// The allocated social worker, if this row names one.
  public var worker: String?
  /// The team, if this row names one.
  public var team: String?
  /// What happened.
  public var event: CaseloadEventName
  /// The day it happened.
  public var date: CalendarDay
  /// The detail the event needs: `s47` on a strategy discussion, the weeks of an extension.
  public var detail: String?

  /// Creates an event.
  public init(
    child: String, worker: String? = nil, team: String? = nil, event: CaseloadEventName,
    date: CalendarDay, detail: String? = nil
  ) {
    self.child = child
    self.worker = worker
    self.team = team
    self.event = event
    self.date = date
    self.detail = detail
  }

  /// The event as the timescale engine sees it.
  public var caseEvent: CaseEvent {
    CaseEvent(subject: child, kind: event.kind(detail: detail), day: date)
  }
}
