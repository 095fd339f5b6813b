/// Everything one output (a report, a command's answer) intends to publish about one population,
/// before disclosure control: its tables of counts, the percentages it will print, and how
/// figures in different tables are tied together.
///
/// A draft is published by ``DisclosureControl/publish(_:)``, the one gate every published count
/// passes; the article "Publishing counts: one gate" states the rule it enforces.
public struct PublicationDraft: Sendable, Hashable, Codable {
  /// One table of counts with whichever totals it prints.
  public struct Table: Sendable, Hashable, Codable {
    /// A name unique within the draft, used to refer to the table's figures.
    public var id: String
    /// The counts, row by row; `nil` is not available (":").
    public var cells: [[Int?]]
    /// The total of each row, when printed.
    public var rowTotals: [Int?]?
    /// The total of each column, when printed.
    public var columnTotals: [Int?]?
    /// The grand total, when printed with both row and column totals.
    public var grandTotal: Int?
    /// The geographic level, which decides rounding.
    public var level: GeographicLevel

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - id: A name unique within the draft.
    ///   - cells: The counts, row by row; `nil` is not available.
    ///   - rowTotals: The total of each row, or `nil` when row totals are not printed.
    ///   - columnTotals: The total of each column, or `nil` when not printed.
    ///   - grandTotal: The grand total (used only with both row and column totals).
    ///   - level: The geographic level of the counts.
    public init(
      id: String, cells: [[Int?]], rowTotals: [Int?]? = nil, columnTotals: [Int?]? = nil,
      grandTotal: Int? = nil, level: GeographicLevel = .localAuthority
    ) {
      self.id = id
      self.cells = cells
      self.rowTotals = rowTotals
      self.columnTotals = columnTotals
      self.grandTotal = grandTotal
      self.level = level
    }

    /// A table of one row whose cells add up to `total`.
    ///
    /// - Parameters:
    ///   - id: A name unique within the draft.
    ///   - row: The counts.
    ///   - total: Their total, as printed.
    public static func row(_ id: String, _ row: [Int?], total: Int?) -> Table {
      Table(id: id, cells: [row], rowTotals: [total])
    }

    /// A table of single counts that are not parts of one another (one column, no totals).
    ///
    /// - Parameters:
    ///   - id: A name unique within the draft.
    ///   - counts: The counts, one per row.
    public static func counts(_ id: String, _ counts: [Int?]) -> Table {
      Table(id: id, cells: counts.map { [$0] })
    }
  }

  /// A percentage the output prints: `numerator` as a share of `denominator`.
  public struct Percentage: Sendable, Hashable, Codable {
    /// A name unique among the draft's percentages.
    public var id: String
    /// The count on top.
    public var numerator: FigureReference
    /// The count underneath.
    public var denominator: FigureReference

    /// Creates a percentage.
    ///
    /// - Parameters:
    ///   - id: A name unique among the draft's percentages.
    ///   - numerator: The count on top.
    ///   - denominator: The count underneath.
    public init(id: String, numerator: FigureReference, denominator: FigureReference) {
      self.id = id
      self.numerator = numerator
      self.denominator = denominator
    }
  }

  /// A fact a reader can see across tables: `whole` is the sum of `parts` (with one part, the two
  /// figures are equal — the same count printed twice).
  public struct Relation: Sendable, Hashable, Codable {
    /// The figure that is the sum.
    public var whole: FigureReference
    /// The figures that add up to it.
    public var parts: [FigureReference]

    /// Creates a relation.
    ///
    /// - Parameters:
    ///   - whole: The figure that is the sum.
    ///   - parts: The figures that add up to it.
    public init(whole: FigureReference, parts: [FigureReference]) {
      self.whole = whole
      self.parts = parts
    }
  }

  /// The tables, in the order they are printed.
  public var tables: [Table]
  /// The percentages printed.
  public var percentages: [Percentage]
  /// Ties between figures of different tables (row and column totals are tied automatically).
  public var relations: [Relation]

