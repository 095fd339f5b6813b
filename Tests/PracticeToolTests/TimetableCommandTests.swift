import PracticeKit
import Testing

@testable import practice

@Suite("practice timetable")
struct TimetableCommandTests {
  static let today = CalendarDay(2026, 11, 22)

  /// Runs the tool on `words`, already split (a reason may contain spaces).
  static func run(_ words: [String]) -> Outcome {
    Practice.run(words, today: today)
  }

  static func run(_ words: String) -> Outcome {
    run(words.split(separator: " ").map(String.init))
  }

  @Test("the 26-week limit is issue + 181 days")
  func limit() {
    let outcome = Self.run("timetable --issued 2025-01-06 --on 2025-03-01")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    #expect(outcome.standardOutput.contains("Care proceedings issued 2025-01-06 (Monday)"))
    #expect(outcome.standardOutput.contains("26-week limit: 2025-07-06"))
    #expect(outcome.standardOutput.contains("issue + 181 days"))
    #expect(outcome.standardOutput.contains("Case Management Hearing"))
    #expect(outcome.standardOutput.contains("Week 8 of 26, 127 days remaining"))
    let json = Self.run("timetable --issued 2025-01-06 --json").standardOutput
    #expect(json.contains("\"schemaVersion\" : 1"))
    #expect(json.contains("\"statutoryLimit\" : \"2025-07-06\""))
    #expect(json.contains("\"finalDeadline\" : \"2025-07-06\""))
    #expect(json.contains("\"id\" : \"cmh\""))
    #expect(json.contains("\"verification\" : \"verified\""))
  }

  @Test("an extension granted before the limit runs 8 weeks from the limit")
  func extensionBeforeLimit() {
    let words = [
      "timetable", "--issued", "2025-01-06", "--extension", "2025-06-30:8:expert report",
      "--on", "2025-07-01",
    ]
    let text = Self.run(words)
    #expect(text.exitCode == 0)
    #expect(text.standardOutput.contains("Extension 1: granted 2025-06-30, 8 weeks"))
    #expect(text.standardOutput.contains("new end 2025-08-31"))
    #expect(text.standardOutput.contains("Final deadline: 2025-08-31"))
    let json = Self.run(words + ["--json"]).standardOutput
    #expect(json.contains("\"finalDeadline\" : \"2025-08-31\""))
    #expect(json.contains("\"reason\" : \"expert report\""))
    #expect(json.contains("\"end\" : \"2025-08-31\""))
    #expect(!json.contains("law.s32.extension-without-reason"))
  }

