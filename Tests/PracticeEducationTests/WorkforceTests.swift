import PracticeEducation
import Testing

@Suite("Workforce statistics")
struct WorkforceTests {
  /// A rate at the published precision: tenths of a point, rounded half away from zero.
  static func tenths(_ value: Double?) -> Int? {
    value.map { Int(($0 * 10).rounded()) }
  }

  @Test("the 2025 release covers 2017–2025, one row a year")
  func years() {
    #expect(WorkforceStatistics.series2025.map(\.year) == Array(2017...2025))
    #expect(WorkforceStatistics.series2025.allSatisfy { $0.edition == "2025 release" })
  }

  @Test("recomputed rates match the published ones to 0.1", arguments: 2017...2025)
  func recomputedRates(year: Int) throws {
    let row = try #require(WorkforceStatistics.year(year))
    let recomputed = row.recomputed
    #expect(Self.tenths(recomputed.vacancyRate) == Self.tenths(row.published.vacancyRate))
    #expect(Self.tenths(recomputed.turnoverRate) == Self.tenths(row.published.turnoverRate))
    #expect(Self.tenths(recomputed.agencyRate) == Self.tenths(row.published.agencyRate))
    #expect(Self.tenths(recomputed.caseload) == Self.tenths(row.published.caseload))
  }

