import PracticeKit
import Testing

@testable import practice

@Suite("practice sources")
struct SourcesCommandTests {
  static func run(_ words: String) -> Outcome {
    Practice.run(words.split(separator: " ").map(String.init), today: CalendarDay(2026, 11, 24))
  }

  /// The tag of each fact listed, in order, read from the CSV format's Tag cells.
  static func tags(_ outcome: Outcome) -> [Substring] {
    outcome.standardOutput.split(separator: "\n").compactMap { line in
      line.hasSuffix(",Tag,U") || line.hasSuffix(",Tag,S") || line.hasSuffix(",Tag,V")
        ? line.suffix(1) : nil
    }
  }

  @Test("one domain: its counts by tag, catalogues and sources")
  func domain() {
    let outcome = Self.run("sources --domain law")
    #expect(outcome.exitCode == 0)
    let law = LawDomain()
    let verified = law.facts.count { $0.provenance.verification == .verified }
    #expect(outcome.standardOutput.contains("\nLaw (law)\n---------\n"))
    #expect(outcome.standardOutput.contains("  Facts           \(law.facts.count)\n"))
    #expect(outcome.standardOutput.contains("  Verified (V)    \(verified)\n"))
    #expect(
      outcome.standardOutput.contains(
        "  - law.provisions\n    Title: Provisions of statutes and regulations (time-versioned)\n"
          + "    Entries: \(ProvisionCatalogue.all.count)\n"))
    #expect(!outcome.standardOutput.contains("Core (core)"))
  }

  @Test("--unverified lists every fact not verified, U before S, and counts them")
  func unverified() throws {
    let outcome = Self.run("sources --unverified")
    #expect(outcome.exitCode == 0)
    let expected = PracticeRegistry.standard.unverifiedFacts
    let unverified = expected.count { $0.provenance.verification == .unverified }
    #expect(
      outcome.standardOutput.contains(
        "\(expected.count) facts are not verified against their primary source "
          + "(U unverified: \(unverified); S secondary: \(expected.count - unverified))."))
    let tags = Self.tags(Self.run("sources --unverified --format csv"))
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
      outcome.standardOutput.contains(
        "\(facts.count) facts (V verified: \(verified); S secondary: "
          + "\(facts.count - verified - unverified); U unverified: \(unverified))."))
    let tags = Self.tags(Self.run("sources --facts --format csv"))
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
    let csv = Self.run("sources --tag V --domain law --format csv").standardOutput
    let identifiers = csv.split(separator: "\n").filter { $0.contains(",Identifier,") }
    #expect(identifiers.count == verified.count)
    #expect(identifiers.allSatisfy { $0.contains(",Identifier,law.") })
    #expect(
      Self.tags(Self.run("sources --tag V --domain law --format csv")).allSatisfy { $0 == "V" })
    #expect(
      outcome.standardOutput.contains("\(verified.count) facts (V verified: \(verified.count); "))
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
