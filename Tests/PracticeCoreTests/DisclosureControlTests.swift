import PracticeCore
import Testing

/// The published text of each value, for compact expectations.
private func texts(_ values: [PublishedValue]) -> [String] { values.map(\.description) }

@Suite("DisclosureControl")
struct DisclosureControlTests {
  let dfe = DisclosureControl.dfe
  let historic = DisclosureControl.dfe2007

  @Test(
    "Primary suppression at its boundaries (local authority, unrounded)",
    arguments: [
      (0, "0"), (1, "c"), (2, "c"), (5, "c"), (6, "6"), (14, "14"), (15, "15"),
    ])
  func primarySuppression(count: Int, expected: String) throws {
    #expect(try dfe.publish(count, level: .localAuthority).description == expected)
  }

  @Test(
    "National and regional counts round half up to the nearest 10",
    arguments: [
      (0, "0"), (5, "c"), (6, "10"), (14, "10"), (15, "20"), (995, "1000"), (1050, "1050"),
      (1054, "1050"), (1055, "1060"),
    ])
  func currentRounding(count: Int, expected: String) throws {
    #expect(try dfe.publish(count, level: .national).description == expected)
    #expect(try dfe.publish(count, level: .regional).description == expected)
  }

  @Test(
    "2007: nearest 100 above 1,000, otherwise nearest 10; suppressed shown as '-'",
    arguments: [
      (0, "0"), (1, "-"), (5, "-"), (6, "10"), (14, "10"), (15, "20"), (995, "1000"),
      (1000, "1000"), (1001, "1000"), (1049, "1000"), (1050, "1100"), (1150, "1200"),
    ])
  func historicRounding(count: Int, expected: String) throws {
    #expect(try historic.publish(count, level: .national).description == expected)
  }

  @Test("2007 local authority figures are unrounded")
  func historicLocalAuthority() throws {
    #expect(try historic.publish(1050, level: .localAuthority) == .count(1050))
  }

  @Test("A missing count is ':' (not available)")
  func notAvailable() throws {
    #expect(try dfe.publish(nil, level: .national) == .notAvailable)
    #expect(PublishedValue.notAvailable.description == ":")
  }

  @Test("A non-zero count that rounds to zero is 'k' when suppression is off")
  func roundsToZero() throws {
    let control = DisclosureControl(suppressionRange: nil)
    #expect(try control.publish(3, level: .national) == .roundsToZero)
    #expect(try control.publish(4, level: .national).description == "k")
    #expect(try control.publish(5, level: .national) == .count(10))
    #expect(try control.publish(0, level: .national) == .count(0))
    #expect(try control.publish(3, level: .localAuthority) == .count(3))
  }

