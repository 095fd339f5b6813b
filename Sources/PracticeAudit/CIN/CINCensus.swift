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

  /// Creates an episode.
  public init(
    location: XMLLocation, referralDate: CalendarDay? = nil, closureDate: CalendarDay? = nil,
    initialConference: CalendarDay? = nil, assessments: [CINAssessment] = [],
    enquiries: [CINEnquiry] = [], plans: [CINProtectionPlan] = []
  ) {
    self.location = location
    self.referralDate = referralDate
    self.closureDate = closureDate
    self.initialConference = initialConference
    self.assessments = assessments
    self.enquiries = enquiries
    self.plans = plans
  }
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
