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

  @Test("the standard registry is safe to read from many tasks")
  func concurrent() async {
    let counts = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<16 { group.addTask { PracticeRegistry.standard.facts.count } }
      var all: [Int] = []
      for await count in group { all.append(count) }
      return all
    }
    #expect(Set(counts).count == 1)
  }
}
