import Foundation
import PracticeKit
import Testing

@testable import practice

/// `audit 903` and `report --903` on the XML form, on a file given directly, and on folders in
/// which nothing is recognised.
@Suite("practice audit 903: forms of the return")
struct Audit903FormsTests {
  static func run(_ words: [String]) -> Outcome { Audit903CommandTests.run(words) }

  static func generate(_ extra: [String] = []) throws -> String {
    let directory = try Audit903CommandTests.folder([:])
    let outcome = run(
      ["generate", "903", "--children", "150", "--seed", "4", "--year", "2025"] + extra
        + [directory])
    #expect(outcome.exitCode == 0)
    return directory
  }

  @Test("generate 903 --format xml writes one XML return that audits as the CSV tables do")
  func xmlForm() throws {
    let csv = try Self.generate()
    let xml = try Self.generate(["--format", "xml"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: xml) == ["ssda903.xml"])
    let fromCSV = Self.run(["audit", "903", csv, "--year", "2025", "--unsuppressed"])
    let fromXML = Self.run(["audit", "903", xml, "--year", "2025", "--unsuppressed"])
    let direct = Self.run([
      "audit", "903", xml + "/ssda903.xml", "--year", "2025", "--unsuppressed",
    ])
    #expect(fromCSV.exitCode == 0 && fromXML.exitCode == 0 && direct.exitCode == 0)
    // Every line but the tables read (the XML form holds every table, most of them empty).
    func body(_ outcome: Outcome) -> [Substring] {
      let lines = outcome.standardOutput.split(separator: "\n")
      let start = lines.firstIndex(of: "Tables read:") ?? 0
      let end = lines.firstIndex(of: "Children, episodes and periods of care:") ?? 0
      return Array(lines[..<start] + lines[end...])
    }
    #expect(body(fromXML) == body(fromCSV))
    #expect(body(fromXML).count > 40)
    #expect(fromXML.standardOutput.contains("\n  AD1             0\n"))
    #expect(direct.standardOutput == fromXML.standardOutput)
    #expect(
      fromXML.standardOutput.contains(
        "Data quality\n------------\nNo findings under the rules applied (listed below)."))
    #expect(
      Self.run([
        "generate", "903", "--format", "pdf", "--children", "1", "--seed", "1",
        "--year", "2025", xml,
      ]).exitCode == 2)
  }

  @Test("a single CSV table given directly is read, and the measures it cannot support are named")
  func singleTable() throws {
    let directory = try Self.generate()
    let outcome = Self.run(["audit", "903", directory + "/episodes.csv", "--year", "2025"])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("Tables read:\n  Table     Rows\n  Episodes  "))
    #expect(
      outcome.standardOutput.contains(
        "Not computed (a table is missing):\n  - children: no Header table was read"))
    #expect(outcome.standardOutput.contains("  - review timeliness: no Reviews table was read"))
    let json = Self.run(["audit", "903", directory + "/episodes.csv", "--year", "2025", "--json"])
    #expect(json.standardOutput.contains("\"measure\" : \"review timeliness\""))
  }

  @Test("nothing recognised is an error naming each file, what was found and what was expected")
  func nothingRecognised() throws {
    let empty = try Audit903CommandTests.folder([:])
    let others = try Audit903CommandTests.folder([
      "staff.csv": "NAME,TEAM\nx,y\n", "notes.txt": "hello",
      "cin.xml": "<?xml version=\"1.0\"?><Message><Header/></Message>",
    ])
    let emptyOutcome = Self.run(["audit", "903", empty, "--year", "2025"])
    #expect(emptyOutcome.exitCode == 1 && emptyOutcome.standardOutput.isEmpty)
    #expect(emptyOutcome.standardError.contains("It holds no files."))
    let outcome = Self.run(["audit", "903", others, "--year", "2025"])
    #expect(outcome.exitCode == 1)
    #expect(
      outcome.standardError.contains(
        "cin.xml line 1: XML file is not an SSDA903 return (root element Message, expected "
          + "EXPSSDA903)"))
    #expect(
      outcome.standardError.contains(
        "staff.csv line 1: File is not a table of the return (2 columns, none an SSDA903 "
          + "column name)"))
    #expect(outcome.standardError.contains("notes.txt: not read (neither .csv nor .xml)"))
    #expect(outcome.standardError.contains("one XML return whose root element is EXPSSDA903"))
    let report = Self.run(["report", "--903", others, "--year", "2025", "--today", "2025-06-01"])
    #expect(report.exitCode == 1 && report.standardError.contains("no SSDA903 return"))
    let prior = try Self.generate()
    #expect(
      Self.run(["audit", "903", prior, "--year", "2025", "--prior", empty]).exitCode == 1)
  }

  @Test("the report says which SSDA903 measures were not computed, in every format")
  func reportFormats() throws {
    let directory = try Self.generate()
    try FileManager.default.removeItem(atPath: directory + "/reviews.csv")
    for format in ["text", "markdown", "json", "html"] {
      let outcome = Self.run([
        "report", "--903", directory, "--year", "2025", "--today", "2025-06-01", "--format",
        format,
      ])
      #expect(outcome.exitCode == 0)
      #expect(
        outcome.standardOutput.contains(
          "SSDA903 review timeliness not computed: no Reviews table was read"), "\(format)")
    }
  }
}
