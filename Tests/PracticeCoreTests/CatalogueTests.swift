import PracticeCore
import Testing

@Suite("Catalogues in the registry")
struct CatalogueTests {
  static let statute = Source(.statute, title: "Children Act 1989", locator: "s31")
  static let guidance = Source(.statutoryGuidance, title: "Working Together 2023")

  @Test("a catalogue counts its entries, keeps the weakest tag and each source once")
  func summary() {
    let catalogue = Catalogue(
      id: "test.codes", title: "Codes", kind: .codeList,
      entries: [
        Provenance(.verified, [Self.statute]),
        Provenance(.secondary, [Self.guidance, Self.statute]),
        Provenance(.verified, [Self.guidance]),
      ])
    #expect(catalogue.entryCount == 3)
    #expect(catalogue.verification == .secondary)
    #expect(catalogue.sources == [Self.statute, Self.guidance])
  }

  @Test("an empty catalogue claims nothing unverified and cites nothing")
  func empty() {
    let catalogue = Catalogue(id: "test.none", title: "None", kind: "custom", entries: [])
    #expect(catalogue.entryCount == 0)
    #expect(catalogue.verification == .verified)
    #expect(catalogue.sources.isEmpty)
    #expect(catalogue.kind.rawValue == "custom")
  }

  struct Pack: PracticeDomain {
    var id: DomainID
    var title = "Pack"
    var summary = "A third party's pack."
    var catalogues: [Catalogue]
  }

  @Test("the registry lists catalogues in registration order and finds one by id")
  func registry() throws {
    let first = Catalogue(
      id: "a.one", title: "One", kind: .routes, entries: [Provenance(.unverified, [])])
    let second = Catalogue(id: "b.two", title: "Two", kind: .devices, entries: [])
    let registry = try PracticeRegistry([
      Pack(id: "b", catalogues: [second]), Pack(id: "a", catalogues: [first]),
    ])
    #expect(registry.catalogues.map(\.id) == ["b.two", "a.one"])
    #expect(registry.catalogue("a.one")?.verification == .unverified)
    #expect(registry.catalogue("c.three") == nil)
    #expect(CoreDomain().catalogues.isEmpty)
  }
}
