import PracticeKit
import Testing

@testable import practice

@Suite("practice cite")
struct CiteCommandTests {
  static func run(_ words: [String]) -> Outcome {
    // `cite` does not depend on the day.
    Practice.run(words, today: CalendarDay.supportedRange.lowerBound)
  }

  @Test("lists each citation with its court, year, number and leading case")
  func text() {
    let outcome = Self.run(["cite", "Re B [2013] UKSC 33 and [2014] EWHC 270 (Fam)."])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    #expect(
      outcome.standardOutput == """
        Neutral citations
        =================

        Citations found
        ---------------
        Neutral citations (2):
          - [2013] UKSC 33
            Check: valid
            Court: United Kingdom Supreme Court (UKSC)
            Year: 2013
            Number: 33
            Find Case Law: uksc/2013/33
            Leading case: Re B: In the matter of B (a Child) (Care Proceedings: Appeal)
          - [2014] EWHC 270 (Fam)
            Check: valid
            Court: High Court (Family Division) (EWHC (Fam))
            Year: 2014
            Number: 270
            Division: Fam
            Find Case Law: ewhc/fam/2014/270
            Leading case: Re NL: Re NL (A Child) (Appeal: Interim Care Order: Facts and Reasons)

        """)
  }

  @Test("joins the words, so an unquoted citation is still found")
  func joinsWords() {
    let outcome = Self.run(["cite", "see", "[2013]", "EWCA", "Civ", "1146"])
    #expect(outcome.standardOutput.contains("\n  [2013] EWCA Civ 1146  valid  "))
    #expect(outcome.standardOutput.contains("  Re B-S: Re B-S (Children)\n"))
  }

  @Test("invalid citations are listed with the reason; BAILII forms have no TNA path")
  func invalid() {
    let outcome = Self.run(["cite", "[2010] EWFC 3 and [2014] EWCC B44 (Fam)"])
    #expect(outcome.exitCode == 0)
    #expect(
      outcome.standardOutput.contains(
        "  - [2010] EWFC 3\n    Check: invalid: EWFC citations begin in 2014; the year is earlier\n"
      ))
    #expect(outcome.standardOutput.contains("Find Case Law: no path"))
    #expect(outcome.standardOutput.contains("Leading case: Re S: Re S (A Child)"))
  }

  @Test("no citations: a sentence saying so, exit 0")
  func none() {
    let outcome = Self.run(["cite", "nothing", "here", "[2013] 2 FLR 1075"])
    #expect(outcome.exitCode == 0 && outcome.standardError.isEmpty)
    #expect(outcome.standardOutput.hasSuffix("\nNo neutral citations found.\n"))
  }

  @Test("JSON output")
  func json() {
    let outcome = Self.run(["cite", "[2025] EWFC 79 (B) [1999] UKSC 1 [2013] UKSC 33", "--json"])
    #expect(outcome.exitCode == 0)
    let out = outcome.standardOutput
    #expect(out.contains("\"schemaVersion\" : 1"))
    #expect(out.contains("\"urlPath\" : \"ewfc/b/2025/79\""))
    #expect(out.contains("\"division\" : \"B\""))
    #expect(out.contains("\"valid\" : false"))
    #expect(out.contains("\"reason\" : \"UKSC citations begin in 2009; the year is earlier\""))
    #expect(out.contains("\"case\" : \"Re B: "))
    #expect(out.contains("\"start\" : 0"))
    let empty = Self.run(["cite", "none", "--json"]).standardOutput
    #expect(empty.contains("\"citations\" : [\n\n  ]") || empty.contains("\"citations\" : []"))
  }

  @Test(
    "usage errors exit 2",
    arguments: [
      ["cite"], ["cite", "--json"], ["cite", "--bogus", "x"], ["cite", "--json=1", "x"],
    ])
  func usage(_ words: [String]) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("practice: "))
  }

  @Test("help, and the top-level help lists cite")
  func help() {
    #expect(Self.run(["cite", "--help"]).standardOutput.hasPrefix("Usage: practice cite"))
    #expect(
      Self.run(["--help"]).standardOutput.contains(
        "cite       find and check neutral citations in text"))
  }

  @Test("'--' lets text start with a dash")
  func doubleDash() {
    let outcome = Self.run(["cite", "--", "-see [2013] UKSC 33"])
    #expect(outcome.standardOutput.contains("  - [2013] UKSC 33\n    Check: valid\n"))
  }
}