  /// Creates a draft.
  ///
  /// - Parameters:
  ///   - tables: The tables, in the order they are printed.
  ///   - percentages: The percentages printed.
  ///   - relations: Ties between figures of different tables.
  public init(tables: [Table], percentages: [Percentage] = [], relations: [Relation] = []) {
    self.tables = tables
    self.percentages = percentages
    self.relations = relations
  }
}

/// One figure of a draft: a cell or a total of one of its tables.
public struct FigureReference: Sendable, Hashable, Codable {
  /// Where in the table.
  public enum Position: Sendable, Hashable, Codable {
    /// A cell (0-based row and column).
    case cell(row: Int, column: Int)
    /// The total of a row.
    case rowTotal(row: Int)
    /// The total of a column.
    case columnTotal(column: Int)
    /// The grand total.
    case grandTotal
  }

  /// The table's ``PublicationDraft/Table/id``.
  public var table: String
  /// Where in the table.
  public var position: Position

  /// Creates a reference.
  ///
  /// - Parameters:
  ///   - table: The table's id.
  ///   - position: Where in the table.
  public init(_ table: String, _ position: Position) {
    self.table = table
    self.position = position
  }
}

/// What one output may publish: its tables and percentages after disclosure control.
///
/// Made only by ``DisclosureControl/publish(_:)``; a renderer prints these values and nothing
/// else, so no count it prints can undo the suppression.
public struct Publication: Sendable, Hashable, Codable {
  /// The tables, in the draft's order.
  public internal(set) var tables: [DisclosureControl.PublishedTable]
  /// The percentages, by their ids.
  public internal(set) var percentages: [String: PublishedValue]

  /// The published table with this id.
  ///
  /// - Parameter id: The table's id in the draft.
  public func table(_ id: String) -> DisclosureControl.PublishedTable? {
    tables.first { $0.id == id }
  }

  /// One published figure, or ":" (not available) when the reference names nothing.
  ///
  /// - Parameter reference: The figure.
  public func value(_ reference: FigureReference) -> PublishedValue {
    guard let table = table(reference.table) else { return .notAvailable }
    return table.value(at: reference.position) ?? .notAvailable
  }

  /// One published percentage, or ":" when the id names nothing.
  ///
  /// - Parameter id: The percentage's id in the draft.
  public func percentage(_ id: String) -> PublishedValue {
    percentages[id] ?? .notAvailable
  }

  /// Every figure and percentage of `draft` withheld: what an output shows when its draft cannot
  /// be published (a programming error such as a negative count), so nothing leaks.
  ///
  /// - Parameters:
  ///   - draft: The draft that could not be published.
  ///   - symbol: The suppression symbol.
  public static func withholdingAll(_ draft: PublicationDraft, symbol: String) -> Publication {
    let hidden = PublishedValue.suppressed(symbol: symbol)
    let tables = draft.tables.map { table in
      DisclosureControl.PublishedTable(
        id: table.id, cells: table.cells.map { $0.map { _ in hidden } },
        rowTotals: table.rowTotals?.map { _ in hidden },
        columnTotals: table.columnTotals?.map { _ in hidden },
        grandTotal: table.rowTotals != nil && table.columnTotals != nil ? hidden : nil)
    }
    return Publication(
      tables: tables,
      percentages: Dictionary(
        draft.percentages.map { ($0.id, hidden) }, uniquingKeysWith: { first, _ in first }))
  }
}

extension DisclosureControl.PublishedTable {
  /// The figure at `position`, or `nil` when the table has none there.
  ///
  /// - Parameter position: Where in the table.
  public func value(at position: FigureReference.Position) -> PublishedValue? {
    switch position {
    case .cell(let row, let column):
      guard cells.indices.contains(row), cells[row].indices.contains(column) else { return nil }
      return cells[row][column]
    case .rowTotal(let row):
      guard let rowTotals, rowTotals.indices.contains(row) else { return nil }
      return rowTotals[row]
    case .columnTotal(let column):
      guard let columnTotals, columnTotals.indices.contains(column) else { return nil }
      return columnTotals[column]
    case .grandTotal: return grandTotal
    }
  }

