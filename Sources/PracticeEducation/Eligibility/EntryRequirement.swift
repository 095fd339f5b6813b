/// Whether partnerships or providers accept something (a predicted degree class).
public enum ProviderVariation: String, Sendable, Hashable, Codable, CaseIterable {
  /// No provider allows it.
  case none
  /// Some partnerships or providers allow it; others do not.
  case someProviders
  /// The sources do not say.
  case notRecorded
}

/// One entry requirement of a route edition, with its source.
public struct EntryRequirement: Sendable, Hashable {
  /// What the requirement asks.
  public enum Rule: Sendable, Hashable {
    /// A first degree of at least `minimum`; or of at least `withHigherDegree` together with a
    /// higher degree; some providers accept `someAccept`; a predicted class is accepted as
    /// `predicted` says.
    case degree(
      minimum: DegreeClass, withHigherDegree: DegreeClass? = nil, someAccept: DegreeClass? = nil,
      predicted: ProviderVariation = .notRecorded)
    /// The first degree must not be in this subject.
    case degreeNotIn(subject: String)
    /// GCSE English language at `minimumGrade` or above.
    case gcseEnglish(minimumGrade: Int)
    /// GCSE maths at `minimumGrade` or above; `waivedBySome` when some partnerships drop it.
    case gcseMaths(minimumGrade: Int, waivedBySome: Bool = false)
    /// At least this many months of relevant full-time (or equivalent) experience.
    case experience(months: Int)
    /// The right to work in the UK.
    case rightToWork
    /// Living in England.
    case residenceInEngland
    /// Not already a qualified social worker.
    case notAlreadyQualified
    /// Already a registered social worker (leadership programmes).
    case registeredSocialWorker
    /// An employer's apprenticeship offer.
    case apprenticeshipOffer
    /// Further entry criteria (a UCAS tariff, an interview) set by each provider.
    case providerCriteria(String)
  }

  /// The rule.
  public let rule: Rule
  /// Where it comes from and how well it is verified.
  public let provenance: Provenance

  /// Creates a requirement.
  public init(_ rule: Rule, _ provenance: Provenance) {
    self.rule = rule
    self.provenance = provenance
  }
}

/// The answer for one route: eligible, not eligible, or depending on the partnership (or
/// university, or employer) the applicant applies to.
public enum EligibilityStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every recorded requirement is met.
  case eligible
  /// At least one recorded requirement is not met, or no cohort starts that year.
  case notEligible
  /// Nothing rules the applicant out, but at least one requirement varies between
  /// partnerships or providers, or depends on something not stated.
  case dependsOnPartnership
}

/// Why a requirement is met, not met, or depends: a sentence and the rule's source.
public struct EligibilityReason: Sendable, Hashable {
  /// What the requirement contributes to the answer.
  public let outcome: EligibilityStatus
  /// A sentence about the requirement and the applicant (never quoting free text they gave).
  public let message: String
  /// The requirement's source and verification.
  public let provenance: Provenance
}

/// One route evaluated for an applicant and an intake year.
public struct RouteEligibility: Sendable, Hashable {
  /// The route.
  public let route: RouteID
  /// Its name for that intake.
  public let name: String
  /// The intake year.
  public let year: Int
  /// The answer.
  public let status: EligibilityStatus
  /// Every requirement's contribution, in the route's order.
  public let reasons: [EligibilityReason]

  /// The reasons that decide the answer: those not met (or depending), or every reason when
  /// the applicant is eligible.
  public var decisiveReasons: [EligibilityReason] {
    status == .eligible ? reasons : reasons.filter { $0.outcome == status }
  }
}

extension TrainingRoute {
  /// Evaluates `profile` against the edition for the cohort starting in `year`.
  ///
  /// With no cohort that year the answer is ``EligibilityStatus/notEligible`` with the route's
  /// intake pattern as the reason. Otherwise each requirement is met, not met, or depends (on
  /// the partnership, or on something the profile does not state); any requirement not met
  /// makes the applicant not eligible, otherwise any that depends makes the answer depend.
  public func eligibility(of profile: ApplicantProfile, forIntakeYear year: Int)
    -> RouteEligibility
  {
    guard let edition = edition(forIntakeYear: year) else {
      let reason = EligibilityReason(
        outcome: .notEligible,
        message: "No \(name(forIntakeYear: year)) cohort is recorded as "
          + "starting in \(year): \(intakePattern)",
        provenance: editions.versions.last?.value.status.provenance
          ?? Provenance(.unverified, []))
      return RouteEligibility(
        route: id, name: name(forIntakeYear: year), year: year, status: .notEligible,
        reasons: [reason])
    }
    let reasons = edition.entry.map { requirement in
      let (outcome, message) = requirement.rule.evaluate(profile)
      let tag =
        requirement.provenance.verification == .verified
        ? "" : " [\(requirement.provenance.verification)]"
      return EligibilityReason(
        outcome: outcome, message: message + tag, provenance: requirement.provenance)
    }
    let status: EligibilityStatus =
      reasons.contains { $0.outcome == .notEligible }
      ? .notEligible
      : reasons.contains { $0.outcome == .dependsOnPartnership } ? .dependsOnPartnership : .eligible
    return RouteEligibility(
      route: id, name: edition.name, year: year, status: status, reasons: reasons)
  }

