import PracticeLaw
import Testing

@Suite("Law domain")
struct LawDomainTests {
  @Test("is importable alone, re-exports PracticeCore and registers")
  func registers() throws {
    let domain = LawDomain()
    #expect(domain.id == "law")
    #expect(!domain.sources.isEmpty)
    // PracticeCore's types are visible through `import PracticeLaw` alone.
    let registry = try PracticeRegistry([domain])
    #expect(registry.domain("law")?.title == "Law")
  }
}
