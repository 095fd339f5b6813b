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
    #expect(registry.catalogue("education.routes")?.kind == .routes)
    #expect(registry.catalogue("education.workforce")?.entryCount == WorkforceStatistics.all.count)
  }

  @Test("fact ids are unique")
  func uniqueIDs() {
    let ids = EducationDomain().facts.map(\.id)
    #expect(
      Set(ids).count == ids.count,
      "\(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
  }

  @Test("every fact names at least one source")
  func everyFactSourced() {
    let unsourced = EducationDomain().facts.filter { $0.provenance.sources.isEmpty }.map(\.id)
    #expect(unsourced.isEmpty, "\(unsourced)")
  }

  @Test("the unverified facts include the §9 items shipped as unverified")
  func unverified() throws {
    let registry = try PracticeRegistry([EducationDomain()])
    let ids = Set(
      registry.unverifiedFacts.filter { $0.provenance.verification == .unverified }.map(\.id))
    #expect(ids.contains("education.workforce.2012.nmds-sc-dfe-december-2012"))
    #expect(ids.contains("education.route.approachSocialWork.2024.entry.1"))
    #expect(!ids.contains("education.framework.kss-practitioners"))
    #expect(ids.contains("education.framework.kss-2014.part3"))
    #expect(ids.contains("education.framework.kss-practitioners.part2"))
    // Upgraded to secondary: GOV.UK's 2018 page names the statements post-qualifying
    // standards, but the 1 January 2018 start is a convention.
    #expect(ProfessionalFramework.kssPractitioners.provenance.verification == .secondary)
    #expect(ProfessionalFramework.kssSupervisorsAndLeaders.provenance.verification == .secondary)
    #expect(ProfessionalFramework.pcf2012.provenance.verification == .secondary)
    // Upgraded from unverified: the GSCC's own review gives its first day.
    #expect(Regulator.generalSocialCareCouncil.provenance.verification == .verified)
  }
}