  fileprivate mutating func set(_ value: PublishedValue, at position: FigureReference.Position) {
    switch position {
    case .cell(let row, let column): cells[row][column] = value
    case .rowTotal(let row): rowTotals?[row] = value
    case .columnTotal(let column): columnTotals?[column] = value
    case .grandTotal: grandTotal = value
    }
  }
}

extension DisclosureControl {
  /// Why a draft could not be published. Never contains the figures themselves.
  public enum DraftError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A table's shape or counts are wrong.
    case table(id: String, InputError)
    /// Two tables share an id.
    case duplicateTable(id: String)
    /// A percentage or relation refers to a figure no table has.
    case unknownFigure(table: String)
    /// A percentage's numerator is larger than its denominator.
    case percentage(id: String, InputError)

    /// What is wrong and where, in plain words.
    public var description: String {
      switch self {
      case .table(let id, let error): "Table \(id): \(error)"
      case .duplicateTable(let id): "Two tables are called \(id); each needs its own name."
      case .unknownFigure(let table):
        "A percentage or a link refers to a figure that table \(table) does not have."
      case .percentage(let id, let error): "Percentage \(id): \(error)"
      }
    }
  }

  /// Publishes everything one output prints about one population: the one disclosure-control
  /// gate.
  ///
  /// 1. Primary suppression and rounding of every count and total (``publish(_:level:)``).
  /// 2. Complementary suppression until no withheld figure can be worked out from anything else
  ///    in the draft — row and column totals, the draft's ``PublicationDraft/relations`` between
  ///    tables, and the public knowledge that a withheld figure is at least 1 (zero is never
  ///    withheld) and, when withheld by step 1, at most the top of ``suppressionRange`` (5).
  ///    A figure printed twice (a relation with one part) is withheld in both places.
  ///    While some withheld figures are determined, the smallest non-zero published figure that
  ///    shares a sum with any of them (first in table, row, column order on a tie; a total only
  ///    when no cell is left) is withheld too, and the check is run again.
  /// 3. Percentages: computed only when both counts are published; otherwise withheld with them.
  ///
  /// A convention with ``secondaryLimit`` (2007) stops at step 2's limit as it did then, so its
  /// tables carry the weaker guarantee of that convention.
  ///
  /// - Parameter draft: The tables, percentages and relations of the output.
  /// - Returns: The publication, in the draft's order.
  /// - Throws: ``DraftError`` for a table of the wrong shape, a negative count, an unknown
  ///   reference, or a numerator above its denominator.
  public func publish(_ draft: PublicationDraft) throws(DraftError) -> Publication {
    var ids: Set<String> = []
    for table in draft.tables where !ids.insert(table.id).inserted {
      throw .duplicateTable(id: table.id)
    }
    var grid = FigureGrid()
    var tables: [PublishedTable] = []
    for table in draft.tables {
      do {
        tables.append(try primaryTable(table))
      } catch {
        throw .table(id: table.id, error)
      }
      grid.add(table)
    }
    for relation in draft.relations {
      for reference in [relation.whole] + relation.parts where grid.raw(reference) == nil {
        guard grid.exists(reference) else { throw .unknownFigure(table: reference.table) }
      }
    }
    for percentage in draft.percentages {
      for reference in [percentage.numerator, percentage.denominator]
      where !grid.exists(reference) {
        throw .unknownFigure(table: reference.table)
      }
    }
    var publication = Publication(tables: tables, percentages: [:])
    if secondarySuppression {
      complementary(&publication, grid: grid, relations: grid.relations + draft.relations)
    }
    for percentage in draft.percentages {
      let numerator = grid.raw(percentage.numerator)
      let denominator = grid.raw(percentage.denominator)
      let shown = [percentage.numerator, percentage.denominator].allSatisfy {
        !publication.value($0).isSuppressed
      }
      do {
        let value = try publishPercentage(numerator: numerator, denominator: denominator)
        publication.percentages[percentage.id] =
          shown || value == .notApplicable || value == .notAvailable
          ? value : .suppressed(symbol: suppressedSymbol)
      } catch {
        throw .percentage(id: percentage.id, error)
      }
    }
    return publication
  }

  /// Primary suppression and rounding of one table, with its shape checked.
  private func primaryTable(_ table: PublicationDraft.Table) throws(InputError) -> PublishedTable {
    let columnCount = table.columnTotals?.count ?? table.cells.first?.count ?? 0
    for (index, row) in table.cells.enumerated() where row.count != columnCount {
      throw .rowLengthMismatch(row: index)
    }
    if let rowTotals = table.rowTotals, rowTotals.count != table.cells.count {
      throw .rowTotalsCountMismatch
    }
    let level = table.level
    /// Each count checked and given primary suppression, located by `place`.
    func primaryLine(_ counts: [Int?], _ place: (Int) -> Location) throws(InputError)
      -> [PublishedValue]
    {
      var published: [PublishedValue] = []
      for (index, count) in counts.enumerated() {
        try check(count, at: place(index))
        published.append(primary(count, level: level))
      }
      return published
    }
    var cells: [[PublishedValue]] = []
    for (row, counts) in table.cells.enumerated() {
      cells.append(try primaryLine(counts) { .cell(row: row, column: $0) })
    }
    let rowTotals = try table.rowTotals.map { totals throws(InputError) in
      try primaryLine(totals) { .rowTotal(row: $0) }
    }
    let columnTotals = try table.columnTotals.map { totals throws(InputError) in
      try primaryLine(totals) { .columnTotal(column: $0) }
    }
    var grandTotal: PublishedValue?
    if table.rowTotals != nil && table.columnTotals != nil {
      try check(table.grandTotal, at: .grandTotal)
      grandTotal = primary(table.grandTotal, level: level)
    }
    return PublishedTable(
      id: table.id, cells: cells, rowTotals: rowTotals, columnTotals: columnTotals,
      grandTotal: grandTotal)
  }

  /// Step 2 of ``publish(_:)``: withholds figures until no withheld one is determined.
  private func complementary(
    _ publication: inout Publication, grid: FigureGrid, relations: [PublicationDraft.Relation]
  ) {
    // Relations with a figure that is not available tie an unknown: a reader learns nothing. A
    // total that is not the sum of its cells (it counts unknowns too) gives no equation either.
    let usable = relations.filter { relation in
      guard let whole = grid.raw(relation.whole) else { return false }
      var sum = 0
      for part in relation.parts {
        guard let value = grid.raw(part) else { return false }
        let (next, overflow) = sum.addingReportingOverflow(value)
        guard !overflow else { return false }
        sum = next
      }
      return sum == whole
    }
    var zeroWithheld: Set<FigureReference> = []
    while true {
      // The same count printed twice is withheld in both places.
      var copied = false
      for relation in usable where relation.parts.count == 1 {
        let pair = [relation.whole, relation.parts[0]]
        let withheld = pair.filter { publication.value($0).isSuppressed }
        if withheld.count == 1, let other = pair.first(where: { !withheld.contains($0) }) {
          publication.withhold(other, symbol: suppressedSymbol)
          copied = true
        }
      }
      if copied { continue }
      let determined = determinedFigures(publication, grid: grid, relations: usable, zeroWithheld)
      guard !determined.isEmpty else { return }
      let sharing = usable.filter { relation in
        ([relation.whole] + relation.parts).contains { determined.contains($0) }
      }
      let parts = sharing.flatMap(\.parts)
      let wholes = sharing.map(\.whole)
      let current = publication
      let open = { (reference: FigureReference) in !current.value(reference).isSuppressed }
      let candidate =
        smallest(parts.filter(open), grid: grid) ?? smallest(wholes.filter(open), grid: grid)
      if let candidate {
        let value = grid.raw(candidate) ?? 0
        if let secondaryLimit, value >= secondaryLimit { return }
        publication.withhold(candidate, symbol: suppressedSymbol)
        continue
      }
      // Only zeros are left beside them: withhold those too (a reader cannot then rely on every
      // withheld figure being at least 1 there).
      let zeros = (parts + wholes).filter { open($0) && grid.raw($0) == 0 }
      guard !zeros.isEmpty else { return }
      for zero in zeros {
        publication.withhold(zero, symbol: suppressedSymbol)
        zeroWithheld.insert(zero)
      }
    }
  }

  /// The smallest non-zero figure, first in draft order on a tie.
  private func smallest(_ references: [FigureReference], grid: FigureGrid) -> FigureReference? {
    var best: (reference: FigureReference, value: Int, order: Int)?
    for reference in references {
      guard let value = grid.raw(reference), value > 0, let order = grid.order[reference] else {
        continue
      }
      if let current = best, (current.value, current.order) <= (value, order) { continue }
      best = (reference, value, order)
    }
    return best?.reference
  }

  /// The withheld figures whose values a reader can work out.
  private func determinedFigures(
    _ publication: Publication, grid: FigureGrid, relations: [PublicationDraft.Relation],
    _ zeroWithheld: Set<FigureReference>
  ) -> Set<FigureReference> {
    let withheld = grid.references.filter { publication.value($0).isSuppressed }
    guard !withheld.isEmpty else { return [] }
    let index = Dictionary(uniqueKeysWithValues: withheld.enumerated().map { ($1, $0) })
    // Each sum as (withheld column, coefficient) pairs and the published part moved across:
    // whole − Σ parts = 0.
    var equations: [(terms: [Int: Double], constant: Double)] = []
    var component = Array(withheld.indices)
    func root(_ column: Int) -> Int {
      var column = column
      while component[column] != column { column = component[column] }
      return column
    }
    for relation in relations {
      var terms: [Int: Double] = [:]
      var constant = 0.0
      for (reference, sign) in [(relation.whole, 1.0)] + relation.parts.map({ ($0, -1.0) }) {
        if let column = index[reference] {
          terms[column, default: 0] += sign
        } else {
          constant -= sign * Double(grid.raw(reference) ?? 0)
        }
      }
      guard let first = terms.keys.min() else { continue }
      for column in terms.keys { component[root(column)] = root(first) }
      equations.append((terms, constant))
    }
    // Figures tied by no sum are free; the others are solved one connected group at a time.
    var determined: Set<FigureReference> = []
    let groups = Dictionary(grouping: withheld.indices, by: root)
    for columns in groups.values {
      let local = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
      var rows: [[Double]] = []
      var right: [Double] = []
      for equation in equations {
        guard let column = equation.terms.keys.first, local[column] != nil else { continue }
        var row = [Double](repeating: 0, count: columns.count)
        for (column, coefficient) in equation.terms { row[local[column] ?? 0] += coefficient }
        rows.append(row)
        right.append(equation.constant)
      }
      guard !rows.isEmpty else { continue }
      var lower = columns.map { zeroWithheld.contains(withheld[$0]) ? 0.0 : 1.0 }
      // A reader who knows the convention knows a count withheld by primary suppression is at
      // most the top of its range (5): x + slack = 5, slack ≥ 0. Assuming they also know which
      // ones those are is the cautious side.
      if let top = suppressionRange?.upperBound {
        let capped = columns.indices.filter { position in
          grid.raw(withheld[columns[position]]).map(isSuppressed) == true
        }
        let width = columns.count + capped.count
        rows = rows.map { $0 + [Double](repeating: 0, count: capped.count) }
        for (extra, position) in capped.enumerated() {
          var row = [Double](repeating: 0, count: width)
          row[position] = 1
          row[columns.count + extra] = 1
          rows.append(row)
          right.append(Double(top))
          lower.append(0)
        }
      }
      let system = BoundedSystem(rows: rows, right: right, lower: lower)
      for (position, column) in columns.enumerated() where system.isDetermined(position) {
        determined.insert(withheld[column])
      }
    }
    return determined
  }
}

