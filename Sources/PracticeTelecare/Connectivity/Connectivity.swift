/// The line an alarm uses, its battery backup and its last successful test call.
public struct ConnectivityRecord: Sendable, Hashable, Codable {
  /// The kind of line.
  public enum Line: String, Sendable, Hashable, Codable, CaseIterable {
    /// An analogue device on the analogue telephone network (PSTN).
    case analogue
    /// A digital device on a digital line.
    case digital
    /// An analogue device through an analogue-to-digital converter.
    case converter
  }

  /// The kind of line.
  public var line: Line
  /// Hours the alarm keeps working in a power cut; `nil` when not recorded.
  public var batteryBackupHours: Double?
  /// The day of the last successful end-to-end test call; `nil` when none is recorded.
  public var lastSuccessfulTestCall: CalendarDay?

  /// Creates a record.
  public init(line: Line, batteryBackupHours: Double?, lastSuccessfulTestCall: CalendarDay?) {
    self.line = line
    self.batteryBackupHours = batteryBackupHours
    self.lastSuccessfulTestCall = lastSuccessfulTestCall
  }
}

/// The checks on an installation's connectivity on a day: analogue devices around the
/// switchover, battery backup, and test calls.
public struct ConnectivityCheck: Sendable, Hashable {
  /// The longest time allowed since the last successful test call.
  public var testCallInterval: Period

  /// Creates a check; by default a test call is expected every calendar month (a provider's
  /// advice of monthly alarm testing).
  public init(testCallInterval: Period = Self.monthly) {
    self.testCallInterval = testCallInterval
  }

  /// One calendar month.
  public static let monthly: Period = builtIn("one calendar month") { try Period(1, .months) }

  /// The industry's original target for the end of the analogue network: the end of 2025.
  public static let originalSwitchoffTarget = CalendarDay(2025, 12, 31)
  /// BT's revised last day for moving customers off the analogue network: end of January 2027.
  public static let revisedSwitchoff = CalendarDay(2027, 1, 31)
  /// The Telecare National Action Plan's publication: analogue devices to be phased out,
  /// converters acceptable only as risk-assessed, regularly tested interim measures.
  public static let nationalActionPlan = CalendarDay(2025, 2, 11)
  /// Ofcom's minimum battery backup, in hours, for vulnerable or landline-dependent users.
  public static let minimumBackupHours = 1.0

  /// The findings for `record` on `day`.
  ///
  /// - An analogue line: advisory up to 31 December 2025, a concern from 1 January 2026 (the
  ///   original target passed) and a concern with its own code from 1 February 2027 (after the
  ///   revised switch-off).
  /// - A converter: advisory from 11 February 2025 (interim measure only).
  /// - Battery backup under one hour, or not recorded, on a digital line or converter.
  /// - No successful test call within ``testCallInterval`` before `day`.
  public func findings(for record: ConnectivityRecord, on day: CalendarDay, subject: String? = nil)
    -> [Finding]
  {
    var findings: [Finding] = []
    let switchover = [Source.dhscActionPlan2022, .btSwitchoffDelay, .telecareNationalActionPlan]
    switch record.line {
    case .analogue where day > Self.revisedSwitchoff:
      findings.append(
        Finding(
          code: .telecareConnectivityAnalogueAfterSwitchoff, severity: .concern,
          message: "An analogue alarm after the end of January 2027, the revised date for moving "
            + "every line off the analogue network: it may stop working when the line goes "
            + "digital.",
          subject: subject, dueDay: Self.revisedSwitchoff, sources: switchover))
    case .analogue where day > Self.originalSwitchoffTarget:
      findings.append(
        Finding(
          code: .telecareConnectivityAnaloguePastOriginalTarget, severity: .concern,
          message: "An analogue alarm after the original end-2025 target for the switchover; "
            + "the revised switch-off is the end of January 2027.",
          subject: subject, dueDay: Self.revisedSwitchoff, sources: switchover))
    case .analogue:
      findings.append(
        Finding(
          code: .telecareConnectivityAnalogue, severity: .advisory,
          message: "An analogue alarm: plan its replacement before the switchover (target end "
            + "of 2025).",
          subject: subject, dueDay: Self.originalSwitchoffTarget, sources: switchover))
    case .converter where day >= Self.nationalActionPlan:
      findings.append(
        Finding(
          code: .telecareConnectivityConverterInterim, severity: .advisory,
          message: "An analogue-to-digital converter is acceptable only as a risk-assessed, "
            + "regularly tested interim measure.",
          subject: subject, sources: [.telecareNationalActionPlan]))
    case .converter, .digital:
      break
    }
    if record.line != .analogue {
      if let hours = record.batteryBackupHours {
        if hours < Self.minimumBackupHours {
          findings.append(
            Finding(
              code: .telecareConnectivityBackupUnderOneHour, severity: .concern,
              message: "Battery backup is under Ofcom's minimum of one hour in a power cut.",
              subject: subject, sources: [.ofcomPowerCutGuidance, .batteryBackup]))
        }
      } else {
        findings.append(
          Finding(
            code: .telecareConnectivityBackupNotRecorded, severity: .concern,
            message: "A digital line needs battery backup to work in a power cut; none is "
              + "recorded.",
            subject: subject, sources: [.batteryBackup, .dhscActionPlan2022]))
      }
    }
    findings += testCallFindings(record.lastSuccessfulTestCall, on: day, subject: subject)
    return findings
  }