  @Test("an extension granted after the limit runs from the grant, and is a finding")
  func extensionAfterExpiry() {
    let outcome = Self.run(
      "timetable --issued 2025-01-06 --extension 2025-07-20:4 --on 2025-07-21 --json")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("\"finalDeadline\" : \"2025-08-17\""))
    #expect(outcome.standardOutput.contains("\"code\" : \"law.s32.extension-after-expiry\""))
    #expect(outcome.standardOutput.contains("\"reason\" : null"))
    let text = Self.run("timetable --issued 2025-01-06 --extension=2025-07-20:4 --on 2025-07-21")
    #expect(text.standardOutput.contains("was granted after the period it"))
    #expect(!text.standardOutput.contains("law.s32"))
  }

  @Test("extensions may repeat")
  func repeatedExtensions() {
    let outcome = Self.run(
      "timetable --issued 2025-01-06 --extension 2025-06-30:8:a --extension 2025-08-25:4:b "
        + "--on 2025-09-01 --json")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("\"finalDeadline\" : \"2025-09-28\""))
    #expect(outcome.standardOutput.contains("law.s32.extensions-accumulating"))
  }

  @Test("before 22 April 2014 there is no limit")
  func noLimit() {
    let json = Self.run("timetable --issued 2014-04-21 --on 2014-05-01 --json").standardOutput
    #expect(json.contains("\"statutoryLimit\" : null"))
    #expect(json.contains("\"finalDeadline\" : null"))
    #expect(json.contains("\"daysRemaining\" : null"))
    #expect(json.contains("\"code\" : \"law.s32.no-limit\""))
    let text = Self.run("timetable --issued 2014-04-21 --on 2014-05-01").standardOutput
    #expect(text.contains("26-week limit: none"))
    #expect(text.contains("Issued before 22 April 2014: no 26-week limit applies"))
    // The next day the limit applies.
    let next = Self.run("timetable --issued 2014-04-22 --json").standardOutput
    #expect(next.contains("\"statutoryLimit\" : \"2014-10-20\""))
  }

  @Test("after the final deadline the proceedings are overdue")
  func overdue() {
    let text = Self.run("timetable --issued 2025-01-06 --on 2025-07-07")
    #expect(
      text.standardOutput.contains(
        "  - Not disposed of within the period allowed under s32 (26 weeks and any extensions).\n"
          + "    Severity: breach\n    Due: 2025-07-06\n"))
    #expect(text.standardOutput.contains("Week 27 of 26, 1 day past the final deadline"))
    let onTheDay = Self.run("timetable --issued 2025-01-06 --on 2025-07-06 --json")
    #expect(!onTheDay.standardOutput.contains("law.s32.overdue"))
    #expect(onTheDay.standardOutput.contains("\"daysRemaining\" : 0"))
  }

  @Test("--on defaults to today; --held and --plo-days")
  func options() {
    let json = Self.run("timetable --issued 2026-11-02 --json").standardOutput
    #expect(json.contains("\"day\" : \"2026-11-22\""))
    #expect(json.contains("\"week\" : 3"))
    let held = Self.run("timetable --issued 2025-01-06 --held cmh:2025-01-28 --json")
    #expect(held.standardOutput.contains("\"day\" : \"2025-01-28\""))
    let calendar = Self.run("timetable --issued 2025-01-06 --plo-days calendar --json")
    #expect(calendar.exitCode == 0)
    #expect(calendar.standardOutput.contains("\"ploDays\" : \"calendar\""))
  }

  @Test(
    "usage errors exit 2",
    arguments: [
      "timetable",
      "timetable --issued",
      "timetable --issued 2025-01-06 --extension 2025-06-30",
      "timetable --issued 2025-01-06 --extension 2025-06-30:eight",
      "timetable --issued 2025-01-06 --plo-days weekly",
      "timetable --issued 2025-01-06 --held cmh",
      "timetable --issued 2025-01-06 --frobnicate",
      "timetable --issued 2025-01-06 extra",
    ])
  func usageErrors(words: String) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("practice: "))
  }

  @Test(
    "data errors exit 1, name the option and never echo the value",
    arguments: [
      ("timetable --issued 2025-02-30", "--issued"),
      ("timetable --issued 2025-01-06 --on 2025-13-01", "--on"),
      ("timetable --issued 2025-01-06 --extension 2025-06-31:8", "--extension"),
      ("timetable --issued 2025-01-06 --extension 2025-06-30:9", "extension 1 must be 1 to 8"),
      ("timetable --issued 2025-01-06 --extension 2024-12-31:2", "before the application"),
      ("timetable --issued 2014-04-21 --extension 2014-06-30:2", "no 26-week limit"),
    ])
  func dataErrors(words: String, message: String) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardError.contains(message))
    for value in ["2025-02-30", "2025-13-01", "2025-06-31", "2025-06-30", "2024-12-31"] {
      #expect(!outcome.standardError.contains(value))
    }
  }

  @Test("help")
  func help() {
    let outcome = Self.run("timetable --help")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.hasPrefix("Usage: practice timetable --issued DATE"))
    #expect(Self.run("--help").standardOutput.contains("timetable  the care proceedings"))
  }

  @Test("the demo has a care proceedings section")
  func demo() {
    let text = Self.run("demo --today 2026-11-22").standardOutput
    #expect(text.contains("Care proceedings (Children Act 1989 s32, Public Law Outline 2014)\n---"))
    #expect(text.contains("A sample application issued 2026-08-30, 12 weeks before 2026-11-22"))
    #expect(text.contains("26-week limit: 2027-02-27"))
    #expect(text.contains("On 2026-11-22: week 13 of 26, 97 days remaining"))
    #expect(text.contains("Next PLO stage: "))
    #expect(text.contains("Statutory timescales: "))
    #expect(text.contains("PracticeKit demo for 2026-11-22 (Sunday)"))
    let json = Self.run("demo --today 2026-11-22 --json").standardOutput
    #expect(json.contains("\"careProceedings\" : {"))
    #expect(json.contains("\"statutoryLimit\" : \"2027-02-27\""))
    #expect(json.contains("\"statutoryTimescales\" : {"))
    #expect(Self.run("demo --today 2026-11-22").standardOutput == text)
  }
}

@Suite("Arguments: repeatable options")
struct RepeatableArgumentTests {
  @Test("a repeatable option keeps every value in order")
  func repeatable() throws {
    let arguments = try Arguments(
      ["--x", "1", "--x=2", "--y", "3"], valued: ["--y"], repeatable: ["--x"])
    #expect(arguments.repeated["--x"] == ["1", "2"])
    #expect(arguments.values["--y"] == "3")
    #expect(arguments.repeated["--y"] == nil)
  }

  @Test("a repeatable option still needs a value")
  func needsValue() {
    #expect(throws: CommandError.self) { try Arguments(["--x"], repeatable: ["--x"]) }
  }
}
