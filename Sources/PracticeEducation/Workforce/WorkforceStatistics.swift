/// One reporting year (to 30 September) of the DfE children's social work workforce statistics
/// for England, as one publication gave it (education.md §6).
///
/// Counts are FTE unless named otherwise. The series is revised between publications (2017 was
/// 28,500 FTE when first published and 28,482.6 in the 2025 release), so each figure keeps its
/// ``edition`` and the same year can appear in several editions.
public struct WorkforceYear: Sendable, Hashable, Codable {
  /// The reporting year: the year ending 30 September.
  public let year: Int
  /// The publication, for example "2025 release".
  public let edition: String
  /// Social workers in post, headcount.
  public let headcount: Int?
  /// Social workers in post, FTE.
  public let fte: Double?
  /// Vacancies, FTE.
  public let vacancies: Double?
  /// Agency workers, FTE.
  public let agency: Double?
  /// Starters in the year, FTE.
  public let starters: Double?
  /// Leavers in the year, FTE.
  public let leavers: Double?
  /// Case-holding social workers, FTE.
  public let caseHolders: Double?
  /// Cases held.
  public let cases: Int?
  /// The rates and averages as published (percentages, caseload in cases per case holder).
  public let published: PublishedRates
  /// The local authorities DfE left out of a published rate (see ``RateExclusion``).
  public let rateExclusions: [RateExclusion]
  /// Where the figures come from.
  public let provenance: Provenance

  /// Rates and averages as published, each at the publication's precision (0.1 percentage
  /// points in the data files, whole points in early releases).
  public struct PublishedRates: Sendable, Hashable, Codable {
    /// Vacancy rate %: vacancies ÷ (vacancies + social workers), FTE.
    public var vacancyRate: Double?
    /// Turnover rate %: leavers ÷ social workers in post, FTE.
    public var turnoverRate: Double?
    /// Turnover rate %, headcount.
    public var turnoverRateHeadcount: Double?
    /// Agency rate %: agency workers ÷ (agency workers + social workers), FTE.
    public var agencyRate: Double?
    /// Average caseload: cases ÷ case-holding social workers (FTE).
    public var caseload: Double?
    /// Sickness absence rate %, FTE.
    public var absenceRate: Double?
  }

  /// The rates recomputed from the counts with DfE's definitions and exclusions, or `nil` where
  /// a count is missing.
  public var recomputed: PublishedRates {
    var rates = PublishedRates()
    if let vacancies, let fte { rates.vacancyRate = 100 * vacancies / (vacancies + fte) }
    if let leavers, let fte {
      let excluded = exclusion(.turnover)
      rates.turnoverRate = 100 * (leavers - excluded.count) / (fte - excluded.inPost)
    }
    if let agency, let fte {
      let excluded = exclusion(.agency)
      let counted = agency - excluded.count
      rates.agencyRate = 100 * counted / (counted + fte - excluded.inPost)
    }
    if let cases, let caseHolders { rates.caseload = Double(cases) / caseHolders }
    return rates
  }

  private func exclusion(_ measure: RateExclusion.Measure) -> (inPost: Double, count: Double) {
    rateExclusions.filter { $0.measure == measure }.reduce((0, 0)) {
      ($0.inPost + $1.inPostFTE, $0.count + $1.countFTE)
    }
  }
}

/// Local authorities whose figure for one measure DfE flagged as of low reliability (`u` in the
/// data file) and left out of the national rate, though their count stays in the national
/// total.
///
/// Found by recomputing: in the 2025 release four national rates (2022 turnover, 2023 agency,
/// 2024 agency and turnover) are 0.1–0.3 points above count ÷ base; removing these authorities'
/// in-post FTE from the base, and their hidden count (the regional total less the published
/// authorities) from the numerator, reproduces every published rate.
public struct RateExclusion: Sendable, Hashable, Codable {
  /// The measure a rate exclusion applies to.
  public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
    /// The turnover rate (leavers).
    case turnover
    /// The agency rate (agency workers).
    case agency
  }

  /// The measure.
  public let measure: Measure
  /// The authorities, for example "Gateshead".
  public let authorities: [String]
  /// Their social workers in post, FTE, taken out of the base.
  public let inPostFTE: Double
  /// Their leavers or agency workers, FTE, taken out of the numerator (the regional total less
  /// the sum of the region's published authorities).
  public let countFTE: Double
}

/// The DfE children's social work workforce series and the figures before it.
public enum WorkforceStatistics {
  /// The series as revised in the 2025 release (data file dated 19 March 2026), 2017–2025: the
  /// edition tests pin.
  public static let series2025: [WorkforceYear] = Series.release2025

  /// Earlier publications of years in the series, kept as separate editions (education.md §6.2).
  public static let earlierEditions: [WorkforceYear] = Series.earlier

