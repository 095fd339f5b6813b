import PracticeKit
import Testing

@Suite("Every fact sourced, tags that mean what they say")
struct ProvenanceCoverageTests {
  /// The domains whose facts this suite holds to a locator on every verified fact.
  static let located: Set<DomainID> = ["core", "law"]

  @Test("every core and law fact cites at least one source")
  func everyFactSourced() {
    let unsourced = PracticeRegistry.standard.domains
      .filter { Self.located.contains($0.id) }
      .flatMap(\.facts)
      .filter { $0.provenance.sources.isEmpty }
    #expect(unsourced.map(\.id) == [])
  }

  @Test("every verified core and law fact cites a source with the place it was read")
  func verifiedFactsLocated() {
    let facts = PracticeRegistry.standard.domains
      .filter { Self.located.contains($0.id) }
      .flatMap(\.facts)
    let verified = facts.filter { $0.provenance.verification == .verified }
    #expect(verified.count > 0)
    let unlocated = verified.filter { fact in
      !fact.provenance.sources.contains { ($0.locator ?? "").isEmpty == false }
    }
    #expect(unlocated.map(\.id) == [])
  }

  @Test("every unverified core and law fact says in its note why")
  func unverifiedFactsExplained() {
    let facts = PracticeRegistry.standard.domains
      .filter { Self.located.contains($0.id) }
      .flatMap(\.facts)
      .filter { $0.provenance.verification == .unverified }
    let unexplained = facts.filter { ($0.provenance.note ?? "").isEmpty }
    #expect(unexplained.map(\.id) == [])
  }
}
