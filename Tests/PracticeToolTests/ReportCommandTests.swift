import PracticeKit
import Testing

@testable import practice

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("practice report")
struct ReportCommandTests {
  static let today = CalendarDay(2026, 11, 24)

  static func run(_ words: [String], progress: ((String) -> Void)? = nil) -> Outcome {
    Practice.run(words, today: today, progress: progress)
  }

  @Test("the synthetic report has every section, suppressed small counts, and is reproducible")
  func synthetic() {
    let words = ["report", "--children", "400", "--seed", "5"]
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 0)
    for heading in [
      "Care proceedings against the 26-week limit", "Statutory timeliness",
      "Case-file audits and the improvement loop", "Relationship-based practice",
      "Workforce context (England)", "Telecare: open questions and costs",
      "Facts not verified against their primary source",
    ] {
      #expect(outcome.standardOutput.contains("\n\(heading)\n"))
    }
    #expect(outcome.standardOutput.contains("400 children in the SSDA903 return for 2025/26"))
    #expect(outcome.standardOutput == Self.run(words).standardOutput)
    #expect(outcome.standardOutput != Self.run(["report", "--children", "400"]).standardOutput)
  }

  @Test("formats: Markdown, JSON and a self-contained HTML page written with --out")
  func formats() throws {
    let small = ["report", "--children", "200"]
    #expect(Self.run(small + ["--format", "markdown"]).standardOutput.hasPrefix("# Quality"))
    let json = Self.run(small + ["--format", "json"]).standardOutput
    #expect(json.contains("\"schemaVersion\" : 1"))
    #expect(json.contains("\"id\" : \"proceedings\""))
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-report-\(UUID().uuidString).html").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let outcome = Self.run(small + ["--format", "html", "--out", path])
    #expect(outcome.standardOutput.hasPrefix("wrote the html report to \(path) ("))
    #expect(outcome.standardOutput.hasSuffix(" bytes; mode 0644)\n"))
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    // Proceedings weeks, timeliness, audits over time, relationship elements.
    #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 4)
    #expect(!html.contains("<script"))
  }

  @Test("the user's own return: sections without data are left out; progress is reported")
  func ownData() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-report-903-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let generated = Self.run([
      "generate", "903", "--children", "300", "--seed", "3", "--year", "2025", directory,
    ])
    #expect(generated.exitCode == 0)
    var stages: [String] = []
    let outcome = Self.run(
      ["report", "--903", directory, "--year", "2025", "--today", "2025-06-01"],
      progress: { stages.append($0) })
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("\nCare proceedings against the 26-week limit\n"))
    #expect(outcome.standardOutput.contains("Looked-after reviews of 2024/25"))
    #expect(!outcome.standardOutput.contains("Case-file audits and the improvement loop"))
    #expect(!outcome.standardOutput.contains("Telecare: open questions"))
    #expect(stages.first?.hasPrefix("read SSDA903 2024/25: 300 children, ") == true)
    #expect(stages.last == "building the report")
    // The same estimate is part of practice audit 903, in its text and its JSON.
    let audit = Self.run(["audit", "903", directory, "--year", "2025"])
    #expect(
      audit.standardOutput.contains(
        "Care proceedings\n----------------\nEstimated from the interim care orders in the episodes"
      ))
    let json = Self.run(["audit", "903", directory, "--year", "2025", "--json"])
    #expect(json.standardOutput.contains("\"proceedings\" : {"))
    #expect(json.standardOutput.contains("\"asOf\" : \"2025-03-31\""))
    #expect(json.standardOutput.contains("\"publication\" : \"FCSQ January to March 2025\""))
  }

  @Test(
    "wrong command lines are usage errors (exit 2); unreadable data is exit 1",
    arguments: [
      (["report", "--format", "pdf"], Int32(2), "--format must be"),
      (["report", "--903", "x"], 2, "--903 needs --year"),
      (["report", "--cin", "x.xml"], 2, "--cin needs --year"),
      (["report", "--children", "0"], 2, "--children must be a whole number from 1"),
      (["report", "--today", "2026-02-30"], 1, "--today"),
      (["report", "--audits", "/nonexistent/audits.json"], 1, "cannot read the file"),
    ])
  func errors(words: [String], code: Int32, message: String) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == code)
    #expect(outcome.standardError.contains(message))
    #expect(outcome.standardOutput.isEmpty)
  }

  @Test("CSV: every table cell and chart point on a line, the same figures as the text")
  func csv() throws {
    let words = ["report", "--children", "300", "--seed", "4", "--today", "2026-11-24"]
    let csv = Self.run(words + ["--format", "csv"])
    #expect(csv.exitCode == 0)
    let lines = csv.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "section,item,row,column,value")
    // The concluded count in the CSV is the one the text prints.
    let concluded = try #require(
      lines.first {
        $0.hasPrefix(
          "Care proceedings against the 26-week limit,Care proceedings (estimate),2,Value,")
      })
    let value = try #require(concluded.split(separator: ",").last)
    let text = Self.run(words).standardOutput
    let row = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("  Concluded (interim order") })
    #expect(row.split(separator: " ").last.map(String.init) == String(value))
    #expect(Self.run(words + ["--json", "--format", "csv"]).exitCode == 2)
    #expect(Self.run(words + ["--json"]).standardOutput.hasPrefix("{"))
  }
}