extension Publication {
  fileprivate mutating func withhold(_ reference: FigureReference, symbol: String) {
    guard let index = tables.firstIndex(where: { $0.id == reference.table }) else { return }
    tables[index].set(.suppressed(symbol: symbol), at: reference.position)
  }
}

/// The raw counts of a draft, with each figure's place in draft order and the sums tables print.
private struct FigureGrid {
  var values: [FigureReference: Int?] = [:]
  var order: [FigureReference: Int] = [:]
  var references: [FigureReference] = []
  var relations: [PublicationDraft.Relation] = []

  func exists(_ reference: FigureReference) -> Bool { values[reference] != nil }

  func raw(_ reference: FigureReference) -> Int? { values[reference] ?? nil }

  mutating func add(_ table: PublicationDraft.Table) {
    let id = table.id
    let rows = table.cells.indices
    let columns = 0..<(table.columnTotals?.count ?? table.cells.first?.count ?? 0)
    for row in rows {
      for column in columns {
        insert(FigureReference(id, .cell(row: row, column: column)), table.cells[row][column])
      }
    }
    if let totals = table.rowTotals {
      for row in rows {
        let whole = FigureReference(id, .rowTotal(row: row))
        insert(whole, totals[row])
        relations.append(
          .init(
            whole: whole, parts: columns.map { FigureReference(id, .cell(row: row, column: $0)) }))
      }
    }
    if let totals = table.columnTotals {
      for column in columns {
        let whole = FigureReference(id, .columnTotal(column: column))
        insert(whole, totals[column])
        relations.append(
          .init(
            whole: whole, parts: rows.map { FigureReference(id, .cell(row: $0, column: column)) }))
      }
    }
    if table.rowTotals != nil, table.columnTotals != nil {
      let grand = FigureReference(id, .grandTotal)
      insert(grand, table.grandTotal)
      relations.append(
        .init(whole: grand, parts: rows.map { FigureReference(id, .rowTotal(row: $0)) }))
      relations.append(
        .init(whole: grand, parts: columns.map { FigureReference(id, .columnTotal(column: $0)) }))
    }
  }

