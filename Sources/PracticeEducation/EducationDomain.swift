/// What PracticeEducation contributes to a ``PracticeRegistry``: the routes into social work,
/// the practice-learning rules, frameworks and regulators, teaching partnerships and the
/// workforce statistics, every value as a fact with its provenance, and a catalogue of each.
public struct EducationDomain: PracticeDomain {
  /// Creates the education domain.
  public init() {}

  /// `education`.
  public var id: DomainID { "education" }
  /// "Education".
  public var title: String { "Education" }
  /// What the domain covers.
  public var summary: String {
    "The routes by which social workers in England are educated and trained, and the workforce "
      + "they join."
  }

  /// Every source the domain's facts cite, without duplicates, and the seed.
  public var sources: [Source] {
    var seen = Set<Source>()
    return (facts.flatMap(\.provenance.sources) + [Self.seed]).filter { seen.insert($0).inserted }
  }

  /// Every route value, cohort, rule, framework, partnership figure and workforce figure.
  public var facts: [Fact] {
    TrainingRoute.all.flatMap(\.facts) + PracticeLearningRule.allCases.map(\.fact)
      + Regulator.allCases.map(\.fact) + ProfessionalFramework.all.flatMap(\.facts)
      + ProfessionalFramework.levelFacts
      + TeachingPartnerships.facts + WorkforceStatistics.facts
      + RouteCost.dfeCostStudy.map(\.fact)
      + RetentionEvidence.findings.enumerated().map { offset, finding in
        Fact(
          id: "education.retention.\(offset + 1)", statement: finding.value,
          provenance: finding.provenance)
      }
  }

  /// The routes, practice-learning rules, frameworks, partnerships and statistics.
  public var catalogues: [Catalogue] {
    [
      Catalogue(
        id: "education.routes", title: "Routes into social work in England (by intake year)",
        kind: .routes, entries: TrainingRoute.all.flatMap(\.facts).map(\.provenance)),
      Catalogue(
        id: "education.practice-learning", title: "Practice-learning requirements by era",
        kind: .procedure, entries: PracticeLearningRule.allCases.map(\.provenance)),
      Catalogue(
        id: "education.frameworks", title: "Professional frameworks and regulators",
        kind: "frameworks",
        entries: ProfessionalFramework.all.map(\.provenance) + Regulator.allCases.map(\.provenance)),
      Catalogue(
        id: "education.teaching-partnerships", title: "Social Work Teaching Partnerships",
        kind: "partnerships", entries: TeachingPartnerships.facts.map(\.provenance)),
      Catalogue(
        id: "education.workforce",
        title: "DfE children's social work workforce statistics, by edition",
        kind: .statistics, entries: WorkforceStatistics.all.map(\.provenance)),
    ]
  }

  private static let seed = Source(
    .seedDocument,
    title: "Hayes, Special Report: Social Work With Children and Families - Policy context "
      + "(4 May 2017)",
    locator: "seed 003")
}

extension TrainingRoute {
  /// Every value of every edition, and every cohort, as facts.
  public var facts: [Fact] {
    let editionFacts = editions.versions.flatMap { version -> [Fact] in
      let edition = version.value
      let prefix = "education.route.\(id).\(version.period.from?.year ?? 0)"
      let intake = version.period.description
      let values: [(String, Sourced<String>?)] = [
        ("provider", edition.provider), ("duration", edition.duration),
        ("awards", edition.awards), ("funding", edition.funding),
        ("practice-learning", edition.practiceLearning),
        ("status", Sourced(edition.status.value.rawValue, edition.status.provenance)),
      ]
      let valueFacts = values.compactMap { field, value in
        value.map {
          Fact(
            id: "\(prefix).\(field)",
            statement: "\(edition.name), intakes \(intake), \(field): \($0.value).",
            provenance: $0.provenance)
        }
      }
      let entryFacts = edition.entry.enumerated().map { offset, requirement in
        Fact(
          id: "\(prefix).entry.\(offset + 1)",
          statement: "\(edition.name), intakes \(intake), entry: \(requirement.rule).",
          provenance: requirement.provenance)
      }
      return valueFacts + entryFacts
    }
    let cohortFacts = cohorts.map { cohort in
      let figures = [
        cohort.places.map { "\($0) places" }, cohort.starters.map { "\($0) starters" },
        cohort.applications.map { "\($0) applications" },
        cohort.start.map { "started \($0)" },
      ].compactMap(\.self)
      return Fact(
        id: "education.route.\(id).cohort.\(cohort.year)",
        statement: "\(name(forIntakeYear: cohort.year)) \(cohort.label ?? "cohort") "
          + "(\(cohort.year)): " + (figures.isEmpty ? "recorded" : figures.joined(separator: ", "))
          + ".",
        provenance: cohort.provenance)
    }
    return editionFacts + cohortFacts
  }
}

