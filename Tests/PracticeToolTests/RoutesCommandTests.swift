import PracticeKit
import Testing

@testable import practice

@Suite("practice routes")
struct RoutesCommandTests {
  static let today = CalendarDay(2026, 11, 24)

  static func run(_ words: [String]) -> Outcome {
    Practice.run(["routes"] + words, today: today)
  }

  static let example = [
    "--degree", "2:2", "--subject", "history", "--gcse-english", "5", "--experience-months", "8",
    "--year", "2026",
  ]

  @Test("the issue's example prints each route with its answer and reasons")
  func text() {
    let outcome = Self.run(Self.example)
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.isEmpty)
    #expect(
      outcome.standardOutput.hasPrefix("Routes into social work for a cohort starting in 2026\n"))
    #expect(
      outcome.standardOutput.contains(
        """
        Step Up to Social Work: depends on the partnership or provider
        --------------------------------------------------------------
          - GCSE maths at grade 4 (C) or above (some partnerships do not require it); not stated.
        """))
    #expect(outcome.standardOutput.contains("Approach Social Work: not eligible"))
  }

  @Test("--json gives the issue's shape: year, and per route id, name, eligibility, reasons")
  func json() {
    let outcome = Self.run(Self.example + ["--json"])
    #expect(outcome.exitCode == 0)
    let text = outcome.standardOutput
    #expect(text.contains("\"year\" : 2026"))
    #expect(text.contains("\"route\" : \"stepUpToSocialWork\""))
    #expect(text.contains("\"eligibility\" : \"dependsOnPartnership\""))
    #expect(text.contains("\"eligibility\" : \"notEligible\""))
    #expect(text.contains("\"reasons\" : ["))
    for id in RouteID.allCases { #expect(text.contains("\"route\" : \"\(id.rawValue)\"")) }
  }

  @Test("the year decides: Step Up in 2024 with maths 4 is eligible, in 2025 there is no cohort")
  func years() {
    let y2024 = Self.run([
      "--degree", "2:2", "--gcse-english", "4", "--gcse-maths", "4", "--experience-months", "6",
      "--year", "2024",
    ])
    #expect(y2024.standardOutput.contains("Step Up to Social Work: eligible"))
    let y2025 = Self.run(["--degree", "first", "--year", "2025"])
    #expect(y2025.standardOutput.contains("Step Up to Social Work: not eligible"))
    #expect(y2025.standardOutput.contains("every two years"))
  }

  @Test("the default year is today's")
  func defaultYear() {
    #expect(
      Self.run([]).standardOutput.hasPrefix(
        "Routes into social work for a cohort starting in 2026\n"))
  }

  @Test(
    "unknown values and options are usage errors (exit 2) that do not echo the value",
    arguments: [
      ["--degree", "2:3"], ["--gcse-english", "C"], ["--gcse-maths", "10"],
      ["--experience-months", "-1"], ["--year", "twenty"], ["--year", "1800"], ["--colour"],
      ["--subject", "history"], ["--predicted"], ["extra"],
    ])
  func usageErrors(words: [String]) {
    let outcome = Self.run(words)
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.hasPrefix("practice: "))
    #expect(!outcome.standardError.contains("twenty") && !outcome.standardError.contains("2:3"))
  }

  @Test("--help documents every option")
  func help() {
    let text = Self.run(["--help"]).standardOutput
    for option in [
      "--year", "--degree", "--predicted", "--subject", "--higher-degree", "--gcse-english",
      "--gcse-maths", "--experience-months", "--no-right-to-work", "--outside-england",
      "--registered", "--apprenticeship-offer", "--json",
    ] {
      #expect(text.contains(option), "\(option)")
    }
    #expect(Practice.run(["--help"], today: Self.today).standardOutput.contains("routes"))
  }

  @Test("the demo has an education and workforce section")
  func demo() {
    let outcome = Practice.run(["demo", "--today", "2026-11-24"], today: Self.today)
    #expect(outcome.standardOutput.contains("Education and workforce\n-----------------------\n"))
    #expect(outcome.standardOutput.contains("  - Regulator on the day: Social Work England"))
    #expect(outcome.standardOutput.contains("  Step Up to Social Work               eligible\n"))
    #expect(outcome.standardOutput.contains("vacancy rate 14.2%"))
    let json = Practice.run(["demo", "--today", "2026-11-24", "--json"], today: Self.today)
    #expect(json.standardOutput.contains("\"education\" : {"))
  }
}