  @Test("Negative counts are a typed error that names the place, not the value")
  func negative() throws {
    #expect(throws: DisclosureControl.InputError.negativeCount(.single)) {
      try dfe.publish(-1, level: .national)
    }
    let error = #expect(throws: DisclosureControl.InputError.self) {
      try dfe.publish(row: [7, -12_345], total: 30, level: .localAuthority)
    }
    #expect(error == .negativeCount(.cell(row: 0, column: 1)))
    #expect(error?.description == "Row 1, column 2: a count of children cannot be negative.")
    #expect(error?.description.contains("12") == false)
  }

  @Test("Rounding never traps near Int.max")
  func roundingOverflow() {
    #expect(DisclosureControl.Rounding.nearest(10).apply(Int.max) == Int.max - 7)
    #expect(DisclosureControl.Rounding.nearest(0).apply(17) == 17)
    #expect(DisclosureControl.Rounding.unrounded.apply(17) == 17)
  }

  @Test("Symbols")
  func symbols() {
    #expect(PublishedValue.suppressed(symbol: "c").description == "c")
    #expect(PublishedValue.notApplicable.description == "z")
    #expect(PublishedValue.notAvailable.description == ":")
    #expect(PublishedValue.roundsToZero.description == "k")
    #expect(PublishedValue.count(40).description == "40")
    #expect(PublishedValue.percentage(12).description == "12")
  }

  // MARK: Secondary suppression in a row

  @Test("One suppressed cell: the next smallest non-zero cell is suppressed too")
  func secondaryOneCell() throws {
    let row = try dfe.publish(row: [3, 10, 7, 0], total: 20, level: .localAuthority)
    #expect(texts(row.cells) == ["c", "10", "c", "0"])
    #expect(row.total == .count(20))
  }

  @Test("Two suppressed cells need no secondary suppression")
  func secondaryTwoCells() throws {
    let row = try dfe.publish(row: [2, 4, 10, 8], total: 24, level: .localAuthority)
    #expect(texts(row.cells) == ["c", "c", "10", "8"])
  }

  @Test("Ties go to the first smallest cell")
  func secondaryTie() throws {
    let row = try dfe.publish(row: [2, 7, 7], total: 16, level: .localAuthority)
    #expect(texts(row.cells) == ["c", "c", "7"])
  }

  @Test("A cell that is not available hides what the total leaves: nothing more is withheld")
  func secondaryNotAvailable() throws {
    // 9 = c + ":" + 0: the unknown ":" could be anything from 4 to 8, so c stays 1 to 5.
    let row = try dfe.publish(row: [3, nil, 0], total: 9, level: .localAuthority)
    #expect(texts(row.cells) == ["c", ":", "0"])
    #expect(row.total == .count(9))
  }

  @Test("No secondary suppression when the total is not shown")
  func secondaryHiddenTotal() throws {
    let missing = try dfe.publish(row: [3, 10], total: nil, level: .localAuthority)
    #expect(texts(missing.cells) == ["c", "10"])
    #expect(missing.total == .notAvailable)
    let suppressed = try dfe.publish(row: [3, 0], total: 3, level: .localAuthority)
    #expect(texts(suppressed.cells) == ["c", "0"])
    #expect(suppressed.total.isSuppressed)
  }

  @Test("Secondary suppression can be turned off")
  func secondaryOff() throws {
    var control = DisclosureControl.dfe
    control.secondarySuppression = false
    let row = try control.publish(row: [3, 10], total: 13, level: .localAuthority)
    #expect(texts(row.cells) == ["c", "10"])
    #expect(row.total == .count(13))
  }

  @Test(
    "2007: the next smallest item is suppressed only when strictly less than 20",
    arguments: [(19, ["-", "-", "30"]), (20, ["-", "20", "30"]), (25, ["-", "25", "30"])])
  func historicLimit(next: Int, expected: [String]) throws {
    let row = try historic.publish(row: [3, next, 30], total: 33 + next, level: .localAuthority)
    #expect(texts(row.cells) == expected)
  }

  // MARK: Tables

  @Test("Table with row and column totals: suppression spreads until stable")
  func tableIterates() throws {
    // (0,0) = 3 is primary. Row 1 takes 10; then columns 1 and 2 each have one suppressed cell,
    // so 8 and 9 go too; row 2 then has two suppressed cells and is safe.
    let table = try dfe.publish(
      table: [[3, 10, 12], [8, 9, 20]], rowTotals: [25, 37], columnTotals: [11, 19, 32],
      grandTotal: 62, level: .localAuthority)
    #expect(table.cells.map(texts) == [["c", "c", "12"], ["c", "c", "20"]])
    #expect(table.rowTotals.map(texts) == ["25", "37"])
    #expect(table.columnTotals.map(texts) == ["11", "19", "32"])
    #expect(table.grandTotal == .count(62))
  }

  @Test("A suppressed row total is protected within the column of row totals")
  func tableTotalsLine() throws {
    // Row 1's total (4) and its cell 4 are primary-suppressed; the grand total less 30 and 70
    // gives the 4 back, so the gate withholds the smallest cells and totals sharing a sum with
    // a determined figure (20, 10, 30, ...) until none is determined.
    let table = try dfe.publish(
      table: [[0, 4], [10, 20], [30, 40]], rowTotals: [4, 30, 70], columnTotals: [40, 64],
      grandTotal: 104, level: .localAuthority)
    #expect(table.rowTotals.map(texts) == ["c", "c", "70"])
    #expect(table.cells.map(texts) == [["0", "c"], ["c", "c"], ["c", "c"]])
  }

  @Test("Tables without totals only get primary suppression")
  func tableNoTotals() throws {
    let table = try dfe.publish(
      table: [[3, 10], [8, 9]], rowTotals: nil, columnTotals: nil, grandTotal: 99,
      level: .localAuthority)
    #expect(table.cells.map(texts) == [["c", "10"], ["8", "9"]])
    #expect(table.rowTotals == nil)
    #expect(table.grandTotal == nil)
  }

  @Test("Mismatched shapes are typed errors")
  func shapes() {
    #expect(throws: DisclosureControl.InputError.rowLengthMismatch(row: 1)) {
      try dfe.publish(
        table: [[1, 2], [3]], rowTotals: nil, columnTotals: nil, grandTotal: nil,
        level: .national)
    }
    #expect(throws: DisclosureControl.InputError.rowTotalsCountMismatch) {
      try dfe.publish(
        table: [[1, 2]], rowTotals: [3, 4], columnTotals: nil, grandTotal: nil, level: .national)
    }
    #expect(throws: DisclosureControl.InputError.rowLengthMismatch(row: 0)) {
      try dfe.publish(
        table: [[1, 2]], rowTotals: nil, columnTotals: [1, 2, 3], grandTotal: nil,
        level: .national)
    }
    #expect(throws: DisclosureControl.InputError.negativeCount(.grandTotal)) {
      try dfe.publish(
        table: [[10]], rowTotals: [10], columnTotals: [10], grandTotal: -1, level: .national)
    }
  }

  @Test("The table is rounded at national level after suppression is decided")
  func tableNational() throws {
    let row = try dfe.publish(row: [4, 14, 26], total: 44, level: .national)
    #expect(texts(row.cells) == ["c", "c", "30"])
    #expect(row.total == .count(40))
  }

  // MARK: Percentages

  @Test(
    "Whole-number percentages, half up, with c, k, z and ':'",
    arguments: [
      (6, 12, "50"), (7, 8, "88"), (6, 2000, "k"), (10, 2000, "1"),
      (9, 2000, "k") as (Int, Int, String),
      (0, 10, "0"), (3, 100, "c"), (5, 100, "c"), (6, 100, "6"), (20, 20, "100"),
      (0, 0, "z"), (0, 4, "c"),
    ])
  func percentages(numerator: Int, denominator: Int, expected: String) throws {
    let published = try dfe.publishPercentage(numerator: numerator, denominator: denominator)
    #expect(published.description == expected)
  }

  @Test("Percentage inputs: missing, negative, numerator above denominator")
  func percentageInputs() throws {
    #expect(try dfe.publishPercentage(numerator: nil, denominator: 10) == .notAvailable)
    #expect(try dfe.publishPercentage(numerator: 6, denominator: nil) == .notAvailable)
    #expect(throws: DisclosureControl.InputError.negativeCount(.numerator)) {
      try dfe.publishPercentage(numerator: -6, denominator: 10)
    }
    #expect(throws: DisclosureControl.InputError.negativeCount(.denominator)) {
      try dfe.publishPercentage(numerator: 6, denominator: -10)
    }
    #expect(throws: DisclosureControl.InputError.numeratorExceedsDenominator) {
      try dfe.publishPercentage(numerator: 11, denominator: 10)
    }
    #expect(
      try dfe.publishPercentage(numerator: Int.max - 1, denominator: Int.max) == .percentage(100))
  }

  // MARK: Presets and provenance

  @Test("Presets")
  func presets() {
    #expect(dfe.suppressionRange == 1...5)
    #expect(dfe.suppressedSymbol == "c")
    #expect(dfe.rounding(for: .national) == .nearest(10))
    #expect(dfe.rounding(for: .regional) == .nearest(10))
    #expect(dfe.rounding(for: .localAuthority) == .unrounded)
    #expect(dfe.secondarySuppression)
    #expect(dfe.secondaryLimit == nil)
    #expect(historic.suppressedSymbol == "-")
    #expect(historic.secondaryLimit == 20)
    #expect(
      historic.rounding(for: .national) == .tiered(step: 10, threshold: 1000, largeStep: 100))
    #expect(DisclosureControl() == dfe)
  }

  @Test("Provenance and facts cite DfE and Hansard")
  func provenance() {
    #expect(dfe.provenance.sources.allSatisfy { $0.kind == .officialStatistics })
    #expect(dfe.provenance.sources.contains { $0.url?.contains("children-in-need/2020") == true })
    #expect(historic.provenance.sources.first?.kind == .parliamentaryRecord)
    #expect(
      historic.provenance.sources.first?.url
        == "https://hansard.parliament.uk/Commons/2008-01-08/debates/0801097000054/ChildrenInCare")
    let facts = DisclosureControl.facts
    #expect(facts.count == 3)
    #expect(Set(facts.map(\.id)).count == 3)
    #expect(facts.allSatisfy { !$0.provenance.sources.isEmpty })
  }
}