  @Test(
    "without DfE's low-reliability exclusions four rates come out 0.1–0.2 lower",
    arguments: [
      (2022, RateExclusion.Measure.turnover, 171, 172), (2023, .agency, 178, 179),
      (2024, .agency, 160, 162), (2024, .turnover, 138, 139),
    ])
  func exclusions(year: Int, measure: RateExclusion.Measure, naive: Int, published: Int) throws {
    let row = try #require(WorkforceStatistics.year(year))
    let fte = try #require(row.fte)
    let rate: Double
    switch measure {
    case .turnover:
      rate = 100 * (try #require(row.leavers)) / fte
      #expect(Self.tenths(row.published.turnoverRate) == published)
    case .agency:
      let agency = try #require(row.agency)
      rate = 100 * agency / (agency + fte)
      #expect(Self.tenths(row.published.agencyRate) == published)
    }
    #expect(Self.tenths(rate) == naive)
    #expect(row.rateExclusions.contains { $0.measure == measure })
  }

  @Test("the earlier editions keep their own values for 2017, 2019, 2021–2024")
  func editions() throws {
    let earlier = WorkforceStatistics.earlierEditions
    let first2017 = try #require(earlier.first { $0.year == 2017 })
    #expect(first2017.fte == 28_500 && first2017.headcount == 30_670)
    #expect(first2017.published.caseload == 17.8)
    #expect(WorkforceStatistics.year(2017)?.published.caseload == 17.7)
    #expect(earlier.first { $0.year == 2022 }?.published.turnoverRate == 17.1)
    #expect(earlier.first { $0.year == 2022 }?.published.turnoverRateHeadcount == 18.1)
    #expect(earlier.first { $0.year == 2021 }?.headcount == 34_679)
    #expect(earlier.first { $0.year == 2023 }?.agency == 7_173.5)
    #expect(earlier.first { $0.year == 2024 }?.published.turnoverRate == 13.8)
    // The 2023 release's agency count is the 2025 release's less the excluded authority.
    let row2023 = try #require(WorkforceStatistics.year(2023))
    let excluded = row2023.rateExclusions.reduce(0) { $0 + $1.countFTE }
    #expect(Self.tenths((row2023.agency ?? 0) - excluded) == Self.tenths(7_173.5))
  }

  @Test("2025 release figures are pinned")
  func pinned() throws {
    let row = try #require(WorkforceStatistics.year(2025))
    #expect(row.headcount == 38_292 && row.fte == 36_186.3)
    #expect(row.vacancies == 5_965.4 && row.agency == 5_415.9)
    #expect(row.starters == 5_837.8 && row.leavers == 4_276.3)
    #expect(row.cases == 321_661 && row.caseHolders == 21_105.4)
    #expect(row.published.absenceRate == 3.5)
    #expect(WorkforceStatistics.year(2022)?.published.vacancyRate == 20.0)
    #expect(row.provenance.verification == .verified)
  }

  @Test("pre-2017 figures keep their tags")
  func before2017() {
    let rows = WorkforceStatistics.before2017
    #expect(rows.first { $0.year == 2012 }?.provenance.verification == .unverified)
    #expect(
      rows.first { $0.year == 2016 && $0.fte == 27_700 }?.provenance.verification == .secondary)
    #expect(rows.first { $0.year == 2015 && $0.vacancies == 5_470 } != nil)
    // The seed's three figures are sourced now, every pre-2017 row names a source.
    #expect(rows.allSatisfy { !$0.provenance.sources.isEmpty })
    #expect(
      rows.first { $0.year == 2016 && $0.published.agencyRate == 16.1 }?.provenance.verification
        == .secondary)
  }

  @Test("the seed's 2015 vacancy and 2016 agency rates follow from the reported counts")
  func seedRatesRecomputed() {
    // DfE's definitions: vacancies ÷ (vacancies + FTE in post); agency ÷ (agency + FTE in post).
    let vacancy2015 = 5_470.0 / (5_470.0 + 26_500.0) * 100
    let agency2016 = 5_330.0 / (5_330.0 + 27_700.0) * 100
    let rows = WorkforceStatistics.before2017
    #expect(
      rows.first { $0.year == 2015 && $0.published.vacancyRate != nil }?.published.vacancyRate
        == (vacancy2015 * 10).rounded() / 10)
    #expect(
      rows.first { $0.year == 2016 && $0.published.agencyRate != nil }?.published.agencyRate
        == (agency2016 * 10).rounded() / 10)
  }

  @Test("year-on-year change: vacancy rate fell 3.1 points from 2024 to 2025")
  func change() throws {
    let change = try #require(
      WorkforceStatistics.change(\.published.vacancyRate, from: 2024, to: 2025))
    #expect(Self.tenths(change) == -31)
    #expect(WorkforceStatistics.change(\.fte, from: 2016, to: 2017) == nil)
  }

  @Test("supply: starters against leavers, with fast-track intakes")
  func supply() throws {
    let supply = WorkforceStatistics.supply
    #expect(supply.count == 9)
    let y2022 = try #require(supply.first { $0.year == 2022 })
    #expect(Self.tenths(y2022.netChange) == -5964)
    let y2018 = try #require(supply.first { $0.year == 2018 })
    #expect(y2018.fastTrackIntakes.contains { $0.route == .stepUpToSocialWork && $0.people == 563 })
    #expect(y2018.fastTrackIntakes.contains { $0.route == .approachSocialWork && $0.people == 336 })
    // Apprenticeships are not a fast-track route.
    let y2022Routes = y2022.fastTrackIntakes.map(\.route)
    #expect(!y2022Routes.contains(.degreeApprenticeship))
    let y2021 = try #require(supply.first { $0.year == 2021 })
    #expect(y2021.fastTrackIntakes.map(\.route) == [.thinkAhead])
    #expect(y2021.fastTrackIntakes.first?.isPlaces == true)
  }

  @Test("route costs: Frontline £46,024, Step Up £40,413 per newly qualified social worker")
  func costs() {
    let costs = RouteCost.dfeCostStudy
    #expect(
      costs.first { $0.route == .approachSocialWork }?.poundsPerQualifiedSocialWorker == 46_024)
    #expect(
      costs.first { $0.route == .stepUpToSocialWork }?.poundsPerQualifiedSocialWorker == 40_413)
  }

  @Test("retention evidence is cited, each finding with its figures and a source")
  func retention() {
    #expect(RetentionEvidence.findings.contains { $0.value.contains("75%") })
    #expect(RetentionEvidence.findings.contains { $0.value.contains("80% and 73%") })
    #expect(RetentionEvidence.findings.allSatisfy { !$0.provenance.sources.isEmpty })
    #expect(!RetentionEvidence.findings.contains { $0.value.contains("not retrieved") })
  }
}
