/// An extensible list of ``DeviceType``s, looked up by id.
///
/// ``standard`` holds the device types of the telecare research notes (§4.2). A local authority
/// adds its own with ``adding(_:)``; ids must be unique.
public struct DeviceCatalogue: Sendable, Hashable {
  /// The device types, in the order given.
  public let devices: [DeviceType]

  /// Why a catalogue cannot be built.
  public enum CatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two device types share an id.
    case duplicateDevice(String)

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .duplicateDevice(let id): "two device types have the id \"\(id)\"; ids must be unique"
      }
    }
  }

  /// Creates a catalogue.
  /// - Throws: ``CatalogueError/duplicateDevice(_:)`` when two device types share an id.
  public init(_ devices: [DeviceType]) throws(CatalogueError) {
    var seen = Set<String>()
    for device in devices where !seen.insert(device.id).inserted {
      throw .duplicateDevice(device.id)
    }
    self.devices = devices
  }

  /// The catalogue with `device` appended.
  /// - Throws: ``CatalogueError/duplicateDevice(_:)`` when its id is already listed.
  public func adding(_ device: DeviceType) throws(CatalogueError) -> DeviceCatalogue {
    try DeviceCatalogue(devices + [device])
  }

  /// The device type with `id`, if listed.
  public func device(_ id: String) -> DeviceType? { devices.first { $0.id == id } }

  /// Each device type as a fact, with its generation's provenance as a separate fact.
  public var facts: [Fact] {
    devices.flatMap { device in
      var facts = [
        Fact(
          id: "telecare.device.\(device.id)",
          statement: "\(device.name): \(device.purpose) Trigger: \(device.trigger.rawValue); "
            + "alarm: \(device.alarmKind.rawValue).",
          provenance: device.provenance)
      ]
      if let generation = device.generation {
        facts.append(
          Fact(
            id: "telecare.device.\(device.id).generation",
            statement: "\(device.name) is generation \(generation.value.rawValue) telecare.",
            provenance: generation.provenance))
      }
      return facts
    }
  }
}

extension DeviceCatalogue {
  /// The device types of the research notes (§4.2).
  public static let standard: DeviceCatalogue = builtIn("the standard device catalogue") {
    try DeviceCatalogue(standardDevices)
  }

  private static func generation(_ value: DeviceType.Generation, sourced: Bool) -> Sourced<
    DeviceType.Generation
  > {
    sourced
      ? Sourced(
        value,
        Provenance(
          .secondary, [.generationDefinitions],
          note: "The definitions name this kind of device, but they were read only in a copy on "
            + "a closed document-sharing site; the programme's own publication (and the Welsh "
            + "Assembly Government's 2005 guidelines) could not be reached."))
      : Sourced(
        value,
        Provenance(
          .unverified, [.generationDefinitions],
          note: "Assigned by this library, not stated by the source: the definitions, as far as "
            + "they could be read, name only smoke alarms and flood detectors as second "
            + "generation, which \"includes sensors which can monitor the home environment, vital "
            + "signs, physiological measures, and lifestyle\"; this device is not listed, and no "
            + "other source placing it in a generation was found."))
  }

