/// The stable code of the rule behind a ``Finding``, for example `law.timescale.overdue`.
///
/// Each domain declares its codes as static members of this type (`FindingCode.lawS32Overdue`),
/// so code that filters findings names them in a way the compiler checks, and no module matches
/// another's findings by string. The raw value is what JSON carries and never changes wording; a
/// rule of your own makes its code with ``init(rawValue:)``, conventionally prefixed with your
/// own namespace (`local.visits.overdue`). A dictionary keyed by codes encodes as a JSON object.
public struct FindingCode: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  CodingKeyRepresentable, CustomStringConvertible
{
  /// The code, as printed in JSON, for example `law.timescale.overdue`.
  public let rawValue: String

  /// Creates a code.
  ///
  /// - Parameter rawValue: The code, for example `local.visits.overdue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Orders codes alphabetically.
  public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// The code.
  public var description: String { rawValue }
}
