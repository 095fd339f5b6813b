import PracticeKit

/// `practice audit cases FILE.json`: a cycle of case audits, validated and summarised.
enum AuditCasesCommand {
  static let help = """
    Usage: practice audit cases FILE.json [--as-of DATE] [--by authority|team|worker] [--json]

    Reads an audit cycle (a framework and periods of case audits, schemaVersion 1), validates
    every audit against the framework, and prints per period: the grade distribution, the share
    good or better with its movement, the share discussed by social worker, supervisor and
    senior manager, rehearsals of the court standard for results below good, actions completed
    on time, and re-audit results; then moderation agreement, periods with and without the
    improvement loop, and the findings. The grade distribution and the shares follow DfE
    disclosure control (counts of 1 to 5 shown as 'c'; a movement or difference is shown only
    between published shares); operational counts (actions, re-audits) are shown as they are,
    for the quality-assurance team. Errors name the JSON path and the rule, never a value.

    Options:
      --as-of DATE  the day actions are judged due (default: today, UTC)
      --by GROUP    measures for the whole authority (default), each team or each worker
      --json        a JSON document instead of the report
      -h, --help    this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--as-of", "--by"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
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
    let summary = Summary(cycle, grouping: grouping, asOf: asOf)
    return arguments.flags.contains("--json") ? JSON.render(summary) : summary.text
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
    var findingCounts: [String: Int]
    var findings: [FindingRow]

    struct Period: Encodable {
      var period: String
      @Nullable var group: String?
      var loopInPlace: Bool
      var audits: Int
      var grades: [GradeCell]
      var goodOrBetter: String
      @Nullable var movementPoints: Double?
      var discussedWithAllThree: String
      var belowGood: Int
      var rehearsed: Int
      var actionsDue: Int
      var actionsOnTime: Int
      var actionsOutstanding: Int
      var reaudited: Int
      var reauditImproved: Int
      var reauditGoodOrBetter: Int
    }

    struct GradeCell: Encodable {
      var grade: String
      var count: String
    }

    struct Agreement: Encodable {
      var cases: Int
      @Nullable var percentAgreement: Double?
      @Nullable var cohenKappa: Double?
      @Nullable var band: String?
    }

    struct Loop: Encodable {
      var withLoopPeriods: [String]
      var withLoop: String
      var withoutLoopPeriods: [String]
      var withoutLoop: String
      @Nullable var differencePoints: Double?
    }

    struct FindingRow: Encodable {
      var code: String
      var severity: String
      var message: String
      @Nullable var subject: String?
      @Nullable var dueDay: CalendarDay?
    }

    init(_ cycle: AuditCycle, grouping: AuditGrouping, asOf: CalendarDay) {
      let control = DisclosureControl.dfe
      let scale = cycle.framework.scale
      framework = cycle.framework.id
      frameworkTitle = cycle.framework.title
      self.asOf = asOf
      self.grouping = grouping.rawValue
      periods = cycle.measures(by: grouping, asOf: asOf).map { measure in
        let counts = measure.gradeCounts.map(\.count)
        let published =
          (try? control.publish(row: counts, total: measure.audits, level: .localAuthority))?
          .cells.map(\.description) ?? counts.map { _ in ":" }
        return Period(
          period: measure.period, group: measure.group, loopInPlace: measure.loopInPlace,
          audits: measure.audits,
          grades: zip(scale.grades, published).map { GradeCell(grade: $0.label, count: $1) },
          goodOrBetter: measure.publishedGoodOrBetter.description,
          movementPoints: Self.isNumber(measure.publishedGoodOrBetter.description)
            ? measure.movement : nil,
          discussedWithAllThree: Self.share(
            measure.discussedWithAllThree, of: measure.audits),
          belowGood: measure.belowGood, rehearsed: measure.rehearsed,
          actionsDue: measure.actionsDue, actionsOnTime: measure.actionsOnTime,
          actionsOutstanding: measure.actionsOutstanding, reaudited: measure.reaudited,
          reauditImproved: measure.reauditImproved,
          reauditGoodOrBetter: measure.reauditGoodOrBetter)
      }
      agreement = cycle.moderationAgreement.map {
        Agreement(
          cases: $0.cases, percentAgreement: $0.proportionAgreeing.map { $0 * 100 },
          cohenKappa: $0.cohenKappa?.value, band: $0.band?.rawValue)
      }
      let comparison = cycle.loopComparison
      let withLoop = Self.share(comparison.withLoop.goodOrBetter, of: comparison.withLoop.audits)
      let withoutLoop = Self.share(
        comparison.withoutLoop.goodOrBetter, of: comparison.withoutLoop.audits)
      loop = Loop(
        withLoopPeriods: comparison.withLoop.periods,
        withLoop: withLoop, withoutLoopPeriods: comparison.withoutLoop.periods,
        withoutLoop: withoutLoop,
        differencePoints: Self.isNumber(withLoop) && Self.isNumber(withoutLoop)
          ? comparison.difference : nil)
      let found = cycle.findings(asOf: asOf)
      var counts: [String: Int] = [:]
      for finding in found { counts[finding.code, default: 0] += 1 }
      findingCounts = counts
      findings = found.map {
        FindingRow(
          code: $0.code, severity: $0.severity.rawValue, message: $0.message, subject: $0.subject,
          dueDay: $0.dueDay)
      }
    }

    private static func share(_ count: Int, of total: Int) -> String {
      ((try? DisclosureControl.dfe.publishPercentage(numerator: count, denominator: total))
        ?? .notAvailable).description
    }

    /// Whether a published value is a number (not a symbol such as "c").
    private static func isNumber(_ published: String) -> Bool { Int(published) != nil }

    /// A published share for the report: "50%", or the symbol alone.
    private static func percent(_ published: String) -> String {
      isNumber(published) ? published + "%" : published
    }

    var text: String {
      var lines = ["Audit cycle: \(frameworkTitle) [\(framework)], actions judged as of \(asOf)"]
      for period in periods {
        let name = period.period + (period.group.map { " \($0)" } ?? "")
        let grades = period.grades.map { "\($0.grade) \($0.count)" }
        lines += [
          "",
          "\(name)\(period.loopInPlace ? " (loop in place)" : ""): \(period.audits) audits",
          "  grades: " + grades.joined(separator: ", "),
          "  good or better: \(Self.percent(period.goodOrBetter))"
            + (period.movementPoints.map {
              " (\($0 >= 0 ? "+" : "")\($0.reportText(decimals: 1)) points)"
            }
              ?? ""),
          "  discussed by social worker, supervisor and senior manager: "
            + Self.percent(period.discussedWithAllThree),
          "  below good: \(period.belowGood), court standard rehearsed: \(period.rehearsed)",
          "  actions due: \(period.actionsDue), on time: \(period.actionsOnTime), "
            + "not completed: \(period.actionsOutstanding)",
          "  re-audits: \(period.reaudited), improved: \(period.reauditImproved), "
            + "good or better: \(period.reauditGoodOrBetter)",
        ]
      }
      lines.append("")
      if let agreement {
        lines.append(
          "Moderation agreement: \(agreement.cases) moderated audits, "
            + (agreement.percentAgreement.map { $0.reportText(decimals: 1) + "% agreeing" }
              ?? "none")
            + ", Cohen's kappa "
            + (agreement.cohenKappa.map { $0.reportText(decimals: 3) } ?? "undefined")
            + (agreement.band.map { " (\($0))" } ?? ""))
      }
      lines.append(
        "Good or better with the loop: \(Self.percent(loop.withLoop)) "
          + "(\(loop.withLoopPeriods.count) periods); without: \(Self.percent(loop.withoutLoop)) "
          + "(\(loop.withoutLoopPeriods.count) periods)"
          + (loop.differencePoints.map { "; difference \($0.reportText(decimals: 1)) points" } ?? "")
      )
      lines.append("")
      lines.append("Findings: \(findings.count)")
      for code in findingCounts.keys.sorted() {
        lines.append("  \(code): \(findingCounts[code] ?? 0)")
      }
      for finding in findings {
        lines.append(
          "  [\(finding.severity)] \(finding.subject.map { "\($0): " } ?? "")\(finding.message)")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }
}
