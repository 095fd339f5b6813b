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
    Usage: practice audit 903 PATH --year Y [--prior PATH]... [--json] [--cases]
                              [--pseudonymise KEYFILE] [--unsuppressed]

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
      --json                   a JSON document instead of the report
      --cases                  also list each late or missing review of a fully assessable period
                               and each data-quality problem (these name children: pseudonymise
                               before sharing)
    \(ChildPseudonyms.help)
      --unsuppressed           counts without disclosure control
      -h, --help               this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(
      words, valued: ["--year", ChildPseudonyms.option], repeatable: ["--prior"],
      flags: ["--json", "--cases", "--unsuppressed"])
    if arguments.wantsHelp { return help + "\n" }
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
    let document = Document(
      current: current, prior: prior, reviews: reviews,
      publish: Publisher(suppressed: !arguments.flags.contains("--unsuppressed")),
      cases: arguments.flags.contains("--cases"), pseudonymiser: pseudonymiser)
    return arguments.flags.contains("--json") ? JSON.render(document) : document.report
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
    lines += seen.map { "  \($0)" }
    lines += result.skippedFiles.map { "  \($0): not read (neither .csv nor .xml)" }
    lines.append(
      "Expected CSV tables recognised by their columns (for example Header: "
        + SSDA903.Table.header.columns.joined(separator: ", ") + "; Episodes: "
        + SSDA903.Table.episodes.columns.joined(separator: ", ")
        + "), or one XML return whose root element is EXPSSDA903.")
    return lines.joined(separator: "\n")
  }

  /// A published count: a number, or the symbol that stands in for it.
  enum Figure: Encodable, CustomStringConvertible {
    case count(Int)
    case symbol(String)

    init(_ value: PublishedValue) {
      switch value {
      case .count(let count), .percentage(let count): self = .count(count)
      default: self = .symbol(value.description)
      }
    }

    var description: String {
      switch self {
      case .count(let count): "\(count)"
      case .symbol(let symbol): symbol
      }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .count(let count): try container.encode(count)
      case .symbol(let symbol): try container.encode(symbol)
      }
    }
  }

  /// Applies DfE disclosure control (local-authority level: unrounded), or nothing.
  struct Publisher {
    var suppressed: Bool
    let control = DisclosureControl.dfe

    func callAsFunction(_ count: Int) -> Figure {
      guard suppressed, let value = try? control.publish(count, level: .localAuthority) else {
        return .count(count)
      }
      return Figure(value)
    }

    /// On time, late and missing with their total, with secondary suppression.
    func callAsFunction(_ counts: ReviewTimeliness.Counts) -> Counts {
      guard suppressed,
        let row = try? control.publish(
          row: [counts.onTime, counts.late, counts.missing], total: counts.due,
          level: .localAuthority), row.cells.count == 3
      else {
        return Counts(
          due: .count(counts.due), onTime: .count(counts.onTime), late: .count(counts.late),
          missing: .count(counts.missing))
      }
      return Counts(
        due: Figure(row.total), onTime: Figure(row.cells[0]), late: Figure(row.cells[1]),
        missing: Figure(row.cells[2]))
    }
  }

  struct Counts: Encodable {
    var due: Figure
    var onTime: Figure
    var late: Figure
    var missing: Figure

    var text: String { "due \(due), on time \(onTime), late \(late), missing \(missing)" }
  }

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
    var tables: [String: Int]
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

    init(
      current: SSDA903.Return, prior: [SSDA903.Return], reviews: ReviewTimeliness,
      publish: Publisher, cases: Bool, pseudonymiser: Pseudonymiser?
    ) {
      collectionYear = current.year.description
      windowStart = reviews.windowStart
      priorYears = prior.map(\.year.description)
      tables = Dictionary(
        uniqueKeysWithValues: current.rowCounts.map { ($0.key.rawValue, $0.value) })
      children = publish(Set(current.children.map(\.id)).count)
      episodes = publish(current.episodes.count)
      periodsOfCare = publish(reviews.periodsOfCare)
      let full = publish(reviews.full)
      let partial = publish(reviews.partial)
      reviewTimeliness = ReviewSummary(
        fullyAssessablePeriods: publish(reviews.fullyAssessablePeriods), due: full.due,
        onTime: full.onTime, late: full.late, missing: full.missing,
        excludedShortBreaks: publish(reviews.excludedShortBreaks),
        partial: Partial(
          periods: publish(reviews.partialPeriods),
          periodsWithoutReview: publish(reviews.partialPeriodsWithoutReview), due: partial.due,
          onTime: partial.onTime, late: partial.late, missing: partial.missing))
      proceedings = Proceedings(
        CombinedReport.proceedings(current, reportDay: current.year.end), publish: publish)
      unavailableMeasures = current.unavailableMeasures
      let warnings = ([current] + prior).map(\.yearCheck).filter(\.isWarning)
      yearWarning = warnings.isEmpty ? nil : warnings.map(\.explanation).joined(separator: " ")
      let issues = ([current] + prior).flatMap(\.issues)
      dataQuality = issues.reduce(into: [String: Int]()) { $0[$1.rule.rawValue, default: 0] += 1 }
        .mapValues { publish($0) }
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

    var report: String {
      let review = reviewTimeliness
      var lines = [
        "SSDA903 audit, collection year \(collectionYear) (data from \(windowStart)"
          + (priorYears.isEmpty
            ? ")" : "; earlier returns: \(priorYears.joined(separator: ", ")))"),
        "Tables read: "
          + tables.keys.sorted().map { "\($0) (\(tables[$0] ?? 0) rows)" }.joined(separator: ", "),
        "Children \(children), episodes \(episodes), periods of care in the year \(periodsOfCare)",
        "",
      ]
      if !unavailableMeasures.isEmpty {
        lines.append("Not computed (a table is missing)")
        lines += unavailableMeasures.map { "  \($0.measure): \($0.reason)" }
        lines.append("")
      }
      if let yearWarning { lines += ["Warning: \(yearWarning)", ""] }
      lines += [
        "Looked-after reviews (Care Planning Regulations 2010 reg 33)",
        "  fully assessable periods \(review.fullyAssessablePeriods): due \(review.due), "
          + "on time \(review.onTime), late \(review.late), missing \(review.missing)",
        "  short-break periods excluded (reg 48): \(review.excludedShortBreaks)",
        "  partial periods \(review.partial.periods) (\(review.partial.periodsWithoutReview) "
          + "with no review in the data): due \(review.partial.due), on time "
          + "\(review.partial.onTime), late \(review.partial.late), missing \(review.partial.missing)",
        "",
      ]
      lines +=
        proceedings.lines + [
          "",
          "Data quality"
            + (dataQuality.isEmpty
              ? ": no findings under the rules applied" : " (findings by rule)"),
        ]
      lines += dataQuality.keys.sorted().map { "  \($0): \(dataQuality[$0] ?? .count(0))" }
      lines += checksApplied.statement
      if let reviewFindings {
        lines += ["", "Late or missing reviews (fully assessable periods)"]
        lines += reviewFindings.map {
          "  \($0.child) review \($0.review) due \($0.due): "
            + ($0.held.map { "held \($0), late" } ?? "missing")
        }
      }
      if let dataQualityIssues {
        lines += ["", "Data-quality problems"]
        lines += dataQualityIssues.map {
          "  \($0.file) line \($0.line)" + ($0.column.map { ", column \($0)" } ?? "")
            + ": \($0.rule)" + ($0.detail.map { " (\($0))" } ?? "")
        }
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// Care proceedings estimated from the return's episodes, as of its year's end, with the
  /// latest national figure beside them (PracticeKit's ``ProceedingsMonitor``).
  struct Proceedings: Encodable {
    var asOf: CalendarDay
    var estimated: Figure
    var concluded: Figure
    var concludedWithin26Weeks: Figure
    @Nullable var shareWithin26Weeks: Double?
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

    init(_ summary: ProceedingsSummary, publish: Publisher) {
      asOf = summary.reportDay
      estimated = publish(summary.estimated)
      concluded = publish(summary.concluded)
      concludedWithin26Weeks = publish(summary.concludedWithin26Weeks)
      // Averages and shares of 1 to 5 cases would disclose them: withheld with the counts.
      let small = publish.suppressed && (1...5).contains(summary.concluded)
      let shareHidden =
        small || (publish.suppressed && (1...5).contains(summary.concludedWithin26Weeks))
      shareWithin26Weeks = shareHidden ? nil : summary.shareWithin26Weeks
      meanWeeks = small ? nil : summary.meanWeeks
      medianWeeks = small ? nil : summary.medianWeeks
      open = publish(summary.open)
      openPastDeadline = publish(summary.openPastDeadline)
      endedOtherwise = publish(summary.endedOtherwise)
      beforeLimit = publish(summary.beforeLimit)
      national = summary.national.map {
        National(
          period: $0.span.description, meanWeeks: $0.meanWeeks,
          shareWithin26Weeks: $0.shareWithin26Weeks, publication: $0.publication,
          verification: $0.provenance.verification.tag)
      }
    }

    var lines: [String] {
      func weeks(_ value: Double?) -> String { value.map { $0.reportText(decimals: 1) } ?? "-" }
      var lines = [
        "Care proceedings (estimate from interim care orders in the episodes, as of \(asOf))",
        "  periods with an interim care order \(estimated); concluded \(concluded), within 26 weeks "
          + "\(concludedWithin26Weeks)"
          + (shareWithin26Weeks.map { " (\(($0 * 100).reportText(decimals: 1))%)" } ?? ""),
        "  weeks to outcome: mean \(weeks(meanWeeks)), median \(weeks(medianWeeks)); open \(open), "
          + "open past the 26-week limit \(openPastDeadline)",
      ]
      if let national {
        lines.append(
          "  national (\(national.publication), \(national.verification)): mean "
            + "\(weeks(national.meanWeeks)) weeks, "
            + (national.shareWithin26Weeks.map { "\(($0 * 100).reportText(decimals: 0))%" } ?? "-")
            + " within 26 weeks")
      }
      return lines
    }
  }
}
