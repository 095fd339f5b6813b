/// The census header: `Message/Header/CollectionDetails`.
public struct CINCensusHeader: Sendable, Hashable, Codable {
  /// `Collection` (`CIN`).
  public var collection: String?
  /// `Year`, when it is a whole number.
  public var year: Int?
  /// `ReferenceDate`, when it is a valid date.
  public var referenceDate: CalendarDay?

  /// Creates a header.
  public init(collection: String? = nil, year: Int? = nil, referenceDate: CalendarDay? = nil) {
    self.collection = collection
    self.year = year
    self.referenceDate = referenceDate
  }
}

extension CINCensusHeader {
  /// Whether the census is `year`'s: its `ReferenceDate` must be 31 March of the year the
  /// collection ends (DfE validator rule 100). Otherwise an error naming the census's own year.
  /// Not checked when the header has no valid `ReferenceDate`.
  public func yearCheck(against year: CollectionYear) -> CollectionYearCheck {
    guard let referenceDate else {
      return CollectionYearCheck(
        requested: year, verdict: .notChecked,
        explanation: "The census header has no valid ReferenceDate to check its year against.")
    }
    let own = try? CollectionYear(containing: referenceDate)
    if referenceDate == year.referenceDate {
      return CollectionYearCheck(
        requested: year, verdict: .fits, dataYears: own.map { $0...$0 }, likelyYear: own,
        explanation: "The census's ReferenceDate is \(referenceDate), the end of \(year).")
    }
    let ownText = own.map { "\($0)" } ?? "no supported collection year"
    let what =
      own?.referenceDate == referenceDate
      ? "the reference date of the \(ownText) census"
      : "not 31 March; it falls in \(ownText)"
    return CollectionYearCheck(
      requested: year, verdict: .wrongYear, dataYears: own.map { $0...$0 }, likelyYear: own,
      explanation: "The census's header ReferenceDate, \(referenceDate), is \(what), not "
        + "\(year.referenceDate), the reference date of \(year) (DfE rule 100).")
  }
}

/// One child of the census (`Child`), with the dates the timeliness measures use.
public struct CINChild: Sendable, Hashable, Codable {
  /// `ChildIdentifiers/LAchildID`; when it is absent, `#n` for the n-th child of the file.
  public var id: String
  /// Where the `Child` element starts.
  public var location: XMLLocation
  /// The child's episodes of need (`CINdetails`), in file order.
  public var referrals: [CINReferral] = []

  /// Creates a child.
  public init(id: String, location: XMLLocation, referrals: [CINReferral] = []) {
    self.id = id
    self.location = location
    self.referrals = referrals
  }
}

/// An episode of need (`CINdetails`): a referral and what followed it.
public struct CINReferral: Sendable, Hashable, Codable {
  /// Where the `CINdetails` element starts.
  public var location: XMLLocation
  /// `CINreferralDate`.
  public var referralDate: CalendarDay?
  /// `CINclosureDate`.
  public var closureDate: CalendarDay?
  /// `DateOfInitialCPC` recorded at this level (the census allows one level or the other,
  /// validator rule 2884).
  public var initialConference: CalendarDay?
  /// `Assessments`, in file order.
  public var assessments: [CINAssessment] = []
  /// `Section47`, in file order.
  public var enquiries: [CINEnquiry] = []
  /// `ChildProtectionPlans`, in file order.
  public var plans: [CINProtectionPlan] = []
  /// `PreProceedingsandFGDM` (census 2026/27 on), in file order.
  public var preProceedings: [CINPreProceedings] = []

  /// Creates an episode.
  public init(
    location: XMLLocation, referralDate: CalendarDay? = nil, closureDate: CalendarDay? = nil,
    initialConference: CalendarDay? = nil, assessments: [CINAssessment] = [],
    enquiries: [CINEnquiry] = [], plans: [CINProtectionPlan] = [],
    preProceedings: [CINPreProceedings] = []
  ) {
    self.location = location
    self.referralDate = referralDate
    self.closureDate = closureDate
    self.initialConference = initialConference
    self.assessments = assessments
    self.enquiries = enquiries
    self.plans = plans
    self.preProceedings = preProceedings
  }
}

