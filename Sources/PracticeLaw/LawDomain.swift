/// What PracticeLaw contributes to a ``PracticeRegistry``: the provisions it applies, the rules
/// of the care proceedings timetable and of time computation, and the statutory timescales.
public struct LawDomain: PracticeDomain {
  /// Creates the law domain.
  public init() {}

  /// `law`.
  public var id: DomainID { "law" }

  /// "Law".
  public var title: String { "Law" }

  /// What the domain covers.
  public var summary: String {
    "The law that frames and times care proceedings in England: statutes, the Public Law Outline, "
      + "statutory timescales and case law."
  }

  /// Every source the domain's facts and timescales cite, without duplicates, and the seed.
  public var sources: [Source] {
    var seen = Set<Source>()
    let cited = facts.flatMap(\.provenance.sources) + timescales.flatMap(\.provenance.sources)
    return (cited + [Self.seed]).filter { seen.insert($0).inserted }
  }

  /// The provisions, the timetable and time rules, the court orders, the Public Law Outline
  /// stages and the Working Together editions, each with its provenance.
  public var facts: [Fact] {
    ProvisionCatalogue.facts + CareProceedings.rules + FamilyProcedureTime.rules
      + [PreProceedings.expectedDurationFact] + CourtOrderKind.facts
      + PublicLawOutline.pd12A2014.facts + StatutoryTimescales.editionFacts + DecisionSupport.facts
      + Court.facts + LeadingCase.facts + CareTimelinessStatistics.facts
  }

  /// Working Together (2013–2023 editions) and the Care Planning Regulations 2010.
  public var timescales: [Timescale] { StatutoryTimescales.all }

  /// The provisions, court orders, courts, leading cases and Public Law Outline stages.
  public var catalogues: [Catalogue] {
    [
      Catalogue(
        id: "law.provisions", title: "Provisions of statutes and regulations (time-versioned)",
        kind: .provisions, entries: ProvisionCatalogue.all.map(\.provenance)),
      Catalogue(
        id: "law.orders", title: "Court orders: durations, extensions and age limits",
        kind: .courtOrders, entries: CourtOrderKind.allCases.map(\.rules.provenance)),
      Catalogue(
        id: "law.courts", title: "Courts and their neutral citation abbreviations",
        kind: .caseLaw, entries: Court.all.map(\.provenance)),
      Catalogue(
        id: "law.leading-cases", title: "Leading cases in care proceedings", kind: .caseLaw,
        entries: LeadingCase.all.map(\.provenance)),
      Catalogue(
        id: "law.plo.pd12a-2014", title: PublicLawOutline.pd12A2014.name, kind: .procedure,
        entries: PublicLawOutline.pd12A2014.stages.map(\.provenance)),
      Catalogue(
        id: "law.fcsq.care-timeliness",
        title: "National timeliness of care and supervision cases (MoJ FCSQ), by edition",
        kind: .statistics, entries: CareTimelinessStatistics.figures.map(\.provenance)),
    ]
  }

  private static let seed = Source(
    .seedDocument,
    title: "Holt and Kelly, Limits to Partnership Working: developing relationship based "
      + "approaches with children and their families",
    locator: "seed 000")
}

extension PreProceedings {
  static var expectedDurationFact: Fact {
    Fact(
      id: "law.preproceedings.16-weeks",
      statement: "Pre-proceedings usually last up to 16 weeks.",
      provenance: expectedDuration.provenance)
  }
}

extension CourtOrderKind {
  /// Each order's rules as a fact.
  public static var facts: [Fact] {
    allCases.map { kind in
      let rules = kind.rules
      return Fact(
        id: "law.order.\(kind.rawValue)",
        statement: "\(kind.name) (\(rules.value.creatingProvision)): \(rules.value.duration) "
          + "Extension: \(rules.value.extensionRule) Age: \(rules.value.ageLimit)",
        provenance: rules.provenance)
    }
  }
}

extension PublicLawOutline {
  /// The day-counting rule and each stage's timing as facts.
  public var facts: [Fact] {
    [
      Fact(
        id: "law.plo.day-counting",
        statement:
          "\(name): Day n is counted in \(dayCounting == .businessDays ? "business" : "calendar") days from Day 1, the day of issue.",
        provenance: dayCountingProvenance)
    ]
      + stages.map { stage in
        Fact(
          id: "law.plo.stage.\(stage.id)", statement: "\(name): \(stage.name) — \(stage.timing).",
          provenance: stage.provenance)
      }
  }
}

extension PublicLawOutline.Stage.Timing: CustomStringConvertible {
  /// For example "not before Day 12 and not later than Day 18".
  public var description: String {
    switch self {
    case .day(let n): "on Day \(n)"
    case .days(let earliest, let latest):
      "not before Day \(earliest) and not later than Day \(latest)"
    case .noLaterThanDay(let n): "no later than Day \(n)"
    case .businessDaysBefore(let n, let stage): "no later than \(n) business days before \(stage)"
    case .asDirected: "as directed, within the timetable"
    case .byFinalDeadline: "by the end of the period allowed under s32"
    }
  }
}

extension StatutoryTimescales {
  /// Each Working Together edition's publication and effective days as a fact.
  public static var editionFacts: [Fact] {
    workingTogetherEditions.map { edition in
      Fact(
        id: "law.wt\(edition.id).edition",
        statement:
          "Working Together to Safeguard Children \(edition.id) applied \(edition.effective).",
        provenance: edition.provenance)
    }
  }
}
