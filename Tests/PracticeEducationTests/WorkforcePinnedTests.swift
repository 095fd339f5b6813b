import PracticeEducation
import Testing

/// The national rows of the DfE data file (csww_indicators_2017_to_2025.csv, 2025 release),
/// transcribed by script from the file itself rather than from the module's data, so a typing
/// slip in either shows here.
@Suite("Workforce series pinned to the 2025 release")
struct WorkforcePinnedTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var year: Int
    var headcount: Int
    var fte, vacancies, agency, starters, leavers, caseHolders: Double
    var cases: Int
    /// Vacancy, turnover (FTE), turnover (headcount), agency, caseload, absence.
    var rates: [Double]

    init(
      _ year: Int, _ headcount: Int, _ fte: Double, _ vacancies: Double, _ agency: Double,
      _ starters: Double, _ leavers: Double, _ caseHolders: Double, _ cases: Int,
      _ rates: [Double]
    ) {
      self.year = year
      self.headcount = headcount
      self.fte = fte
      self.vacancies = vacancies
      self.agency = agency
      self.starters = starters
      self.leavers = leavers
      self.caseHolders = caseHolders
      self.cases = cases
      self.rates = rates
    }

    var testDescription: String { "\(year)" }
  }

  static let rows: [Row] = [
    Row(
      2017, 30646, 28482.6, 5822.6, 5343.2, 5500.5, 3811.8, 17840.6, 316647,
      [17, 13.4, 13.7, 15.8, 17.7, 3.1]),
    Row(
      2018, 31653, 29464.9, 5812.4, 5356.3, 5209.7, 4451.6, 18787.3, 327313,
      [16.5, 15.1, 15.2, 15.4, 17.4, 3.2]),
    Row(
      2019, 32851, 30683.8, 6036.6, 5753.5, 5928.9, 4607.5, 20003.8, 337202,
      [16.4, 15, 15.1, 15.8, 16.9, 3.1]),
    Row(
      2020, 33928, 31852.3, 6112.6, 5800.9, 5202.4, 4294.2, 20530.8, 334706,
      [16.1, 13.5, 13.6, 15.4, 16.3, 2.9]),
    Row(
      2021, 34620, 32502, 6521.9, 5969.5, 5518.7, 4994.5, 20548.9, 335201,
      [16.7, 15.4, 15.6, 15.5, 16.3, 3.1]),
    Row(
      2022, 33689, 31634.1, 7912.9, 6759.7, 4825.6, 5422, 20206, 335563,
      [20, 17.2, 17.3, 17.6, 16.6, 3.5]),
    Row(
      2023, 35199, 33119.1, 7722.7, 7178.5, 6027.5, 5254.6, 21111.4, 337055,
      [18.9, 15.9, 16, 17.9, 16, 3.3]),
    Row(
      2024, 36402, 34328.2, 7188.6, 6520.7, 5613.4, 4728.7, 20803.5, 320461,
      [17.3, 13.9, 13.9, 16.2, 15.4, 3.4]),
    Row(
      2025, 38292, 36186.3, 5965.4, 5415.9, 5837.8, 4276.3, 21105.4, 321661,
      [14.2, 11.8, 12, 13, 15.2, 3.5]),
  ]

  @Test("every count and published rate matches the data file", arguments: rows)
  func pinned(row: Row) throws {
    let year = try #require(WorkforceStatistics.year(row.year))
    #expect(year.headcount == row.headcount)
    #expect(year.fte == row.fte && year.vacancies == row.vacancies && year.agency == row.agency)
    #expect(year.starters == row.starters && year.leavers == row.leavers)
    #expect(year.caseHolders == row.caseHolders && year.cases == row.cases)
    let published = year.published
    #expect(
      [
        published.vacancyRate, published.turnoverRate, published.turnoverRateHeadcount,
        published.agencyRate, published.caseload, published.absenceRate,
      ] == row.rates.map(Optional.some))
  }
}