  private func testCallFindings(_ last: CalendarDay?, on day: CalendarDay, subject: String?)
    -> [Finding]
  {
    guard let last else {
      return [
        Finding(
          code: .telecareConnectivityNoTestCall, severity: .concern,
          message: "No successful test call is recorded.", subject: subject,
          sources: [.sovereignCareline, .telecareNationalActionPlan])
      ]
    }
    // The interval runs from the day of the last test call; a test is due on its last day.
    guard let due = try? testCallInterval.lastDay(from: last), day > due else { return [] }
    return [
      Finding(
        code: .telecareConnectivityTestCallOverdue, severity: .concern,
        message: "No successful test call within \(testCallInterval) of the last one.",
        subject: subject, dueDay: due, actualDay: last,
        sources: [.sovereignCareline, .telecareNationalActionPlan])
    ]
  }

  /// The switchover and battery facts.
  public static let facts: [Fact] = [
    Fact(
      id: "telecare.connectivity.switchoff",
      statement: "The analogue telephone network (PSTN) switch-off: originally targeted for the "
        + "end of 2025, revised by BT to the end of January 2027.",
      provenance: Provenance(.verified, [.btSwitchoffDelay, .dhscActionPlan2022])),
    Fact(
      id: "telecare.connectivity.national-action-plan",
      statement: "Telecare National Action Plan (11 February 2025): analogue devices to be phased "
        + "out; converters acceptable only as risk-assessed, regularly tested interim measures.",
      provenance: Provenance(.verified, [.telecareNationalActionPlan])),
    Fact(
      id: "telecare.connectivity.battery-backup",
      statement: "Ofcom's guidance: providers should have at least one solution (a battery "
        + "backup, for example) giving customers who depend on their landline access to "
        + "emergency organisations for at least an hour in a power cut.",
      provenance: Provenance(
        .secondary, [.ofcomPowerCutGuidance, .batteryBackup],
        note: "Ofcom's page confirms the guidance and its date; para 1.9 (\"Providers should "
          + "have at least one solution available that enables access to emergency "
          + "organisations for a minimum of one hour in the event of a power outage\") was read "
          + "in quotations, not in the PDF. It is guidance (\"should\"), not a rule, and "
          + "names no battery.")),
    Fact(
      id: "telecare.connectivity.monthly-test",
      statement: "Default test-call interval: one calendar month, after a provider's advice of "
        + "monthly alarm testing; configurable.",
      provenance: Provenance(
        .verified, [.sovereignCareline],
        note: "The provider's page states \"We will advise that you test the alarm at least once "
          + "every month\". A provider's advice, not a national standard; the default interval "
          + "and its being configurable are this library's.")),
  ]
}
