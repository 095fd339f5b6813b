import Foundation
import PracticeKit
import Testing

@testable import practice

@Suite("practice audit 903 and generate 903")
struct Audit903CommandTests {
  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: CalendarDay(2026, 11, 24))
  }

  static func folder(_ files: [String: String]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-903-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }
    return path
  }

  static let episodeColumns =
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"

  /// 2024/25: A1 (started June 2024: review 1 on time, review 2 missing), A2 (started June 2023,
  /// so partial unless 2023/24 is supplied), A3 (short breaks).
  static func current() throws -> String {
    try folder([
      "h.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,M,01/02/2015,WBRI,,,\n"
        + "A2,F,01/02/2012,WBRI,,,\nA3,F,01/02/2010,WBRI,,,\n",
      "e.csv": episodeColumns + "A1,03/06/2024,S,C2,N1,U4,PR1,,,,,,\n"
        + "A2,05/06/2023,S,C2,N1,U4,PR1,,,,,,\nA3,10/06/2024,S,V3,N2,R1,PR1,12/06/2024,E4A,,,,\n",
      "r.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,01/02/2015,01/07/2024,PN1\n"
        + "A2,01/02/2012,10/04/2024,PN1\nA2,01/02/2012,01/10/2024,PN1\n",
    ])
  }

  /// 2023/24: A2's first two reviews, both on time.
  static func prior() throws -> String {
    try folder([
      "h.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA2,2,01/02/2012,WBRI,,,\n",
      "e.csv": episodeColumns + "A2,05/06/2023,S,C2,N1,U4,PR1,,,,,,\n",
      "r.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nA2,01/02/2012,03/07/2023,PN1\n"
        + "A2,01/02/2012,03/10/2023,PN1\n",
    ])
  }

  static func json(_ outcome: Outcome) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    return try #require(object as? [String: Any])
  }

  @Test("the JSON document has the keys the issue lists; partial periods reported apart")
  func document() throws {
    let directory = try Self.current()
    let outcome = Self.run([
      "audit", "903", directory, "--year", "2025", "--json", "--unsuppressed",
    ])
    #expect(outcome.exitCode == 0)
    let document = try Self.json(outcome)
    #expect(document["collectionYear"] as? String == "2024/25")
    #expect(document["children"] as? Int == 3)
    #expect(document["episodes"] as? Int == 3)
    #expect(document["periodsOfCare"] as? Int == 3)
    #expect((document["dataQuality"] as? [String: Any])?.isEmpty == true)
    let reviews = try #require(document["reviewTimeliness"] as? [String: Any])
    #expect(reviews["due"] as? Int == 2 && reviews["onTime"] as? Int == 1)
    #expect(reviews["late"] as? Int == 0 && reviews["missing"] as? Int == 1)
    #expect(reviews["excludedShortBreaks"] as? Int == 1)
    let partial = try #require(reviews["partial"] as? [String: Any])
    #expect(partial["periods"] as? Int == 1 && partial["due"] as? Int == 1)
    #expect(partial["onTime"] as? Int == 1)
    #expect(document["reviewFindings"] == nil)
  }

  @Test("--prior makes the older period fully assessable; --cases lists late and missing reviews")
  func priorAndCases() throws {
    let outcome = Self.run([
      "audit", "903", try Self.current(), "--year", "2025", "--prior", try Self.prior(), "--json",
      "--cases", "--unsuppressed",
    ])
    #expect(outcome.exitCode == 0, "\(outcome.standardError)")
    let document = try Self.json(outcome)
    #expect(document["priorYears"] as? [String] == ["2023/24"])
    let reviews = try #require(document["reviewTimeliness"] as? [String: Any])
    #expect(reviews["due"] as? Int == 4 && reviews["onTime"] as? Int == 2)
    #expect(reviews["late"] as? Int == 1 && reviews["missing"] as? Int == 1)
    let findings = try #require(document["reviewFindings"] as? [[String: Any]])
    #expect(findings.count == 2)
    #expect(findings[0]["child"] as? String == "A1" && findings[0]["review"] as? Int == 2)
    #expect(findings[0]["due"] as? String == "2024-10-01" && findings[0]["held"] is NSNull)
    #expect(findings[0]["status"] as? String == "missing")
    #expect(findings[1]["child"] as? String == "A2" && findings[1]["review"] as? Int == 3)
    #expect(
      findings[1]["held"] as? String == "2024-04-10" && findings[1]["status"] as? String == "late")
  }

  @Test("counts are suppressed by default; identifiers can be pseudonymised")
  func privacy() throws {
    let directory = try Self.current()
    let outcome = Self.run(["audit", "903", directory, "--year", "2025", "--json", "--cases"])
    let document = try Self.json(outcome)
    #expect(document["children"] as? String == "c")
    let reviews = try #require(document["reviewTimeliness"] as? [String: Any])
    #expect(reviews["due"] as? String == "c")
    let keyFile = try Self.folder(["key": "0123456789abcdef0123"]) + "/key"
    let hidden = Self.run([
      "audit", "903", directory, "--year", "2025", "--cases", "--pseudonymise", keyFile,
    ])
    #expect(hidden.exitCode == 0)
    #expect(!hidden.standardOutput.contains("  A1 "))
    #expect(hidden.standardOutput.contains("  2       2024-10-01        missing\n"))
    let short = try Self.folder(["key": "short"]) + "/key"
    #expect(
      Self.run(["audit", "903", directory, "--year", "2025", "--pseudonymise", short]).exitCode == 1
    )
  }

  static let commandLines: [([String], Int32)] = [
    (["audit"], 2), (["audit", "cinema"], 2), (["audit", "903", "/tmp"], 2),
    (["audit", "903", "/tmp", "--year", "twenty"], 2),
    (["audit", "903", "/nonexistent-practice-dir", "--year", "2025"], 1),
    (["generate", "903", "--seed", "1", "--year", "2025", "/tmp/x"], 2),
    (
      ["generate", "903", "--children", "5", "--seed", "1", "--year", "2025", "--late-rate", "2"]
        + ["/tmp/x"], 1
    ),
    (["audit", "903", "--help"], 0), (["generate", "--help"], 0),
  ]

  @Test("wrong command lines exit 2, unusable values 1", arguments: commandLines)
  func errors(words: [String], code: Int32) {
    #expect(Self.run(words).exitCode == code)
  }

  @Test("generate 903 writes the same bytes for the same seed, and audit reads them cleanly")
  func generate() throws {
    let first = try Self.folder([:])
    let second = try Self.folder([:])
    for directory in [first, second] {
      let outcome = Self.run([
        "generate", "903", "--children", "200", "--seed", "9", "--year", "2026", directory,
      ])
      #expect(outcome.exitCode == 0)
      #expect(outcome.standardOutput.hasPrefix("Wrote a synthetic SSDA903 return for 200 children"))
    }
    for name in ["header.csv", "episodes.csv", "reviews.csv"] {
      let one = FileManager.default.contents(atPath: first + "/" + name)
      #expect(one != nil && one == FileManager.default.contents(atPath: second + "/" + name))
    }
    let audit = Self.run(["audit", "903", first, "--year", "2026", "--json", "--unsuppressed"])
    let document = try Self.json(audit)
    #expect(document["children"] as? Int == 200)
    #expect((document["dataQuality"] as? [String: Any])?.isEmpty == true)
  }

  @Test("the demo audits a synthetic local authority's last complete collection year")
  func demo() {
    let autumn = Practice.run(["demo", "--today", "2026-11-24"], today: CalendarDay(2026, 11, 24))
    #expect(autumn.standardOutput.contains("2025/26 SSDA903 return, 500 children."))
    let march = Practice.run(["demo", "--today", "2026-03-31"], today: CalendarDay(2026, 11, 24))
    #expect(march.standardOutput.contains("2024/25 SSDA903 return, 500 children."))
  }

  @Test("every format prints the JSON document's published figures; formats cannot be mixed")
  func formats() throws {
    let directory = try Self.current()
    let words = ["audit", "903", directory, "--year", "2025"]
    let document = try Self.json(Self.run(words + ["--json"]))
    let reviews = try #require(document["reviewTimeliness"] as? [String: Any])
    let csv = Self.run(words + ["--format", "csv"])
    #expect(csv.exitCode == 0)
    let lines = csv.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "section,item,row,column,value")
    let children = "\(document["children"] ?? "")"
    #expect(
      lines.contains("The return,\"Children, episodes and periods of care\",1,Count,\(children)"))
    let due = "\(reviews["due"] ?? "")"
    #expect(
      lines.contains(
        "Looked-after reviews (Care Planning Regulations 2010 reg 33),"
          + "Reviews by period of care,1,Due,\(due)"))
    #expect(Self.run(words + ["--format", "markdown"]).standardOutput.hasPrefix("# SSDA903 audit"))
    let html = Self.run(words + ["--format", "html"]).standardOutput
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<h2 id=\"reviews-heading\">"))
    #expect(Self.run(words + ["--json", "--format", "csv"]).exitCode == 2)
    #expect(Self.run(words + ["--format", "pdf"]).exitCode == 2)
    #expect(Self.run(words + ["--json", "--format", "json"]).exitCode == 0)
  }
}
