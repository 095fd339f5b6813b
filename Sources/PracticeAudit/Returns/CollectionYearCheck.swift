/// Whether a return's data belongs to the collection year it is audited as.
///
/// A return audited as the wrong year gives plausible but wrong figures with no sign of it, so
/// the check is made on every return read: ``SSDA903/Return/yearCheck`` (from its episodes and
/// reviews) and ``CINCensusHeader/yearCheck(against:)`` (from the census's reference date).
/// ``isError`` means the audit must not be reported; ``isWarning`` means it is reported with
/// ``description`` beside it.
public struct CollectionYearCheck: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The outcome.
  public enum Verdict: String, Sendable, Hashable, Codable {
    /// The data belongs to the year.
    case fits
    /// Nothing dated to check against (no episodes; no reference date).
    case notChecked
    /// Some data is in the year but most of its activity is in another year: a warning.
    case looksLikeAnotherYear
    /// The data is not the year's: an error.
    case wrongYear
  }

  /// The year the return was audited as.
  public let requested: CollectionYear
  /// The outcome.
  public let verdict: Verdict
  /// The years the data's dates span, first to last, when it has any.
  public let dataYears: ClosedRange<CollectionYear>?
  /// The year the data looks like: where most of its activity is (SSDA903), or the year of its
  /// reference date (CIN census).
  public let likelyYear: CollectionYear?
  /// The sentence that explains the verdict (names years and the rule, never a child's data).
  public let explanation: String

  /// Creates a check's result.
  public init(
    requested: CollectionYear, verdict: Verdict, dataYears: ClosedRange<CollectionYear>? = nil,
    likelyYear: CollectionYear? = nil, explanation: String
  ) {
    self.requested = requested
    self.verdict = verdict
    self.dataYears = dataYears
    self.likelyYear = likelyYear
    self.explanation = explanation
  }

  /// Whether the audit must not be reported: the data is not the requested year's.
  public var isError: Bool { verdict == .wrongYear }
  /// Whether the audit is reported with a warning beside it.
  public var isWarning: Bool { verdict == .looksLikeAnotherYear }

  /// ``explanation``.
  public var description: String { explanation }
}

extension ClosedRange where Bound == CollectionYear {
  /// "2016/17 to 2017/18", or "2017/18" for one year.
  var spanText: String {
    lowerBound == upperBound ? "\(lowerBound)" : "\(lowerBound) to \(upperBound)"
  }
}
