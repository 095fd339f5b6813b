import PracticeKit
import Testing

@testable import practice

@Suite("practice sources")
struct SourcesCommandTests {
  static func run(_ words: String) -> Outcome {
    Practice.run(words.split(separator: " ").map(String.init), today: CalendarDay(2026, 11, 24))
  }

  @Test("one domain: its counts by tag, catalogues and sources")
  func domain() {
    let outcome = Self.run("sources --domain law")
    #expect(outcome.exitCode == 0)
    let law = LawDomain()
    let verified = law.facts.count { $0.provenance.verification == .verified }
    #expect(outcome.standardOutput.hasPrefix("Law (law): "))
    #expect(outcome.standardOutput.contains("facts: \(law.facts.count): V \(verified), "))
    #expect(
      outcome.standardOutput.contains(
        "catalogue law.provisions: Provisions of statutes and regulations (time-versioned) — "
          + "\(ProvisionCatalogue.all.count) entries"))
    #expect(!outcome.standardOutput.contains("Core (core)"))
  }

  @Test("--unverified lists every fact not verified, U before S, and counts them")
  func unverified() throws {
    let outcome = Self.run("sources --unverified")
    #expect(outcome.exitCode == 0)
    let expected = PracticeRegistry.standard.unverifiedFacts
    let unverified = expected.count { $0.provenance.verification == .unverified }
    #expect(
      outcome.standardOutput.hasPrefix(
        "\(expected.count) facts are not verified against their primary source "
          + "(U unverified: \(unverified); S secondary: \(expected.count - unverified))."))
    let tags = outcome.standardOutput.split(separator: "\n").compactMap { line in
      line.hasPrefix("[") ? line.dropFirst().prefix(1) : nil
    }
    #expect(tags.count == expected.count)
    let lastUnverified = try #require(tags.lastIndex(of: "U"))
    let firstSecondary = try #require(tags.firstIndex(of: "S"))
    #expect(lastUnverified < firstSecondary)
  }

  @Test("--unverified --json: the counts and one object per fact")
  func unverifiedJSON() {
    let outcome = Self.run("sources --unverified --domain core --json")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("\"id\" : \"core.age.leap-day\""))
    #expect(outcome.standardOutput.contains("\"tag\" : \"U\""))
    #expect(outcome.standardOutput.contains("\"schemaVersion\" : 1"))
    #expect(!outcome.standardOutput.contains("\"domain\" : \"law\""))
  }

  @Test("an unknown domain is a usage error naming the known ones")
  func unknownDomain() {
    let outcome = Self.run("sources --domain wales")
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardError.contains("core, law, education, audit, telecare"))
  }
}
