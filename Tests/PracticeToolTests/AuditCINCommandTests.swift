import PracticeKit
import Testing

@testable import practice

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("practice audit cin and generate cin")
struct AuditCINCommandTests {
  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: CalendarDay(2026, 11, 24))
  }

  /// A fresh temporary directory for one test.
  static func directory() throws -> String {
    var template = Array("/tmp/practice-cin-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress, let made = mkdtemp(base) else { return nil }
      return String(cString: made)
    }
    return try #require(path)
  }

  static func write(_ text: String, to path: String) throws {
    let stream = try #require(fopen(path, "wb"))
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stream) }
    fclose(stream)
  }

  @Test("generate then audit: the same seed gives the same file; JSON has every measure")
  func generateAndAudit() throws {
    let directory = try Self.directory()
    let file = directory + "/census.xml"
    let words = ["generate", "cin", "--children", "200", "--seed", "5", "--year", "2025"]
    let generated = Self.run(words + [file])
    #expect(generated.exitCode == 0)
    #expect(generated.standardOutput.hasPrefix("Wrote 200 children ("))
    let again = Self.run(words + [directory + "/again.xml"])
    #expect(again.standardOutput == generated.standardOutput)

    let json = Self.run(["audit", "cin", file, "--year", "2025", "--json"])
    #expect(json.exitCode == 0)
    for key in [
      "\"collectionYear\" : \"2024/25\"", "\"children\" : 200", "\"assessments\" : {",
      "\"initialConferences\" : {", "\"reviewConferences\" : {", "\"onTimePercentage\"",
      "\"disclosureControl\" : \"dfe\"", "\"dataQuality\" : {", "\"law.wt2023.assessment\"",
    ] {
      #expect(json.standardOutput.contains(key))
    }
    #expect(!json.standardOutput.contains("caseFindings"))
    let cases = Self.run([
      "audit", "cin", file, "--year=2024-25", "--json", "--cases", "--unsuppressed",
    ])
    #expect(cases.standardOutput.contains("\"caseFindings\" : ["))
    #expect(cases.standardOutput.contains("\"disclosureControl\" : \"none\""))
    let text = Self.run(["audit", "cin", file, "--year", "2025"])
    #expect(
      text.standardOutput.hasPrefix("Children in Need census 2024/25 (2024-04-01 to 2025-03-31)"))
    // Which assessment measure is shown, in both formats; an unknown one is a usage error.
    #expect(text.standardOutput.contains("Assessments measured from referral (Working Together)"))
    #expect(json.standardOutput.contains("\"assessmentsFrom\" : \"fromReferral\""))
    let fromStart = Self.run([
      "audit", "cin", file, "--year", "2025", "--assessments-from", "start",
    ])
    #expect(fromStart.exitCode == 0)
    #expect(fromStart.standardOutput.contains("Assessments measured from assessment start"))
    let bad = Self.run(["audit", "cin", file, "--year", "2025", "--assessments-from", "xyzzy"])
    #expect(bad.exitCode == 2)
    #expect(!bad.standardError.contains("xyzzy"))
  }

  @Test("small counts are suppressed unless --unsuppressed")
  func suppression() throws {
    let file = try Self.directory() + "/small.xml"
    #expect(
      Self.run(["generate", "cin", "--children", "3", "--seed", "1", "--year", "2025", file])
        .exitCode == 0)
    let suppressed = Self.run(["audit", "cin", file, "--year", "2025", "--json"])
    #expect(suppressed.standardOutput.contains("\"children\" : \"c\""))
    let exact = Self.run(["audit", "cin", file, "--year", "2025", "--json", "--unsuppressed"])
    #expect(exact.standardOutput.contains("\"children\" : 3"))
  }

  @Test("malformed XML: exit 1 with line and column, never the text")
  func malformed() throws {
    let file = try Self.directory() + "/bad.xml"
    try Self.write("<Message>\n<Children><Child>SECRET</Children></Message>", to: file)
    let outcome = Self.run(["audit", "cin", file, "--year", "2025"])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardError.contains("Line 2, column 24"))
    #expect(!outcome.standardError.contains("SECRET"))
    let missing = Self.run(["audit", "cin", "/nonexistent/x.xml", "--year", "2025"])
    #expect(missing.exitCode == 1)
  }

  @Test(
    "wrong command lines exit 2",
    arguments: [
      ["audit"], ["audit", "nope"], ["audit", "cin"], ["audit", "cin", "f.xml"],
      ["audit", "cin", "f.xml", "--year", "soon"], ["generate"], ["generate", "cin", "x.xml"],
      ["generate", "cin", "--children", "-", "--seed", "1", "--year", "2025", "x.xml"],
      ["audit", "cin", "f.xml", "--year", "2025", "--bogus"],
    ])
  func usage(words: [String]) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput.isEmpty)
  }

  @Test("impossible rates are a data error; help is printed")
  func ratesAndHelp() throws {
    let file = try Self.directory() + "/x.xml"
    let outcome = Self.run([
      "generate", "cin", "--children", "1", "--seed", "1", "--year", "2025", "--late-rate", "2",
      file,
    ])
    #expect(outcome.exitCode == 1)
    #expect(
      Self.run(["audit", "cin", "--help"]).standardOutput.hasPrefix("Usage: practice audit cin"))
    #expect(Self.run(["generate", "--help"]).standardOutput.contains("cin"))
    #expect(Self.run(["--help"]).standardOutput.contains("statutory returns (903, cin)"))
  }

  @Test("the demo audits a synthetic census of the last complete census year")
  func demo() {
    let outcome = Self.run(["demo", "--today", "2026-11-24"])
    #expect(outcome.exitCode == 0)
    #expect(
      outcome.standardOutput.contains(
        "Children in Need census 2025/26, a synthetic local authority of 500 children"))
    #expect(outcome.standardOutput.contains("  Assessments: "))
    let march = Self.run(["demo", "--today", "2026-03-31", "--json"])
    #expect(march.standardOutput.contains("\"censusYear\" : \"2024/25\""))
  }
}
