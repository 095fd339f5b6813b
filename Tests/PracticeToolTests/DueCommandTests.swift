import Foundation
import PracticeKit
import Testing

@testable import practice

@Suite("practice due and generate caseload")
struct DueCommandTests {
  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: CalendarDay(2025, 12, 19))
  }

  static func file(_ name: String, _ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-due-\(UInt64.random(in: 0...UInt64.max))-\(name)").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Child A (team T1, worker W1 then W2): an assessment overdue since 3 November 2025. Child B
  /// (team T2): an application issued 1 July 2025, s32 limit 29 December 2025.
  static let caseload = """
    child,worker,team,event,date,detail
    A,W1,T1,referral,01/09/2025,
    B,W3,T2,application-issued,2025-07-01,
    A,W2,,visit,2025-12-15,
    A,W9,T9,visit,2025-12-22,

    """

  @Test("text groups by team then worker with counts; events after the day are counted")
  func text() throws {
    let path = try Self.file("caseload.csv", Self.caseload)
    let outcome = Self.run(["due", path, "--as-of", "2025-12-19"])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    let text = outcome.standardOutput
    #expect(text.contains("1 overdue, 1 due soon; 2 children, 4 events read."))
    #expect(text.contains("1 event dated after 2025-12-19 ignored"))
    #expect(text.contains("T1\n--\n1 overdue, 0 due soon\nW2: 1 overdue, 0 due soon"))
    #expect(text.contains("Assessment"))
    #expect(text.contains("2025-11-03  overdue"))
    #expect(text.contains("Care proceedings: s32 limit  2025-12-29  due soon"))
    #expect(!text.contains("W9"))
  }

  @Test("JSON items carry child, worker, team, measure, due and status; CSV the same rows")
  func jsonAndCSV() throws {
    let path = try Self.file("caseload.csv", Self.caseload)
    let json = Self.run(["due", path, "--as-of", "19/12/2025", "--format", "json"])
    #expect(json.exitCode == 0)
    let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))
    let items = try #require((document as? [String: Any])?["items"] as? [[String: Any]])
    #expect(items.count == 2)
    #expect(items[0]["child"] as? String == "A")
    #expect(items[0]["worker"] as? String == "W2")
    #expect(items[0]["team"] as? String == "T1")
    #expect(items[0]["measure"] as? String == "assessment")
    #expect(items[0]["due"] as? String == "2025-11-03")
    #expect(items[0]["status"] as? String == "overdue")
    #expect(items[1]["status"] as? String == "due-soon")
    let csv = Self.run(["due", path, "--as-of", "2025-12-19", "--format", "csv"])
    #expect(
      csv.standardOutput.hasPrefix("child,worker,team,measure,due,status,rule,local,sources\n"))
    #expect(
      csv.standardOutput.contains("\nB,W3,T2,s32-limit,2025-12-29,due-soon,law.s32.limit,no,"))
  }

  @Test("the s32 limit on 29 December is the 4th working day after 19 December (Christmas)")
  func window() throws {
    let path = try Self.file("caseload.csv", Self.caseload)
    let three = Self.run(["due", path, "--as-of", "2025-12-19", "--within", "3", "--json"])
    #expect(three.standardOutput.contains("\"windowEnd\" : \"2025-12-24\""))
    #expect(!three.standardOutput.contains("s32-limit"))
    let four = Self.run(["due", path, "--as-of", "2025-12-19", "--within", "4", "--json"])
    #expect(four.standardOutput.contains("\"windowEnd\" : \"2025-12-29\""))
    #expect(four.standardOutput.contains("s32-limit"))
  }

  @Test("local standards are listed and labelled local")
  func local() throws {
    let path = try Self.file(
      "caseload.csv", "child,worker,team,event,date\nA,W1,T1,cp-plan-start,2025-12-05\n")
    let local = try Self.file(
      "local.json",
      """
      {"schemaVersion": 1, "timescales": [{
        "id": "local.cp-visits", "title": "Child protection visits every 10 working days",
        "trigger": "childProtectionPlanStarted", "target": "statutoryVisit",
        "periods": [{"amount": 10, "unit": "workingDays", "counting": "after"}],
        "repeatsLast": true, "endsOn": ["childProtectionPlanEnded"], "requires": [],
        "effective": {}, "provenance": {"verification": "unverified", "sources": [],
        "note": "Our practice standard."}}]}
      """)
    let outcome = Self.run(["due", path, "--as-of", "2025-12-19", "--local", local])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("Visit    2025-12-19  due soon  [1] (local)"))
    #expect(
      outcome.standardOutput.contains(
        "[1] Child protection visits every 10 working days (local standard, not statutory)"))
    #expect(!outcome.standardOutput.contains("local.cp-visits"))
  }

  @Test("bad files and command lines: located errors, never the value, the right exit codes")
  func errors() throws {
    let unknown = try Self.file(
      "caseload.csv", "child,worker,team,event,date\nA,W,T,Secret-Event,2025-12-05\n")
    let outcome = Self.run(["due", unknown, "--as-of", "2025-12-19"])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardError.contains("line 2, column 4 (event): not a caseload event name"))
    #expect(!outcome.standardError.contains("Secret"))
    let missing = try Self.file("caseload.csv", "child,worker,event,date\nA,W,visit,2025-12-05\n")
    #expect(Self.run(["due", missing]).standardError.contains("no column 'team'"))
    #expect(Self.run(["due"]).exitCode == 2)
    #expect(Self.run(["due", "--demo", "--format", "pdf"]).exitCode == 2)
    #expect(Self.run(["due", "--demo", "--as-of", "2025-02-30"]).exitCode == 1)
    #expect(Self.run(["due", "/nonexistent/caseload.csv"]).exitCode == 1)
    #expect(Self.run(["due", "--help"]).standardOutput.hasPrefix("Usage: practice due"))
  }

  @Test("the demo is the generated caseload, the same for the same seed")
  func demo() throws {
    let demo = Self.run(["due", "--demo", "--children", "200", "--seed", "3", "--format", "csv"])
    #expect(demo.exitCode == 0)
    let generated = Self.run([
      "generate", "caseload", "--children", "200", "--seed", "3", "--as-of", "2025-12-19",
    ])
    let path = try Self.file("generated.csv", generated.standardOutput)
    #expect(Self.run(["due", path, "--format", "csv"]).standardOutput == demo.standardOutput)
    #expect(demo.standardOutput.split(separator: "\n").count > 10)
  }
}
