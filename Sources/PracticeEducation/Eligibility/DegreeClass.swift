/// The classification of a UK honours degree, from lowest to highest.
public enum DegreeClass: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// An ordinary (pass) degree without honours.
  case pass
  /// Third-class honours.
  case third
  /// Lower second-class honours (2:2).
  case lowerSecond
  /// Upper second-class honours (2:1).
  case upperSecond
  /// First-class honours.
  case first

  /// Orders pass < third < 2:2 < 2:1 < first.
  public static func < (lhs: DegreeClass, rhs: DegreeClass) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// The usual short form: "pass", "third", "2:2", "2:1", "first".
  public var description: String {
    switch self {
    case .pass: "pass"
    case .third: "third"
    case .lowerSecond: "2:2"
    case .upperSecond: "2:1"
    case .first: "first"
    }
  }

  /// Reads the short form ("2:2", "2:1", "first", "1st", "third", "3rd", "pass"), or `nil`.
  public init?(shortForm text: String) {
    switch text.lowercased() {
    case "pass", "ordinary": self = .pass
    case "third", "3rd", "3": self = .third
    case "2:2", "2.2", "22", "lowersecond": self = .lowerSecond
    case "2:1", "2.1", "21", "uppersecond": self = .upperSecond
    case "first", "1st", "1": self = .first
    default: return nil
    }
  }
}
