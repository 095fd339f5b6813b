/// How the combined report publishes a local authority's counts and shares: with DfE disclosure
/// control unless the caller turns it off for internal use.
///
/// A count from 1 to 5 is shown as the suppression symbol; a share whose numerator or
/// denominator is suppressed is suppressed too (it would reveal the count). Zero is a true zero.
public struct ReportFigures: Sendable, Hashable {
  /// The convention, or `nil` for unsuppressed figures (internal use only).
  public let disclosure: DisclosureControl?

  /// Figures with the current DfE convention at local-authority level.
  public static let published = ReportFigures(disclosure: .dfe)
  /// Figures without suppression, for a team's own internal use.
  public static let unsuppressed = ReportFigures(disclosure: nil)

  /// Creates a publisher.
  public init(disclosure: DisclosureControl?) {
    self.disclosure = disclosure
  }

  /// Whether `count` would be withheld.
  public func isSuppressed(_ count: Int) -> Bool {
    guard let disclosure, let range = disclosure.suppressionRange else { return false }
    return range.contains(count)
  }

  /// A count as published.
  public func count(_ count: Int) -> String {
    guard let disclosure else { return "\(count)" }
    return (try? disclosure.publish(count, level: .localAuthority))?.description
      ?? disclosure.suppressedSymbol
  }

  /// `part / whole` as a percentage for a chart, or `nil` when suppressed or undefined.
  public func percentage(_ part: Int, of whole: Int) -> Double? {
    guard whole > 0, part >= 0, !isSuppressed(part), !isSuppressed(whole) else { return nil }
    return Double(part) / Double(whole) * 100
  }

  /// `part / whole` as text, for example "64.3%"; the suppression symbol when suppressed, "–"
  /// when there is nothing to divide by.
  public func share(_ part: Int, of whole: Int) -> String {
    if let value = percentage(part, of: whole) { return value.reportText(decimals: 1) + "%" }
    return whole > 0 ? disclosure?.suppressedSymbol ?? "–" : "–"
  }
}
