/// The strength of agreement Landis and Koch (1977) attach to a kappa value.
///
/// Convention: each band includes its upper bound, and exactly 0 is ``slight``, as in Landis and
/// Koch's own table ("0.00–0.20 slight"): κ < 0 is ``poor``; 0 ≤ κ ≤ 0.20 ``slight``;
/// 0.20 < κ ≤ 0.40 ``fair``; 0.40 < κ ≤ 0.60 ``moderate``; 0.60 < κ ≤ 0.80 ``substantial``;
/// above 0.80 ``almostPerfect``. Some reproductions (the MRC CBU statistics wiki) write
/// "0.01–0.20" and so call exactly 0 poor; this library does not.
public enum AgreementBand: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// Below 0: less agreement than chance.
  case poor
  /// 0 to 0.20.
  case slight
  /// Above 0.20 to 0.40.
  case fair
  /// Above 0.40 to 0.60.
  case moderate
  /// Above 0.60 to 0.80.
  case substantial
  /// Above 0.80.
  case almostPerfect

  /// The band of `kappa`.
  public init(kappa: Double) {
    switch kappa {
    case ..<0: self = .poor
    case ...0.2: self = .slight
    case ...0.4: self = .fair
    case ...0.6: self = .moderate
    case ...0.8: self = .substantial
    default: self = .almostPerfect
    }
  }

  /// Landis and Koch's wording, for example "Almost perfect".
  public var description: String {
    switch self {
    case .poor: "Poor"
    case .slight: "Slight"
    case .fair: "Fair"
    case .moderate: "Moderate"
    case .substantial: "Substantial"
    case .almostPerfect: "Almost perfect"
    }
  }
}