  private mutating func insert(_ reference: FigureReference, _ value: Int?) {
    values[reference] = .some(value)
    order[reference] = references.count
    references.append(reference)
  }
}

/// Equations `rows · x = right` over withheld figures with lower bounds `lower`: what a reader
/// knows. A figure is determined when the equations and bounds leave it at most one whole number.
private struct BoundedSystem {
  private let tableau: Tableau?
  private let lower: [Double]

  init(rows: [[Double]], right: [Double], lower: [Double]) {
    self.lower = lower
    self.tableau = Tableau.feasible(rows: rows, right: right, lower: lower)
  }

  /// Whether at most one whole number fits `column` (linear-programming bounds, which are exact
  /// for the sums of counts tables print).
  /// When the arithmetic fails (no solution where the true counts are one, or no answer within
  /// the step limit) the figure counts as determined: the cautious side.
  func isDetermined(_ column: Int) -> Bool {
    guard var low = tableau, var high = tableau else { return true }
    var cost = [Double](repeating: 0, count: lower.count)
    cost[column] = 1
    let minimum: Double
    switch low.minimise(cost) {
    case .optimum(let value): minimum = value
    case .unbounded: return false
    case .gaveUp: return true
    }
    cost[column] = -1
    let negatedMaximum: Double
    switch high.minimise(cost) {
    case .optimum(let value): negatedMaximum = value
    case .unbounded: return false
    case .gaveUp: return true
    }
    let smallest = (lower[column] + minimum - Tableau.tolerance).rounded(.up)
    let largest = (lower[column] - negatedMaximum + Tableau.tolerance).rounded(.down)
    return largest - smallest < 1
  }
}