/// Pre-proceedings under the Public Law Outline and family group decision making
/// (`PreProceedingsandFGDM`, module 5 of the census from 2026/27): the decision to start, the
/// letter before proceedings, the meetings, the decision to step up or down, and the court
/// application when care proceedings followed.
///
/// The meanings are those of the validator's rules 9005 to 9015Q for the 2026/27 census.
public struct CINPreProceedings: Sendable, Hashable, Codable {
  /// Where the element starts.
  public var location: XMLLocation
  /// `PPStartDate`: the legal planning meeting (or other forum) that decided to start
  /// pre-proceedings.
  public var started: CalendarDay?
  /// `LBPSentDate`: the letter before proceedings was sent.
  public var letterBeforeProceedings: CalendarDay?
  /// `FGDMMeetingOffer`: a family group decision-making meeting was offered in the letter.
  public var familyMeetingOffered: Bool?
  /// `FGDMMeetingFac`: a family group decision-making meeting was facilitated.
  public var familyMeetingHeld: Bool?
  /// `InitialPPMeetingDate`: the first effective pre-proceedings meeting.
  public var firstMeeting: CalendarDay?
  /// `ReviewMeetingsCount`: the review meetings held after the first.
  public var reviewMeetings: Int?
  /// `StepDecisionDate`: the decision to step up (to proceedings) or down, which ends
  /// pre-proceedings.
  public var decided: CalendarDay?
  /// `PPOutcome`: the outcome's code (A, B or C, code set CS131), when valid.
  public var outcome: String?
  /// `CourtAppDate`: the local authority applied to the court to start care proceedings.
  public var courtApplication: CalendarDay?
  /// `LetterInitCPDate`: the letter telling the parents that care proceedings were started.
  public var proceedingsLetter: CalendarDay?

  /// Creates a record.
  public init(
    location: XMLLocation, started: CalendarDay? = nil, letterBeforeProceedings: CalendarDay? = nil,
    familyMeetingOffered: Bool? = nil, familyMeetingHeld: Bool? = nil,
    firstMeeting: CalendarDay? = nil, reviewMeetings: Int? = nil, decided: CalendarDay? = nil,
    outcome: String? = nil, courtApplication: CalendarDay? = nil,
    proceedingsLetter: CalendarDay? = nil
  ) {
    self.location = location
    self.started = started
    self.letterBeforeProceedings = letterBeforeProceedings
    self.familyMeetingOffered = familyMeetingOffered
    self.familyMeetingHeld = familyMeetingHeld
    self.firstMeeting = firstMeeting
    self.reviewMeetings = reviewMeetings
    self.decided = decided
    self.outcome = outcome
    self.courtApplication = courtApplication
    self.proceedingsLetter = proceedingsLetter
  }

  /// The day pre-proceedings ended: the decision to step up or down, or, when that is not
  /// recorded, the court application (pre-proceedings cannot have lasted beyond it).
  public var ended: CalendarDay? { decided ?? courtApplication }
}

/// A child and family assessment (`Assessments`).
public struct CINAssessment: Sendable, Hashable, Codable {
  /// Where the element starts.
  public var location: XMLLocation
  /// `AssessmentActualStartDate`.
  public var started: CalendarDay?
  /// `AssessmentAuthorisationDate`: the assessment's completion; `nil` while it is open.
  public var authorised: CalendarDay?

  /// Creates an assessment.
  public init(location: XMLLocation, started: CalendarDay? = nil, authorised: CalendarDay? = nil) {
    self.location = location
    self.started = started
    self.authorised = authorised
  }
}

/// A section 47 enquiry (`Section47`).
public struct CINEnquiry: Sendable, Hashable, Codable {
  /// Where the element starts.
  public var location: XMLLocation
  /// `S47ActualStartDate`: the strategy discussion that began the enquiry.
  public var started: CalendarDay?
  /// `InitialCPCtarget`: present when the enquiry concluded that a conference was needed.
  public var conferenceTarget: CalendarDay?
  /// `DateOfInitialCPC` recorded on the enquiry.
  public var initialConference: CalendarDay?
  /// `ICPCnotRequired`.
  public var conferenceNotRequired: Bool?

  /// Creates an enquiry.
  public init(
    location: XMLLocation, started: CalendarDay? = nil, conferenceTarget: CalendarDay? = nil,
    initialConference: CalendarDay? = nil, conferenceNotRequired: Bool? = nil
  ) {
    self.location = location
    self.started = started
    self.conferenceTarget = conferenceTarget
    self.initialConference = initialConference
    self.conferenceNotRequired = conferenceNotRequired
  }
}

/// A child protection plan (`ChildProtectionPlans`).
public struct CINProtectionPlan: Sendable, Hashable, Codable {
  /// Where the element starts.
  public var location: XMLLocation
  /// `CPPstartDate`.
  public var started: CalendarDay?
  /// `CPPendDate`; `nil` while the plan lasts.
  public var ended: CalendarDay?
  /// Each `Reviews/CPPreviewDate`, in file order.
  public var reviews: [CalendarDay] = []

  /// Creates a plan.
  public init(
    location: XMLLocation, started: CalendarDay? = nil, ended: CalendarDay? = nil,
    reviews: [CalendarDay] = []
  ) {
    self.location = location
    self.started = started
    self.ended = ended
    self.reviews = reviews
  }
}
