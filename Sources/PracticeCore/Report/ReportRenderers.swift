#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

// Text, Markdown, CSV and JSON renderings of a PracticeReport. Charts appear as their data (a table
// with a bar of characters in text), so no format loses a figure.

enum ReportText {
  static func render(_ report: PracticeReport) -> String {
    var lines = [report.title, String(repeating: "=", count: report.title.count)]
    lines += report.preface
    for section in report.sections {
      lines += ["", section.title, String(repeating: "-", count: section.title.count)]
      for block in section.blocks {
        switch block {
        case .paragraph(let text): lines.append(text)
        case .list(let items): lines += items.map { "  - \($0)" }
        case .table(let table): lines += self.table(table)
        case .chart(let chart): lines += self.chart(chart)
        }
      }
    }
    // Text from input files (identifiers, names) never sends a control character to a terminal.
    return lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
      .map { String($0).terminalSafe }.joined(separator: "\n") + "\n"
  }

  /// The widest line a table of prose is printed as columns; a wider one is printed as records.
  static let widestTableLine = 120
  /// A cell longer than this is prose (a sentence, a citation, a pseudonym), not a figure.
  static let longestFigureCell = 50

  /// Columns padded to their widest cell (numbers are left as given), "none" when there are no
  /// rows, or, when a cell holds prose and the columns would be wider than ``widestTableLine``,
  /// one record per row: the first cell, then each other non-empty cell under it with its
  /// heading. Tables of figures stay columns however wide, so they can be read down.
  private static func table(_ table: PracticeReport.Table) -> [String] {
    guard !table.rows.isEmpty else { return [table.caption + ": none"] }
    let widths = table.columns.indices.map { column in
      ([table.columns[column]] + table.rows.map { $0[column] }).map(\.count).max() ?? 0
    }
    let isProse = table.rows.contains { $0.contains { $0.count > longestFigureCell } }
    if isProse && 2 + widths.reduce(0, +) + 2 * max(0, widths.count - 1) > widestTableLine {
      return [table.caption + ":"]
        + table.rows.flatMap { row in
          ["  - " + (row.first ?? "")]
            + zip(table.columns, row).dropFirst().filter { !$0.1.isEmpty }
            .map { "    \($0.0): \($0.1)" }
        }
    }
    func line(_ cells: [String]) -> String {
      zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
        .joined(separator: "  ").trimmingTrailingSpaces
    }
    return [table.caption + ":", "  " + line(table.columns)]
      + table.rows.map { "  " + line($0) }
  }

  /// One line per point: label, value and a bar of up to 30 characters.
  private static func chart(_ chart: PracticeReport.Chart) -> [String] {
    let width = chart.points.map(\.label.count).max() ?? 0
    let maximum = chart.valueAxis.maximum
    var lines = ["\(chart.title) (\(chart.valueLabel)):"]
    for point in chart.points {
      let label = point.label + String(repeating: " ", count: width - point.label.count)
      guard let value = point.value else {
        lines.append("  \(label)  suppressed")
        continue
      }
      let bar = String(repeating: "#", count: Int((min(value, maximum) / maximum * 30).rounded()))
      lines.append(
        "  \(label)  \(value.chartText.leftPadded(to: 6))  \(bar)"
          .trimmingTrailingSpaces)
    }
    if let reference = chart.reference {
      lines.append("  reference: \(reference.label) (\(reference.value.chartText))")
    }
    return lines
  }
}

enum ReportMarkdown {
  static func render(_ report: PracticeReport) -> String {
    var lines = ["# \(escape(report.title))", ""]
    if !report.preface.isEmpty { lines += report.preface.map { escape($0) + "  " } + [""] }
    for section in report.sections {
      lines += ["## \(escape(section.title))", ""]
      for block in section.blocks {
        switch block {
        case .paragraph(let text): lines += [escape(text), ""]
        case .list(let items): lines += items.map { "- \(escape($0))" } + [""]
        case .table(let table): lines += self.table(table.caption, table.columns, table.rows)
        case .chart(let chart):
          let rows = chart.points.map { [$0.label, $0.value?.chartText ?? "c"] }
          let caption =
            chart.reference.map { "\(chart.title) (reference: \($0.label))" } ?? chart.title
          lines += self.table(caption, [chart.categoryLabel, chart.valueLabel], rows)
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func table(_ caption: String, _ columns: [String], _ rows: [[String]])
    -> [String]
  {
    func row(_ cells: [String]) -> String {
      "| " + cells.map(escape).joined(separator: " | ") + " |"
    }
    return ["*\(escape(caption))*", "", row(columns), row(columns.map { _ in "---" })]
      + rows.map(row) + [""]
  }

  /// Escapes the characters that would change the Markdown's structure.
  private static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if "\\`*_[]|<>#".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }
}

enum ReportCSV {
  static func render(_ report: PracticeReport) -> String {
    var rows = [["section", "item", "row", "column", "value"]]
    for (index, line) in report.preface.enumerated() {
      rows.append(["Report", "Text", "\(index + 1)", "Text", line])
    }
    for section in report.sections {
      var texts = 0
      for block in section.blocks {
        switch block {
        case .paragraph(let text):
          texts += 1
          rows.append([section.title, "Text", "\(texts)", "Text", text])
        case .list(let items):
          for item in items {
            texts += 1
            rows.append([section.title, "Text", "\(texts)", "Text", item])
          }
        case .table(let table):
          for (index, row) in table.rows.enumerated() {
            for (column, cell) in zip(table.columns, row) {
              rows.append([section.title, table.caption, "\(index + 1)", column, cell])
            }
          }
        case .chart(let chart):
          for (index, point) in chart.points.enumerated() {
            rows.append([
              section.title, chart.title, "\(index + 1)", chart.categoryLabel, point.label,
            ])
            rows.append([
              section.title, chart.title, "\(index + 1)", chart.valueLabel,
              point.value?.chartText ?? "suppressed",
            ])
          }
        }
      }
    }
    return CSVWriter(lineEnding: .lf).string(for: rows.map { $0.map(CSVWriter.spreadsheetSafe) })
  }
}

enum ReportJSON {
  static func render(_ report: PracticeReport) -> String {
    JSONOutput.text(report)
  }
}

extension String {
  /// The text safe to print on a terminal: each control character (C0, DEL and C1, which could
  /// move the cursor, clear the screen or retitle the window) is shown as `\u{XX}` instead.
  /// Identifiers read from files pass through this before plain text prints them.
  package var terminalSafe: String {
    var safe = ""
    for scalar in unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        safe += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        safe.unicodeScalars.append(scalar)
      }
    }
    return safe
  }

  var trimmingTrailingSpaces: String {
    String(self[..<(lastIndex { $0 != " " }.map { index(after: $0) } ?? startIndex)])
  }

  func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
