import PracticeKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `practice audit 903 DIR --year Y`: looked-after review timeliness (reg 33) and data quality
/// of an SSDA903 return.
enum Audit903Command {
  static let help = """
    Usage: practice audit 903 PATH --year Y [--prior PATH]... [--format F] [--cases]
                              [--cases-csv FILE] [--pseudonymise KEYFILE] [--unsuppressed]

    Reads an SSDA903 return for collection year Y from PATH: a folder of CSV tables (each file
    is recognised by its columns; names do not matter) or holding one XML return (root
    EXPSSDA903), or one such file given directly. Dates may be DD/MM/YYYY or YYYY-MM-DD. Nothing
    recognised is an error. The year is named by the year it ends: --year 2025 (or 2024/25, or
    2024-25) is 1 April 2024 to 31 March 2025. Reports data-quality problems by rule (with file,
    line and column or element, never the value) and the timeliness of looked-after reviews (Care Planning
    Regulations 2010 reg 33): first within 20 working days, second within 3 months of the first,
    then every 6 months. The data-quality section lists the rules applied, with their DfE codes:
    it is not the full DfE validation. A child in the Header twice, a row given twice and
    overlapping episodes are findings and are counted once.

    A return with no episode open during Y is an error (exit 1) naming the years its episodes
    span; one with most of its activity in another year is reported with a warning.

    Periods of care that started before the earliest year supplied are "partial": assessed from
    their first review in the data, each later one due 6 months after the one before, and
    reported apart. Each --prior PATH adds the return of the year before the last one given
    (first --prior is Y-1, the next Y-2), so more periods are fully assessable.

    Counts are published with DfE disclosure control (1 to 5 shown as c, with secondary
    suppression) unless --unsuppressed is given, for internal use only.

    Options:
      --year Y                 the collection year, named by the year it ends: 2025, 2024/25
                               or 2024-25 (required)
      --prior PATH             an earlier year's return (folder or file); repeatable
    \(Arguments.formatHelp())
      --cases                  also list each late or missing review of a fully assessable period
                               and each data-quality problem (these name children: pseudonymise
                               before sharing)
    \(CaseListCSV.help)
    \(ChildPseudonyms.help)
      --unsuppressed           counts without disclosure control
      -h, --help               this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(
      words, valued: ["--year", "--format", ChildPseudonyms.option, CaseListCSV.option],
      repeatable: ["--prior"],
      flags: ["--json", "--cases", "--unsuppressed"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    let directory = try arguments.positionals(named: ["PATH"])[0]
    let year = try arguments.collectionYear(requiredBy: "audit 903")
    let pseudonymiser = try ChildPseudonyms.pseudonymiser(arguments)
    let current = try read(directory, year: year)
    try ReturnYear.require(current.yearCheck, of: "The SSDA903 return in '\(directory)'")
    var prior: [SSDA903.Return] = []
    var priorYear = year
    for path in arguments.repeated["--prior"] ?? [] {
      guard let earlier = priorYear.previous else { throw .usage("too many --prior returns") }
      prior.append(try read(path, year: earlier))
      try ReturnYear.require(prior[prior.count - 1].yearCheck, of: "The --prior return '\(path)'")
      priorYear = earlier
    }
    let reg33 = StatutoryTimeliness.lookedAfterReviews
    let reviews = try CommandError.reportingData { () throws(Period.PeriodError) in
      try ReviewTimeliness.audit(
        current, prior: prior, timescale: reg33, calendar: .englandAndWales)
    }
    let csvPath = arguments.values[CaseListCSV.option]
    let cases = arguments.flags.contains("--cases")
    var document = Document(
      current: current, prior: prior, reviews: reviews,
      figures: arguments.flags.contains("--unsuppressed") ? .unsuppressed : .published,
      cases: cases || csvPath != nil, pseudonymiser: pseudonymiser)
    if let csvPath {
      document.caseListWritten = try CaseListCSV.save(
        header: ["child", "review", "due", "held", "status"],
        rows: (document.reviewFindings ?? []).map {
          [$0.child, "\($0.review)", "\($0.due)", $0.held.map { "\($0)" } ?? "", $0.status]
        }, to: csvPath)
      if !cases { (document.reviewFindings, document.dataQualityIssues) = (nil, nil) }
    }
    return format.render(document) { document.report }
  }

  /// Reads one return from a folder or a file, failing when the path cannot be read or nothing
  /// in it is an SSDA903 table or XML return (then the message names each file seen, what was
  /// found in it and what was expected).
  static func read(_ path: String, year: CollectionYear)
    throws(CommandError) -> SSDA903.Return
  {
    let result = SSDA903.Reader(year: year).read(path: path)
    if result.issues.contains(where: { $0.rule == .unreadableFile && $0.file == path }) {
      throw .data("'\(path)' could not be read")
    }
    guard result.recognisedAnything else { throw .data(nothingRecognised(result, path: path)) }
    return result
  }

  /// Why nothing in `path` was read: each file seen and what was wrong with it.
  static func nothingRecognised(_ result: SSDA903.Return, path: String) -> String {
    let whole: Set<SourceDataIssue.Rule> = [
      .unreadableFile, .emptyFile, .unrecognisedTable, .unrecognisedDocument, .malformedCSV,
      .malformedXML,
    ]
    var lines = ["no SSDA903 return was recognised in '\(path)'."]
    let seen = result.issues.filter { whole.contains($0.rule) }
    if seen.isEmpty, result.skippedFiles.isEmpty { lines.append("  It holds no files.") }
    lines += seen.map { "  \($0.sentence)" }
    lines += result.skippedFiles.map { "  \($0): not read (neither .csv nor .xml)" }
    lines.append(
      "Expected CSV tables recognised by their columns (for example Header: "
        + SSDA903.Table.header.columns.joined(separator: ", ") + "; Episodes: "
        + SSDA903.Table.episodes.columns.joined(separator: ", ")
        + "), or one XML return whose root element is EXPSSDA903.")
    return lines.joined(separator: "\n")
  }

  /// A published count: a number, or the symbol that stands in for it.
  typealias Figure = PublishedFigure

  struct Partial: Encodable {
    var periods: Figure
    var periodsWithoutReview: Figure
    var due: Figure
    var onTime: Figure
    var late: Figure
    var missing: Figure
  }

  struct ReviewSummary: Encodable {
    var fullyAssessablePeriods: Figure
    var due: Figure
    var onTime: Figure
    var late: Figure
    var missing: Figure
    var excludedShortBreaks: Figure
    var partial: Partial
  }

  struct ReviewFinding: Encodable {
    var child: String
    var review: Int
    var due: CalendarDay
    @Nullable var held: CalendarDay?
    var status: String
  }

  struct Issue: Encodable {
    var file: String
    var line: Int
    @Nullable var column: String?
    var rule: String
    @Nullable var detail: String?
  }

  struct Document: Encodable {
    var schemaVersion = 1
    var collectionYear: String
    var windowStart: CalendarDay
    var priorYears: [String]
    var tables: [String: Figure]
    var children: Figure
    var episodes: Figure
    var periodsOfCare: Figure
    var reviewTimeliness: ReviewSummary
    var proceedings: Proceedings
    /// Set when the return looks like another year's (most of its activity elsewhere).
    @Nullable var yearWarning: String?
    var dataQuality: [String: Figure]
    var unavailableMeasures: [SSDA903.UnavailableMeasure]
    /// The rules applied, with their DfE codes, and that this is not the DfE validation.
    var checksApplied = SSDA903.checksApplied
    var checksNote = SSDA903.checksApplied.caveat
    var reviewFindings: [ReviewFinding]?
    var dataQualityIssues: [Issue]?
    /// What `--cases-csv` wrote, if asked.
    var caseListWritten: String?

    init(
      current: SSDA903.Return, prior: [SSDA903.Return], reviews: ReviewTimeliness,
      figures: ReportFigures, cases: Bool, pseudonymiser: Pseudonymiser?
    ) {
      collectionYear = current.year.description
      windowStart = reviews.windowStart
      priorYears = prior.map(\.year.description)
      unavailableMeasures = current.unavailableMeasures
      let warnings = ([current] + prior).map(\.yearCheck).filter(\.isWarning)
      yearWarning = warnings.isEmpty ? nil : warnings.map(\.explanation).joined(separator: " ")
      let files = current.rowCounts.keys.sorted { $0.rawValue < $1.rawValue }
      let issues = ([current] + prior).flatMap(\.issues)
      let rules = issues.reduce(into: [String: Int]()) { $0[$1.rule.rawValue, default: 0] += 1 }
      let ruleNames = rules.keys.sorted()
      let summary = CombinedReport.proceedings(current, reportDay: current.year.end)
      // Everything the command prints, through the one gate: row counts of the files repeat
      // the children and episodes; periods split into fully assessable, partial and short
      // breaks; reviews add up to what is due; proceedings outcomes to the estimate.
      let distinct = [
        Set(current.children.map(\.id)).count, current.episodes.count, reviews.periodsOfCare,
      ]
      var relations: [PublicationDraft.Relation] = []
      for (row, file) in files.enumerated() {
        // A file's row count repeats the children or episodes unless rows were given twice
        // (repeats are counted once).
        let same: Int? =
          switch file {
          case .header: 0
          case .episodes: 1
          default: nil
          }
        if let same, current.rowCounts[file] == distinct[same] {
          relations.append(
            .init(
              whole: .init("files", .cell(row: row, column: 0)),
              parts: [.init("header", .cell(row: same, column: 0))]))
        }
      }
      relations.append(
        .init(
          whole: .init("header", .cell(row: 2, column: 0)),
          parts: [.init("periods", .rowTotal(row: 0))]))
      let draft = PublicationDraft(
        tables: [
          .counts("files", files.map { current.rowCounts[$0] }),
          .counts("header", distinct),
          .row(
            "periods",
            [reviews.fullyAssessablePeriods, reviews.partialPeriods, reviews.excludedShortBreaks],
            total: reviews.periodsOfCare),
          .counts("withoutReview", [reviews.partialPeriodsWithoutReview]),
          .init(
            id: "reviews",
            cells: [reviews.full, reviews.partial].map { [$0.onTime, $0.late, $0.missing] },
            rowTotals: [reviews.full.due, reviews.partial.due]),
          .counts("dataQuality", ruleNames.map { rules[$0] }),
        ] + Proceedings.tables(summary),
        percentages: Proceedings.percentages, relations: relations + Proceedings.relations)
      let published = figures.publish(draft)
      let figure = { (table: String, position: FigureReference.Position) in
        Figure(published.value(.init(table, position)))
      }
      let cell = { (table: String, row: Int, column: Int) in
        figure(table, .cell(row: row, column: column))
      }
      tables = Dictionary(
        uniqueKeysWithValues: files.enumerated().map { ($1.rawValue, cell("files", $0, 0)) })
      children = cell("header", 0, 0)
      episodes = cell("header", 1, 0)
      periodsOfCare = cell("header", 2, 0)
      reviewTimeliness = ReviewSummary(
        fullyAssessablePeriods: cell("periods", 0, 0), due: figure("reviews", .rowTotal(row: 0)),
        onTime: cell("reviews", 0, 0), late: cell("reviews", 0, 1), missing: cell("reviews", 0, 2),
        excludedShortBreaks: cell("periods", 0, 2),
        partial: Partial(
          periods: cell("periods", 0, 1), periodsWithoutReview: cell("withoutReview", 0, 0),
          due: figure("reviews", .rowTotal(row: 1)), onTime: cell("reviews", 1, 0),
          late: cell("reviews", 1, 1), missing: cell("reviews", 1, 2)))
      proceedings = Proceedings(summary, published: published)
      dataQuality = Dictionary(
        uniqueKeysWithValues: ruleNames.enumerated().map { ($1, cell("dataQuality", $0, 0)) })
      guard cases else { return }
      reviewFindings = reviews.items.filter { $0.assessment == .full && $0.status != .onTime }
        .map {
          ReviewFinding(
            child: pseudonymiser?.pseudonym(for: $0.child) ?? $0.child, review: $0.review,
            due: $0.due, held: $0.held, status: $0.status.rawValue)
        }
      dataQualityIssues = issues.map {
        Issue(
          file: $0.file, line: $0.line, column: $0.column, rule: $0.rule.rawValue,
          detail: $0.detail)
      }
    }

    /// A rule's name as people read it.
    static func label(_ rule: String) -> String {
      SourceDataIssue.Rule(rawValue: rule)?.label ?? rule
    }

    /// The document as a report for people: every figure is one of the published ones above.
    var report: PracticeReport {
      var preface = [
        "Data from \(windowStart)"
          + (priorYears.isEmpty ? "." : "; earlier returns: \(priorYears.joined(separator: ", ")).")
      ]
      if let yearWarning { preface.append("Warning: \(yearWarning)") }
      var read: [PracticeReport.Block] = [
        .table(
          .init(
            caption: "Tables read", columns: ["Table", "Rows"],
            rows: tables.keys.sorted().map { [$0, "\(tables[$0] ?? .count(0))"] })),
        .table(
          .init(
            caption: "Children, episodes and periods of care", columns: ["Measure", "Count"],
            rows: [
              ["Children", "\(children)"], ["Episodes", "\(episodes)"],
              ["Periods of care in the year", "\(periodsOfCare)"],
            ])),
      ]
      if !unavailableMeasures.isEmpty {
        read.append(.paragraph("Not computed (a table is missing):"))
        read.append(.list(unavailableMeasures.map { "\($0.measure): \($0.reason)" }))
      }
      let review = reviewTimeliness
      let partial = review.partial
      var sections: [PracticeReport.Section] = [
        .init(id: "return", title: "The return", blocks: read),
        .init(
          id: "reviews", title: "Looked-after reviews (Care Planning Regulations 2010 reg 33)",
          blocks: [
            .table(
              .init(
                caption: "Reviews by period of care",
                columns: ["Periods of care", "Periods", "Due", "On time", "Late", "Missing"],
                rows: [
                  [
                    "Fully assessable", "\(review.fullyAssessablePeriods)", "\(review.due)",
                    "\(review.onTime)", "\(review.late)", "\(review.missing)",
                  ],
                  [
                    "Partial (started before the data)", "\(partial.periods)", "\(partial.due)",
                    "\(partial.onTime)", "\(partial.late)", "\(partial.missing)",
                  ],
                ])),
            .list([
              "Partial periods with no review in the data: \(partial.periodsWithoutReview)",
              "Short-break periods excluded (reg 48): \(review.excludedShortBreaks)",
            ]),
          ]),
        .init(id: "proceedings", title: "Care proceedings", blocks: proceedings.blocks),
      ]
      sections.append(
        checksApplied.section(
          findings: dataQuality.keys.sorted().map {
            [Self.label($0), "\(dataQuality[$0] ?? .count(0))"]
          }))
      if let reviewFindings {
        sections.append(
          .table(
            "late-reviews", "Late or missing reviews (fully assessable periods)",
            caption: "Reviews late or missing",
            columns: ["Child", "Review", "Due", "Held", "Status"],
            rows: reviewFindings.map {
              [
                $0.child, "\($0.review)", "\($0.due)", $0.held.map { "\($0)" } ?? "",
                $0.held == nil ? "missing" : "late",
              ]
            }))
      }
      if let dataQualityIssues {
        sections.append(
          .table(
            "data-quality-problems", "Data-quality problems", caption: "Problems by place",
            columns: ["File", "Line", "Column", "Rule", "Detail"],
            rows: dataQualityIssues.map {
              [
                $0.file, $0.line > 0 ? "\($0.line)" : "(whole file)", $0.column ?? "",
                Self.label($0.rule), $0.detail ?? "",
              ]
            }))
      }
      if let caseListWritten { sections.append(.caseList(caseListWritten)) }
      return PracticeReport(
        title: "SSDA903 audit, collection year \(collectionYear)", preface: preface,
        sections: sections)
    }
  }

  /// Care proceedings estimated from the return's episodes, as of its year's end, with the
  /// latest national figure beside them (PracticeKit's ``ProceedingsMonitor``).
  struct Proceedings: Encodable {
    var asOf: CalendarDay
    var estimated: Figure
    var concluded: Figure
    var concludedWithin26Weeks: Figure
    var percentWithin26Weeks: Figure
    @Nullable var meanWeeks: Double?
    @Nullable var medianWeeks: Double?
    var open: Figure
    var openPastDeadline: Figure
    var endedOtherwise: Figure
    var beforeLimit: Figure
    @Nullable var national: National?
    var note = ProceedingsSummary.caveat

    struct National: Encodable {
      var period: String
      @Nullable var meanWeeks: Double?
      @Nullable var shareWithin26Weeks: Double?
      var publication: String
      var verification: String
    }

    /// The proceedings' tables for the command's draft: outcomes adding up to the estimate,
    /// and the counts within them.
    static func tables(_ summary: ProceedingsSummary) -> [PublicationDraft.Table] {
      [
        .row(
          "outcomes",
          [summary.concluded, summary.open, summary.endedOtherwise, summary.beforeLimit],
          total: summary.estimated),
        .counts("proceedingsParts", [summary.concludedWithin26Weeks, summary.openPastDeadline]),
      ]
    }

    /// The share concluded within 26 weeks, from published counts only.
    static let percentages: [PublicationDraft.Percentage] = [
      .init(
        id: "within26", numerator: .init("proceedingsParts", .cell(row: 0, column: 0)),
        denominator: .init("outcomes", .cell(row: 0, column: 0)))
    ]

    /// No ties beyond the outcomes' total.
    static let relations: [PublicationDraft.Relation] = []

    init(_ summary: ProceedingsSummary, published: Publication) {
      let cell = { (table: String, row: Int, column: Int) in
        Figure(published.value(.init(table, .cell(row: row, column: column))))
      }
      asOf = summary.reportDay
      estimated = Figure(published.value(.init("outcomes", .rowTotal(row: 0))))
      concluded = cell("outcomes", 0, 0)
      concludedWithin26Weeks = cell("proceedingsParts", 0, 0)
      // Averages of withheld cases would disclose them: withheld with the count.
      let shown = published.isShown("outcomes", row: 0)
      percentWithin26Weeks = Figure(published.percentage("within26"))
      meanWeeks = shown ? summary.meanWeeks : nil
      medianWeeks = shown ? summary.medianWeeks : nil
      open = cell("outcomes", 0, 1)
      openPastDeadline = cell("proceedingsParts", 1, 0)
      endedOtherwise = cell("outcomes", 0, 2)
      beforeLimit = cell("outcomes", 0, 3)
      national = summary.national.map {
        National(
          period: $0.span.description, meanWeeks: $0.meanWeeks,
          shareWithin26Weeks: $0.shareWithin26Weeks, publication: $0.publication,
          verification: $0.provenance.verification.tag)
      }
    }

    /// The estimate, in a table with the national figure beside it, and what it rests on.
    var blocks: [PracticeReport.Block] {
      func weeks(_ value: Double?) -> String { value.map { $0.reportText(decimals: 1) } ?? "–" }
      var columns = ["Measure", "This return"]
      var rows = [
        ["Periods with an interim care order", "\(estimated)"],
        ["Concluded", "\(concluded)"],
        ["Concluded within 26 weeks", "\(concludedWithin26Weeks)"],
        ["% concluded within 26 weeks", percentWithin26Weeks.percentText],
        ["Mean weeks to outcome", weeks(meanWeeks)],
        ["Median weeks to outcome", weeks(medianWeeks)],
        ["Open", "\(open)"],
        ["Open past the 26-week limit", "\(openPastDeadline)"],
      ]
      if let national {
        columns.append("National \(national.period)")
        let nationalValues = [
          "", "", "",
          national.shareWithin26Weeks.map { "\(($0 * 100).reportText(decimals: 0))%" } ?? "–",
          weeks(national.meanWeeks), "", "", "",
        ]
        rows = zip(rows, nationalValues).map { $0 + [$1] }
      }
      var blocks: [PracticeReport.Block] = [
        .paragraph(
          "Estimated from the interim care orders in the episodes, as of \(asOf)."),
        .table(.init(caption: "Care proceedings", columns: columns, rows: rows)),
      ]
      if let national {
        blocks.append(
          .paragraph("National figures: \(national.publication) (\(national.verification))."))
      }
      blocks.append(.paragraph(note))
      return blocks
    }
  }
}
