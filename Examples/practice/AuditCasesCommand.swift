import PracticeKit

/// `practice audit cases FILE.json`: a cycle of case audits, validated and summarised.
enum AuditCasesCommand {
  static let help = """
    Usage: practice audit cases FILE.json [--as-of DATE] [--by authority|team|worker] [--cases]
                                [--format F] [--unsuppressed]

    Reads an audit cycle (a framework and periods of case audits, schemaVersion 1), validates
    every audit against the framework, and prints per period: the grade distribution, the share
    good or better with its movement, the share discussed by social worker, supervisor and
    senior manager, rehearsals of the court standard for results below good, actions completed
    on time, and re-audit results; then moderation agreement, periods with and without the
    improvement loop, and the findings. Every count and share goes through DfE disclosure
    control (counts of 1 to 5 shown as 'c', and other counts withheld with them until none can
    be worked out from a total or a share; a movement or difference is shown only between
    published shares). Errors name the JSON path and the rule, never a value.

    Options:
      --as-of DATE    the day actions are judged due (default: today, UTC)
      --by GROUP      measures for the whole authority (default), each team or each worker
      --cases         list each finding with its case reference (for the team; not for
                      publication)
    \(Arguments.formatHelp(column: 18))
      --unsuppressed  exact counts, without disclosure control (internal use only)
      -h, --help    this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(
      words, valued: ["--as-of", "--by", "--format"],
      flags: ["--json", "--cases", "--unsuppressed"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    let path = try arguments.positionals(named: ["FILE.json"])[0]
    let asOf =
      try arguments.values["--as-of"].map { text throws(CommandError) in
        try CalendarDay(argument: text, what: "--as-of")
      } ?? today
    guard let grouping = AuditGrouping(rawValue: arguments.values["--by"] ?? "authority") else {
      throw .usage("--by must be 'authority', 'team' or 'worker'")
    }
    let bytes = try AuditInputFile.bytes(at: path)
    let cycle = try CommandError.reportingData { () throws(DocumentDecodingError) in
      try AuditCycle(jsonUTF8: bytes)
    }
    let summary = Summary(
      cycle, grouping: grouping, asOf: asOf, cases: arguments.flags.contains("--cases"),
      figures: arguments.flags.contains("--unsuppressed") ? .unsuppressed : .published)
    return format.render(summary) { summary.report }
  }

  /// The summary of a cycle, printed as text or JSON. Published values are numbers or the
  /// disclosure-control symbols ("c" suppressed, "z" not applicable), as strings.
  struct Summary: Encodable {
    var schemaVersion = 1
    var framework: String
    var frameworkTitle: String
    var asOf: CalendarDay
    var grouping: String
    var periods: [Period]
    @Nullable var agreement: Agreement?
    var loop: Loop
    var findingCounts: [String: PublishedFigure]
    /// Each finding with its case reference: only when case lists are asked for.
    var findings: [FindingRow]?

    struct Period: Encodable {
      var period: String
      @Nullable var group: String?
      var loopInPlace: Bool
      var audits: PublishedFigure
      var grades: [GradeCell]
      var goodOrBetter: PublishedFigure
      @Nullable var movementPoints: Double?
      var discussedWithAllThree: PublishedFigure
      var belowGood: PublishedFigure
      var rehearsed: PublishedFigure
      var actionsDue: PublishedFigure
      var actionsOnTime: PublishedFigure
      var actionsOutstanding: PublishedFigure
      var reaudited: PublishedFigure
      var reauditImproved: PublishedFigure
      var reauditGoodOrBetter: PublishedFigure
    }

    struct GradeCell: Encodable {
      var grade: String
      var count: PublishedFigure
    }

    struct Agreement: Encodable {
      var cases: PublishedFigure
      @Nullable var percentAgreement: Double?
      @Nullable var cohenKappa: Double?
      @Nullable var band: String?
    }

    struct Loop: Encodable {
      var withLoopPeriods: [String]
      var withLoop: PublishedFigure
      var withoutLoopPeriods: [String]
      var withoutLoop: PublishedFigure
      @Nullable var differencePoints: Double?
    }

    struct FindingRow: Encodable {
      var code: FindingCode
      var severity: String
      var message: String
      @Nullable var subject: String?
      @Nullable var dueDay: CalendarDay?
    }

    init(
      _ cycle: AuditCycle, grouping: AuditGrouping, asOf: CalendarDay, cases: Bool = false,
      figures: ReportFigures = .published
    ) {
      let scale = cycle.framework.scale
      framework = cycle.framework.id
      frameworkTitle = cycle.framework.title
      self.asOf = asOf
      self.grouping = grouping.rawValue
      let measures = cycle.measures(by: grouping, asOf: asOf)
      let comparison = cycle.loopComparison
      let pooled = [comparison.withLoop, comparison.withoutLoop]
      let moderation = cycle.moderationAgreement
      let found = cycle.findings(asOf: asOf)
      let codes = Set(found.map(\.code)).sorted()
      let published = figures.publish(
        PublicationDraft.loopMeasures(
          measures, scale: scale, pooled: pooled, moderation: moderation,
          codes: codes.map { code in found.count { $0.code == code } }))
      let figure = { (table: String, position: FigureReference.Position) in
        PublishedFigure(published.value(.init(table, position)))
      }
      let cell = { (table: String, row: Int, column: Int) in
        figure(table, .cell(row: row, column: column))
      }
      var periods: [Period] = []
      for (row, measure) in measures.enumerated() {
        let good = PublishedFigure(published.percentage("good\(row)"))
        // A movement is shown only between two published shares of the same group.
        let previous = measures[..<row].lastIndex {
          $0.group == measure.group && $0.period != measure.period
        }
        let previousShown = previous.map { published.percentage("good\($0)").chartValue != nil }
        periods.append(
          Period(
            period: measure.period, group: measure.group, loopInPlace: measure.loopInPlace,
            audits: figure("grades", .rowTotal(row: row)),
            grades: scale.grades.indices.map {
              GradeCell(grade: scale.grades[$0].label, count: cell("grades", row, $0))
            },
            goodOrBetter: good,
            movementPoints: good.isNumber && previousShown == true ? measure.movement : nil,
            discussedWithAllThree: PublishedFigure(published.percentage("discussed\(row)")),
            belowGood: cell("other", row, 1), rehearsed: cell("other", row, 2),
            actionsDue: cell("other", row, 3), actionsOnTime: cell("other", row, 4),
            actionsOutstanding: cell("other", row, 5), reaudited: cell("other", row, 6),
            reauditImproved: cell("other", row, 7), reauditGoodOrBetter: cell("other", row, 8)))
      }
      self.periods = periods
      agreement = moderation.map {
        Agreement(
          cases: cell("moderation", 0, 0),
          percentAgreement: published.isShown("moderation", row: 0)
            ? $0.proportionAgreeing.map { $0 * 100 } : nil,
          cohenKappa: $0.cohenKappa?.value, band: $0.band?.rawValue)
      }
      let withLoop = PublishedFigure(published.percentage("pooled0"))
      let withoutLoop = PublishedFigure(published.percentage("pooled1"))
      loop = Loop(
        withLoopPeriods: comparison.withLoop.periods,
        withLoop: withLoop, withoutLoopPeriods: comparison.withoutLoop.periods,
        withoutLoop: withoutLoop,
        differencePoints: withLoop.isNumber && withoutLoop.isNumber ? comparison.difference : nil)
      findingCounts = Dictionary(
        uniqueKeysWithValues: codes.enumerated().map { ($1.rawValue, cell("findings", $0, 0)) })
      findings =
        !cases
        ? nil
        : found.map {
          FindingRow(
            code: $0.code, severity: $0.severity.rawValue, message: $0.message, subject: $0.subject,
            dueDay: $0.dueDay)
        }
    }

    /// The summary as a report for people: every figure is one of the published ones above.
    var report: PracticeReport {
      func points(_ value: Double?) -> String {
        value.map { ($0 >= 0 ? "+" : "") + $0.reportText(decimals: 1) } ?? ""
      }
      let grades = periods.first?.grades.map(\.grade) ?? []
      let difference: String =
        loop.differencePoints.map { "; difference \($0.reportText(decimals: 1)) points" } ?? ""
      let periodCount = { (count: Int) -> String in "\(count) period\(count == 1 ? "" : "s")" }
      let comparison =
        "Good or better with the loop: \(loop.withLoop.percentText) "
        + "(\(periodCount(loop.withLoopPeriods.count))); without: \(loop.withoutLoop.percentText) "
        + "(\(periodCount(loop.withoutLoopPeriods.count)))\(difference)."
      let name = { (period: Period) -> String in
        period.period + (period.group.map { " \($0)" } ?? "")
      }
      let inPlace = { (period: Period) -> String in period.loopInPlace ? "yes" : "no" }
      var sections: [PracticeReport.Section] = [
        .init(
          id: "periods", title: "Grades by period",
          blocks: [
            .table(
              .init(
                caption: "Audits and grades (movement in percentage points)",
                columns: ["Period", "Loop"] + ["Audits"] + grades + ["Good or better", "Movement"],
                rows: periods.map { (period: Period) -> [String] in
                  [name(period), inPlace(period), "\(period.audits)"]
                    + period.grades.map { "\($0.count)" } + [
                      period.goodOrBetter.percentText, points(period.movementPoints),
                    ]
                }))
          ]),
        .init(
          id: "loop", title: "The improvement loop",
          blocks: [
            .table(
              .init(
                caption: "Results below good",
                columns: [
                  "Period", "Loop", "Below good", "Discussed by all three",
                  "Court standard rehearsed",
                ],
                rows: periods.map { (period: Period) -> [String] in
                  [
                    name(period), inPlace(period), "\(period.belowGood)",
                    period.discussedWithAllThree.percentText, "\(period.rehearsed)",
                  ]
                })),
            .table(
              .init(
                caption: "Actions and re-audits",
                columns: [
                  "Period", "Loop", "Actions due", "On time", "Not completed", "Re-audits",
                  "Improved", "Re-audit good or better",
                ],
                rows: periods.map { (period: Period) -> [String] in
                  [
                    name(period), inPlace(period), "\(period.actionsDue)",
                    "\(period.actionsOnTime)",
                    "\(period.actionsOutstanding)", "\(period.reaudited)",
                    "\(period.reauditImproved)", "\(period.reauditGoodOrBetter)",
                  ]
                })),
            .paragraph(comparison),
          ]),
      ]
      if let agreement {
        sections.append(
          .init(
            id: "moderation", title: "Moderation",
            blocks: [
              .paragraph(
                "\(agreement.cases) moderated audits, "
                  + (agreement.percentAgreement.map { $0.reportText(decimals: 1) + "% agreeing" }
                    ?? "share agreeing not shown")
                  + ", Cohen's kappa "
                  + (agreement.cohenKappa.map { $0.reportText(decimals: 3) } ?? "undefined")
                  + (agreement.band.map { " (\($0))" } ?? "") + ".")
            ]))
      }
      var findingBlocks: [PracticeReport.Block] = [
        findingCounts.isEmpty
          ? .paragraph("No findings.")
          : .table(
            .init(
              caption: "Findings by kind", columns: ["Finding", "Count"],
              rows: findingCounts.keys.sorted().map {
                [
                  AuditCycle.findingLabel(FindingCode(rawValue: $0)),
                  "\(findingCounts[$0] ?? .count(0))",
                ]
              }))
      ]
      if let findings {
        findingBlocks +=
          FindingReport(
            title: "Findings",
            findings: findings.map {
              Finding(
                code: $0.code, severity: FindingSeverity(rawValue: $0.severity) ?? .information,
                message: $0.message, subject: $0.subject, dueDay: $0.dueDay)
            }
          ).blocks
      }
      sections.append(.init(id: "findings", title: "Findings", blocks: findingBlocks))
      return PracticeReport(
        title: "Audit cycle: \(frameworkTitle)",
        preface: ["Framework \(framework); actions judged as of \(asOf)."], sections: sections)
    }
  }
}
