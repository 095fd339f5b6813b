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

  @Test("--facts lists every fact of the registry, V included, weakest tag first")
  func everyFact() throws {
    let outcome = Self.run("sources --facts")
    #expect(outcome.exitCode == 0)
    let facts = PracticeRegistry.standard.facts
    let verified = facts.count { $0.provenance.verification == .verified }
    let unverified = facts.count { $0.provenance.verification == .unverified }
    #expect(
      outcome.standardOutput.hasPrefix(
        "\(facts.count) facts (V verified: \(verified); S secondary: "
          + "\(facts.count - verified - unverified); U unverified: \(unverified))."))
    let tags = outcome.standardOutput.split(separator: "\n").compactMap { line in
      line.hasPrefix("[") ? line.dropFirst().prefix(1) : nil
    }
    #expect(tags.count == facts.count)
    #expect(tags.count { $0 == "V" } == verified)
    let lastSecondary = try #require(tags.lastIndex(of: "S"))
    let firstVerified = try #require(tags.firstIndex(of: "V"))
    #expect(lastSecondary < firstVerified)
  }

  @Test("--tag V --domain law: only the law domain's verified facts")
  func verifiedLaw() {
    let outcome = Self.run("sources --tag V --domain law")
    #expect(outcome.exitCode == 0)
    let verified = LawDomain().facts.filter { $0.provenance.verification == .verified }
    let lines = outcome.standardOutput.split(separator: "\n").filter { $0.hasPrefix("[") }
    #expect(lines.count == verified.count)
    #expect(lines.allSatisfy { $0.hasPrefix("[V] law.") && $0.contains(" (law): ") })
    #expect(
      outcome.standardOutput.hasPrefix("\(verified.count) facts (V verified: \(verified.count); "))
  }

  @Test("--tag accepts letters and names, comma-separated or repeated, in any case")
  func tagSpellings() {
    let letters = Self.run("sources --tag u,s --domain core --json")
    let names = Self.run("sources --tag unverified --tag Secondary --domain core --json")
    let unverified = Self.run("sources --unverified --domain core --json")
    #expect(letters.exitCode == 0)
    #expect(letters.standardOutput == names.standardOutput)
    #expect(letters.standardOutput == unverified.standardOutput)
    #expect(!letters.standardOutput.contains("\"tag\" : \"V\""))
  }

  @Test("--tag --json: counts by tag and one object per fact")
  func verifiedJSON() {
    let outcome = Self.run("sources --tag V --domain core --json")
    #expect(outcome.exitCode == 0)
    let verified = CoreDomain().facts.count { $0.provenance.verification == .verified }
    #expect(outcome.standardOutput.contains("\"verified\" : \(verified)"))
    #expect(outcome.standardOutput.contains("\"unverified\" : 0"))
    #expect(outcome.standardOutput.contains("\"tag\" : \"V\""))
    #expect(!outcome.standardOutput.contains("\"tag\" : \"S\""))
  }

  @Test("a tag that is not V, S or U, or --tag with --unverified, is a usage error")
  func badTag() {
    let unknown = Self.run("sources --tag X")
    #expect(unknown.exitCode == 2)
    #expect(unknown.standardError.contains("--tag must be V, S or U"))
    let both = Self.run("sources --tag V --unverified")
    #expect(both.exitCode == 2)
    #expect(both.standardError.contains("cannot be combined"))
  }

  @Test("--help describes --facts and --tag")
  func help() {
    let outcome = Self.run("sources --help")
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("--tag TAGS"))
    #expect(outcome.standardOutput.contains("--facts"))
  }

  @Test("an unknown domain is a usage error naming the known ones")
  func unknownDomain() {
    let outcome = Self.run("sources --domain wales")
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardError.contains("core, law, education, audit, telecare, kit"))
  }
}
