import PracticeTelecare
import Testing

@Suite("Telecare domain and device catalogue")
struct TelecareDomainTests {
  @Test("is importable alone, re-exports PracticeCore and registers its facts")
  func registers() throws {
    let domain = TelecareDomain()
    #expect(domain.id == "telecare")
    let registry = try PracticeRegistry([domain])
    #expect(registry.domain("telecare")?.title == "Telecare")
    let ids = domain.facts.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.contains("telecare.question.consent"))
    #expect(ids.contains("telecare.qsf.call-answering"))
    #expect(ids.contains("telecare.device.gpsLocator"))
    #expect(domain.facts.allSatisfy { !$0.provenance.sources.isEmpty })
    #expect(domain.sources.contains { $0.kind == .seedDocument })
    // Assigned generations and the equipment reading (secondary: a quoted circular and council
    // practice) are listed among the facts not read in their primary text.
    #expect(registry.unverifiedFacts.map(\.id).contains("telecare.device.exitSensor.generation"))
    #expect(registry.unverifiedFacts.map(\.id).contains("telecare.charging.equipment-free"))
    let devices = registry.catalogue("telecare.devices")
    #expect(devices?.entryCount == DeviceCatalogue.standard.devices.count)
    #expect(devices?.verification == .unverified)  // assigned generations
    #expect(registry.catalogue("telecare.ethical-questions")?.entryCount == 12)
    #expect(registry.catalogue("telecare.ethical-questions")?.verification == .secondary)
  }

  @Test("the catalogue classifies devices on two axes and flags movement monitoring")
  func catalogue() throws {
    let catalogue = DeviceCatalogue.standard
    #expect(catalogue.device("pendant")?.trigger == .userTriggered)
    #expect(catalogue.device("pendant")?.generation?.value == .first)
    #expect(catalogue.device("pendant")?.isPassive == false)
    #expect(catalogue.device("activityMonitoring")?.alarmKind == .pattern)
    #expect(catalogue.device("activityMonitoring")?.generation?.value == .third)
    #expect(catalogue.device("videoContact")?.generation == nil)
    #expect(
      catalogue.devices.filter(\.monitorsMovement).map(\.id).sorted() == [
        "activityMonitoring", "exitSensor", "gpsLocator", "inactivitySensor",
      ])
    #expect(catalogue.device("gpsLocator")?.alerts.contains(.carer) == true)
    let own = DeviceType(
      id: "bedRail", name: "Bed rail alarm", purpose: "Alerts when a rail is lowered.",
      trigger: .automatic, alarmKind: .event, generation: nil, monitorsMovement: true,
      collects: ["rail lowered"], alerts: [.carer],
      provenance: Provenance(.unverified, [Source(.guidance, title: "A council's own list")]))
    #expect(try catalogue.adding(own).device("bedRail")?.name == "Bed rail alarm")
    #expect(throws: DeviceCatalogue.CatalogueError.duplicateDevice("pendant")) {
      try catalogue.adding(catalogue.devices[1])
    }
  }
}
