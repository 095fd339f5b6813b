// The report sections the commands share: data quality, one-table sections, the case-list note.

import PracticeKit

extension DataQualityScope {
  /// A command's data-quality section: the findings by rule (each row a rule in words and its
  /// published count), or a sentence saying there are none; then the rules applied and the
  /// statement that this is not the full DfE validation.
  func section(findings: [[String]]) -> PracticeReport.Section {
    let found: PracticeReport.Block =
      findings.isEmpty
      ? .paragraph("No findings under the rules applied (listed below).")
      : .table(.init(caption: "Findings by rule", columns: ["Rule", "Findings"], rows: findings))
    return .init(
      id: "data-quality", title: "Data quality",
      blocks: [
        found, .list(checks.map(\.plainDescription)), .paragraph(caveat + " " + citation + "."),
      ])
  }
}
extension PracticeReport.Section {
  /// A section holding one table.
  static func table(
    _ id: String, _ title: String, caption: String, columns: [String], rows: [[String]]
  ) -> Self {
    .init(
      id: id, title: title,
      blocks: [.table(.init(caption: caption, columns: columns, rows: rows))])
  }

  /// The section saying what `--cases-csv` wrote.
  static func caseList(_ written: String) -> Self {
    .init(id: "case-list", title: "Case list", blocks: [.paragraph(written)])
  }
}
