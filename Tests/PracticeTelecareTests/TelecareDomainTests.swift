import PracticeTelecare
import Testing

@Suite("Telecare domain")
struct TelecareDomainTests {
  @Test("is importable alone, re-exports PracticeCore and registers")
  func registers() throws {
    let domain = TelecareDomain()
    #expect(domain.id == "telecare")
    #expect(!domain.sources.isEmpty)
    // PracticeCore's types are visible through `import PracticeTelecare` alone.
    let registry = try PracticeRegistry([domain])
    #expect(registry.domain("telecare")?.title == "Telecare")
  }
}
