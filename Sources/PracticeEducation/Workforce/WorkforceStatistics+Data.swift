// The workforce figures as data (education.md §6). The 2025 release rows were read in the DfE
// data file (national rows, checked again for this module against commit 2f5d11a of
// dfe-analytical-services/CSC_outcomes_and_enablers); the rate exclusions were derived from the
// same file's local authority and regional rows.

private typealias Cite = EducationSource

enum Series {
  private static let release2025Provenance = Provenance(
    .verified, [Cite.workforceData, Cite.workforceMethodology],
    note: "National rows of csww_indicators_2017_to_2025.csv (2025 release).")

  private static func row(
    _ year: Int, headcount: Int, fte: Double, vacancyRate: Double, turnover: Double,
    turnoverHeadcount: Double, agencyRate: Double, caseload: Double, absence: Double,
    vacancies: Double, agency: Double, starters: Double, leavers: Double, caseHolders: Double,
    cases: Int, exclusions: [RateExclusion] = []
  ) -> WorkforceYear {
    WorkforceYear(
      year: year, edition: "2025 release", headcount: headcount, fte: fte,
      vacancies: vacancies, agency: agency, starters: starters, leavers: leavers,
      caseHolders: caseHolders, cases: cases,
      published: WorkforceYear.PublishedRates(
        vacancyRate: vacancyRate, turnoverRate: turnover, turnoverRateHeadcount: turnoverHeadcount,
        agencyRate: agencyRate, caseload: caseload, absenceRate: absence),
      rateExclusions: exclusions, provenance: release2025Provenance)
  }

  static let release2025: [WorkforceYear] = [
    row(
      2017, headcount: 30_646, fte: 28_482.6, vacancyRate: 17.0, turnover: 13.4,
      turnoverHeadcount: 13.7, agencyRate: 15.8, caseload: 17.7, absence: 3.1,
      vacancies: 5_822.6, agency: 5_343.2, starters: 5_500.5, leavers: 3_811.8,
      caseHolders: 17_840.6, cases: 316_647),
    row(
      2018, headcount: 31_653, fte: 29_464.9, vacancyRate: 16.5, turnover: 15.1,
      turnoverHeadcount: 15.2, agencyRate: 15.4, caseload: 17.4, absence: 3.2,
      vacancies: 5_812.4, agency: 5_356.3, starters: 5_209.7, leavers: 4_451.6,
      caseHolders: 18_787.3, cases: 327_313),
    row(
      2019, headcount: 32_851, fte: 30_683.8, vacancyRate: 16.4, turnover: 15.0,
      turnoverHeadcount: 15.1, agencyRate: 15.8, caseload: 16.9, absence: 3.1,
      vacancies: 6_036.6, agency: 5_753.5, starters: 5_928.9, leavers: 4_607.5,
      caseHolders: 20_003.8, cases: 337_202),
    row(
      2020, headcount: 33_928, fte: 31_852.3, vacancyRate: 16.1, turnover: 13.5,
      turnoverHeadcount: 13.6, agencyRate: 15.4, caseload: 16.3, absence: 2.9,
      vacancies: 6_112.6, agency: 5_800.9, starters: 5_202.4, leavers: 4_294.2,
      caseHolders: 20_530.8, cases: 334_706),
    row(
      2021, headcount: 34_620, fte: 32_502.0, vacancyRate: 16.7, turnover: 15.4,
      turnoverHeadcount: 15.6, agencyRate: 15.5, caseload: 16.3, absence: 3.1,
      vacancies: 6_521.9, agency: 5_969.5, starters: 5_518.7, leavers: 4_994.5,
      caseHolders: 20_548.9, cases: 335_201),
    row(
      2022, headcount: 33_689, fte: 31_634.1, vacancyRate: 20.0, turnover: 17.2,
      turnoverHeadcount: 17.3, agencyRate: 17.6, caseload: 16.6, absence: 3.5,
      vacancies: 7_912.9, agency: 6_759.7, starters: 4_825.6, leavers: 5_422.0,
      caseHolders: 20_206.0, cases: 335_563,
      exclusions: [
        RateExclusion(
          measure: .turnover, authorities: ["Gateshead"], inPostFTE: 153.7, countFTE: 1.1)
      ]),
    row(
      2023, headcount: 35_199, fte: 33_119.1, vacancyRate: 18.9, turnover: 15.9,
      turnoverHeadcount: 16.0, agencyRate: 17.9, caseload: 16.0, absence: 3.3,
      vacancies: 7_722.7, agency: 7_178.5, starters: 6_027.5, leavers: 5_254.6,
      caseHolders: 21_111.4, cases: 337_055,
      exclusions: [
        RateExclusion(measure: .agency, authorities: ["Sutton"], inPostFTE: 127.1, countFTE: 5.0)
      ]),
    row(
      2024, headcount: 36_402, fte: 34_328.2, vacancyRate: 17.3, turnover: 13.9,
      turnoverHeadcount: 13.9, agencyRate: 16.2, caseload: 15.4, absence: 3.4,
      vacancies: 7_188.6, agency: 6_520.7, starters: 5_613.4, leavers: 4_728.7,
      caseHolders: 20_803.5, cases: 320_461,
      exclusions: [
        RateExclusion(
          measure: .turnover, authorities: ["Sunderland"], inPostFTE: 227.4, countFTE: 2.0),
        RateExclusion(
          measure: .agency, authorities: ["Birmingham", "Kensington and Chelsea"],
          inPostFTE: 766.2 + 182.9, countFTE: 49.8 + 4.9),
      ]),
    row(
      2025, headcount: 38_292, fte: 36_186.3, vacancyRate: 14.2, turnover: 11.8,
      turnoverHeadcount: 12.0, agencyRate: 13.0, caseload: 15.2, absence: 3.5,
      vacancies: 5_965.4, agency: 5_415.9, starters: 5_837.8, leavers: 4_276.3,
      caseHolders: 21_105.4, cases: 321_661),
  ]

