/// How the combined report publishes a local authority's counts and shares: every section hands
/// its figures to the one gate, ``DisclosureControl/publish(_:)``, and prints only what comes
/// back — DfE disclosure control unless the caller turns it off for internal use.
///
/// A count from 1 to 5 is shown as the suppression symbol, other counts are withheld with it until
/// none can be worked out from the section's totals, percentages and linked figures, and a
/// percentage is printed only when both its counts are. Zero is a true zero.
public struct ReportFigures: Sendable, Hashable {
  /// The convention; ``DisclosureControl/unsuppressed`` for internal use only.
  public let control: DisclosureControl

  /// Figures with the current DfE convention at local-authority level.
  public static let published = ReportFigures(control: .dfe)
  /// Figures without suppression, for a team's own internal use.
  public static let unsuppressed = ReportFigures(control: .unsuppressed)

  /// Creates a publisher.
  ///
  /// - Parameter control: The disclosure-control convention.
  public init(control: DisclosureControl) {
    self.control = control
  }

  /// `draft` through the gate. A draft the gate refuses (a negative count: a programming error,
  /// since the library makes these counts) comes back with everything withheld, so nothing leaks.
  ///
  /// - Parameter draft: The section's tables, percentages and relations.
  public func publish(_ draft: PublicationDraft) -> Publication {
    (try? control.publish(draft))
      ?? .withholdingAll(draft, symbol: control.suppressedSymbol)
  }
}

extension PublishedValue {
  /// The value as a person reads it: a count with thousands separators ("1,234"), a percentage
  /// with its sign ("64%"), the suppression symbol, or "–" when there is nothing to show.
  public var reportText: String {
    switch self {
    case .count(let value): value.groupedText
    case .percentage(let value): "\(value)%"
    case .suppressed(let symbol): symbol
    case .notApplicable, .notAvailable: "–"
    case .roundsToZero: "k"
    }
  }

  /// The number to chart, or `nil` (a gap) when withheld or undefined.
  public var chartValue: Double? {
    switch self {
    case .count(let value), .percentage(let value): Double(value)
    case .roundsToZero: 0
    case .suppressed, .notApplicable, .notAvailable: nil
    }
  }
}

extension Publication {
  /// The text of the figure at `position` of table `table`.
  ///
  /// - Parameters:
  ///   - table: The table's id.
  ///   - position: The figure's position.
  public func text(_ table: String, _ position: FigureReference.Position) -> String {
    value(FigureReference(table, position)).reportText
  }

  /// The text of cell (`row`, `column`) of table `table`.
  ///
  /// - Parameters:
  ///   - table: The table's id.
  ///   - row: The row, from 0.
  ///   - column: The column, from 0.
  public func text(_ table: String, row: Int, column: Int = 0) -> String {
    text(table, .cell(row: row, column: column))
  }

  /// Whether cell (`row`, `column`) of table `table` is published as a number.
  ///
  /// - Parameters:
  ///   - table: The table's id.
  ///   - row: The row, from 0.
  ///   - column: The column, from 0.
  public func isShown(_ table: String, row: Int, column: Int = 0) -> Bool {
    !value(FigureReference(table, .cell(row: row, column: column))).isSuppressed
  }
}
