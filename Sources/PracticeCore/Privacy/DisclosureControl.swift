/// The geographic level of a published figure, which decides how it is rounded.
public enum GeographicLevel: String, Sendable, Hashable, Codable, CaseIterable {
  /// England as a whole.
  case national
  /// A region of England.
  case regional
  /// A single local authority.
  case localAuthority
}

/// One cell of a published statistical table: a number, or the symbol standing in for it.
///
/// The symbols follow the Government Statistical Service convention used by DfE.
public enum PublishedValue: Sendable, Hashable, Codable, CustomStringConvertible {
  /// A count, possibly rounded. Zero is a true zero.
  case count(Int)
  /// A whole-number percentage.
  case percentage(Int)
  /// Withheld to protect confidentiality; shown as `symbol` ("c" today, "-" in 2007).
  case suppressed(symbol: String)
  /// Not applicable: shown as "z".
  case notApplicable
  /// Not available (not collected, or not reliable): shown as ":".
  case notAvailable
  /// Not zero, but rounds to zero: shown as "k".
  case roundsToZero

  /// The text to publish: the number, or its symbol.
  public var description: String {
    switch self {
    case .count(let value): "\(value)"
    case .percentage(let value): "\(value)"
    case .suppressed(let symbol): symbol
    case .notApplicable: "z"
    case .notAvailable: ":"
    case .roundsToZero: "k"
    }
  }

  /// Whether the cell is withheld for confidentiality.
  public var isSuppressed: Bool {
    if case .suppressed = self { return true }
    return false
  }
}

/// Statistical disclosure control for published counts of children, following the Department
/// for Education's convention (``dfe``) or its 2007 predecessor (``dfe2007``).
///
/// Three steps, in this order:
/// 1. Primary suppression: a count in ``suppressionRange`` (1...5) is replaced by
///    ``suppressedSymbol``. Zero is never suppressed by default: it is a true zero.
/// 2. Rounding by geographic level, half up ("nearest 10": 14 → 10, 15 → 20). A non-zero count
///    that rounds to 0 is shown as "k".
/// 3. Complementary suppression (when ``secondarySuppression`` is on), so that no suppressed
///    cell can be worked out from anything else the same output publishes. See ``publish(_:)``,
///    the one gate every published count goes through, for the rule.
///
/// Suppression is decided on the unrounded count, before rounding. Totals are published as given;
/// a total that is not the sum of its cells (DfE totals can include unknowns) gives a reader no
/// equation, so complementary suppression does not use it.
public struct DisclosureControl: Sendable, Hashable, Codable {
  /// How counts at one geographic level are rounded (always half up).
  public enum Rounding: Sendable, Hashable, Codable {
    /// Published exactly.
    case unrounded
    /// Rounded to the nearest multiple of the step (a step of 1 or less means unrounded).
    case nearest(Int)
    /// Rounded to the nearest `step`, but counts greater than `threshold` to the nearest
    /// `largeStep` (2007: nearest 100 above 1,000, otherwise nearest 10).
    case tiered(step: Int, threshold: Int, largeStep: Int)

    /// `count` rounded by this rule; never traps, even next to `Int.max`.
    public func apply(_ count: Int) -> Int {
      switch self {
      case .unrounded: count
      case .nearest(let step): roundHalfUp(count, to: step)
      case .tiered(let step, let threshold, let largeStep):
        roundHalfUp(count, to: count > threshold ? largeStep : step)
      }
    }
  }

  /// Where in the input a problem was found. Indices in the API are 0-based; descriptions count
  /// from 1, as a person reading the table would.
  public enum Location: Sendable, Hashable, CustomStringConvertible {
    /// The single count passed to ``DisclosureControl/publish(_:level:)``.
    case single
    /// A cell of a row or table.
    case cell(row: Int, column: Int)
    /// The total of a row.
    case rowTotal(row: Int)
    /// The total of a column.
    case columnTotal(column: Int)
    /// The grand total of a table.
    case grandTotal
    /// The numerator of a percentage.
    case numerator
    /// The denominator of a percentage.
    case denominator

    /// The location in words, for example "row 2, column 3".
    public var description: String {
      switch self {
      case .single: "the count"
      case .cell(let row, let column): "row \(row + 1), column \(column + 1)"
      case .rowTotal(let row): "the total of row \(row + 1)"
      case .columnTotal(let column): "the total of column \(column + 1)"
      case .grandTotal: "the grand total"
      case .numerator: "the numerator of the percentage"
      case .denominator: "the denominator of the percentage"
      }
    }
  }

