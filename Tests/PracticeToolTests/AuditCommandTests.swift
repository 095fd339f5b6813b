// Foundation itself (not FoundationEssentials): JSONSerialization reads the JSON output back.
import Foundation
import PracticeKit
import Testing

@testable import practice

@Suite("practice audit")
struct AuditCommandTests {
  /// PracticeAudit's fixtures, read from the project.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("PracticeAuditTests/Fixtures/audits")

  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: CalendarDay(2025, 9, 30))
  }

  static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  /// Writes `text` to a temporary file and returns its path.
  static func temporary(_ text: String, _ name: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "practice-audit-\(name)-\(UInt64.random(in: 0...UInt64.max)).csv")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test("agreement: worked example A, labels and numbers mixed")
  func agreementText() {
    let outcome = Self.run(["audit", "agreement", Self.fixture("agreement-example-a.csv")])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    #expect(
      outcome.standardOutput == """
        Agreement between raters
        ========================
        Raters: auditorA, auditorB.

        Agreement
        ---------
        Agreement:
          Statistic                         Value
          Raters                            2
          Cases                             40
          Percent agreement                 75.0%
          Cohen's kappa                     0.643494 (substantial)
          Cohen's kappa, standard error     0.0993
          Linearly weighted kappa           0.747475 (substantial)
          Quadratically weighted kappa      0.848485 (almost perfect)
          Fleiss' kappa                     0.643335 (substantial)
          Agreement (Landis and Koch 1977)  Substantial

        """)
  }

  @Test("agreement --json: the documented keys; three raters have Fleiss' kappa only")
  func agreementJSON() throws {
    let outcome = Self.run([
      "audit", "agreement", Self.fixture("agreement-example-b.csv"), "--json",
    ])
    #expect(outcome.exitCode == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    for key in [
      "raters", "cases", "percentAgreement", "cohenKappa", "linearWeightedKappa",
      "quadraticWeightedKappa", "fleissKappa", "band",
    ] {
      #expect(json[key] != nil, "\(key)")
    }
    #expect(json["raters"] as? Int == 3)
    #expect(json["cases"] as? Int == 8)
    #expect(json["percentAgreement"] as? Double == 50)
    #expect(json["cohenKappa"] is NSNull)
    #expect(abs((json["fleissKappa"] as? Double ?? 0) - 115.0 / 211.0) < 1e-15)
    #expect(json["band"] as? String == "moderate")
  }

  @Test("agreement: undefined statistics are reported with their reason, not NaN")
  func agreementUndefined() throws {
    let path = try Self.temporary("case,a,b\n1,Good,2\n2,good,Good\n", "same")
    let text = Self.run(["audit", "agreement", path])
    #expect(text.exitCode == 0)
    #expect(
      text.standardOutput.contains(
        "  Cohen's kappa                     undefined: every rating is in one category, so chance agreement is 1"
      ))
    #expect(!text.standardOutput.contains("nan"))
    let json = Self.run(["audit", "agreement", path, "--json"]).standardOutput
    #expect(json.contains(#""cohenKappa" : null"#))
    #expect(json.contains(#""cohenKappa" : "chanceAgreementIsOne""#))
  }

  @Test(
    "agreement errors name the line and column, never the value",
    arguments: [
      (
        "case,a,b\n1,Good,SECRET-7731\n",
        "line 2, column 3: not a grade on the Ofsted four-point scale"
      ),
      (
        "case,a\n1,Good\n",
        "the CSV needs a header with a case column and at least two rater columns"
      ),
      ("case,a,b\n1,Good,\"SECRET-7731\n", "practice: "),
    ])
  func agreementErrors(csv: String, message: String) throws {
    let outcome = Self.run(["audit", "agreement", try Self.temporary(csv, "bad")])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardError.contains(message))
    #expect(!outcome.standardError.contains("SECRET"))
    #expect(outcome.standardOutput.isEmpty)
  }

  @Test("agreement on the 0–10 scale")
  func zeroToTen() throws {
    let path = try Self.temporary("case,a,b\n1,10,9\n2,3,3\n3,7,7\n", "ten")
    let outcome = Self.run(["audit", "agreement", path, "--scale", "zero-to-ten"])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("  Percent agreement                 66.7%\n"))
    #expect(Self.run(["audit", "agreement", path]).exitCode == 1)
  }

  @Test(
    "usage errors exit 2",
    arguments: [
      ["audit"], ["audit", "moderate"], ["audit", "agreement"], ["audit", "agreement", "a", "b"],
      ["audit", "agreement", "x.csv", "--scale", "five"],
      ["audit", "cases", "x", "--by", "region"],
      ["audit", "cases", "x", "--verbose"],
    ])
  func usage(words: [String]) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardError.hasPrefix("practice: "))
  }

  @Test("a file that cannot be read is a data error")
  func missingFile() {
    let outcome = Self.run(["audit", "cases", "/nonexistent/cycle.json"])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardError.contains("cannot read the file"))
  }

  @Test("help for the router and both subcommands; the tool's help lists audit")
  func help() {
    #expect(Self.run(["audit", "--help"]).standardOutput.contains("agreement  agreement"))
    #expect(
      Self.run(["audit", "agreement", "--help"]).standardOutput.hasPrefix(
        "Usage: practice audit agreement"))
    #expect(
      Self.run(["audit", "cases", "-h"]).standardOutput.hasPrefix("Usage: practice audit cases"))
    #expect(Self.run(["--help"]).standardOutput.contains("audit      audits of case files"))
  }

  @Test("cases: the worked example's summary")
  func casesText() {
    let outcome = Self.run(["audit", "cases", Self.fixture("cycle.json")])
    #expect(outcome.exitCode == 0)
    let text = outcome.standardOutput
    // Three audits a period: every count from 1 to 5 is withheld, and the rest with them.
    #expect(
      text.contains(
        "  2025-Q2  yes   c       0            c     c                                0           c\n"
      ))
    #expect(
      text.contains(
        "  2025-Q2  yes   c            0        c              c          c         c\n"))
    #expect(
      text.contains(
        "Moderation\n----------\nc moderated audits, share agreeing not shown, Cohen's kappa 0.000")
    )
    #expect(text.contains("Findings by kind:"))
    #expect(text.contains("  Overall grade limited by a limiting criterion                 c\n"))
    #expect(!text.contains("audit.overall"))
    // Case references only when case lists are asked for.
    #expect(!text.contains("About: C2"))
    let cases = Self.run(["audit", "cases", Self.fixture("cycle.json"), "--cases"])
    #expect(
      cases.standardOutput.contains(
        "  - The overall grade is limited to the worst grade of the limiting criteria; the "
          + "auditor's own overall grade was better.\n    Severity: advisory\n    About: C2\n"))
  }

  @Test("cases --json by team")
  func casesJSON() throws {
    let outcome = Self.run([
      "audit", "cases", Self.fixture("cycle.json"), "--by", "team", "--json", "--as-of",
      "2025-07-01",
    ])
    #expect(outcome.exitCode == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    let periods = try #require(json["periods"] as? [[String: Any]])
    #expect(periods.count == 6)
    #expect(periods.first?["group"] as? String == "North")
    #expect(json["grouping"] as? String == "team")
    let counts = try #require(json["findingCounts"] as? [String: Any])
    #expect(counts["audit.action.overdue"] == nil)  // due 1 July: not yet overdue on 1 July
  }

  @Test("cases: an invalid file names the JSON path and exits 1")
  func casesInvalid() throws {
    let text = try String(contentsOfFile: Self.fixture("cycle.json"), encoding: .utf8)
    let broken = text.replacingFirst(#""grade": "excellent""#, with: "")
      .replacingFirst(
        #"{ "grade": "good", "evidence": "plan reviewed monthly" }"#,
        with: #"{ "grade": "SECRET-7731" }"#)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "practice-audit-cycle-\(UInt64.random(in: 0...UInt64.max)).json")
    try Data(broken.utf8).write(to: url)
    let outcome = Self.run(["audit", "cases", url.path])
    #expect(outcome.exitCode == 1)
    #expect(
      outcome.standardError
        == "practice: periods[0].audits[0].grades.planning.grade: refers to something the document does not define\n"
    )
  }
}

