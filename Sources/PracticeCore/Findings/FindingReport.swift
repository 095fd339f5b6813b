#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

/// A titled list of findings that renders as plain text, Markdown or JSON.
///
/// Findings are listed most severe first, then by subject, due day and code, so a report is the
/// same every time for the same findings.
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

  /// A rendering format.
  public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text, one finding per line.
    case text
    /// A Markdown table.
    case markdown
    /// A JSON document with a `schemaVersion`.
    case json
  }

  /// The report in `format`.
  public func rendered(as format: Format) -> String {
    switch format {
    case .text: text
    case .markdown: markdown
    case .json: json
    }
  }

  /// Counts of findings per severity, most severe first, omitting zeros.
  public var severityCounts: [(severity: FindingSeverity, count: Int)] {
    FindingSeverity.allCases.reversed().compactMap { severity in
      let count = findings.count(where: { $0.severity == severity })
      return count == 0 ? nil : (severity, count)
    }
  }

  private var summary: String {
    if findings.isEmpty { return "No findings." }
    return severityCounts.map { "\($0.count) \($0.severity)" }.joined(separator: ", ")
  }

  private var text: String {
    var lines = [title, String(repeating: "=", count: title.count), summary]
    for finding in findings {
      var line = "[\(finding.severity)] \(finding.code)"
      if let subject = finding.subject { line += " \(subject)" }
      line += ": \(finding.message)"
      if let due = finding.dueDay {
        line += " (due \(due)" + (finding.actualDay.map { ", held \($0)" } ?? "") + ")"
      }
      lines.append(line)
      for source in finding.sources { lines.append("    source: \(source)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private var markdown: String {
    func cell(_ text: String) -> String {
      text.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
    var lines = ["# \(cell(title))", "", summary]
    guard !findings.isEmpty else { return lines.joined(separator: "\n") + "\n" }
    lines += [
      "", "| Severity | Code | Subject | Finding | Due | Held | Sources |",
      "|---|---|---|---|---|---|---|",
    ]
    for finding in findings {
      let columns = [
        finding.severity.rawValue, "`\(finding.code)`", finding.subject ?? "", finding.message,
        finding.dueDay?.description ?? "", finding.actualDay?.description ?? "",
        finding.sources.map(\.description).joined(separator: "; "),
      ]
      lines.append("| " + columns.map(cell).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private var json: String {
    struct Document: Encodable {
      let schemaVersion: Int
      let title: String
      let findings: [Finding]
    }
    return JSONOutput.text(
      Document(schemaVersion: Self.schemaVersion, title: title, findings: findings))
  }
}
