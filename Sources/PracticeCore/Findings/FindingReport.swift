#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

/// A titled list of findings that renders as plain text, Markdown, CSV, HTML or JSON.
///
/// Findings are listed most severe first, then by subject, due day and code, so a report is the
/// same every time for the same findings. Text, Markdown, CSV and HTML are the ``report`` through
/// the report renderers, in people's words (the message, never the code); JSON is the findings
/// themselves, with their stable codes.
public struct FindingReport: Sendable, Hashable, Codable {
  /// The JSON schema version of this document.
  public static let schemaVersion = 1

  /// The report's title.
  public var title: String
  /// The findings, most severe first.
  public var findings: [Finding]

  /// Creates a report; the findings are sorted.
  public init(title: String, findings: [Finding]) {
    self.title = title
    self.findings = findings.sorted { lhs, rhs in
      if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
      let left = (lhs.subject ?? "", lhs.dueDay?.daysSince1970 ?? Int.min, lhs.code, lhs.message)
      let right = (rhs.subject ?? "", rhs.dueDay?.daysSince1970 ?? Int.min, rhs.code, rhs.message)
      return left < right
    }
  }

  /// A rendering format: the report formats.
  public typealias Format = PracticeReport.Format

  /// The findings in `format`: ``report`` rendered, or for JSON a document with a
  /// `schemaVersion`, the title and the findings (code, severity, message, subject, days and
  /// sources).
  public func rendered(as format: Format) -> String {
    guard format == .json else { return report.rendered(as: format) }
    struct Document: Encodable {
      let schemaVersion: Int
      let title: String
      let findings: [Finding]
    }
    return JSONOutput.text(
      Document(schemaVersion: Self.schemaVersion, title: title, findings: findings))
  }

  /// Counts of findings per severity, most severe first, omitting zeros.
  public var severityCounts: [(severity: FindingSeverity, count: Int)] {
    FindingSeverity.allCases.reversed().compactMap { severity in
      let count = findings.count(where: { $0.severity == severity })
      return count == 0 ? nil : (severity, count)
    }
  }

  /// The findings as a report: the counts by severity under the title, then one table with a
  /// row per finding (the finding, its severity, what it is about, the due and actual days and
  /// the sources).
  public var report: PracticeReport {
    PracticeReport(
      title: title, preface: [summary],
      sections: [PracticeReport.Section(id: "findings", title: "Findings", blocks: blocks)])
  }

  /// The findings' section content: the table (without the columns no finding fills), or a
  /// sentence when there are none.
  public var blocks: [PracticeReport.Block] {
    guard !findings.isEmpty else { return [.paragraph("No findings.")] }
    let columns = ["Finding", "Severity", "About", "Due", "Held", "Sources"]
    let rows = findings.map { finding in
      [
        finding.message, finding.severity.description, finding.subject ?? "",
        finding.dueDay?.description ?? "", finding.actualDay?.description ?? "",
        finding.sources.map(\.description).joined(separator: "; "),
      ]
    }
    // A column no finding fills (no subject, no days, no sources) is left out.
    let shown = columns.indices.filter { column in
      column < 2 || rows.contains { !$0[column].isEmpty }
    }
    return [
      .table(
        PracticeReport.Table(
          caption: summary, columns: shown.map { columns[$0] },
          rows: rows.map { row in shown.map { row[$0] } }))
    ]
  }

  private var summary: String {
    if findings.isEmpty { return "No findings." }
    let counts = severityCounts.map { "\($0.count) \($0.severity)" }.joined(separator: ", ")
    return "\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(counts)"
  }
}