  /// Every route evaluated for `profile` and the cohorts starting in `year`.
  public static func eligibility(of profile: ApplicantProfile, forIntakeYear year: Int)
    -> [RouteEligibility]
  {
    all.map { $0.eligibility(of: profile, forIntakeYear: year) }
  }
}

extension EntryRequirement.Rule {
  /// The outcome for `profile` and a sentence saying why.
  func evaluate(_ profile: ApplicantProfile) -> (EligibilityStatus, String) {
    switch self {
    case .degree(let minimum, let withHigherDegree, let someAccept, let predicted):
      return Self.degree(profile, minimum, withHigherDegree, someAccept, predicted)
    case .degreeNotIn(let subject):
      guard let degree = profile.degree else {
        return (.notEligible, "A first degree is required (not in \(subject)).")
      }
      guard degree.subject != nil else {
        return (.dependsOnPartnership, "The degree must not be in \(subject); subject not stated.")
      }
      return degree.isInSubject(subject)
        ? (.notEligible, "A degree in \(subject) is not accepted.")
        : (.eligible, "The degree subject is not \(subject).")
    case .gcseEnglish(let minimum):
      return Self.grade(profile.gcseEnglish, minimum, "English language", waivedBySome: false)
    case .gcseMaths(let minimum, let waivedBySome):
      return Self.grade(profile.gcseMaths, minimum, "maths", waivedBySome: waivedBySome)
    case .experience(let months):
      return profile.experienceMonths >= months
        ? (
          .eligible,
          "\(profile.experienceMonths) months' relevant experience meets the "
            + "\(months) required."
        )
        : (
          .notEligible,
          "\(months) months' relevant experience required; "
            + "\(profile.experienceMonths) given."
        )
    case .rightToWork:
      return Self.flag(profile.hasRightToWork, "The right to work in the UK is required.")
    case .residenceInEngland:
      return Self.flag(profile.livesInEngland, "Applicants must live in England.")
    case .notAlreadyQualified:
      return profile.isRegisteredSocialWorker
        ? (.notEligible, "Already a qualified social worker: this route is for new entrants.")
        : (.eligible, "Not already a qualified social worker.")
    case .registeredSocialWorker:
      return profile.isRegisteredSocialWorker
        ? (
          .dependsOnPartnership,
          "A registered social worker: places are by employer "
            + "nomination to the programme."
        )
        : (.notEligible, "For registered social workers in supervisory or management roles.")
    case .apprenticeshipOffer:
      return Self.flag(
        profile.hasApprenticeshipOffer,
        "Apprentices are employed: an employer must offer the apprenticeship.")
    case .providerCriteria(let text):
      return (.dependsOnPartnership, text)
    }
  }

  private static func degree(
    _ profile: ApplicantProfile, _ minimum: DegreeClass, _ withHigherDegree: DegreeClass?,
    _ someAccept: DegreeClass?, _ predicted: ProviderVariation
  ) -> (EligibilityStatus, String) {
    var rule = "A \(minimum) degree or above"
    if let withHigherDegree { rule += ", or a \(withHigherDegree) with a higher degree," }
    rule += " is required"
    guard let degree = profile.degree else { return (.notEligible, rule + "; no degree given.") }
    let meets =
      degree.classification >= minimum
      || (withHigherDegree.map { degree.classification >= $0 && profile.hasHigherDegree }
        ?? false)
    let somewhere = someAccept.map { degree.classification >= $0 } ?? false
    let held =
      degree.isPredicted ? "a predicted \(degree.classification)" : "a \(degree.classification)"
    guard meets || somewhere else { return (.notEligible, rule + "; \(held) given.") }
    if degree.isPredicted {
      switch predicted {
      case .none:
        return (.notEligible, rule + "; the degree must be completed before the course starts.")
      case .someProviders:
        return (.dependsOnPartnership, rule + "; some partnerships accept \(held).")
      case .notRecorded:
        return (
          .dependsOnPartnership,
          rule + "; whether \(held) is accepted before graduation is not recorded."
        )
      }
    }
    if !meets {
      return (.dependsOnPartnership, rule + "; some providers accept \(held).")
    }
    return (.eligible, rule + "; \(held) meets it.")
  }

  private static func grade(
    _ grade: Int?, _ minimum: Int, _ subject: String, waivedBySome: Bool
  ) -> (EligibilityStatus, String) {
    let rule = "GCSE \(subject) at grade \(minimum) (C) or above"
    switch (grade, waivedBySome) {
    case (let grade?, _) where grade >= minimum:
      return (.eligible, rule + ": grade \(grade) meets it.")
    case (nil, true):
      return (.dependsOnPartnership, rule + " (some partnerships do not require it); not stated.")
    case (let grade?, true):
      return (
        .dependsOnPartnership, rule + " (some partnerships do not require it); grade \(grade)."
      )
    case (nil, false): return (.dependsOnPartnership, rule + " is required; not stated.")
    case (let grade?, false):
      return (.notEligible, rule + " is required; grade \(grade) given.")
    }
  }

  private static func flag(_ value: Bool?, _ rule: String) -> (EligibilityStatus, String) {
    switch value {
    case true?: (.eligible, rule + " Met.")
    case false?: (.notEligible, rule + " Not met.")
    case nil: (.dependsOnPartnership, rule + " Not stated.")
    }
  }
}
