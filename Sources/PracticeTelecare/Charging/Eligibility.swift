/// The national eligibility rules for adult social care in England, each with the days it
/// applied, so an assessment is judged under the rules of its date.
public enum EligibilityFramework: String, Sendable, Hashable, Codable, CaseIterable {
  /// Fair Access to Care Services: four bands; councils chose which they funded.
  case fairAccessToCareServices
  /// The Care Act 2014 national eligibility criteria (Eligibility Criteria Regulations 2015).
  case careAct2014

  /// Which framework applied on each day: FACS from April 2003 to 31 March 2015, the Care Act
  /// criteria from 1 April 2015.
  public static let history: Versioned<EligibilityFramework> = builtIn(
    "eligibility periods overlap"
  ) {
    try Versioned([
      (
        try EffectivePeriod(from: CalendarDay(2003, 4, 1), through: CalendarDay(2015, 3, 31)),
        .fairAccessToCareServices
      ),
      (.starting(CalendarDay(2015, 4, 1)), .careAct2014),
    ])
  }

  /// The framework that applied on `day`; `nil` before April 2003.
  public static func applying(on day: CalendarDay) -> EligibilityFramework? {
    history.value(on: day)
  }

  /// Each framework's period as a fact.
  public static let facts: [Fact] = [
    Fact(
      id: "telecare.eligibility.facs",
      statement: "Fair Access to Care Services bands (critical, substantial, moderate, low) "
        + "applied from April 2003 to 31 March 2015.",
      provenance: Provenance(
        .secondary, [.facsImplementation, .facsIssued, .facsBands],
        note: "Community Care (31 May 2002) reports that councils had until 7 April 2003 to "
          + "review their criteria and were to apply the revised criteria to new referrals from "
          + "April 2003; 1 April 2003 is used as the first day, a convention.")),
    Fact(
      id: "telecare.eligibility.care-act",
      statement: "From 1 April 2015 needs are eligible when they arise from a physical or mental "
        + "impairment or illness, the adult is unable to achieve two or more of the ten "
        + "specified outcomes, and as a consequence there is or is likely to be a significant "
        + "impact on well-being.",
      provenance: Provenance(.verified, [.eligibilityRegulations])),
  ]
}

/// A Fair Access to Care Services band (2003 – March 2015).
public enum FACSBand: String, Sendable, Hashable, Codable, CaseIterable {
  /// For example "life is, or will be, threatened".
  case critical
  /// For example "an inability to carry out the majority of personal care or domestic routines".
  case substantial
  /// "Several" personal care or domestic routines.
  case moderate
  /// "One or two" personal care or domestic routines.
  case low
}

/// The outcomes of the Eligibility Criteria Regulations 2015 reg 2(2)(a)–(j).
public enum CareActOutcome: String, Sendable, Hashable, Codable, CaseIterable {
  /// (a) managing and maintaining nutrition.
  case nutrition
  /// (b) maintaining personal hygiene.
  case personalHygiene
  /// (c) managing toilet needs.
  case toiletNeeds
  /// (d) being appropriately clothed.
  case clothing
  /// (e) being able to make use of the adult's home safely.
  case homeSafety
  /// (f) maintaining a habitable home environment.
  case habitableHome
  /// (g) developing and maintaining family or other personal relationships.
  case relationships
  /// (h) accessing and engaging in work, training, education or volunteering.
  case workOrLearning
  /// (i) making use of necessary facilities or services in the local community.
  case communityFacilities
  /// (j) carrying out any caring responsibilities the adult has for a child.
  case caringForChild
}

/// An eligibility assessment as recorded: a FACS band, or the Care Act test.
public struct EligibilityRecord: Sendable, Hashable, Codable {
  /// The day of the assessment.
  public var assessedOn: CalendarDay
  /// The FACS band, for an assessment under FACS.
  public var facsBand: FACSBand?
  /// The outcomes the adult is unable to achieve, for an assessment under the Care Act.
  public var outcomesUnableToAchieve: [CareActOutcome]?
  /// Whether the needs arise from a physical or mental impairment or illness (reg 2(1)(a)).
  public var arisesFromImpairmentOrIllness: Bool?
  /// Whether there is, or is likely to be, a significant impact on well-being (reg 2(1)(c)).
  public var significantImpactOnWellbeing: Bool?

  /// Creates a record.
  public init(
    assessedOn: CalendarDay, facsBand: FACSBand? = nil,
    outcomesUnableToAchieve: [CareActOutcome]? = nil, arisesFromImpairmentOrIllness: Bool? = nil,
    significantImpactOnWellbeing: Bool? = nil
  ) {
    self.assessedOn = assessedOn
    self.facsBand = facsBand
    self.outcomesUnableToAchieve = outcomesUnableToAchieve
    self.arisesFromImpairmentOrIllness = arisesFromImpairmentOrIllness
    self.significantImpactOnWellbeing = significantImpactOnWellbeing
  }

  /// The framework of the assessment's day.
  public var framework: EligibilityFramework? { EligibilityFramework.applying(on: assessedOn) }

  /// Whether the needs meet the Care Act criteria (reg 2(1)): `nil` when the assessment is not
  /// under the Care Act or a part of the test is not recorded.
  public var meetsCareActCriteria: Bool? {
    guard framework == .careAct2014, let outcomes = outcomesUnableToAchieve,
      let impairment = arisesFromImpairmentOrIllness, let impact = significantImpactOnWellbeing
    else { return nil }
    return impairment && Set(outcomes).count >= 2 && impact
  }

  /// Findings: a record that uses the rules of another period.
  public func findings(subject: String?) -> [Finding] {
    switch framework {
    case .careAct2014 where facsBand != nil:
      return [
        Finding(
          code: .telecareEligibilityWrongFramework, severity: .concern,
          message: "A FACS band is recorded for an assessment made on or after 1 April 2015, "
            + "when the Care Act eligibility criteria applied.",
          subject: subject, actualDay: assessedOn, sources: [.eligibilityRegulations])
      ]
    case .fairAccessToCareServices where outcomesUnableToAchieve != nil:
      return [
        Finding(
          code: .telecareEligibilityWrongFramework, severity: .concern,
          message: "Care Act outcomes are recorded for an assessment made before 1 April 2015, "
            + "when FACS bands applied.",
          subject: subject, actualDay: assessedOn, sources: [.facsBands])
      ]
    default:
      return []
    }
  }
}
