import PracticeAudit
import Testing

@Suite("Audit domain")
struct AuditDomainTests {
  @Test("is importable alone, re-exports PracticeCore and registers")
  func registers() throws {
    let domain = AuditDomain()
    #expect(domain.id == "audit")
    #expect(!domain.sources.isEmpty)
    // PracticeCore's types are visible through `import PracticeAudit` alone.
    let registry = try PracticeRegistry([domain])
    #expect(registry.domain("audit")?.title == "Audit")
  }
}
