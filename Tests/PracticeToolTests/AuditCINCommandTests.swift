// Foundation itself (not FoundationEssentials): JSONSerialization reads the JSON output back.
import Foundation
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
      text.standardOutput.hasPrefix(
        "Children in Need census 2024/25\n===============================\n2024-04-01 to 2025-03-31: "
      ))
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

  /// A census of 2026/27 with a pre-proceedings block ending in a court application, one
  /// running late, an enquiry whose outcome is not recorded, and a child repeated.
  static let census2026 = """
    <?xml version="1.0" encoding="utf-8"?>
    <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
    <ReferenceDate>2027-03-31</ReferenceDate></CollectionDetails></Header><Children>
    <Child><ChildIdentifiers><LAchildID>SECRET-A</LAchildID></ChildIdentifiers><CINdetails>
    <CINreferralDate>2026-04-01</CINreferralDate>
    <Section47><S47ActualStartDate>2026-06-01</S47ActualStartDate>
    <ICPCnotRequired>false</ICPCnotRequired></Section47>
    <PreProceedingsandFGDM><PPStartDate>2026-05-04</PPStartDate>
    <LBPSentDate>2026-05-05</LBPSentDate><FGDMMeetingOffer>1</FGDMMeetingOffer>
    <StepDecisionDate>2026-08-23</StepDecisionDate><PPOutcome>A</PPOutcome>
    <CourtAppDate>2026-08-30</CourtAppDate></PreProceedingsandFGDM>
    <PreProceedingsandFGDM><PPStartDate>2026-05-04</PPStartDate>
    <StepDecisionDate>2026-08-24</StepDecisionDate></PreProceedingsandFGDM>
    </CINdetails></Child>
    <Child><ChildIdentifiers><LAchildID>SECRET-A</LAchildID></ChildIdentifiers><CINdetails>
    <CINreferralDate>2026-04-01</CINreferralDate></CINdetails></Child>
    </Children></Message>
    """

  @Test("pre-proceedings, an outcome not recorded and a repeated child in text and JSON")
  func preProceedingsAndOutcomes() throws {
    let file = try Self.directory() + "/census-2026.xml"
    try Self.write(Self.census2026, to: file)
    let words = ["audit", "cin", file, "--year", "2026/27", "--unsuppressed"]
    let text = Self.run(words)
    #expect(text.exitCode == 0)
    let report = text.standardOutput
    let row = report.split(separator: "\n").first { $0.hasPrefix("  Pre-proceedings  ") }
    // Due, on time, late, missing, on time %, not yet due, not measured.
    #expect(row?.split(separator: " ") == ["Pre-proceedings", "2", "1", "1", "0", "50%", "0", "0"])
    #expect(report.contains("outcome not recorded 1"))
    #expect(report.contains("not owed (ICPCnotRequired) 0"))
    for (measure, count) in [
      ("Recorded", 2), ("Running in the year", 2), ("Ended", 2),
      ("Ended in a court application", 1),
      ("Family group decision-making meeting offered", 1),
      ("Family group decision-making meeting held", 0),
    ] {
      let line = report.split(separator: "\n").first { $0.hasPrefix("  \(measure)  ") }
      #expect(line?.split(separator: " ").last.map(String.init) == "\(count)", "\(measure)")
    }
    #expect(report.contains("The LAchildID is on an earlier child; this record is not counted  "))
    #expect(!report.contains("SECRET"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(Self.run(words + ["--json"]).standardOutput.utf8))
        as? [String: Any])
    let conferences = try #require(json["initialConferences"] as? [String: Any])
    #expect(conferences["outcomeNotRecorded"] as? Int == 1)
    #expect(conferences["notRequired"] as? Int == 0)
    #expect((json["assessments"] as? [String: Any])?["outcomeNotRecorded"] == nil)
    let blocks = try #require(json["preProceedings"] as? [String: Any])
    #expect(blocks["endedInCourtApplication"] as? Int == 1)
    #expect(blocks["ended"] as? Int == 2)
    let timeliness = try #require(blocks["timeliness"] as? [String: Any])
    #expect(timeliness["onTime"] as? Int == 1)
    #expect(timeliness["late"] as? Int == 1)
    #expect(timeliness["timescales"] as? [String] == ["law.preproceedings.16-weeks"])
    #expect(json["children"] as? Int == 1)
    #expect((json["dataQuality"] as? [String: Int])?["cin.child.repeated"] == 1)
  }

  @Test("a census without the pre-proceedings module says so")
  func noPreProceedings() throws {
    let file = try Self.directory() + "/census.xml"
    _ = Self.run(["generate", "cin", "--children", "20", "--seed", "1", "--year", "2025", file])
    let report = Self.run(["audit", "cin", file, "--year", "2025"]).standardOutput
    #expect(report.contains("Pre-proceedings: none recorded"))
    #expect(!report.contains("Pre-proceedings        "))
  }

  @Test("--cases names children unless --pseudonymise; the key file must be usable")
  func pseudonymise() throws {
    let directory = try Self.directory()
    let file = directory + "/census-2026.xml"
    try Self.write(Self.census2026, to: file)
    let words = ["audit", "cin", file, "--year", "2027", "--cases"]
    #expect(
      Self.run(words).standardOutput.contains(
        "  SECRET-A  1        Pre-proceedings  2     2026-08-23"))
    try Self.write("0123456789abcdef0123", to: directory + "/key")
    let hidden = Self.run(words + ["--pseudonymise", directory + "/key"])
    #expect(hidden.exitCode == 0)
    #expect(!hidden.standardOutput.contains("SECRET"))
    #expect(
      hidden.standardOutput.contains(
        "    Episode: 1\n    Measure: Pre-proceedings\n    Item: 2\n    Due: 2026-08-23"))
    let json = Self.run(words + ["--json", "--pseudonymise", directory + "/key"]).standardOutput
    #expect(!json.contains("SECRET"))
    // The same key gives the same pseudonym as audit 903 would: one context for both.
    let pseudonym = try Pseudonymiser(key: Array("0123456789abcdef0123".utf8), context: "la.child")
      .pseudonym(for: "SECRET-A")
    #expect(json.contains(pseudonym))
    try Self.write("short", to: directory + "/short")
    #expect(Self.run(words + ["--pseudonymise", directory + "/short"]).exitCode == 1)
    #expect(Self.run(words + ["--pseudonymise", directory + "/none"]).exitCode == 1)
  }

  @Test("generators cap their size and refuse to overwrite unless --replace")
  func capsAndReplace() throws {
    let directory = try Self.directory()
    let file = directory + "/census.xml"
    let huge = Self.run([
      "generate", "cin", "--children", "99999999999999", "--seed", "1", "--year", "2025", file,
    ])
    #expect(huge.exitCode == 1)
    #expect(huge.standardError.contains("between 0 and 1,000,000"))
    #expect(!FileManager.default.fileExists(atPath: file))
    let folder = directory + "/903"
    let huge903 = Self.run([
      "generate", "903", "--children", "99999999999999", "--seed", "1", "--year", "2025", folder,
    ])
    #expect(huge903.exitCode == 1)
    #expect(huge903.standardError.contains("between 0 and 1,000,000"))

    let cin = ["generate", "cin", "--children", "2", "--seed", "1", "--year", "2025"]
    #expect(Self.run(cin + [file]).exitCode == 0)
    let again = Self.run(cin + [file])
    #expect(again.exitCode == 1)
    #expect(again.standardError.contains("already exists; give --replace"))
    #expect(Self.run(cin + ["--replace", file]).exitCode == 0)
    #expect(Self.run(cin + ["--replace", directory]).exitCode == 1)

    let ssda903 = ["generate", "903", "--children", "2", "--seed", "1", "--year", "2025"]
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.write("CHILD,SEX\n", to: folder + "/stray.csv")
    let refused = Self.run(ssda903 + [folder])
    #expect(refused.exitCode == 1)
    #expect(refused.standardError.contains("is not empty"))
    #expect(Self.run(ssda903 + ["--replace", folder]).exitCode == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(names == ["episodes.csv", "header.csv", "reviews.csv"])
    try Self.write("notes", to: folder + "/notes.txt")
    #expect(Self.run(ssda903 + ["--replace", folder]).exitCode == 1)
    #expect(FileManager.default.fileExists(atPath: folder + "/notes.txt"))
    #expect(Self.run(ssda903 + [file]).exitCode == 1)
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
        "Children in Need census 2025/26\n-------------------------------\n"
          + "A synthetic local authority of 500 children"))
    #expect(outcome.standardOutput.contains("  - Assessments: "))
    let march = Self.run(["demo", "--today", "2026-03-31", "--json"])
    #expect(march.standardOutput.contains("\"censusYear\" : \"2024/25\""))
  }
}
