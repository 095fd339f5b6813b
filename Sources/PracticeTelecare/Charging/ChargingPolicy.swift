/// How a local authority charges for the telecare monitoring and response service, per week, in
/// pence.
///
/// The equipment is modelled apart (see ``ChargeQuote``); this is the service charge. The
/// authority supplies the figures: none is built in. JSON: `{"kind": "flat", "weeklyPence": 450}`,
/// `{"kind": "banded", "bands": [{"name": "monitoring", "weeklyPence": 300}]}` or
/// `{"kind": "meansTested", "fullWeeklyPence": 500, "minimumIncomeGuaranteeWeeklyPence": 22865}`.
public enum ChargingPolicy: Sendable, Hashable, Codable {
  /// One weekly charge for everyone (for example Cheshire East's £5 a week, 2021).
  case flat(weeklyPence: Int)
  /// A weekly charge per service band (for example monitoring only, monitoring and response).
  case banded([Band])
  /// A financial assessment: the charge is what the person's assessable weekly income exceeds
  /// the minimum income guarantee by, up to the full charge (Preventing Needs Regulations 2014
  /// reg 3(2): a charge may not take income below the guaranteed amount).
  case meansTested(fullWeeklyPence: Int, minimumIncomeGuaranteeWeeklyPence: Int)

  /// A named band of a banded policy.
  public struct Band: Sendable, Hashable, Codable {
    /// The band's name, for example "monitoring and response".
    public var name: String
    /// Its weekly charge in pence.
    public var weeklyPence: Int

    /// Creates a band.
    public init(name: String, weeklyPence: Int) {
      self.name = name
      self.weeklyPence = weeklyPence
    }
  }

  /// Why a weekly charge cannot be worked out.
  public enum ChargingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A banded policy needs the band, and the band must be one of the policy's.
    case unknownBand
    /// A figure is negative.
    case negativeAmount
    /// A charge is above ``ChargingPolicy/largestWeeklyPence`` (almost certainly a typing error).
    case implausibleAmount

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .unknownBand: "the band is missing or not one of the charging policy's bands"
      case .negativeAmount: "charges, incomes and the minimum income guarantee cannot be negative"
      case .implausibleAmount: "a weekly charge above £1,000,000 is not accepted"
      }
    }
  }

  /// The weekly monitoring charge in pence, and whether it is only the most the person could
  /// pay (a means-tested charge with no income assessed yet).
  ///
  /// - Parameters:
  ///   - band: the band, for a banded policy.
  ///   - weeklyIncomePence: the person's assessable weekly income after disregards, for a
  ///     means-tested policy; `nil` when not yet assessed.
  public func weeklyCharge(band: String?, weeklyIncomePence: Int?) throws(ChargingError) -> (
    pence: Int, isMaximum: Bool
  ) {
    let charge = try uncheckedWeeklyCharge(band: band, weeklyIncomePence: weeklyIncomePence)
    guard charge.pence <= Self.largestWeeklyPence else { throw .implausibleAmount }
    return charge
  }

  /// The largest weekly charge accepted, in pence (£1,000,000), so annual figures never overflow.
  public static let largestWeeklyPence = 100_000_000

  private func uncheckedWeeklyCharge(band: String?, weeklyIncomePence: Int?) throws(ChargingError)
    -> (pence: Int, isMaximum: Bool)
  {
    switch self {
    case .flat(let weekly):
      guard weekly >= 0 else { throw .negativeAmount }
      return (weekly, false)
    case .banded(let bands):
      guard let found = bands.first(where: { $0.name == band }) else { throw .unknownBand }
      guard found.weeklyPence >= 0 else { throw .negativeAmount }
      return (found.weeklyPence, false)
    case .meansTested(let full, let guarantee):
      guard full >= 0, guarantee >= 0, (weeklyIncomePence ?? 0) >= 0 else {
        throw .negativeAmount
      }
      guard let income = weeklyIncomePence else { return (full, true) }
      return (min(full, max(0, income - guarantee)), false)
    }
  }

  private enum CodingKeys: String, CodingKey {
    case kind, weeklyPence, bands, fullWeeklyPence, minimumIncomeGuaranteeWeeklyPence
  }

  private enum Kind: String, Codable {
    case flat, banded, meansTested
  }

  /// Reads a policy from its `kind` and that kind's fields.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .kind) {
    case .flat: self = .flat(weeklyPence: try container.decode(Int.self, forKey: .weeklyPence))
    case .banded: self = .banded(try container.decode([Band].self, forKey: .bands))
    case .meansTested:
      self = .meansTested(
        fullWeeklyPence: try container.decode(Int.self, forKey: .fullWeeklyPence),
        minimumIncomeGuaranteeWeeklyPence: try container.decode(
          Int.self, forKey: .minimumIncomeGuaranteeWeeklyPence))
    }
  }

  /// Writes the policy's `kind` and that kind's fields.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .flat(let weekly):
      try container.encode(Kind.flat, forKey: .kind)
      try container.encode(weekly, forKey: .weeklyPence)
    case .banded(let bands):
      try container.encode(Kind.banded, forKey: .kind)
      try container.encode(bands, forKey: .bands)
    case .meansTested(let full, let guarantee):
      try container.encode(Kind.meansTested, forKey: .kind)
      try container.encode(full, forKey: .fullWeeklyPence)
      try container.encode(guarantee, forKey: .minimumIncomeGuaranteeWeeklyPence)
    }
  }
}
