/// What a proposal records about cost: the policy, the person's band or income, and whether the
/// figure was quoted to the person before they decided.
public struct CostRecord: Sendable, Hashable, Codable {
  /// The local authority's charging policy for monitoring and response.
  public var policy: ChargingPolicy
  /// The band, for a banded policy.
  public var band: String?
  /// Assessable weekly income after disregards, in pence, from a financial assessment; `nil`
  /// when none has been done.
  public var weeklyIncomePence: Int?
  /// Whether the equipment is provided to meet or prevent needs (Care Act 2014 ss2, 18–20), so
  /// free as community equipment on this library's unverified reading.
  public var equipmentToMeetOrPreventNeeds: Bool
  /// The day the weekly and annual figures were quoted to the person; `nil` when not quoted.
  public var quotedToPersonOn: CalendarDay?

  /// Creates a record.
  public init(
    policy: ChargingPolicy, band: String? = nil, weeklyIncomePence: Int? = nil,
    equipmentToMeetOrPreventNeeds: Bool, quotedToPersonOn: CalendarDay? = nil
  ) {
    self.policy = policy
    self.band = band
    self.weeklyIncomePence = weeklyIncomePence
    self.equipmentToMeetOrPreventNeeds = equipmentToMeetOrPreventNeeds
    self.quotedToPersonOn = quotedToPersonOn
  }

  /// The quote to show the person before they decide.
  public func quote() throws(ChargingPolicy.ChargingError) -> ChargeQuote {
    let monitoring = try policy.weeklyCharge(band: band, weeklyIncomePence: weeklyIncomePence)
    return ChargeQuote(
      monitoringWeeklyPence: monitoring.pence, isMaximum: monitoring.isMaximum,
      equipment: equipmentToMeetOrPreventNeeds ? .free : .notCoveredByPolicy)
  }
}

/// The weekly and annual cost of telecare to the person: the equipment and the monitoring
/// service, apart (telecare research notes §3.3).
public struct ChargeQuote: Sendable, Hashable, Codable {
  /// How the equipment is charged.
  public enum Equipment: String, Sendable, Hashable, Codable {
    /// Free: community equipment provided to meet or prevent needs (see ``equipmentRule``).
    case free
    /// Not provided under those duties: the authority's own terms apply, not this policy.
    case notCoveredByPolicy
  }

  /// Weeks in the annual figure. A convention (52 weekly charges a year), not a legal rule.
  public static let weeksPerYear = 52

  /// The weekly monitoring and response charge in pence.
  public var monitoringWeeklyPence: Int
  /// Whether the charge is only the most the person could pay (no financial assessment yet).
  public var isMaximum: Bool
  /// How the equipment is charged.
  public var equipment: Equipment

  /// Creates a quote.
  public init(monitoringWeeklyPence: Int, isMaximum: Bool, equipment: Equipment) {
    self.monitoringWeeklyPence = monitoringWeeklyPence
    self.isMaximum = isMaximum
    self.equipment = equipment
  }

  /// The annual monitoring charge: ``weeksPerYear`` weekly charges (`Int.max` if a quote built
  /// by hand is too large to multiply; quotes from a policy are at most £1,000,000 a week).
  public var monitoringAnnualPence: Int {
    let (annual, overflow) = monitoringWeeklyPence.multipliedReportingOverflow(
      by: Self.weeksPerYear)
    return overflow ? Int.max : annual
  }

  /// Pence as pounds, for example `£4.50`.
  public static func pounds(_ pence: Int) -> String {
    let sign = pence < 0 ? "-" : ""
    let magnitude = pence.magnitude
    let penceText = magnitude % 100 < 10 ? "0\(magnitude % 100)" : "\(magnitude % 100)"
    return "\(sign)£\(magnitude / 100).\(penceText)"
  }

  /// The reading that telecare equipment is free community equipment: the regulation is
  /// verified; that telecare equipment is community equipment rests on the Department of
  /// Health's 2001 circular (read only in a quotation) and on council practice.
  public static let equipmentRule = Fact(
    id: "telecare.charging.equipment-free",
    statement: "Telecare equipment provided to meet or prevent needs is treated as community "
      + "equipment (an aid), which must not be charged for; the monitoring and response service "
      + "is charged separately. The 2014 Regulations do not name telecare: the classification "
      + "follows the Department of Health's 2001 community equipment circular and council "
      + "practice.",
    provenance: Provenance(
      .secondary,
      [
        .chargingRegulations, .preventingNeedsRegulations, .communityEquipmentCircular,
        .sloughCharging,
      ],
      note: "Reg 3 (read): a local authority \"must not make a charge\" for \"a service which "
        + "consists of the provision of community equipment (aids and minor adaptations)\", an "
        + "aid or minor adaptation \"for the purpose of assisting with nursing at home or aiding "
        + "daily living\". HSC 2001/008 (LAC (2001)13), as quoted by LawSkills, lists \"Telecare "
        + "equipment such as fall alarms, gas escape alarms and health state monitoring\" as "
        + "community equipment; the circular itself and the 2014 Preventing Needs Regulations' "
        + "free-of-charge provision (reg 4) were not read."))

  /// The minimum income guarantee rule for means-tested charges.
  public static let minimumIncomeRule = Fact(
    id: "telecare.charging.minimum-income-guarantee",
    statement: "A charge for preventive provision may not reduce the person's income below the "
      + "minimum income guaranteed amount; the amount is a parameter of the charging policy.",
    provenance: Provenance(.secondary, [.preventingNeedsRegulations]))
}