  private static func edition(
    _ year: Int, _ edition: String, headcount: Int? = nil, fte: Double? = nil,
    vacancies: Double? = nil, agency: Double? = nil, rates: WorkforceYear.PublishedRates,
    _ provenance: Provenance
  ) -> WorkforceYear {
    WorkforceYear(
      year: year, edition: edition, headcount: headcount, fte: fte, vacancies: vacancies,
      agency: agency, starters: nil, leavers: nil, caseHolders: nil, cases: nil,
      published: rates, rateExclusions: [], provenance: provenance)
  }

  static let earlier: [WorkforceYear] = [
    edition(
      2017, "SFR 09/2018", headcount: 30_670, fte: 28_500, vacancies: 5_820, agency: 5_340,
      rates: .init(vacancyRate: 17, turnoverRateHeadcount: 15, caseload: 17.8),
      Provenance(
        .secondary, [Cite.sfr2018],
        note: "As first published on 15 February 2018 (read in a mirror of the release and in "
          + "Community Care); rounded to tens and whole points.")),
    edition(
      2019, "2019 release", headcount: 32_900, fte: 30_700, vacancies: 6_000, agency: 5_800,
      rates: .init(turnoverRateHeadcount: 16, caseload: 16.9),
      Provenance(
        .secondary, [Cite.release2020],
        note: "As first published on 27 February 2020 (read in a mirror); rounded.")),
    edition(
      2021, "2022 release", headcount: 34_679,
      rates: .init(turnoverRateHeadcount: 16.5),
      Provenance(.verified, [Cite.workforceHeadlines2022], note: "2017–2022 headline file.")),
    edition(
      2022, "2022 release", headcount: 33_689,
      rates: .init(turnoverRate: 17.1, turnoverRateHeadcount: 18.1),
      Provenance(
        .verified, [Cite.workforceHeadlines2022],
        note: "2017–2022 headline file; 17.1% is leavers ÷ all FTE, before the low-reliability "
          + "exclusion the 2025 release applies (17.2%).")),
    edition(
      2023, "2023 release", agency: 7_173.5, rates: .init(agencyRate: 17.8),
      Provenance(
        .verified, [Cite.workforceDataSet2024, Cite.release2024],
        note: "Published 29 February 2024; the data set's 2023 national row gives agency FTE "
          + "7,173.5 and agency rate 17.8%.")),
    edition(
      2024, "2024 release", rates: .init(turnoverRate: 13.8),
      Provenance(
        .verified, [Cite.workforceData],
        note: "csww_indicators_2017_to_2024.csv (data file of July 2025); 13.8% is leavers ÷ "
          + "all FTE, before the exclusion the 2025 release applies (13.9%).")),
  ]

