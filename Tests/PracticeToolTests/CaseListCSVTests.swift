// Foundation itself (not FoundationEssentials): JSONSerialization reads the JSON output back.
import Foundation
import PracticeKit
import Testing

@testable import practice

/// `--cases-csv FILE` on `audit 903` and `audit cin`: the case list a team filters in a
/// spreadsheet, the same rows as the JSON case list, private and formula-safe.
@Suite("practice audit: case lists as CSV")
struct CaseListCSVTests {
  static func run(_ words: [String]) -> Outcome { Audit903CommandTests.run(words) }

  /// The rows of a CSV file written by the command (no field in these lists holds a comma).
  static func rows(_ path: String) throws -> [[String]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
      .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
  }

  static func scratch() throws -> String {
    try Audit903CommandTests.folder([:])
  }

  @Test("audit 903: the CSV holds the JSON case list's rows, 0600, and the report says so")
  func ssda903() throws {
    let folder = try Self.scratch()
    let data = folder + "/return"
    #expect(
      Self.run([
        "generate", "903", "--children", "150", "--seed", "4", "--year", "2025", data,
      ]).exitCode == 0)
    let csv = folder + "/cases.csv"
    let text = Self.run(["audit", "903", data, "--year", "2025", "--cases-csv", csv])
    #expect(text.exitCode == 0)
    #expect(text.standardOutput.contains("wrote the case list ("))
    // The case list itself is not printed without --cases.
    #expect(!text.standardOutput.contains("Late or missing reviews"))
    var status = stat()
    #expect(stat(csv, &status) == 0 && status.st_mode & 0o777 == 0o600)
    let rows = try Self.rows(csv)
    #expect(rows.first == ["child", "review", "due", "held", "status"])
    let json = try Audit903CommandTests.json(
      Self.run(["audit", "903", data, "--year", "2025", "--cases", "--json"]))
    let listed = json["reviewFindings"] as? [[String: Any]] ?? []
    #expect(!listed.isEmpty)
    func field(_ item: [String: Any], _ key: String) -> String {
      if let text = item[key] as? String { return text }
      if let number = item[key] as? Int { return String(number) }
      return ""
    }
    let expected = listed.map { item in
      ["child", "review", "due", "held", "status"].map { field(item, $0) }
    }
    #expect(Array(rows.dropFirst()) == expected)
  }

  @Test("pseudonymised when asked: no identifier from the return in the file")
  func pseudonymised() throws {
    let folder = try Self.scratch()
    let data = folder + "/return"
    _ = Self.run(["generate", "903", "--children", "150", "--seed", "4", "--year", "2025", data])
    let key = folder + "/key"
    try Data("a private key of thirty-two bytes".utf8).write(to: URL(fileURLWithPath: key))
    chmod(key, 0o600)
    let plain = folder + "/plain.csv"
    let hidden = folder + "/hidden.csv"
    _ = Self.run(["audit", "903", data, "--year", "2025", "--cases-csv", plain])
    let outcome = Self.run([
      "audit", "903", data, "--year", "2025", "--cases-csv", hidden, "--pseudonymise", key,
    ])
    #expect(outcome.exitCode == 0)
    let plainRows = try Self.rows(plain).dropFirst()
    let identifiers = Set(plainRows.map { $0[0] })
    let pseudonyms = try Self.rows(hidden).dropFirst().map { $0[0] }
    #expect(!identifiers.isEmpty && pseudonyms.count == plainRows.count)
    #expect(pseudonyms.allSatisfy { !identifiers.contains($0) && $0.count == 64 })
  }

  @Test("audit cin: one row per late or missing item, with the census line")
  func census() throws {
    let folder = try Self.scratch()
    let file = folder + "/census.xml"
    #expect(
      Self.run([
        "generate", "cin", "--children", "200", "--seed", "5", "--year", "2025", file,
      ]).exitCode == 0)
    let csv = folder + "/cin.csv"
    let outcome = Self.run(["audit", "cin", file, "--year", "2025", "--cases-csv", csv, "--json"])
    #expect(outcome.exitCode == 0)
    let json = try Audit903CommandTests.json(outcome)
    #expect((json["caseListWritten"] as? String)?.contains(csv) == true)
    #expect(json["caseFindings"] == nil)
    let rows = try Self.rows(csv)
    #expect(
      rows.first == [
        "measure", "child", "episode", "item", "review", "due", "held", "status", "timescale",
        "line",
      ])
    let listed = try Audit903CommandTests.json(
      Self.run(["audit", "cin", file, "--year", "2025", "--cases", "--json"]))["caseFindings"]
    #expect(rows.count - 1 == (listed as? [Any])?.count)
    #expect(rows.count > 1)
  }

  @Test(
    "a symbolic link or a folder as the CSV target is refused (exit 1), naming the option's path")
  func refusedTargets() throws {
    let folder = try Self.scratch()
    let data = folder + "/return"
    _ = Self.run(["generate", "903", "--children", "40", "--seed", "4", "--year", "2025", data])
    let link = folder + "/link.csv"
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: folder + "/elsewhere.csv")
    for target in [link, folder] {
      let outcome = Self.run(["audit", "903", data, "--year", "2025", "--cases-csv", target])
      #expect(outcome.exitCode == 1)
      #expect(outcome.standardError.contains("is not a regular file"))
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere.csv"))
  }
}
