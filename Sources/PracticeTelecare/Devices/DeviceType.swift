/// A kind of telecare device or system: what it does, how it is triggered, what it collects and
/// whom it alerts.
///
/// Two axes classify a device (telecare research notes §4.2): who triggers it (``Trigger``) and
/// what kind of alarm it raises (``AlarmKind``). The classic three ``Generation``s are attached
/// with their own provenance, because most per-device generations are assigned, not sourced.
public struct DeviceType: Sendable, Hashable, Codable, Identifiable {
  /// Who or what raises the alarm.
  public enum Trigger: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person presses, pulls or speaks ("manual trigger").
    case userTriggered
    /// The device raises the alarm itself ("environmental trigger", passive monitoring).
    case automatic
    /// Both: for example a fall detector that can also be pressed, or a GPS locator with an SOS
    /// button.
    case both
  }

  /// What kind of alarm the device raises.
  public enum AlarmKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An alarm for an event: a button press, smoke, a fall, a door opened at night.
    case event
    /// Pattern or lifestyle monitoring: a deviation from the person's usual activity.
    case pattern
    /// Real-time contact (audio or video), not an alarm.
    case contact
  }

  /// The classic three generations of telecare (Doughty and Cameron 1996; Welsh Assembly
  /// Government 2005). No fourth or fifth generation is encoded: later numberings conflict.
  public enum Generation: Int, Sendable, Hashable, Codable, CaseIterable {
    /// User-activated community alarms: pendant, pull cord, a key holder responds.
    case first = 1
    /// Sensors added to the alarm service: smoke, flood, falls, bed and door sensors.
    case second = 2
    /// Lifestyle monitoring: continuous sensor data analysed for changes in usual patterns.
    case third = 3
  }

  /// Who an alarm goes to.
  public enum Recipient: String, Sendable, Hashable, Codable, CaseIterable {
    /// A monitoring (call) centre.
    case monitoringCentre
    /// A carer, through a pager or app, usually in or near the home.
    case carer
    /// The person themselves (a prompt or local alert).
    case person
  }

  /// A stable identifier used in proposals, for example `pendant`.
  public var id: String
  /// A name for people, for example "Pendant / wrist alarm".
  public var name: String
  /// What it does.
  public var purpose: String
  /// Who triggers it.
  public var trigger: Trigger
  /// What kind of alarm it raises.
  public var alarmKind: AlarmKind
  /// Its generation, with the source (or the note that it is assigned); `nil` where the classic
  /// scheme does not apply.
  public var generation: Sourced<Generation>?
  /// Whether it monitors or restricts the person's movement (door and exit sensors, GPS): the
  /// Mental Capacity Act 2005 s6(4)(b) and deprivation-of-liberty questions apply.
  public var monitorsMovement: Bool
  /// The data it collects, in plain words.
  public var collects: [String]
  /// Whom it alerts by default.
  public var alerts: [Recipient]
  /// Where the description, trigger and kind come from.
  public var provenance: Provenance

  /// Creates a device type.
  public init(
    id: String, name: String, purpose: String, trigger: Trigger, alarmKind: AlarmKind,
    generation: Sourced<Generation>?, monitorsMovement: Bool, collects: [String],
    alerts: [Recipient], provenance: Provenance
  ) {
    self.id = id
    self.name = name
    self.purpose = purpose
    self.trigger = trigger
    self.alarmKind = alarmKind
    self.generation = generation
    self.monitorsMovement = monitorsMovement
    self.collects = collects
    self.alerts = alerts
    self.provenance = provenance
  }

  /// Whether it watches the person without their acting: an automatic trigger or pattern
  /// monitoring (EFORTT: passive monitoring shifts agency away from the older person).
  public var isPassive: Bool { trigger != .userTriggered || alarmKind == .pattern }
}