  static let before2017: [WorkforceYear] = [
    edition(
      2012, "NMDS-SC (DfE, December 2012)", headcount: 27_100, fte: 23_300,
      rates: .init(vacancyRate: 7, turnoverRate: 11, agencyRate: 3),
      Provenance(
        .unverified, [Cite.workforceMethodology, Cite.cypNowPolicyContext],
        note: "From the seed. CYP Now reports the headcount and FTE (27,100; 23,300 in 2012); "
          + "the vacancy (7%), turnover (11%) and agency (3%) rates were not found in any source "
          + "read, so the edition stays unverified. The voluntary NMDS-SC covered 68 of 152 "
          + "local authorities (DfE methodology).")),
    edition(
      2014, "2015 release", vacancies: 4_320, rates: .init(),
      Provenance(.secondary, [Cite.communityCare2016Workforce])),
    edition(
      2014, "seed", rates: .init(turnoverRate: 17),
      Provenance(
        .secondary, [Cite.adcsNorthWest2016],
        note: "The seed's figure; ADCS's North West benchmarking report compares the region with "
          + "\"the 2014 benchmark of 17.0% nationally\" for turnover. The DfE release itself was "
          + "not readable.")),
    edition(
      2015, "2015 release", headcount: 28_570, vacancies: 5_470, agency: 4_860,
      rates: .init(turnoverRate: 16, caseload: 15),
      Provenance(
        .secondary, [Cite.communityCare2016Workforce],
        note: "Community Care's report of DfE data; 28,570 social workers (+7%) included "
          + "managers for the first time.")),
    edition(
      2015, "seed", rates: .init(vacancyRate: 17.1),
      Provenance(
        .secondary, [Cite.communityCare2016Workforce, Cite.communityCare2017Workforce],
        note: "The seed's figure, not stated in the reports read: it is DfE's vacancy rate "
          + "(vacancies ÷ (vacancies + FTE in post)) of the reported 5,470 FTE vacancies and "
          + "26,500 FTE in post at 30 September 2015 (5,470 ÷ 31,970 = 17.1%). The DfE release "
          + "itself was not readable.")),
    edition(
      2016, "2016 release", headcount: 29_930, fte: 27_700, agency: 5_330,
      rates: .init(vacancyRate: 16.7, turnoverRate: 15.1),
      Provenance(
        .secondary, [Cite.sfr2018, Cite.communityCare2016Workforce],
        note: "FTE, headcount and agency as given in SFR 09/2018 (mirror); rates from CYP Now.")),
    edition(
      2016, "seed", rates: .init(agencyRate: 16.1),
      Provenance(
        .secondary, [Cite.communityCare2017Workforce, Cite.sfr2018],
        note: "The seed's figure, not stated in the reports read: it is DfE's agency rate "
          + "(agency ÷ (agency + FTE in post)) of the reported 5,330 FTE agency workers and "
          + "27,700 FTE in post at 30 September 2016 (5,330 ÷ 33,030 = 16.1%). Not the 2016 "
          + "average caseload, which was also 16.1. The DfE release itself was not readable.")),
  ]
}

/// What the fast-track routes cost, per newly qualified social worker (DfE cost study, 2016,
/// as reported in 2018).
public struct RouteCost: Sendable, Hashable, Codable {
  /// The route.
  public let route: RouteID
  /// Pounds per newly qualified social worker.
  public let poundsPerQualifiedSocialWorker: Int
  /// Where the figure comes from.
  public let provenance: Provenance

  /// Frontline £46,024 and Step Up £40,413.
  public static let dfeCostStudy: [RouteCost] = [
    RouteCost(
      route: .approachSocialWork, poundsPerQualifiedSocialWorker: 46_024,
      provenance: Provenance(.secondary, [Cite.costStudy])),
    RouteCost(
      route: .stepUpToSocialWork, poundsPerQualifiedSocialWorker: 40_413,
      provenance: Provenance(.secondary, [Cite.costStudy])),
  ]
}

/// Evidence on how long fast-track graduates stay, and how they compare (education.md §7).
public enum RetentionEvidence {
  /// Each finding with its study.
  public static let findings: [Sourced<String>] = [
    Sourced(
      "Frontline cohort 1: 75% had left their original employer 36 months after registering "
        + "(September 2015); cohort 2: 63% within 30 months; 36% of cohort 1 progressed; 29% "
        + "had left the profession (interim report, July 2020).",
      Provenance(.secondary, [Cite.retentionStudy])),
    Sourced(
      "No evidence that 18-month attrition from fast-track routes is higher than mainstream: "
        + "12% of fast-track graduates were not in statutory social work at 18 months, against "
        + "18% at 15 months for all routes (HESA); Frontline's national recruitment was worse for "
        + "retention than Step Up's regional approach (the four-year fast-track study).",
      Provenance(
        .verified, [Cite.retentionArticle, Cite.retentionStudy],
        note: "Read in the study authors' own article abstract: attrition from statutory social "
          + "work at 18 months was 12% for the fast-track programmes, against 18% at 15 months "
          + "for all routes in HESA survey data. The DfE final report (December 2021 in the "
          + "research notes) was not read.")),
    Sourced(
      "Step Up cohorts 1 and 2: 96% and 97% felt adequately prepared to practise; 82% of cohort "
        + "1 moved into a social work post; 79% of cohort 2 had an offer at survey (April 2014).",
      Provenance(
        .secondary, [Cite.stepUpEvaluations, Cite.communityCare2014StepUp],
        note: "As reported by Community Care on the day the Social Care Workforce Research "
          + "Unit's evaluation was published; the report itself was not read.")),
    Sourced(
      "Frontline pilot: participants' interviewing and written reflection significantly higher "
        + "than mainstream students'; against students with similar entry qualifications the "
        + "interviewing difference remained; selection effects cannot be excluded (March 2016).",
      Provenance(.secondary, [Cite.frontlinePilotEvaluation])),
    Sourced(
      "Step Up graduates who had qualified three and five years before the evaluation (May "
        + "2018): 80% and 73% retained in social work.",
      Provenance(
        .secondary, [Cite.communityCare2018StepUpRetention, Cite.stepUpEvaluations],
        note: "As Community Care reported the evaluation on 18 May 2018 (\"a retention "
          + "percentage of 80% and 73% respectively\"); the DfE report itself was not read.")),
  ]
}