extension EntryRequirement.Rule: CustomStringConvertible {
  /// The rule in words, for example "a 2:2 degree or above".
  public var description: String {
    switch self {
    case .degree(let minimum, let withHigherDegree, let someAccept, let predicted):
      var text = "a \(minimum) degree or above"
      if let withHigherDegree { text += ", or a \(withHigherDegree) with a higher degree" }
      if let someAccept { text += " (some providers accept a \(someAccept))" }
      switch predicted {
      case .none: text += ", completed before the course starts"
      case .someProviders: text += "; some partnerships accept a predicted class"
      case .notRecorded: break
      }
      return text
    case .degreeNotIn(let subject): return "a first degree not in \(subject)"
    case .gcseEnglish(let grade): return "GCSE English language grade \(grade) or above"
    case .gcseMaths(let grade, let waivedBySome):
      return "GCSE maths grade \(grade) or above"
        + (waivedBySome ? " (dropped by some partnerships)" : "")
    case .experience(let months): return "\(months) months' relevant experience"
    case .rightToWork: return "the right to work in the UK"
    case .residenceInEngland: return "living in England"
    case .notAlreadyQualified: return "not already a qualified social worker"
    case .registeredSocialWorker: return "a registered social worker"
    case .apprenticeshipOffer: return "an employer's apprenticeship offer"
    case .providerCriteria(let text): return text
    }
  }
}

extension PracticeLearningRule {
  var fact: Fact {
    Fact(
      id: "education.practice-learning.\(rawValue)",
      statement: "\(name) applies to programmes starting "
        + "\(Self.history.versions.first { $0.value == self }?.period.description ?? "—").",
      provenance: provenance)
  }
}

extension Regulator {
  var fact: Fact {
    Fact(
      id: "education.regulator.\(rawValue)",
      statement: "\(name) regulated social workers in England \(period).",
      provenance: provenance)
  }
}

extension ProfessionalFramework {
  /// The framework's period and each of its parts (domains, statements) as facts.
  var facts: [Fact] {
    [
      Fact(
        id: "education.framework.\(id)", statement: "\(name): \(period).", provenance: provenance)
    ]
      + parts.enumerated().map { offset, part in
        Fact(
          id: "education.framework.\(id).part\(offset + 1)", statement: "\(name): \(part.value).",
          provenance: part.provenance)
      }
  }

  /// The nine PCF levels as facts.
  static var levelFacts: [Fact] {
    pcfLevels.enumerated().map { offset, level in
      Fact(
        id: "education.framework.pcf.level\(offset + 1)",
        statement: "PCF level \(offset + 1): \(level.value).", provenance: level.provenance)
    }
  }
}

extension RouteCost {
  var fact: Fact {
    Fact(
      id: "education.cost.\(route)",
      statement: "DfE cost study (2016): £\(Double(poundsPerQualifiedSocialWorker).grouped) per "
        + "newly qualified social worker via \(TrainingRoute.route(route).name(forIntakeYear: 2016)).",
      provenance: provenance)
  }
}

extension TeachingPartnerships {
  /// The phases, reach, workstreams and funding end as facts.
  public static var facts: [Fact] {
    phases.enumerated().map { offset, phase in
      Fact(
        id: "education.partnerships.phase\(offset + 1)",
        statement: "\(phase.name) (\(phase.year)): \(phase.partnerships) partnerships. "
          + phase.summary, provenance: phase.provenance)
    } + [
      Fact(
        id: "education.partnerships.reach-2020", statement: reach2020.value + " (2020).",
        provenance: reach2020.provenance),
      Fact(
        id: "education.partnerships.workstreams",
        statement: "Evaluation workstreams: "
          + workstreams.map(\.value).joined(separator: "; ") + ".",
        provenance: workstreams.first?.provenance ?? funding.provenance),
      Fact(
        id: "education.partnerships.funding",
        statement: "DfE funded teaching partnerships \(funding.value); not renewed for 2024-25.",
        provenance: funding.provenance),
    ]
  }
}
