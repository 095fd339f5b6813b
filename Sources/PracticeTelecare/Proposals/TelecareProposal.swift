/// A proposal to prescribe telecare for one person: what they want, what it will and will not do,
/// who responds, what it costs them, their consent and capacity, and when it is reviewed.
///
/// Read from JSON with ``init(json:catalogue:)`` (camelCase keys, `schemaVersion` 1, ISO dates). An
/// optional record left out (`null` or absent) means "not recorded": the ``EthicalReview``
/// reports the question it answers as open. An empty list means "none".
public struct TelecareProposal: Sendable, Hashable, Codable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// The person, pseudonymously, and their aims in their own words.
  public struct Person: Sendable, Hashable, Codable {
    /// A pseudonym or case reference; never a name.
    public var pseudonym: String
    /// What the person wants telecare to help with, in their words.
    public var aims: [String]

    /// Creates a person.
    public init(pseudonym: String, aims: [String]) {
      self.pseudonym = pseudonym
      self.aims = aims
    }
  }

  /// A device proposed, by catalogue id.
  public struct ProposedDevice: Sendable, Hashable, Codable {
    /// The ``DeviceType`` id, for example `pendant`.
    public var type: String
    /// Whether its alerts go to a carer (a carer's pager) as well as or instead of a centre.
    public var alertsCarer: Bool

    /// Creates a proposed device.
    public init(type: String, alertsCarer: Bool = false) {
      self.type = type
      self.alertsCarer = alertsCarer
    }
  }

  /// Someone who responds to alarms.
  public struct Responder: Sendable, Hashable, Codable {
    /// The responder's role.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
      /// A neighbour, relative or friend holding a key.
      case keyHolder
      /// A mobile response service.
      case responseService
      /// A carer who lives with or near the person.
      case carer
    }

    /// The role.
    public var role: Role
    /// Whether the responder has agreed to respond.
    public var agreed: Bool

    /// Creates a responder.
    public init(role: Role, agreed: Bool) {
      self.role = role
      self.agreed = agreed
    }
  }

  /// An unpaid carer.
  public struct Carer: Sendable, Hashable, Codable {
    /// The relationship to the person, for example "daughter".
    public var relationship: String
    /// Whether the carer was consulted.
    public var consulted: Bool
    /// Whether the effect of telecare on the carer was considered (Care Act 2014 s2(1)(b),(d)).
    public var effectConsidered: Bool

    /// Creates a carer.
    public init(relationship: String, consulted: Bool, effectConsidered: Bool) {
      self.relationship = relationship
      self.consulted = consulted
      self.effectConsidered = effectConsidered
    }
  }

  /// The hands-on care the person has now, and whether telecare replaces any of it.
  public struct HandsOnCare: Sendable, Hashable, Codable {
    /// Hours of hands-on care a week now.
    public var currentHoursPerWeek: Double
    /// Hours a week the proposal would replace with telecare (0 for none).
    public var replacedHoursPerWeek: Double
    /// Whether the person (or, lacking capacity, the best-interests decision) agreed to the
    /// replacement, on record.
    public var agreementRecorded: Bool

    /// Creates a record.
    public init(currentHoursPerWeek: Double, replacedHoursPerWeek: Double, agreementRecorded: Bool)
    {
      self.currentHoursPerWeek = currentHoursPerWeek
      self.replacedHoursPerWeek = replacedHoursPerWeek
      self.agreementRecorded = agreementRecorded
    }
  }

  /// Who sees the data, and whether privacy was discussed with the person.
  public struct Privacy: Sendable, Hashable, Codable {
    /// Whether privacy (what is collected, who sees it) was discussed with the person.
    public var discussed: Bool
    /// Who receives the data, for example "monitoring centre", "daughter".
    public var dataSharedWith: [String]

    /// Creates a record.
    public init(discussed: Bool, dataSharedWith: [String]) {
      self.discussed = discussed
      self.dataSharedWith = dataSharedWith
    }
  }

  /// The review plan, and the feedback the social worker will receive.
  public struct ReviewPlan: Sendable, Hashable, Codable {
    /// The first review, in weeks after installation.
    public var firstReviewWeeksAfterInstallation: Int
    /// Later reviews, every so many months.
    public var intervalMonths: Int
    /// Whether the monitoring centre's summary (alarms, faults, no-use) reaches the social
    /// worker before each review.
    public var monitoringFeedbackToSocialWorker: Bool

    /// Creates a plan.
    public init(
      firstReviewWeeksAfterInstallation: Int, intervalMonths: Int,
      monitoringFeedbackToSocialWorker: Bool
    ) {
      self.firstReviewWeeksAfterInstallation = firstReviewWeeksAfterInstallation
      self.intervalMonths = intervalMonths
      self.monitoringFeedbackToSocialWorker = monitoringFeedbackToSocialWorker
    }
  }

  /// A change of needs or devices, after which consent and the plan are revisited.
  public struct Change: Sendable, Hashable, Codable {
    /// What changed.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
      /// The person's needs changed.
      case needs
      /// Devices were added, removed or reconfigured.
      case devices
    }

    /// The day of the change.
    public var day: CalendarDay
    /// What changed.
    public var kind: Kind

    /// Creates a change.
    public init(day: CalendarDay, kind: Kind) {
      self.day = day
      self.kind = kind
    }
  }

  /// The schema version of this document.
  public var schemaVersion: Int
  /// The day the proposal was prepared.
  public var preparedOn: CalendarDay
  /// The person.
  public var person: Person
  /// The needs telecare is meant to meet, in plain words.
  public var needs: [String]
  /// Problems telecare will not address (EFORTT: telecare is no panacea); `nil` when not
  /// recorded.
  public var notAddressed: [String]?
  /// The Care Act 2014 s1(2) well-being aspects it addresses.
  public var wellbeing: [WellbeingAspect]
  /// The devices proposed.
  public var devices: [ProposedDevice]
  /// The responders and key holders; `nil` when not recorded.
  public var responders: [Responder]?
  /// The unpaid carers; `nil` when not recorded.
  public var carers: [Carer]?
  /// Current hands-on care; `nil` when not recorded.
  public var handsOnCare: HandsOnCare?
  /// Privacy; `nil` when not recorded.
  public var privacy: Privacy?
  /// Consent; `nil` when not recorded.
  public var consent: ConsentRecord?
  /// Capacity assessments for this decision, oldest first.
  public var capacity: [CapacityAssessment]
  /// The best-interests decision, when the person lacks capacity.
  public var bestInterests: BestInterestsRecord?
  /// Consideration of deprivation of liberty, for devices that monitor movement.
  public var liberty: LibertyRecord?
  /// The eligibility assessment.
  public var eligibility: EligibilityRecord?
  /// Costs and the charging policy; `nil` when not recorded.
  public var costs: CostRecord?
  /// The line the alarm uses; `nil` when not recorded.
  public var connectivity: ConnectivityRecord?
  /// The review plan; `nil` when not recorded.
  public var review: ReviewPlan?
  /// Changes of needs or devices since the proposal was prepared.
  public var changes: [Change]

  /// Creates a proposal; the records default to "not recorded".
  public init(
    preparedOn: CalendarDay, person: Person, needs: [String], notAddressed: [String]? = nil,
    wellbeing: [WellbeingAspect] = [], devices: [ProposedDevice],
    responders: [Responder]? = nil, carers: [Carer]? = nil, handsOnCare: HandsOnCare? = nil,
    privacy: Privacy? = nil, consent: ConsentRecord? = nil, capacity: [CapacityAssessment] = [],
    bestInterests: BestInterestsRecord? = nil, liberty: LibertyRecord? = nil,
    eligibility: EligibilityRecord? = nil, costs: CostRecord? = nil,
    connectivity: ConnectivityRecord? = nil, review: ReviewPlan? = nil, changes: [Change] = []
  ) {
    schemaVersion = Self.currentSchemaVersion
    self.preparedOn = preparedOn
    self.person = person
    self.needs = needs
    self.notAddressed = notAddressed
    self.wellbeing = wellbeing
    self.devices = devices
    self.responders = responders
    self.carers = carers
    self.handsOnCare = handsOnCare
    self.privacy = privacy
    self.consent = consent
    self.capacity = capacity
    self.bestInterests = bestInterests
    self.liberty = liberty
    self.eligibility = eligibility
    self.costs = costs
    self.connectivity = connectivity
    self.review = review
    self.changes = changes
  }

  /// The latest capacity assessment, if any.
  public var latestCapacity: CapacityAssessment? {
    capacity.max { $0.assessedOn < $1.assessedOn }
  }
}

/// The aspects of well-being in the Care Act 2014 s1(2)(a)–(i).
public enum WellbeingAspect: String, Sendable, Hashable, Codable, CaseIterable {
  /// (a) personal dignity (including treatment of the individual with respect).
  case personalDignity
  /// (b) physical and mental health and emotional well-being.
  case health
  /// (c) protection from abuse and neglect.
  case protectionFromAbuse
  /// (d) control by the individual over day-to-day life.
  case control
  /// (e) participation in work, education, training or recreation.
  case participation
  /// (f) social and economic well-being.
  case socialAndEconomic
  /// (g) domestic, family and personal relationships.
  case relationships
  /// (h) suitability of living accommodation.
  case accommodation
  /// (i) the individual's contribution to society.
  case contribution

  /// The paragraph letter, for example `a`.
  public var paragraph: String {
    switch self {
    case .personalDignity: "a"
    case .health: "b"
    case .protectionFromAbuse: "c"
    case .control: "d"
    case .participation: "e"
    case .socialAndEconomic: "f"
    case .relationships: "g"
    case .accommodation: "h"
    case .contribution: "i"
    }
  }
}
