/// The stable identifier of a route into (or on through) social work in England.
///
/// The raw values are the ids the `practice routes` JSON uses; they never change when a
/// programme is renamed (Frontline became Approach Social Work for the 2024 cohort, Firstline
/// was replaced by Pathways in 2022).
public enum RouteID: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  /// BA/BSc (Hons) social work, introduced in 2003.
  case undergraduateDegree
  /// MA/MSc (or PGDip) social work.
  case postgraduateDegree
  /// Step Up to Social Work: DfE's regional postgraduate fast-track for child and family work.
  case stepUpToSocialWork
  /// Frontline's child protection fast-track, called Approach Social Work from the 2024 cohort.
  case approachSocialWork
  /// Think Ahead: the adult mental health postgraduate fast-track.
  case thinkAhead
  /// The social worker integrated degree apprenticeship.
  case degreeApprenticeship
  /// Frontline's leadership programmes: Firstline, replaced by Pathways in 2022.
  case leadershipPathways

  /// The raw value.
  public var description: String { rawValue }
}

/// Who a route trains social workers for.
public enum RouteSector: String, Sendable, Hashable, Codable, CaseIterable {
  /// Children and families (child protection, local authority children's services).
  case children
  /// Adults' mental health (NHS trusts and local authorities).
  case adultMentalHealth
  /// Adults and children alike.
  case generic
  /// Qualified social workers moving into supervision and management.
  case leadership
}

/// Whether a route is still taking people.
public enum RouteStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Recruiting or delivering.
  case running
  /// Closed or replaced.
  case ended
}

/// A route as it stood for the cohorts starting in a span of intake years: every value carries
/// its own sources and verification, because one edition often mixes figures from different
/// documents.
public struct RouteEdition: Sendable, Hashable {
  /// The name the route had for these cohorts, for example "Frontline programme".
  public let name: String
  /// Who runs or delivers it.
  public let provider: Sourced<String>
  /// How long it takes.
  public let duration: Sourced<String>
  /// What it awards.
  public let awards: Sourced<String>
  /// The entry requirements, each with its source; ``ApplicantProfile`` is evaluated against
  /// them.
  public let entry: [EntryRequirement]
  /// The bursary, salary or funding, where known.
  public let funding: Sourced<String>?
  /// Placement and study days, where the route states its own (otherwise the regulator's rule
  /// for the start year applies: see ``PracticeLearningRule``).
  public let practiceLearning: Sourced<String>?
  /// Whether it was running.
  public let status: Sourced<RouteStatus>
}

/// One intake of a route: when it started, and how many places, starters and applications it
/// had, where published.
public struct RouteCohort: Sendable, Hashable, Codable {
  /// The intake year (for Step Up, the January the cohort started).
  public let year: Int
  /// The programme's own label, for example "cohort 5".
  public let label: String?
  /// The first day, when published.
  public let start: CalendarDay?
  /// Places offered or funded.
  public let places: Int?
  /// People who started.
  public let starters: Int?
  /// Applications received.
  public let applications: Int?
  /// Where the figures come from; the note records disagreements between sources.
  public let provenance: Provenance
}

/// A route into social work: its sector, its editions by intake year, and its cohorts.
///
/// ```swift
/// let stepUp = TrainingRoute.stepUpToSocialWork
/// stepUp.edition(forIntakeYear: 2026)?.funding?.value  // "£21,995 tax-free bursary…"
/// ```
public struct TrainingRoute: Sendable, Hashable, Identifiable {
  /// The stable identifier.
  public let id: RouteID
  /// Who it trains social workers for.
  public let sector: RouteSector
  /// The editions, each applying to the cohorts that start in its years (1 January to
  /// 31 December of each intake year).
  public let editions: Versioned<RouteEdition>
  /// The recorded cohorts, in year order.
  public let cohorts: [RouteCohort]
  /// Why a year may have no edition, for example "Step Up recruits a cohort every two years".
  public let intakePattern: String

  /// The route as it stood for the cohort starting in `year`, or `nil` when no cohort of this
  /// route is recorded as starting that year.
  public func edition(forIntakeYear year: Int) -> RouteEdition? {
    guard let day = try? CalendarDay(year: year, month: 7, day: 1) else { return nil }
    return editions.value(on: day)
  }

  /// The name for the cohort starting in `year`, or the latest name when none is recorded.
  public func name(forIntakeYear year: Int) -> String {
    edition(forIntakeYear: year)?.name ?? editions.versions.last?.value.name ?? id.rawValue
  }

  /// The cohort starting in `year`, if recorded.
  public func cohort(startingIn year: Int) -> RouteCohort? {
    cohorts.first { $0.year == year }
  }

  /// Every route, in the order the `practice routes` command lists them.
  public static var all: [TrainingRoute] {
    [
      undergraduateDegree, postgraduateDegree, stepUpToSocialWork, approachSocialWork,
      thinkAhead, degreeApprenticeship, leadershipPathways,
    ]
  }

  /// The route with `id`.
  public static func route(_ id: RouteID) -> TrainingRoute {
    switch id {
    case .undergraduateDegree: undergraduateDegree
    case .postgraduateDegree: postgraduateDegree
    case .stepUpToSocialWork: stepUpToSocialWork
    case .approachSocialWork: approachSocialWork
    case .thinkAhead: thinkAhead
    case .degreeApprenticeship: degreeApprenticeship
    case .leadershipPathways: leadershipPathways
    }
  }

  /// Builds a route from editions given as intake-year spans (`lastYear` `nil`: still current).
  ///
  /// For the module's literal data only: like ``PracticeCore/CalendarDay/init(_:_:_:)``,
  /// overlapping spans are a programming error and trap (the route tests build every route).
  init(
    _ id: RouteID, sector: RouteSector, intakePattern: String,
    editions: [(firstYear: Int, lastYear: Int?, edition: RouteEdition)],
    cohorts: [RouteCohort] = []
  ) {
    self.id = id
    self.sector = sector
    self.intakePattern = intakePattern
    self.cohorts = cohorts.sorted { $0.year < $1.year }
    self.editions = builtIn("route \(id)'s intake years") {
      try Versioned(
        try editions.map { item in
          (
            try EffectivePeriod(
              from: CalendarDay(item.firstYear, 1, 1),
              through: item.lastYear.map { CalendarDay($0, 12, 31) }),
            item.edition
          )
        })
    }
  }
}
