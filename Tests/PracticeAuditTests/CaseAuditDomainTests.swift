import Testing

@testable import PracticeAudit

@Suite("Case-audit facts, pseudonymisation and concurrent use")
struct CaseAuditDomainTests {
  @Test("the domain's facts are unique and sourced; no case-audit fact is unverified")
  func facts() throws {
    let domain = AuditDomain()
    let ids = domain.facts.map(\.id)
    #expect(ids.count >= 12)
    #expect(Set(ids).count == ids.count)
    #expect(domain.facts.allSatisfy { !$0.provenance.sources.isEmpty })
    #expect(AuditDomain.caseAuditFacts.allSatisfy { $0.provenance.verification != .unverified })
    #expect(ids.contains("audit.ifss.standards"))
    #expect(ids.contains("audit.ilacs.careLeavers.2023-01-01"))
    let registry = try PracticeRegistry([domain])
    #expect(registry.facts.count == ids.count)
  }

  @Test("pseudonymising a cycle keeps re-audits matched and the measures unchanged")
  func pseudonymised() throws {
    let cycle = try AuditFixtures.cycle()
    let pseudonymiser = try Pseudonymiser(key: Array("a key of sixteen+ bytes".utf8))
    let shared = cycle.pseudonymised(with: pseudonymiser)
    let day = CalendarDay(2025, 9, 30)
    #expect(!shared.audits.contains { $0.caseReference == "C1" || $0.auditor == "A" })
    #expect(shared.audits[0].caseReference == pseudonymiser.pseudonym(for: "C1"))
    #expect(shared.audits[3].moderation?.moderator == pseudonymiser.pseudonym(for: "M"))
    #expect(shared.measures(asOf: day) == cycle.measures(asOf: day))
    #expect(shared.measures(by: .worker, asOf: day).count == 7)
  }

  @Test("one cycle shared by concurrent tasks gives the same results")
  func concurrent() async throws {
    let cycle = try AuditFixtures.cycle()
    let day = CalendarDay(2025, 9, 30)
    let expected = cycle.findings(asOf: day)
    let results = await withTaskGroup(of: [Finding].self) { group in
      for _ in 0..<8 { group.addTask { cycle.findings(asOf: day) } }
      var all: [[Finding]] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == expected })
  }
}
