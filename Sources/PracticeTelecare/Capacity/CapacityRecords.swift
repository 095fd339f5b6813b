/// A decision-specific, time-specific assessment of whether the person can decide about telecare
/// (Mental Capacity Act 2005 ss1–3).
///
/// Capacity is assessed for *this* decision (the devices listed) on *this* day, not in general.
public struct CapacityAssessment: Sendable, Hashable, Codable {
  /// The result of the assessment.
  public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person can make this decision (presumed unless established otherwise, s1(2)).
    case hasCapacity
    /// The person cannot make this decision at this time (s2(1)).
    case lacksCapacity
  }

  /// The four abilities of the functional test (s3(1)(a)–(d)).
  public enum Ability: String, Sendable, Hashable, Codable, CaseIterable {
    /// To understand the information relevant to the decision.
    case understand
    /// To retain that information.
    case retain
    /// To use or weigh that information as part of making the decision.
    case useOrWeigh
    /// To communicate the decision by any means.
    case communicate
  }

  /// The decision assessed, in plain words (for example "to have a GPS locator").
  public var decision: String
  /// The catalogue ids of the devices the decision covers.
  public var devices: [String]
  /// The day of the assessment.
  public var assessedOn: CalendarDay
  /// The result.
  public var outcome: Outcome
  /// Whether all practicable steps to help the person decide were taken first (s1(3)).
  public var practicableStepsTaken: Bool
  /// The abilities the person was unable to exercise, for a finding of incapacity (s3(1)).
  public var unableTo: [Ability]
  /// Whether an impairment of, or disturbance in the functioning of, the mind or brain was
  /// identified (s2(1)); `nil` when not recorded.
  public var impairmentOrDisturbance: Bool?

  /// Creates an assessment.
  public init(
    decision: String, devices: [String], assessedOn: CalendarDay, outcome: Outcome,
    practicableStepsTaken: Bool, unableTo: [Ability] = [], impairmentOrDisturbance: Bool? = nil
  ) {
    self.decision = decision
    self.devices = devices
    self.assessedOn = assessedOn
    self.outcome = outcome
    self.practicableStepsTaken = practicableStepsTaken
    self.unableTo = unableTo
    self.impairmentOrDisturbance = impairmentOrDisturbance
  }
}

/// A best-interests decision for a person who lacks capacity (Mental Capacity Act 2005 s1(5),
/// s1(6), s4).
public struct BestInterestsRecord: Sendable, Hashable, Codable {
  /// The items of the s4 checklist.
  public enum ChecklistItem: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not decided merely on age, appearance, condition or behaviour (s4(1)).
    case notOnAppearanceOrCondition
    /// Whether and when the person is likely to regain capacity (s4(3)).
    case regainingCapacity
    /// The person's participation permitted and encouraged (s4(4)).
    case participation
    /// The person's past and present wishes and feelings (s4(6)(a)).
    case wishesAndFeelings
    /// The beliefs and values likely to influence the decision (s4(6)(b)).
    case beliefsAndValues
    /// Other factors the person would consider (s4(6)(c)).
    case otherFactors
    /// The views of the people s4(7) names, where practicable and appropriate.
    case viewsOfOthers

    /// The subsection, for example `s4(6)(a)`.
    public var locator: String {
      switch self {
      case .notOnAppearanceOrCondition: "s4(1)"
      case .regainingCapacity: "s4(3)"
      case .participation: "s4(4)"
      case .wishesAndFeelings: "s4(6)(a)"
      case .beliefsAndValues: "s4(6)(b)"
      case .otherFactors: "s4(6)(c)"
      case .viewsOfOthers: "s4(7)"
      }
    }
  }

  /// Whom s4(7) says to consult.
  public enum Consultee: String, Sendable, Hashable, Codable, CaseIterable {
    /// Anyone named by the person as someone to be consulted.
    case namedByPerson
    /// Anyone engaged in caring for the person or interested in their welfare.
    case carer
    /// A donee of a lasting power of attorney.
    case attorney
    /// A deputy appointed by the court.
    case deputy
  }

  /// The day of the decision.
  public var decidedOn: CalendarDay
  /// The decision, in plain words.
  public var decision: String
  /// The checklist items considered.
  public var considered: [ChecklistItem]
  /// Who was consulted.
  public var consulted: [Consultee]
  /// The less restrictive option considered (s1(6)), in plain words; `nil` when not recorded.
  public var lessRestrictiveOption: String?

  /// Creates a record.
  public init(
    decidedOn: CalendarDay, decision: String, considered: [ChecklistItem],
    consulted: [Consultee], lessRestrictiveOption: String?
  ) {
    self.decidedOn = decidedOn
    self.decision = decision
    self.considered = considered
    self.consulted = consulted
    self.lessRestrictiveOption = lessRestrictiveOption
  }

  /// The checklist items not recorded as considered, in checklist order.
  public var missingItems: [ChecklistItem] {
    ChecklistItem.allCases.filter { !considered.contains($0) }
  }
}

/// The person's consent to telecare, and when it will be revisited.
///
/// EFORTT: installation (and so consent) is not a one-off event; the seed: "initial informed
/// consent is not adequate in the case of telecare". Consent is reviewed by a set day and on any
/// change of needs or devices.
public struct ConsentRecord: Sendable, Hashable, Codable {
  /// Whether the person consented.
  public var given: Bool
  /// The day consent was recorded.
  public var recordedOn: CalendarDay
  /// The day by which consent will be revisited; `nil` when none is set.
  public var reviewBy: CalendarDay?
  /// Whether consent is to be revisited when needs or devices change.
  public var reviewOnChange: Bool

  /// Creates a consent record.
  public init(given: Bool, recordedOn: CalendarDay, reviewBy: CalendarDay?, reviewOnChange: Bool) {
    self.given = given
    self.recordedOn = recordedOn
    self.reviewBy = reviewBy
    self.reviewOnChange = reviewOnChange
  }
}

/// A record that deprivation of liberty was considered for devices that monitor or restrict
/// movement (Mental Capacity Act 2005 s6(4)(b); Cheshire West).
public struct LibertyRecord: Sendable, Hashable, Codable {
  /// The day it was considered.
  public var consideredOn: CalendarDay
  /// Whether the arrangements, taken together, were judged to amount to continuous supervision
  /// and control with the person not free to leave.
  public var amountsToDeprivation: Bool
  /// Whether an application to the Court of Protection was made or is planned (the route for a
  /// person's own home; DoLS cover only care homes and hospitals).
  public var courtOfProtectionApplication: Bool

  /// Creates a record.
  public init(
    consideredOn: CalendarDay, amountsToDeprivation: Bool, courtOfProtectionApplication: Bool
  ) {
    self.consideredOn = consideredOn
    self.amountsToDeprivation = amountsToDeprivation
    self.courtOfProtectionApplication = courtOfProtectionApplication
  }
}