  /// Why a figure or table could not be published. Never contains the figures themselves.
  public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A count is negative; counts of children cannot be.
    case negativeCount(Location)
    /// A row has a different number of cells from the first row (or from the column totals).
    case rowLengthMismatch(row: Int)
    /// The number of row totals differs from the number of rows.
    case rowTotalsCountMismatch
    /// The number of column totals differs from the number of columns.
    case columnTotalsCountMismatch
    /// A percentage's numerator is larger than its denominator.
    case numeratorExceedsDenominator

    /// What is wrong and where, in plain words.
    public var description: String {
      switch self {
      case .negativeCount(let location):
        "\(location.capitalisedFirst): a count of children cannot be negative."
      case .rowLengthMismatch(let row):
        "Row \(row + 1) has a different number of cells from the other rows or the column totals."
      case .rowTotalsCountMismatch:
        "There must be exactly one row total for each row."
      case .columnTotalsCountMismatch:
        "There must be exactly one column total for each column."
      case .numeratorExceedsDenominator:
        "The numerator of a percentage cannot be larger than its denominator."
      }
    }
  }

  /// A published row: its cells and its total.
  public struct PublishedRow: Sendable, Hashable, Codable {
    /// The cells, in input order.
    public var cells: [PublishedValue]
    /// The row total.
    public var total: PublishedValue
  }

  /// A published table: cells and whichever totals were given.
  public struct PublishedTable: Sendable, Hashable, Codable {
    /// The table's id in its draft.
    public var id: String
    /// The cells, row by row, in input order.
    public var cells: [[PublishedValue]]
    /// The row totals, when given.
    public var rowTotals: [PublishedValue]?
    /// The column totals, when given.
    public var columnTotals: [PublishedValue]?
    /// The grand total, when given with both row and column totals.
    public var grandTotal: PublishedValue?
  }

  /// Counts in this range are suppressed; `nil` turns primary suppression off.
  public var suppressionRange: ClosedRange<Int>?
  /// The symbol shown for a suppressed count.
  public var suppressedSymbol: String
  /// Rounding of national (England) figures.
  public var nationalRounding: Rounding
  /// Rounding of regional figures.
  public var regionalRounding: Rounding
  /// Rounding of local authority figures.
  public var localAuthorityRounding: Rounding
  /// Whether complementary (secondary) suppression is applied.
  public var secondarySuppression: Bool
  /// Secondary suppression only takes cells below this count (2007: 20); `nil` means no limit.
  public var secondaryLimit: Int?
  /// Where this convention comes from.
  public var provenance: Provenance

  /// Creates a convention; the defaults are the current DfE one (``dfe``), whose sources are used
  /// when `provenance` is `nil`.
  public init(
    suppressionRange: ClosedRange<Int>? = 1...5, suppressedSymbol: String = "c",
    nationalRounding: Rounding = .nearest(10), regionalRounding: Rounding = .nearest(10),
    localAuthorityRounding: Rounding = .unrounded, secondarySuppression: Bool = true,
    secondaryLimit: Int? = nil, provenance: Provenance? = nil
  ) {
    self.suppressionRange = suppressionRange
    self.suppressedSymbol = suppressedSymbol
    self.nationalRounding = nationalRounding
    self.regionalRounding = regionalRounding
    self.localAuthorityRounding = localAuthorityRounding
    self.secondarySuppression = secondarySuppression
    self.secondaryLimit = secondaryLimit
    self.provenance =
      provenance ?? Provenance(.verified, [.dfeCINDataGuidance2020, .dfeCLAPlacement])
  }

  /// The current DfE convention (children in need and children looked after releases): 1 to 5
  /// suppressed as "c" with secondary suppression; national and regional figures to the nearest
  /// 10; local authority figures unrounded; zero is a true zero.
  public static let dfe = DisclosureControl()

  /// The 2007 convention for children looked after (Hansard, 8 January 2008): national figures
  /// to the nearest 100 above 1,000, otherwise the nearest 10; 1 to 5 suppressed as "-"; the
  /// next smallest item suppressed only when it is below 20.
  ///
  /// Hansard speaks of national tables only; regional figures are rounded the same way here
  /// (an assumption) and local authority figures are left unrounded.
  public static let dfe2007 = DisclosureControl(
    suppressedSymbol: "-",
    nationalRounding: .tiered(step: 10, threshold: 1000, largeStep: 100),
    regionalRounding: .tiered(step: 10, threshold: 1000, largeStep: 100),
    secondaryLimit: 20,
    provenance: Provenance(
      .verified, [.hansardChildrenInCare2008],
      note: "Regional rounding is assumed to follow national; Hansard names national tables only."))

  /// No disclosure control at all: every count exact, nothing withheld. For a team's own
  /// internal use (`--unsuppressed`), never for figures that leave the building.
  public static let unsuppressed = DisclosureControl(
    suppressionRange: nil, nationalRounding: .unrounded, regionalRounding: .unrounded,
    secondarySuppression: false,
    provenance: Provenance(
      .verified, [.dfeCINDataGuidance2020],
      note: "Disclosure control turned off, for internal use only; the source is the convention "
        + "being set aside."))

  /// The facts these conventions rest on, each with its source.
  public static let facts: [Fact] = [
    Fact(
      id: "core.disclosure.dfe.childrenInNeed2020",
      statement:
        "Children in need 2020: any number between 1 and 5 inclusive is suppressed and replaced "
        + "by 'c', with secondary suppression where necessary; ':' means not available and 'z' "
        + "not applicable; England and regional totals are rounded to the nearest 10.",
      provenance: Provenance(
        .verified, [.dfeCINDataGuidance2020],
        note: "Checked against the text of the data guidance page.")),
    Fact(
      id: "core.disclosure.dfe.placementLocation",
      statement:
        "Children looked after, placement location: national and regional figures are rounded "
        + "to the nearest 10 and local authority figures are unrounded; zero is a true zero; 'c' "
        + "protects confidentiality (secondary suppression may be required), 'z' is not "
        + "applicable, 'k' rounds to zero but is not zero; percentages are whole numbers.",
      provenance: Provenance(
        .verified, [.dfeCLAPlacement], note: "Checked against the text of the methodology page.")),
    Fact(
      id: "core.disclosure.dfe2007",
      statement:
        "In 2007, national children looked after figures were rounded to the nearest 100 above "
        + "1,000 and otherwise to the nearest 10; 1 to 5 were suppressed and shown as '-'; the "
        + "next smallest data item was also suppressed, provided it was strictly less than 20.",
      provenance: Provenance(
        .verified, [.hansardChildrenInCare2008],
        note: "Checked against the footnote of the written answer.")),
  ]

  /// The rounding rule for `level`.
  public func rounding(for level: GeographicLevel) -> Rounding {
    switch level {
    case .national: nationalRounding
    case .regional: regionalRounding
    case .localAuthority: localAuthorityRounding
    }
  }

  /// Publishes one count on its own (no secondary suppression: there is no total to subtract
  /// from). `nil` means not available (":").
  ///
  /// - Throws: ``InputError/negativeCount(_:)`` for a negative count.
  public func publish(_ count: Int?, level: GeographicLevel) throws(InputError) -> PublishedValue {
    try check(count, at: .single)
    return primary(count, level: level)
  }

  /// Publishes a row of counts with its total through the gate, ``publish(_:)``.
  ///
  /// - Parameters:
  ///   - row: The counts; `nil` is not available.
  ///   - total: Their total.
  ///   - level: The geographic level, which decides rounding.
  /// - Throws: ``InputError`` for a negative count.
  public func publish(
    row: [Int?], total: Int?, level: GeographicLevel
  ) throws(InputError) -> PublishedRow {
    let table = try publish(
      table: [row], rowTotals: [total], columnTotals: nil, grandTotal: nil, level: level)
    return PublishedRow(
      cells: table.cells.first ?? [], total: table.rowTotals?.first ?? .notAvailable)
  }

  /// Publishes one table of counts with optional row totals, column totals and grand total
  /// through the gate, ``publish(_:)``: a draft holding this table alone.
  ///
  /// - Parameters:
  ///   - rows: The counts, row by row; `nil` is not available.
  ///   - rowTotals: The total of each row, or `nil`.
  ///   - columnTotals: The total of each column, or `nil`.
  ///   - grandTotal: The grand total, used with both row and column totals.
  ///   - level: The geographic level, which decides rounding.
  /// - Throws: ``InputError`` for a negative count or mismatched shapes.
  public func publish(
    table rows: [[Int?]], rowTotals: [Int?]?, columnTotals: [Int?]?, grandTotal: Int?,
    level: GeographicLevel
  ) throws(InputError) -> PublishedTable {
    let draft = PublicationDraft(tables: [
      .init(
        id: "table", cells: rows, rowTotals: rowTotals, columnTotals: columnTotals,
        grandTotal: grandTotal, level: level)
    ])
    let publication: Publication
    do {
      publication = try publish(draft)
    } catch {
      // A draft of one well-named table fails only on the table itself.
      guard case .table(_, let error) = error else { throw .rowTotalsCountMismatch }
      throw error
    }
    return publication.tables.first
      ?? PublishedTable(id: "table", cells: [], rowTotals: nil, columnTotals: nil, grandTotal: nil)
  }

  /// Publishes `numerator` as a whole-number percentage of `denominator` (rounded half up, from
  /// the unrounded counts), following the placement-location methodology.
  ///
  /// - `nil` numerator or denominator: ":" (not available);
  /// - denominator 0: "z" (not applicable);
  /// - numerator or denominator suppressed (in ``suppressionRange``): the suppressed symbol,
  ///   since the percentage would reveal it;
  /// - numerator 0: 0; a non-zero share under 0.5%: "k".
  ///
  /// Percentages do not depend on geographic level: they are computed from unrounded counts.
  ///
  /// - Throws: ``InputError`` for a negative count or a numerator above the denominator.
  public func publishPercentage(numerator: Int?, denominator: Int?) throws(InputError)
    -> PublishedValue
  {
    try check(numerator, at: .numerator)
    try check(denominator, at: .denominator)
    guard let numerator, let denominator else { return .notAvailable }
    guard numerator <= denominator else { throw .numeratorExceedsDenominator }
    guard denominator > 0 else { return .notApplicable }
    if isSuppressed(numerator) || isSuppressed(denominator) {
      return .suppressed(symbol: suppressedSymbol)
    }
    guard numerator > 0 else { return .percentage(0) }
    // 100 × numerator / denominator, exactly: the quotient is at most 100, so it cannot overflow.
    let divisor = UInt64(denominator)
    let (quotient, remainder) = divisor.dividingFullWidth(
      UInt64(numerator).multipliedFullWidth(by: 100))
    let percent = remainder >= divisor - remainder ? quotient + 1 : quotient
    return percent == 0 ? .roundsToZero : .percentage(Int(percent))
  }

  /// Throws when `count` is negative.
  func check(_ count: Int?, at location: Location) throws(InputError) {
    if let count, count < 0 { throw .negativeCount(location) }
  }

  /// Whether primary suppression applies to `count`.
  func isSuppressed(_ count: Int) -> Bool {
    suppressionRange?.contains(count) ?? false
  }

  /// Primary suppression and rounding of one (non-negative) count.
  func primary(_ count: Int?, level: GeographicLevel) -> PublishedValue {
    guard let count else { return .notAvailable }
    if isSuppressed(count) { return .suppressed(symbol: suppressedSymbol) }
    guard count > 0 else { return .count(0) }
    let rounded = rounding(for: level).apply(count)
    return rounded == 0 ? .roundsToZero : .count(rounded)
  }

}

