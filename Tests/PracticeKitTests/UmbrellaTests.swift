// Imports only the umbrella: a broken re-export fails here (the swift-collections
// CollectionsModuleTests pattern).
import PracticeKit
import Testing

@Suite("PracticeKit umbrella")
struct UmbrellaTests {
  @Test("the standard registry lists every built-in domain in order")
  func standard() {
    let registry = PracticeRegistry.standard
    #expect(registry.domains.map(\.id) == ["core", "law", "education", "audit", "telecare"])
    #expect(registry.calendar("england-and-wales") != nil)
    #expect(!registry.sources.isEmpty)
  }

  @Test("each module's types are reachable through the umbrella")
  func reExports() throws {
    #expect(LawDomain().id == "law")
    #expect(EducationDomain().id == "education")
    #expect(AuditDomain().id == "audit")
    #expect(TelecareDomain().id == "telecare")
    let day = try CalendarDay(iso8601: "2026-12-24")
    #expect(
      try WorkingCalendar.englandAndWales.adding(workingDays: 1, to: day).description
        == "2026-12-29")
  }

  @Test("registries are built and queried from many tasks at once with identical answers")
  func concurrent() async {
    struct Answer: Hashable, Sendable {
      var facts: Int
      var sources: Int
      var unverified: [String]
      var catalogues: [String]
      var timescales: [String]
    }
    @Sendable func answer(_ registry: PracticeRegistry) -> Answer {
      Answer(
        facts: registry.facts.count, sources: registry.sources.count,
        unverified: registry.unverifiedFacts.map(\.id), catalogues: registry.catalogues.map(\.id),
        timescales: registry.timescales.map(\.id))
    }
    let answers = await withTaskGroup(of: Answer?.self) { group in
      for task in 0..<16 {
        group.addTask {
          // Half the tasks share the standard registry; half build their own.
          if task.isMultiple(of: 2) { return answer(.standard) }
          let built = try? PracticeRegistry([
            CoreDomain(), LawDomain(), EducationDomain(), AuditDomain(), TelecareDomain(),
          ])
          return built.map(answer)
        }
      }
      var all: [Answer?] = []
      for await answer in group { all.append(answer) }
      return all
    }
    #expect(answers.count == 16)
    #expect(Set(answers).count == 1)
    #expect(answers.first??.catalogues.isEmpty == false)
  }
}