/// A simplex tableau over `y = x − lower ≥ 0` with a feasible basis (Bland's rule, so it ends).
private struct Tableau {
  static let tolerance = 1e-7
  /// Constraint rows; the last entry of each is its right-hand side.
  var rows: [[Double]]
  var basis: [Int]
  let variables: Int
  /// Entries per row: variables, artificial variables and the right-hand side.
  let width: Int

  /// A feasible basis found by phase 1, or `nil` when the equations have no solution.
  static func feasible(rows: [[Double]], right: [Double], lower: [Double]) -> Tableau? {
    let variables = lower.count
    let count = rows.count
    var table: [[Double]] = []
    for (index, row) in rows.enumerated() {
      var shifted = right[index]
      for (column, coefficient) in row.enumerated() { shifted -= coefficient * lower[column] }
      let sign = shifted < 0 ? -1.0 : 1.0
      var line = row.map { $0 * sign }
      line += (0..<count).map { $0 == index ? 1 : 0 }
      line.append(shifted * sign)
      table.append(line)
    }
    var tableau = Tableau(
      rows: table, basis: (0..<count).map { variables + $0 }, variables: variables,
      width: variables + count + 1)
    let phaseOne = [Double](repeating: 0, count: variables) + Array(repeating: 1, count: count)
    guard case .optimum(let infeasibility) = tableau.minimise(phaseOne, allowed: variables + count),
      infeasibility < tolerance * Double(max(1, count))
    else { return nil }
    // Drive artificial variables out of the basis; a row that keeps one is redundant.
    var row = 0
    while row < tableau.rows.count {
      if tableau.basis[row] >= variables {
        if let column = (0..<variables).first(where: { abs(tableau.rows[row][$0]) > tolerance }) {
          tableau.pivot(row: row, column: column)
        } else {
          tableau.rows.remove(at: row)
          tableau.basis.remove(at: row)
          continue
        }
      }
      row += 1
    }
    return tableau
  }