/// `count` (non-negative) rounded half up to a multiple of `step`; unchanged when `step` ≤ 1.
/// When rounding up would overflow `Int`, rounds down instead.
private func roundHalfUp(_ count: Int, to step: Int) -> Int {
  guard step > 1, count >= 0 else { return count }
  let remainder = count % step
  let down = count - remainder
  guard remainder >= step - remainder else { return down }
  let (up, overflow) = down.addingReportingOverflow(step)
  return overflow ? down : up
}

extension DisclosureControl.Location {
  /// The description with its first letter upper-cased, to start a sentence.
  fileprivate var capitalisedFirst: String {
    let text = description
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}

extension Source {
  /// DfE children in need 2020 data guidance (confidentiality and rounding).
  static let dfeCINDataGuidance2020 = Source(
    .officialStatistics, title: "Characteristics of children in need: 2020, data guidance",
    locator: "Confidentiality; Rounding",
    url: "https://explore-education-statistics.service.gov.uk/find-statistics/children-in-need/"
      + "2020/explore",
    publisher: "Department for Education")
  /// DfE methodology for children looked after: a focus on placement location.
  static let dfeCLAPlacement = Source(
    .officialStatistics, title: "Children looked after: a focus on placement location, methodology",
    locator: "Rounding, suppression and grossing",
    url: "https://explore-education-statistics.service.gov.uk/methodology/"
      + "children-looked-after-a-focus-on-placement-location",
    publisher: "Department for Education")
  /// Written answer on children in care, whose footnote states the 2007 convention.
  static let hansardChildrenInCare2008 = Source(
    .parliamentaryRecord, title: "HC Deb 8 January 2008, Children in Care (written answer 174305)",
    locator: "Table 1, footnote 3",
    url: "https://hansard.parliament.uk/Commons/2008-01-08/debates/0801097000054/ChildrenInCare",
    publisher: "UK Parliament")
}
