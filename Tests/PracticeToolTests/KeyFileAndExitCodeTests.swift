import Foundation
import PracticeKit
import Testing

@testable import practice

@Suite("Key files and the exit-code rule")
struct KeyFileAndExitCodeTests {
  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: CalendarDay(2026, 11, 24))
  }

  @Test("exactly one final newline is dropped: echo and printf give the same key")
  func finalNewline() throws {
    let key = Array("0123456789abcdef0123".utf8)
    #expect(try ChildPseudonyms.key(fromFile: key + [10]) == key)
    #expect(try ChildPseudonyms.key(fromFile: key + [13, 10]) == key)
    #expect(try ChildPseudonyms.key(fromFile: key) == key)
    // Only one: a second newline is part of the key.
    #expect(try ChildPseudonyms.key(fromFile: key + [10, 10]) == key + [10])
  }

  @Test("a key of one repeated byte is refused; 15 bytes after the newline is too short")
  func weakKeys() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-keys-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let folder = directory + "/903"
    let generate = [
      "generate", "903", "--children", "30", "--seed", "1", "--year", "2025", folder,
    ]
    #expect(Self.run(generate).exitCode == 0)
    for (name, text, exit) in [
      ("repeated", String(repeating: "a", count: 32) + "\n", Int32(1)),
      ("short", "0123456789abcde\n", 1), ("good", "0123456789abcdef\n", 0),
    ] {
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
      let outcome = Self.run([
        "audit", "903", folder, "--year", "2025", "--cases", "--pseudonymise",
        directory + "/" + name,
      ])
      #expect(outcome.exitCode == exit, "\(name)")
      #expect(!outcome.standardError.contains("aaaa"))
    }
  }

  @Test("a key file others can read gives a warning on standard error, not a failure")
  func readableKey() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-keymode-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let folder = directory + "/903"
    #expect(
      Self.run(["generate", "903", "--children", "30", "--seed", "2", "--year", "2025", folder])
        .exitCode == 0)
    let key = directory + "/key"
    #expect(FileManager.default.createFile(atPath: key, contents: Data("0123456789abcdef".utf8)))
    let words = ["audit", "903", folder, "--year", "2025", "--cases", "--pseudonymise", key]
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
    let readable = Self.run(words)
    #expect(readable.exitCode == 0)
    #expect(readable.standardError.contains("can be read by other users"))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
    #expect(Self.run(words).standardError.isEmpty)
  }

  @Test("--year: a shape that cannot be read exits 2; a year that reads but cannot be used, 1")
  func yearExitCodes() {
    let census = ["audit", "cin", "/nonexistent.xml", "--year"]
    #expect(Self.run(census + ["twenty"]).exitCode == 2)
    #expect(Self.run(census + ["10000"]).exitCode == 1)
    #expect(Self.run(census + ["9999"]).exitCode == 1)
    #expect(Self.run(census + ["1899"]).exitCode == 1)
  }
}

@Suite("Writing the output")
struct StandardOutputTests {
  /// The built `practice` executable beside the test bundle.
  static var executable: URL? {
    let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [directory, directory.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("practice")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }

  @Test("a full standard output (/dev/full) exits 1 with a message, not 0")
  func fullDisk() throws {
    let executable = try #require(Self.executable)
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let errors = Pipe()
    let process = Process()
    process.executableURL = executable
    process.arguments = ["holidays"]
    process.standardOutput = full
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 1)
    #expect(message.contains("could not be written"))
  }
}

@Suite("report --out")
struct ReportOutTests {
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue)
  }

  @Test("new unsuppressed files are 0600, an existing file keeps its mode, links are refused")
  func safeOutput() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-out-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let report = ["report", "--children", "30", "--unsuppressed", "--out"]
    let fresh = directory + "/fresh.txt"
    let wrote = Practice.run(report + [fresh], today: CalendarDay(2026, 11, 24))
    #expect(wrote.exitCode == 0)
    #expect(wrote.standardOutput.hasPrefix("wrote the text report to \(fresh) ("))
    #expect(try Self.mode(fresh) == 0o600)
    let existing = directory + "/existing.txt"
    #expect(FileManager.default.createFile(atPath: existing, contents: Data("old".utf8)))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: existing)
    #expect(Practice.run(report + [existing], today: CalendarDay(2026, 11, 24)).exitCode == 0)
    #expect(try Self.mode(existing) == 0o640)
    #expect(try String(contentsOfFile: existing, encoding: .utf8).hasPrefix("Quality of practice"))
    let link = directory + "/link.txt"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fresh)
    let refused = Practice.run(report + [link], today: CalendarDay(2026, 11, 24))
    #expect(refused.exitCode == 1)
    #expect(refused.standardError.contains("not a regular file"))
  }
}

@Suite("Identifiers on a terminal")
struct TerminalSafeTests {
  @Test("control characters are shown escaped, other text as it is")
  func escaped() {
    #expect("A1\u{1B}[2J".terminalSafe == "A1\\u{1B}[2J")
    #expect("line\nbreak\u{7F}\u{9B}".terminalSafe == "line\\u{A}break\\u{7F}\\u{9B}")
    #expect("Zoë-7".terminalSafe == "Zoë-7")
  }
}