  /// The end of one minimisation.
  enum Solution {
    /// The smallest value.
    case optimum(Double)
    /// No smallest value.
    case unbounded
    /// No answer within the step limit (rounding can make Bland's rule cycle).
    case gaveUp
  }

  /// Minimises `cost · y` over the first `allowed` variables.
  mutating func minimise(_ cost: [Double], allowed: Int? = nil) -> Solution {
    let allowed = allowed ?? variables
    let cost = cost + [Double](repeating: 0, count: max(0, width - 1 - cost.count))
    // Reduced costs, kept up to date by each pivot; the last entry is −(objective value).
    var reduced = cost + [0]
    for (index, column) in basis.enumerated() where cost[column] != 0 {
      let factor = cost[column]
      for entry in 0..<width { reduced[entry] -= factor * rows[index][entry] }
    }
    for _ in 0..<(50 * (rows.count + width)) {
      guard let entering = (0..<allowed).first(where: { reduced[$0] < -Self.tolerance }) else {
        return .optimum(-reduced[width - 1])
      }
      var leaving: Int?
      var best = Double.infinity
      for index in rows.indices where rows[index][entering] > Self.tolerance {
        let ratio = rows[index][width - 1] / rows[index][entering]
        if ratio < best - Self.tolerance
          || (ratio <= best + Self.tolerance && leaving.map { basis[index] < basis[$0] } == true)
        {
          best = min(best, ratio)
          leaving = index
        }
      }
      guard let leaving else { return .unbounded }
      pivot(row: leaving, column: entering)
      let factor = reduced[entering]
      for entry in 0..<width { reduced[entry] -= factor * rows[leaving][entry] }
    }
    return .gaveUp
  }

  mutating func pivot(row: Int, column: Int) {
    let pivot = rows[row][column]
    for entry in 0..<width { rows[row][entry] /= pivot }
    for index in rows.indices where index != row {
      let factor = rows[index][column]
      guard factor != 0 else { continue }
      for entry in 0..<width { rows[index][entry] -= factor * rows[row][entry] }
    }
    basis[row] = column
  }
}