extension String {
  /// This text with the first occurrence of `target` replaced (unchanged when absent).
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}

@Suite("The demo's case-audit section")
struct CaseAuditDemoTests {
  @Test("the synthetic year is valid, reproducible, and agreement is realistic, not perfect")
  func syntheticYear() throws {
    let day = CalendarDay(2026, 11, 22)
    let cycle = AuditCycleGenerator().cycle(endingBefore: day)
    try cycle.validate()
    #expect(cycle == AuditCycleGenerator().cycle(endingBefore: day))
    #expect(try AuditCycle(json: cycle.jsonString()) == cycle)
    let demo = CaseAuditDemo(day: day)
    #expect(demo.periods.map(\.audits) == Array(repeating: .count(40), count: 4))
    #expect(demo.moderated == .count(40))
    let kappa = try #require(demo.cohenKappa)
    #expect(kappa > 0.4 && kappa < 0.9)
    // The share falls before the loop and rises after it.
    let shares = demo.periods.compactMap(\.goodOrBetter.number)
    #expect(shares.count == 4)
    #expect(shares[1] < shares[0] && shares[2] > shares[1] && shares[3] > shares[2])
  }

  @Test("the demo prints the section, on any day including before ILACS began")
  func printed() {
    let outcome = Practice.run(["demo"], today: CalendarDay(2026, 11, 22))
    #expect(
      outcome.standardOutput.contains(
        "Case-file audits\n----------------\nA seeded synthetic year;"))
    #expect(outcome.standardOutput.contains("  - Q3: 40 audits (loop in place), good or better"))
    let early = Practice.run(["demo", "--today", "2010-03-01"], today: CalendarDay(2026, 11, 22))
    #expect(early.exitCode == 0)
    #expect(early.standardOutput.contains("Moderation: 40 audits re-graded"))
  }
}
