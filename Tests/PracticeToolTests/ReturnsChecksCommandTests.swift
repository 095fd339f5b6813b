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

/// Issue 18's "what users hit today" for the year checks, the statement of what was checked and
/// the bounded, honest readers, at the command line.
@Suite("practice: returns checked for their year, repeats, what was checked, bounded reading")
struct ReturnsChecksCommandTests {
  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: CalendarDay(2026, 11, 24))
  }

  static func folder(_ files: [String: String]) throws -> String {
    try Audit903CommandTests.folder(files)
  }

  /// A generated return for the year ending in `year`, written to a new folder.
  static func generated(year: Int, children: Int = 60) throws -> String {
    let path = try folder([:]) + "/return"
    let outcome = run([
      "generate", "903", "--children", "\(children)", "--seed", "7", "--year", "\(year)", path,
    ])
    #expect(outcome.exitCode == 0)
    return path
  }

  /// Three children looked after in 2023/24; one is still looked after on 2 April 2024.
  static func mostlyTheYearBefore() throws -> String {
    try folder([
      "h.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nB1,M,01/02/2015,WBRI,,,\n"
        + "B2,F,01/02/2012,WBRI,,,\nB3,F,01/02/2010,WBRI,,,\n",
      "e.csv": Audit903CommandTests.episodeColumns
        + "B1,01/05/2023,S,C2,N1,U4,PR1,01/09/2023,E11,,,,\n"
        + "B2,01/06/2023,S,C2,N1,U4,PR1,01/12/2023,E11,,,,\n"
        + "B3,01/07/2023,S,C2,N1,U4,PR1,02/04/2024,E11,,,,\n",
      "r.csv": "CHILD,DOB,REVIEW,REVIEW_CODE\nB1,01/02/2015,20/05/2023,PN1\n"
        + "B2,01/02/2012,20/06/2023,PN1\nB3,01/02/2010,20/07/2023,PN1\n",
    ])
  }

  // MARK: - Year checks

  @Test("a 2017/18 return audited as 2022/23: exit 1 naming 2017/18, in audit and report")
  func wrongYear903() throws {
    let path = try Self.generated(year: 2018)
    let audit = Self.run(["audit", "903", path, "--year", "2023"])
    #expect(audit.exitCode == 1)
    #expect(audit.standardOutput.isEmpty)
    #expect(audit.standardError.contains("is not the 2022/23 collection"))
    #expect(audit.standardError.contains("2017/18"))
    #expect(audit.standardError.contains("use --year 2018"))
    let report = Self.run(["report", "--903", path, "--year", "2023"])
    #expect(report.exitCode == 1)
    #expect(report.standardError.contains("2017/18"))
    #expect(Self.run(["audit", "903", path, "--year", "2018"]).exitCode == 0)
    // An earlier year's return given as the wrong --prior is caught too.
    let prior = Self.run(["audit", "903", path, "--year", "2019", "--prior", path])
    #expect(prior.exitCode == 1)
  }

  @Test("a return that looks like the year before is warned of in every output format")
  func warning903() throws {
    let path = try Self.mostlyTheYearBefore()
    let warning = "is in 2023/24, not 2024/25"
    let text = Self.run(["audit", "903", path, "--year", "2025", "--unsuppressed"])
    #expect(text.exitCode == 0)
    #expect(text.standardOutput.contains("Warning: Most of the return's activity"))
    #expect(text.standardOutput.contains(warning))
    let json = Self.run(["audit", "903", path, "--year", "2025", "--json"])
    let document = try Audit903CommandTests.json(json)
    #expect((document["yearWarning"] as? String)?.contains(warning) == true)
    for format in ["text", "markdown", "json", "html"] {
      let report = Self.run(["report", "--903", path, "--year", "2025", "--format", format])
      #expect(report.exitCode == 0, "\(format)")
      #expect(report.standardOutput.contains(warning), "\(format)")
    }
  }

  @Test("a census whose ReferenceDate is another year's is an error naming its year")
  func wrongYearCensus() throws {
    let path = try Self.folder([:]) + "/census.xml"
    let generated = Self.run([
      "generate", "cin", "--children", "20", "--seed", "3", "--year", "2025", path,
    ])
    #expect(generated.exitCode == 0)
    let audit = Self.run(["audit", "cin", path, "--year", "2026"])
    #expect(audit.exitCode == 1)
    #expect(audit.standardError.contains("is not the 2025/26 collection"))
    #expect(audit.standardError.contains("the reference date of the 2024/25 census"))
    let report = Self.run(["report", "--cin", path, "--year", "2026"])
    #expect(report.exitCode == 1)
    #expect(report.standardError.contains("2024/25"))
    #expect(Self.run(["audit", "cin", path, "--year", "2025"]).exitCode == 0)
  }

  // MARK: - What was checked

  @Test("a clean return says which rules were applied and that it is not the DfE validation")
  func whatWasChecked() throws {
    let clean = try Audit903CommandTests.current()
    let text = Self.run(["audit", "903", clean, "--year", "2025"]).standardOutput
    #expect(!text.contains("no problems found"))
    #expect(text.contains("Data quality\n------------\nNo findings under the rules applied"))
    #expect(text.contains("Only the 11 rules listed were applied"))
    #expect(text.contains("  - A child's episodes do not overlap"))
    #expect(text.contains("(DfE 142, 501)"))
    #expect(text.contains("This is not the full DfE validation"))
    #expect(text.contains("[S]"))
    let document = try Audit903CommandTests.json(
      Self.run(["audit", "903", clean, "--year", "2025", "--json"]))
    let scope = try #require(document["checksApplied"] as? [String: Any])
    #expect((scope["checks"] as? [Any])?.count == 11)
    #expect((document["checksNote"] as? String)?.contains("not the full DfE validation") == true)

    let census = try Self.folder([:]) + "/census.xml"
    _ = Self.run(["generate", "cin", "--children", "20", "--seed", "3", "--year", "2025", census])
    let cin = Self.run(["audit", "cin", census, "--year", "2025"]).standardOutput
    #expect(
      cin.contains(
        "  - The LAchildID is on an earlier child; this record is not counted (DfE 8510)"))
    #expect(cin.contains("(DfE 8510)"))
    #expect(cin.contains("This is not the full DfE validation"))
  }

  @Test("every report on a user's return shows its data-quality section, also with no findings")
  func reportSection() throws {
    let clean = try Audit903CommandTests.current()
    let report = Self.run(["report", "--903", clean, "--year", "2025"])
    #expect(report.exitCode == 0)
    #expect(report.standardOutput.contains("\nData quality of the returns\n"))
    #expect(report.standardOutput.contains("SSDA903 return 2024/25: no findings under the rules"))
    #expect(report.standardOutput.contains("not the full DfE validation"))
    let census = try Self.folder([:]) + "/census.xml"
    _ = Self.run(["generate", "cin", "--children", "20", "--seed", "3", "--year", "2025", census])
    let cin = Self.run(["report", "--cin", census, "--year", "2025", "--format", "markdown"])
    #expect(cin.standardOutput.contains("## Data quality of the returns"))
    #expect(cin.standardOutput.contains("Children in Need census 2024/25"))
  }

  // MARK: - Repeats, rows used, bounded reading

  @Test("every row pasted twice: the same periods of care, with the repeats as findings")
  func pastedTwice() throws {
    let original = try Self.generated(year: 2025)
    var doubled: [String: String] = [:]
    for name in ["header.csv", "episodes.csv", "reviews.csv"] {
      let text = try String(contentsOfFile: original + "/" + name, encoding: .utf8)
      let lines = text.split(separator: "\n")
      let rows = lines.dropFirst().joined(separator: "\n")
      doubled[name] = lines[0] + "\n" + rows + "\n" + rows + "\n"
    }
    let twice = try Self.folder(doubled)
    let words = ["--year", "2025", "--json", "--unsuppressed"]
    let first = try Audit903CommandTests.json(Self.run(["audit", "903", original] + words))
    let second = try Audit903CommandTests.json(Self.run(["audit", "903", twice] + words))
    #expect(second["periodsOfCare"] as? Int == first["periodsOfCare"] as? Int)
    #expect(second["children"] as? Int == first["children"] as? Int)
    #expect(second["episodes"] as? Int == first["episodes"] as? Int)
    let quality = try #require(second["dataQuality"] as? [String: Any])
    #expect(quality["repeatedChild"] as? Int == 60)
    #expect((quality["repeatedRow"] as? Int ?? 0) > 60)
    #expect((first["dataQuality"] as? [String: Any])?.isEmpty == true)
  }

  @Test("a table cut off mid-file reports the rows it used, not 0")
  func cutOff() throws {
    let path = try Self.folder([
      "e.csv": Audit903CommandTests.episodeColumns + "E1,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n"
        + "E2,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n" + "E3,01/07/2024,S,\"C2,N1\n"
    ])
    let text = Self.run(["audit", "903", path, "--year", "2025", "--unsuppressed"]).standardOutput
    #expect(text.contains("Tables read:\n  Table     Rows\n  Episodes  2\n"))
    #expect(text.contains("CSV text is malformed; the rest of the file is lost  1\n"))
  }

  @Test("a FIFO and a link to /dev/zero in a 903 folder are refused at once, named")
  func fifoAndDevice() throws {
    let path = try Audit903CommandTests.current()
    #expect(mkfifo(path + "/pipe.csv", 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: path + "/zero.csv", withDestinationPath: "/dev/zero")
    let outcome = Self.run(["audit", "903", path, "--year", "2025", "--cases"])
    #expect(outcome.exitCode == 0)
    #expect(
      outcome.standardOutput.contains(
        "  pipe.csv  (whole file)          File could not be read  not a regular file (a folder, "
          + "device, FIFO or socket)\n"))
    #expect(
      outcome.standardOutput.contains("  zero.csv  (whole file)          File could not be read"))
    // A JSON input and a key file that are FIFOs are refused too.
    let key = path + "/key"
    #expect(mkfifo(key, 0o600) == 0)
    let pseudonymised = Self.run([
      "audit", "903", try Audit903CommandTests.current(), "--year", "2025", "--cases",
      "--pseudonymise", key,
    ])
    #expect(pseudonymised.exitCode == 1)
    #expect(pseudonymised.standardError.contains("it is not a regular file"))
    let audits = Self.run(["report", "--audits", key])
    #expect(audits.exitCode == 1)
    #expect(audits.standardError.contains("cannot read the file '\(key)': it is not a regular"))
  }
}
