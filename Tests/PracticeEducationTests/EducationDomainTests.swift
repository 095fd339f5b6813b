import PracticeEducation
import Testing

@Suite("Education domain")
struct EducationDomainTests {
  @Test("is importable alone, re-exports PracticeCore and registers")
  func registers() throws {
    let domain = EducationDomain()
    #expect(domain.id == "education")
    #expect(!domain.sources.isEmpty)
    // PracticeCore's types are visible through `import PracticeEducation` alone.
    let registry = try PracticeRegistry([domain])
    #expect(registry.domain("education")?.title == "Education")
  }
}
