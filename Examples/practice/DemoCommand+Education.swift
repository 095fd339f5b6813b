import PracticeKit

/// The demo's education and workforce section: a sample applicant's routes for the demo year,
/// the regulator and practice-learning rule of the day, and the latest workforce figures.
struct EducationSection: Encodable {
  var year: Int
  var regulator: String?
  var practiceLearningRule: String?
  var routes: [RouteAnswer]
  var workforce: Workforce?

  struct RouteAnswer: Encodable {
    var route: String
    var name: String
    var eligibility: String
  }

  struct Workforce: Encodable {
    var year: Int
    var edition: String
    var fte: Double?
    var vacancyRate: Double?
    var turnoverRate: Double?
    var agencyRate: Double?
    var caseload: Double?
    var starters: Double?
    var leavers: Double?
  }

  /// The sample applicant: a 2:2 in history, GCSE English 5 and maths 4, eight months'
  /// experience.
  static let applicant = ApplicantProfile(
    degree: .init(classification: .lowerSecond, subject: "history"), gcseEnglish: 5,
    gcseMaths: 4, experienceMonths: 8, hasRightToWork: true, livesInEngland: true)

  init(day: CalendarDay) {
    year = day.year
    regulator = Regulator.regulating(on: day)?.name
    practiceLearningRule = PracticeLearningRule.inForce(on: day)?.name
    routes = TrainingRoute.eligibility(of: Self.applicant, forIntakeYear: day.year).map {
      RouteAnswer(route: $0.route.rawValue, name: $0.name, eligibility: $0.status.rawValue)
    }
    workforce = WorkforceStatistics.series2025.last.map {
      Workforce(
        year: $0.year, edition: $0.edition, fte: $0.fte, vacancyRate: $0.published.vacancyRate,
        turnoverRate: $0.published.turnoverRate, agencyRate: $0.published.agencyRate,
        caseload: $0.published.caseload, starters: $0.starters, leavers: $0.leavers)
    }
  }

  /// The demo report's section.
  var section: PracticeReport.Section {
    var blocks: [PracticeReport.Block] = [
      .list([
        "Regulator on the day: \(regulator ?? "none recorded")",
        "Practice learning for programmes starting now: \(practiceLearningRule ?? "–")",
      ]),
      .table(
        .init(
          caption:
            "A 2:2 history graduate (GCSE English 5, maths 4, 8 months' experience), \(year) intake",
          columns: ["Route", "Eligibility"],
          rows: routes.map { [$0.name, RoutesCommand.Document.words($0.eligibility)] })),
    ]
    if let workforce {
      func value(_ number: Double?) -> String { number.map(\.groupedReportText) ?? "–" }
      blocks.append(
        .paragraph(
          "Children's social workers, year to 30 September \(workforce.year) "
            + "(DfE, \(workforce.edition)): \(value(workforce.fte)) FTE, vacancy rate "
            + "\(value(workforce.vacancyRate))%, turnover \(value(workforce.turnoverRate))%, "
            + "agency \(value(workforce.agencyRate))%, caseload \(value(workforce.caseload)); "
            + "starters \(value(workforce.starters)) vs leavers \(value(workforce.leavers)) FTE."))
    }
    blocks.append(.paragraph("Run 'practice routes --help' to check an applicant's routes."))
    return .init(id: "education", title: "Education and workforce", blocks: blocks)
  }
}