  private static let standardDevices: [DeviceType] = {
    let manual = Provenance(.verified, [.kentEquipment])
    let sensors = Provenance(.verified, [.kentEquipment, .careInfoScotland])
    return [
      DeviceType(
        id: "baseUnit", name: "Base unit (lifeline)",
        purpose: "Dials the monitoring centre, gives two-way speech and relays the sensors.",
        trigger: .userTriggered, alarmKind: .event, generation: generation(.first, sourced: true),
        monitorsMovement: false, collects: ["alarm calls", "voice during a call"],
        alerts: [.monitoringCentre], provenance: manual),
      DeviceType(
        id: "pendant", name: "Pendant / wrist alarm",
        purpose: "Pressed to call the monitoring centre.", trigger: .userTriggered,
        alarmKind: .event, generation: generation(.first, sourced: true), monitorsMovement: false,
        collects: ["button presses"], alerts: [.monitoringCentre], provenance: manual),
      DeviceType(
        id: "pullCord", name: "Pull cord",
        purpose: "A single pull raises the alarm, for the bath or shower.",
        trigger: .userTriggered, alarmKind: .event, generation: generation(.first, sourced: true),
        monitorsMovement: false, collects: ["pulls"], alerts: [.monitoringCentre],
        provenance: manual),
      DeviceType(
        id: "bogusCallerButton", name: "Bogus caller button",
        purpose: "By the door; summons help about unwanted callers.", trigger: .userTriggered,
        alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: false, collects: ["button presses"], alerts: [.monitoringCentre],
        provenance: manual),
      DeviceType(
        id: "fallDetector", name: "Fall detector (worn)",
        purpose: "Detects a change of angle or a sudden jolt and raises an alarm; can be pressed.",
        trigger: .both, alarmKind: .event, generation: generation(.second, sourced: true),
        monitorsMovement: false, collects: ["falls detected", "button presses"],
        alerts: [.monitoringCentre], provenance: manual),
      DeviceType(
        id: "smokeDetector", name: "Smoke detector (linked)",
        purpose: "Sounds locally and calls the monitoring centre.", trigger: .automatic,
        alarmKind: .event, generation: generation(.second, sourced: true),
        monitorsMovement: false, collects: ["smoke alarms"], alerts: [.monitoringCentre],
        provenance: sensors),
      DeviceType(
        id: "heatSensor", name: "Heat / temperature-extremes sensor",
        purpose: "Alerts on high heat (near a cooker) or a dangerously low room temperature.",
        trigger: .automatic, alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: false, collects: ["room temperature alarms"],
        alerts: [.monitoringCentre], provenance: sensors),
      DeviceType(
        id: "gasDetector", name: "Carbon monoxide / gas detector",
        purpose: "Detects carbon monoxide or gas; alerts and may shut the gas off.",
        trigger: .automatic, alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: false, collects: ["gas alarms"], alerts: [.monitoringCentre],
        provenance: sensors),
      DeviceType(
        id: "floodDetector", name: "Flood detector", purpose: "A floor sensor by a bath or sink.",
        trigger: .automatic, alarmKind: .event, generation: generation(.second, sourced: true),
        monitorsMovement: false, collects: ["flood alarms"], alerts: [.monitoringCentre],
        provenance: sensors),
      DeviceType(
        id: "occupancySensor", name: "Bed / chair occupancy sensor",
        purpose: "Alerts if the person does not return to bed or chair within a set time.",
        trigger: .automatic, alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: false, collects: ["times in and out of bed or chair"],
        alerts: [.monitoringCentre, .carer], provenance: sensors),
      DeviceType(
        id: "exitSensor", name: "Property exit / door sensor",
        purpose: "Detects leaving and not returning within set periods, or a door left open.",
        trigger: .automatic, alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: true, collects: ["door openings", "times of leaving and returning"],
        alerts: [.monitoringCentre, .carer], provenance: sensors),
      DeviceType(
        id: "inactivitySensor", name: "PIR movement / inactivity sensor",
        purpose: "Detects movement, or no movement for a set time.", trigger: .automatic,
        alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: true, collects: ["movement in rooms"], alerts: [.monitoringCentre],
        provenance: sensors),
      DeviceType(
        id: "activityMonitoring", name: "Activity / lifestyle monitoring system",
        purpose: "A sensor network builds a daily pattern and flags deviations.",
        trigger: .automatic, alarmKind: .pattern, generation: generation(.third, sourced: true),
        monitorsMovement: true, collects: ["movement, doors, bed and chair use over time"],
        alerts: [.monitoringCentre, .carer],
        provenance: Provenance(.verified, [.lifestyleMonitoring])),
      DeviceType(
        id: "medicationDispenser", name: "Medication reminder / dispenser",
        purpose: "Reminds at dose time; alerts if a dose is not taken.", trigger: .both,
        alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: false, collects: ["doses taken and missed"],
        alerts: [.person, .carer, .monitoringCentre],
        provenance: Provenance(
          .verified, [.careInfoScotland],
          note: "Reminder active, non-compliance alert passive: an analytic split.")),
      DeviceType(
        id: "gpsLocator", name: "GPS locator / wristband",
        purpose: "Locates the person outside the home; often an SOS button and a geofence.",
        trigger: .both, alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: true, collects: ["location", "SOS presses"],
        alerts: [.monitoringCentre, .carer], provenance: Provenance(.verified, [.careInfoScotland])
      ),
      DeviceType(
        id: "videoContact", name: "Video / audio contact",
        purpose: "Real-time audio-visual contact between the person and carers.",
        trigger: .userTriggered, alarmKind: .contact, generation: nil, monitorsMovement: false,
        collects: ["calls"], alerts: [.carer],
        provenance: Provenance(.verified, [.efortOslo])),
      DeviceType(
        id: "carerPager", name: "Carer's alert / home pager",
        purpose: "Routes a sensor's alert to a carer in the home rather than a centre.",
        trigger: .automatic, alarmKind: .event, generation: generation(.second, sourced: false),
        monitorsMovement: false, collects: ["alerts routed"], alerts: [.carer],
        provenance: Provenance(.verified, [.careInfoScotland])),
    ]
  }()
}
