// Imports only the umbrella: a broken re-export fails here (the swift-collections
// CollectionsModuleTests pattern).
import PracticeKit
import Testing

@Suite("PracticeKit umbrella")
struct UmbrellaTests {
  @Test("the standard registry lists every built-in domain in order")
  func standard() {
    let registry = PracticeRegistry.standard
    #expect(
      registry.domains.map(\.id) == ["core", "law", "education", "audit", "telecare", "kit"])
    // The caseload reader's Annex A conventions are listed with every other fact.
    #expect(
      registry.facts.map(\.id).filter { $0.hasPrefix("kit.") }
        == ["kit.annexA.columns", "kit.annexA.lookedAfterReviews", "kit.annexA.visits"])
    #expect(registry.calendar("england-and-wales") != nil)
    #expect(!registry.sources.isEmpty)
  }

  @Test("one type and one extension member of each module are reachable through the umbrella")
  func reExports() throws {
    // PracticeCore: CalendarDay, and its extension's age rule.
    let birth = try CalendarDay(iso8601: "2008-02-29")
    #expect(birth.age(on: CalendarDay(2026, 3, 1)) == 18)
    #expect(
      try WorkingCalendar.englandAndWales.adding(workingDays: 1, to: CalendarDay(2026, 12, 24))
        == CalendarDay(2026, 12, 29))
    // PracticeLaw: LawDomain, and the event kinds it adds to PracticeCore's EventKind.
    #expect(LawDomain().id == "law")
    #expect(EventKind.referral.rawValue == "referral")
    // PracticeEducation: EducationDomain, and TrainingRoute's eligibility extension.
    #expect(EducationDomain().id == "education")
    let profile = ApplicantProfile(
      degree: .init(classification: .lowerSecond, subject: "history"), gcseEnglish: 5,
      gcseMaths: 4, experienceMonths: 8, hasRightToWork: true, livesInEngland: true)
    #expect(
      TrainingRoute.eligibility(of: profile, forIntakeYear: 2026).count == RouteID.allCases.count)
    // PracticeAudit: AuditDomain, and AuditFramework's ILACS extension.
    #expect(AuditDomain().id == "audit")
    #expect(!AuditFramework.ilacsAligned(on: CalendarDay(2026, 11, 24)).criteria.isEmpty)
    // PracticeTelecare: TelecareDomain, and DeviceCatalogue's standard catalogue.
    #expect(TelecareDomain().id == "telecare")
    #expect(!DeviceCatalogue.standard.devices.isEmpty)
    // PracticeKit itself: the composition.
    #expect(StatutoryTimeliness.lookedAfterReviews.id == "law.cpr2010.reg33.reviews")
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
            CaseloadDomain(),
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