  /// Figures before the individual-level census (2012–2016), with their tags (education.md
  /// §6.3).
  public static let before2017: [WorkforceYear] = Series.before2017

  /// Every figure, by year then edition order.
  public static var all: [WorkforceYear] {
    (before2017 + series2025 + earlierEditions).sorted { $0.year < $1.year }
  }

  /// The 2025-release figures for `year`.
  public static func year(_ year: Int) -> WorkforceYear? {
    series2025.first { $0.year == year }
  }

  /// The change in a measure from one year to the next in the 2025 release, or `nil`.
  public static func change(
    _ measure: KeyPath<WorkforceYear, Double?>, from first: Int, to second: Int
  ) -> Double? {
    guard let before = year(first)?[keyPath: measure], let after = year(second)?[keyPath: measure]
    else { return nil }
    return after - before
  }

  /// The postgraduate fast-track routes counted in ``supply``.
  public static let fastTrackRoutes: [RouteID] = [
    .stepUpToSocialWork, .approachSocialWork, .thinkAhead,
  ]

  /// Starters against leavers in each year of the 2025 release, with the fast-track intakes
  /// recorded for the same calendar year (Step Up starts in January, Frontline and Think Ahead
  /// in the summer: all before the reporting year ends on 30 September).
  public static var supply: [SupplyYear] {
    series2025.compactMap { row in
      guard let starters = row.starters, let leavers = row.leavers else { return nil }
      let intakes = fastTrackRoutes.map(TrainingRoute.route)
        .compactMap { route -> SupplyYear.Intake? in
          guard let cohort = route.cohort(startingIn: row.year),
            let count = cohort.starters ?? cohort.places
          else { return nil }
          return SupplyYear.Intake(
            route: route.id, people: count, isPlaces: cohort.starters == nil)
        }
      return SupplyYear(
        year: row.year, starters: starters, leavers: leavers, fastTrackIntakes: intakes)
    }
  }

  /// Each figure as a fact.
  public static var facts: [Fact] {
    all.map { row in
      Fact(
        id: "education.workforce.\(row.year).\(row.editionSlug)",
        statement: "Children's social work workforce, year to 30 September \(row.year) "
          + "(\(row.edition)): " + row.summary + ".",
        provenance: row.provenance)
    }
  }
}

/// Starters against leavers in one year, and the fast-track intakes recorded for it.
public struct SupplyYear: Sendable, Hashable, Codable {
  /// A route's recorded intake that year.
  public struct Intake: Sendable, Hashable, Codable {
    /// The route.
    public let route: RouteID
    /// Starters, or places when starters are not published.
    public let people: Int
    /// Whether ``people`` counts places rather than starters.
    public let isPlaces: Bool
  }

  /// The reporting year.
  public let year: Int
  /// Starters, FTE.
  public let starters: Double
  /// Leavers, FTE.
  public let leavers: Double
  /// Fast-track intakes recorded for the year (trainees, not yet qualified social workers).
  public let fastTrackIntakes: [Intake]

  /// Starters less leavers, FTE.
  public var netChange: Double { starters - leavers }
}

extension WorkforceYear {
  /// The edition as an id part, for example `2025-release` or `sfr-09-2018`.
  var editionSlug: String {
    edition.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
  }

  /// The figures in words, for facts and reports.
  var summary: String {
    var parts: [String] = []
    if let fte { parts.append("\(fte.grouped) FTE") }
    if let headcount { parts.append("headcount \(Double(headcount).grouped)") }
    if let vacancies { parts.append("vacancies \(vacancies.grouped)") }
    if let agency { parts.append("agency \(agency.grouped)") }
    if let starters { parts.append("starters \(starters.grouped)") }
    if let leavers { parts.append("leavers \(leavers.grouped)") }
    if let rate = published.vacancyRate { parts.append("vacancy rate \(rate.trimmed)%") }
    if let rate = published.turnoverRate { parts.append("turnover \(rate.trimmed)%") }
    if let rate = published.turnoverRateHeadcount {
      parts.append("turnover (headcount) \(rate.trimmed)%")
    }
    if let rate = published.agencyRate { parts.append("agency rate \(rate.trimmed)%") }
    if let caseload = published.caseload { parts.append("caseload \(caseload.trimmed)") }
    return parts.joined(separator: ", ")
  }
}

extension Double {
  /// "28,482.6" or "5,820": thousands grouped, one decimal only when there is one.
  var grouped: String {
    let tenths = Int((self * 10).rounded())
    let whole = abs(tenths / 10)
    var digits = String(whole)
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    let sign = tenths < 0 ? "-" : ""
    let fraction = tenths % 10 == 0 ? "" : ".\(abs(tenths % 10))"
    return sign + groups.joined(separator: ",") + fraction
  }

  /// "17" or "17.2": a published figure without a trailing ".0".
  var trimmed: String {
    self == rounded() ? String(Int(self)) : String(self)
  }
}
