import PracticeKit
import Testing

@testable import practice

@Suite("The practice tool")
struct PracticeToolTests {
  static let today = CalendarDay(2026, 11, 22)

  static func run(_ words: String) -> Outcome {
    Practice.run(words.split(separator: " ").map(String.init), today: today)
  }

  @Test("no arguments prints the combined report on the synthetic authority")
  func noArguments() {
    let outcome = Self.run("")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    #expect(
      outcome.standardOutput.hasPrefix("Quality of practice: a synthetic local authority\n"))
    #expect(outcome.standardOutput == Self.run("report").standardOutput)
  }

  @Test("the demo: a tour of the day's facts")
  func demo() {
    let outcome = Self.run("demo")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    #expect(outcome.standardOutput.contains("PracticeKit demo for 2026-11-22 (Sunday)"))
    #expect(
      outcome.standardOutput.contains("  2026-12-28  Monday    Boxing Day (substitute day)  V\n"))
    #expect(
      outcome.standardOutput.contains(
        "  The 20th working day after 2026-11-22  2026-12-18 (Friday)"))
    #expect(outcome.standardOutput.contains("  In 2026                                253\n"))
    #expect(
      outcome.standardOutput.contains(
        "  England and Wales  8\n  Scotland           10\n  Northern Ireland   10\n"))
    #expect(!outcome.standardOutput.contains("england-and-wales"))
  }

  @Test("the demo as of another day, and as JSON")
  func demoOptions() {
    let outcome = Self.run("demo --today 2022-06-01 --json")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("\"twentyWorkingDaysLater\" : \"2022-07-01\""))
    #expect(outcome.standardOutput.contains("\"schemaVersion\" : 1"))
  }

  @Test("holidays: one line per holiday, ascending")
  func holidays() {
    let outcome = Self.run("holidays --from 2022 --to 2022")
    #expect(outcome.exitCode == 0)
    #expect(
      outcome.standardOutput == """
        2022-01-03\tNew Year's Day (substitute day)
        2022-04-15\tGood Friday
        2022-04-18\tEaster Monday
        2022-05-02\tEarly May bank holiday
        2022-06-02\tSpring bank holiday
        2022-06-03\tPlatinum Jubilee bank holiday
        2022-08-29\tSummer bank holiday
        2022-09-19\tBank Holiday for the State Funeral of Queen Elizabeth II
        2022-12-26\tBoxing Day
        2022-12-27\tChristmas Day (substitute day)

        """)
  }

  @Test("holidays defaults to this year; regions; JSON")
  func holidayOptions() {
    #expect(Self.run("holidays").standardOutput.hasPrefix("2026-01-01\tNew Year's Day\n"))
    #expect(Self.run("holidays --region=scotland").standardOutput.contains("2026-06-15\t"))
    let ni = Self.run("holidays --region northern-ireland --from 2025")
    #expect(
      ni.standardOutput.contains(
        "2025-07-14\tBattle of the Boyne (Orangemen's Day) (substitute day)"))
    let json = Self.run("holidays --from 2020 --json").standardOutput
    #expect(json.contains("\"date\" : \"2020-05-08\""))
    #expect(json.contains("\"kind\" : \"moved\""))
  }

  @Test(
    "workdays add and between agree",
    arguments: [
      ("2022-12-23", 1, "2022-12-28"), ("2024-02-28", 2, "2024-03-01"),
      ("2025-12-31", 1, "2026-01-02"), ("2026-01-02", -1, "2025-12-31"),
      ("2026-11-22", 0, "2026-11-22"),
    ])
  func workdays(start: String, n: Int, expected: String) {
    let added = Self.run("workdays add \(start) \(n)")
    #expect(added == Outcome(standardOutput: expected + "\n"))
    if n >= 0 {
      #expect(Self.run("workdays between \(start) \(expected)").standardOutput == "\(n)\n")
    }
  }

  @Test("workdays between is negative backwards, and JSON states the convention")
  func between() {
    #expect(Self.run("workdays between 2026-01-02 2025-12-31").standardOutput == "-1\n")
    let json = Self.run("workdays between 2025-12-24 2026-01-05 --json").standardOutput
    #expect(json.contains("\"workingDays\" : 5"))
    #expect(json.contains("from < d <= to"))
    #expect(
      Self.run("workdays add 2026-06-12 1 --region scotland").standardOutput == "2026-06-16\n")
  }

  @Test(
    "usage errors exit 2, bad data exits 1, both on standard error",
    arguments: [
      ("frobnicate", Int32(2)), ("--verbose", 2), ("holidays --region wales", 2),
      ("holidays --from", 2), ("holidays --from 20x6", 2), ("holidays --from 2027 --to 2026", 2),
      ("holidays extra", 2), ("holidays --json=yes", 2), ("workdays", 2),
      ("workdays add 2026-01-01", 2),
      ("workdays add 2026-01-01 x", 2), ("workdays subtract 2026-01-01 1", 2),
      ("holidays --from 1950", 1), ("workdays add 2026-02-30 1", 1),
      ("workdays add 2199-12-31 5", 1), ("workdays between 1900-01-01 2026-01-01", 1),
      ("demo --today 31/12/2026", 1),
    ])
  func errors(words: String, code: Int32) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == code)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("practice: "))
  }

  @Test("errors name the argument, not its value")
  func errorsDoNotEcho() {
    let outcome = Self.run("workdays add 2026-02-30 1")
    #expect(outcome.standardError.contains("DATE"))
    #expect(!outcome.standardError.contains("2026-02-30"))
  }

  @Test("--help everywhere; -- ends options")
  func help() {
    for words in [
      "--help", "help", "holidays --help", "workdays --help", "workdays add -h", "demo --help",
    ] {
      let outcome = Self.run(words)
      #expect(outcome.exitCode == 0)
      #expect(outcome.standardOutput.hasPrefix("Usage: practice"))
    }
    #expect(Self.run("workdays add -- 2026-01-02 -1").standardOutput == "2025-12-31\n")
  }
}
