import PracticeKit

/// `practice audit agreement FILE`: how far auditors and moderators agree.
enum AuditAgreementCommand {
  static let help = """
    Usage: practice audit agreement FILE [--scale ofsted|zero-to-ten] [--format F]

    Agreement between raters who graded the same cases. FILE is CSV with a header: the first
    column is the case reference, each further column one rater's grades, written as the
    scale's labels (Outstanding, Good, Requires improvement to be good, Inadequate) or their
    numbers (1 to 4). Prints the raters, cases, percent agreement (cases on which every rater
    agreed), Cohen's kappa unweighted, linearly and quadratically weighted (exactly two raters,
    with the asymptotic standard error), Fleiss' kappa (two or more) and the Landis and Koch
    band (exactly 0 counts as slight). A statistic that cannot be computed (fewer than two
    cases, every grade the same) is reported as undefined, with the reason.

    Options:
      --scale NAME  ofsted (default) or zero-to-ten (grades 0 to 10)
    \(Arguments.formatHelp(column: 16))
      -h, --help    this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--scale", "--format"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    let path = try arguments.positionals(named: ["FILE"])[0]
    let scale: GradingScale
    switch arguments.values["--scale"] {
    case nil, "ofsted": scale = .ofsted
    case "zero-to-ten": scale = .zeroToTen
    default: throw .usage("--scale must be 'ofsted' or 'zero-to-ten'")
    }
    let (raters, matrix) = try read(AuditInputFile.bytes(at: path), scale: scale)
    let report = Report(matrix.summary, raterNames: raters)
    return format.render(report) { report.report }
  }

  /// The rater names from the header and the ranks of every grade; errors name the line and
  /// column, never the value.
  static func read(_ bytes: [UInt8], scale: GradingScale) throws(CommandError)
    -> (raters: [String], matrix: RatingMatrix)
  {
    var reader = CSVReader(bytes: bytes)
    let records = try CommandError.reportingData { () throws(CSVError) in try reader.readAll() }
    guard let header = reader.header, header.count >= 3 else {
      throw .data("the CSV needs a header with a case column and at least two rater columns")
    }
    var ratings: [[Int]] = []
    for record in records {
      var row: [Int] = []
      for column in 1..<header.count {
        guard let grade = record[column].flatMap(scale.grade(matching:)),
          let rank = scale.rank(of: grade.id)
        else {
          throw .data(
            "line \(record.line), column \(column + 1): not a grade on the \(scale.name) "
              + "(use its labels or numbers)")
        }
        row.append(rank)
      }
      ratings.append(row)
    }
    let matrix = try CommandError.reportingData { () throws(AgreementTableError) in
      try RatingMatrix(categoryCount: scale.grades.count, ratings: ratings)
    }
    return (Array(header.names.dropFirst()), matrix)
  }

  /// The agreement report, as text or JSON.
  struct Report: Encodable {
    var schemaVersion = 1
    var raters: Int
    var raterNames: [String]
    var cases: Int
    @Nullable var percentAgreement: Double?
    @Nullable var cohenKappa: Double?
    @Nullable var cohenKappaStandardError: Double?
    @Nullable var linearWeightedKappa: Double?
    @Nullable var quadraticWeightedKappa: Double?
    @Nullable var fleissKappa: Double?
    @Nullable var band: String?
    var undefined: [String: String]

    private var summary: AgreementSummary

    private enum CodingKeys: String, CodingKey {
      case schemaVersion, raters, raterNames, cases, percentAgreement, cohenKappa
      case cohenKappaStandardError, linearWeightedKappa, quadraticWeightedKappa, fleissKappa
      case band, undefined
    }

    init(_ summary: AgreementSummary, raterNames: [String]) {
      self.summary = summary
      raters = summary.raters
      self.raterNames = raterNames
      cases = summary.cases
      percentAgreement = summary.proportionAgreeing.map { $0 * 100 }
      cohenKappa = summary.cohenKappa?.value
      cohenKappaStandardError = summary.cohenKappa?.standardError
      linearWeightedKappa = summary.linearWeightedKappa?.value
      quadraticWeightedKappa = summary.quadraticWeightedKappa?.value
      fleissKappa = summary.fleissKappa.value
      band = summary.band?.rawValue
      var undefined: [String: String] = [:]
      let statistics: [(String, KappaStatistic?)] = [
        ("cohenKappa", summary.cohenKappa), ("linearWeightedKappa", summary.linearWeightedKappa),
        ("quadraticWeightedKappa", summary.quadraticWeightedKappa),
        ("fleissKappa", summary.fleissKappa),
      ]
      for (name, statistic) in statistics {
        if let reason = statistic?.undefinedReason { undefined[name] = reason.rawValue }
      }
      self.undefined = undefined
    }

    /// The statistics as a report for people: one table of statistic and value.
    var report: PracticeReport {
      var rows = [
        ["Raters", raters.groupedText], ["Cases", cases.groupedText],
        ["Percent agreement", percentAgreement.map { $0.reportText(decimals: 1) + "%" } ?? "none"],
      ]
      if raters == 2 {
        rows.append(["Cohen's kappa", Self.describe(summary.cohenKappa)])
        if let cohenKappaStandardError {
          rows.append([
            "Cohen's kappa, standard error", cohenKappaStandardError.reportText(decimals: 4),
          ])
        }
        rows.append(["Linearly weighted kappa", Self.describe(summary.linearWeightedKappa)])
        rows.append(["Quadratically weighted kappa", Self.describe(summary.quadraticWeightedKappa)])
      }
      rows.append(["Fleiss' kappa", Self.describe(summary.fleissKappa)])
      rows.append(["Agreement (Landis and Koch 1977)", summary.band?.description ?? "undefined"])
      return PracticeReport(
        title: "Agreement between raters",
        preface: ["Raters: \(raterNames.joined(separator: ", "))."],
        sections: [
          .init(
            id: "agreement", title: "Agreement",
            blocks: [
              .table(.init(caption: "Agreement", columns: ["Statistic", "Value"], rows: rows))
            ])
        ])
    }

    private static func describe(_ statistic: KappaStatistic?) -> String {
      guard let statistic else { return "not applicable" }
      guard let value = statistic.value else {
        return statistic.undefinedReason?.description ?? "undefined"
      }
      return value.reportText(decimals: 6)
        + (statistic.band.map { " (\($0.description.lowercased()))" } ?? "")
    }
  }
}
