// The data-quality section: what was found in the returns a report is built on, and what was
// checked. It is shown whenever a return is, also with no findings, so that "no findings" is
// never read as a return the DfE validation would pass.

extension PracticeReport.Section {
  /// The data quality of the SSDA903 returns (the year audited first, then earlier ones) and the
  /// Children in Need census a report is built on: for each, its collection-year warning if any,
  /// its findings counted by rule with the DfE codes of each rule, and the rules applied with
  /// the statement that this is not the full DfE validation.
  ///
  /// - Parameters:
  ///   - lookedAfter: the SSDA903 returns read, the year audited first.
  ///   - census: the Children in Need census audited, if any.
  ///   - figures: how counts are published (disclosure control unless unsuppressed).
  public static func dataQuality(
    lookedAfter: [SSDA903.Return], census: CINTimelinessAudit?, figures: ReportFigures
  ) -> PracticeReport.Section {
    var blocks: [PracticeReport.Block] = []
    for (index, data) in lookedAfter.enumerated() {
      let title = "SSDA903 return \(data.year)" + (index == 0 ? "" : " (earlier year)")
      let counts = data.issues.reduce(into: [String: Int]()) {
        $0[$1.rule.rawValue, default: 0] += 1
      }
      blocks += findings(
        title, counts: counts, warning: data.yearCheck, scope: SSDA903.checksApplied,
        figures: figures)
    }
    if let census {
      let counts = Dictionary(
        uniqueKeysWithValues: census.dataQuality.counts.map { ($0.key.rawValue, $0.value) })
      blocks += findings(
        "Children in Need census \(census.year)", counts: counts, warning: census.yearCheck,
        scope: CINDataRule.checksApplied, figures: figures)
    }
    return PracticeReport.Section(
      id: "data-quality", title: "Data quality of the returns", blocks: blocks)
  }

  /// One return's blocks: its warning, its findings by rule, and the rules applied.
  private static func findings(
    _ title: String, counts: [String: Int], warning: CollectionYearCheck?,
    scope: DataQualityScope, figures: ReportFigures
  ) -> [PracticeReport.Block] {
    var blocks: [PracticeReport.Block] = []
    if let warning, warning.isWarning { blocks.append(.paragraph("Warning: \(warning)")) }
    let total = counts.values.reduce(0, +)
    if total == 0 {
      blocks.append(.paragraph("\(title): no findings under the rules applied (listed below)."))
    } else {
      let codes = Dictionary(
        scope.checks.map { ($0.rule, $0.dfeCodes.joined(separator: ", ")) },
        uniquingKeysWith: { first, _ in first })
      // Each rule in words (the check's summary); a rule outside the scope keeps its name.
      let words = Dictionary(
        scope.checks.map { ($0.rule, $0.sentence) },
        uniquingKeysWith: { first, _ in first })
      let rules = counts.keys.sorted()
      let published = figures.publish(
        PublicationDraft(tables: [.counts("findings", rules.map { counts[$0] })]))
      blocks.append(
        .table(
          .init(
            caption: "\(title): findings by rule", columns: ["Rule", "Findings", "DfE codes"],
            rows: rules.indices.map { row in
              [
                words[rules[row]] ?? rules[row], published.text("findings", row: row),
                codes[rules[row]].map { $0.isEmpty ? "–" : $0 } ?? "–",
              ]
            })))
    }
    blocks.append(.list(scope.checks.map(\.plainDescription)))
    blocks.append(.paragraph(scope.caveat + " " + scope.citation + "."))
    return blocks
  }
}
