import PracticeCore
import Testing

/// The published text of each value, for compact expectations.
private func texts(_ values: [PublishedValue]?) -> [String] { (values ?? []).map(\.description) }

@Suite("Publication gate")
struct PublicationTests {
  let dfe = DisclosureControl.dfe

  @Test("One hidden cell with a row total: the smallest other cell goes too")
  func oneHiddenCell() throws {
    // 3 is primary; 20 − 10 − 7 would give it back, so the smallest other cell (7) is withheld.
    let publication = try dfe.publish(
      PublicationDraft(tables: [.row("due", [3, 10, 7], total: 20)]))
    let table = try #require(publication.table("due"))
    #expect(texts(table.cells.first) == ["c", "10", "c"])
    #expect(texts(table.rowTotals) == ["20"])
  }

  @Test("Two hidden cells summing to 2 give each other away; a third cell is withheld")
  func twoCellsSummingToTwo() throws {
    // 1 + 1 = 24 − 10 − 12 = 2, and each withheld count is at least 1: both are 1. Withholding
    // 10 as well leaves three cells summing to 12, each anything from 1 to 10.
    let publication = try dfe.publish(
      PublicationDraft(tables: [.row("grades", [1, 1, 10, 12], total: 24)]))
    #expect(texts(publication.table("grades")?.cells.first) == ["c", "c", "c", "12"])
  }

  @Test("Two hidden cells with a larger sum are safe as they are")
  func twoCellsSafe() throws {
    // 2 + 4 = 6: either could be 1 to 5.
    let publication = try dfe.publish(
      PublicationDraft(tables: [.row("grades", [2, 4, 10, 8], total: 24)]))
    #expect(texts(publication.table("grades")?.cells.first) == ["c", "c", "10", "8"])
  }

  @Test("Two hidden cells at the top of the range give each other away; a third is withheld")
  func twoCellsAtTheTop() throws {
    // 5 + 5 = 30 − 20 = 10, and a count withheld as 1 to 5 is at most 5: both are 5.
    let publication = try dfe.publish(
      PublicationDraft(tables: [.row("grades", [5, 5, 20], total: 30)]))
    #expect(texts(publication.table("grades")?.cells.first) == ["c", "c", "c"])
    // 4 + 5 = 9 leaves each 4 or 5: not determined.
    let safe = try dfe.publish(PublicationDraft(tables: [.row("grades", [4, 5, 20], total: 29)]))
    #expect(texts(safe.table("grades")?.cells.first) == ["c", "c", "20"])
  }

  @Test("A percentage is published only from published counts")
  func percentage() throws {
    let draft = PublicationDraft(
      tables: [.row("due", [3, 10, 12], total: 25)],
      percentages: [
        .init(
          id: "onTime", numerator: .init("due", .cell(row: 0, column: 0)),
          denominator: .init("due", .rowTotal(row: 0))),
        .init(
          id: "late", numerator: .init("due", .cell(row: 0, column: 1)),
          denominator: .init("due", .rowTotal(row: 0))),
        .init(
          id: "missing", numerator: .init("due", .cell(row: 0, column: 2)),
          denominator: .init("due", .rowTotal(row: 0))),
      ])
    let publication = try dfe.publish(draft)
    #expect(texts(publication.table("due")?.cells.first) == ["c", "c", "12"])
    // 3 is primary, 10 complementary: both percentages would give the counts back.
    #expect(publication.percentage("onTime") == .suppressed(symbol: "c"))
    #expect(publication.percentage("late") == .suppressed(symbol: "c"))
    #expect(publication.percentage("missing") == .percentage(48))
  }

  @Test("A hidden cell tied to another table: the other table's sum would give it back")
  func sharedAcrossTables() throws {
    // Grades without a total, and a summary table printing "good or better" = 4 + 9.
    let draft = PublicationDraft(
      tables: [.counts("grades", [4, 9, 20]), .counts("summary", [13])],
      relations: [
        .init(
          whole: .init("summary", .cell(row: 0, column: 0)),
          parts: [
            .init("grades", .cell(row: 0, column: 0)), .init("grades", .cell(row: 1, column: 0)),
          ]
        )
      ])
    let publication = try dfe.publish(draft)
    #expect(publication.table("grades")?.cells.map(texts) == [["c"], ["c"], ["20"]])
    #expect(publication.value(.init("summary", .cell(row: 0, column: 0))) == .count(13))
  }

  @Test("The same count printed in two tables is withheld in both")
  func sameCountTwice() throws {
    let draft = PublicationDraft(
      tables: [.row("a", [4, 9, 7], total: 20), .counts("b", [9])],
      relations: [
        .init(
          whole: .init("b", .cell(row: 0, column: 0)), parts: [.init("a", .cell(row: 0, column: 1))]
        )
      ])
    let publication = try dfe.publish(draft)
    // Row a withholds 4 and then 7 (smaller than 9); b's 9 ties nothing withheld.
    #expect(texts(publication.table("a")?.cells.first) == ["c", "9", "c"])
    let linked = PublicationDraft(
      tables: [.row("a", [4, 7, 9], total: 20), .counts("b", [7])],
      relations: [
        .init(
          whole: .init("b", .cell(row: 0, column: 0)), parts: [.init("a", .cell(row: 0, column: 1))]
        )
      ])
    let second = try dfe.publish(linked)
    // 7 is withheld for row a; b prints the same 7, so it is withheld there too.
    #expect(texts(second.table("a")?.cells.first) == ["c", "c", "9"])
    #expect(second.value(.init("b", .cell(row: 0, column: 0))).isSuppressed)
  }

  @Test("A total equal to its only withheld cell is withheld itself")
  func totalOfZeros() throws {
    let publication = try dfe.publish(PublicationDraft(tables: [.row("r", [3, 0], total: 3)]))
    #expect(texts(publication.table("r")?.cells.first) == ["c", "0"])
    #expect(texts(publication.table("r")?.rowTotals) == ["c"])
  }

  @Test("Without primary suppression the gate publishes every count")
  func unsuppressed() throws {
    let control = DisclosureControl(suppressionRange: nil, secondarySuppression: false)
    let publication = try control.publish(
      PublicationDraft(tables: [.row("r", [1, 1, 10], total: 12)]))
    #expect(texts(publication.table("r")?.cells.first) == ["1", "1", "10"])
  }

  @Test("A draft that cannot be published can be shown with everything withheld")
  func withholdingAll() {
    let draft = PublicationDraft(
      tables: [
        .init(id: "t", cells: [[7, 9]], rowTotals: [16], columnTotals: [7, 9], grandTotal: 16)
      ],
      percentages: [
        .init(
          id: "p", numerator: .init("t", .cell(row: 0, column: 0)),
          denominator: .init("t", .grandTotal))
      ])
    let hidden = Publication.withholdingAll(draft, symbol: "c")
    #expect(hidden.table("t")?.cells == [[.suppressed(symbol: "c"), .suppressed(symbol: "c")]])
    #expect(hidden.value(.init("t", .grandTotal)).isSuppressed)
    #expect(hidden.percentage("p").isSuppressed)
    #expect(hidden.value(.init("missing", .grandTotal)) == .notAvailable)
  }

  @Test("Very large counts: no trap, and the gate still withholds a second cell")
  func largeCounts() throws {
    let big = 1_000_000_000_000
    let publication = try dfe.publish(
      PublicationDraft(tables: [.row("r", [3, big, big + 7], total: 2 * big + 10)]))
    #expect(texts(publication.table("r")?.cells.first) == ["c", "c", "\(big + 7)"])
    let extreme = try dfe.publish(
      PublicationDraft(tables: [.row("r", [2, Int.max - 2], total: Int.max)]))
    #expect(extreme.table("r")?.cells.first?.first?.isSuppressed == true)
  }

  @Test("Typed errors name the table, never a count")
  func errors() {
    #expect(throws: DisclosureControl.DraftError.duplicateTable(id: "a")) {
      try dfe.publish(PublicationDraft(tables: [.counts("a", [1]), .counts("a", [2])]))
    }
    #expect(
      throws: DisclosureControl.DraftError.table(id: "a", .negativeCount(.cell(row: 0, column: 0)))
    ) {
      try dfe.publish(PublicationDraft(tables: [.counts("a", [-7])]))
    }
    #expect(throws: DisclosureControl.DraftError.unknownFigure(table: "b")) {
      try dfe.publish(
        PublicationDraft(
          tables: [.counts("a", [1])],
          relations: [
            .init(whole: .init("b", .grandTotal), parts: [.init("a", .cell(row: 0, column: 0))])
          ]))
    }
  }

  /// Every whole-number value each withheld cell of a 2 × 2 table with all totals could take,
  /// given everything published: found by trying every assignment (independent of the gate's
  /// linear programming).
  private func possibleValues(
    _ cells: [[Int]], _ published: DisclosureControl.PublishedTable, limit: Int
  ) -> [[Set<Int>]] {
    var possible = [[Set<Int>]](repeating: [[], []], count: 2)
    func shown(_ value: PublishedValue?) -> Int? {
      if case .count(let count) = value { return count }
      return value == nil ? nil : nil
    }
    let range = 0...limit
    for a in range {
      for b in range {
        for c in range {
          for d in range {
            let candidate = [[a, b], [c, d]]
            var fits = true
            for row in 0..<2 {
              for column in 0..<2 {
                let value = published.cells[row][column]
                if let count = shown(value) {
                  fits = fits && candidate[row][column] == count
                } else if value.isSuppressed {
                  fits = fits && candidate[row][column] >= 1
                }
              }
            }
            let rowTotals = [a + b, c + d]
            let columnTotals = [a + c, b + d]
            for index in 0..<2 {
              let row = published.rowTotals?[index]
              let column = published.columnTotals?[index]
              if let count = shown(row) { fits = fits && rowTotals[index] == count }
              if row?.isSuppressed == true { fits = fits && rowTotals[index] >= 1 }
              if let count = shown(column) { fits = fits && columnTotals[index] == count }
              if column?.isSuppressed == true { fits = fits && columnTotals[index] >= 1 }
            }
            if let count = shown(published.grandTotal) { fits = fits && a + b + c + d == count }
            guard fits else { continue }
            for row in 0..<2 {
              for column in 0..<2 { possible[row][column].insert(candidate[row][column]) }
            }
          }
        }
      }
    }
    _ = cells
    return possible
  }

  @Test("Seeded 2 × 2 tables: no withheld cell is pinned to one value by exhaustive search")
  func exhaustiveSmallTables() throws {
    var generator = SeededGenerator(seed: 19)
    var withheldSeen = 0
    for _ in 0..<150 {
      let cells = (0..<2).map { _ in (0..<2).map { _ in Int(generator.next(upperBound: 7)) } }
      let rowTotals = cells.map { $0.reduce(0, +) }
      let columnTotals = [cells[0][0] + cells[1][0], cells[0][1] + cells[1][1]]
      let grand = rowTotals.reduce(0, +)
      let publication = try dfe.publish(
        PublicationDraft(tables: [
          .init(
            id: "t", cells: cells, rowTotals: rowTotals, columnTotals: columnTotals,
            grandTotal: grand)
        ]))
      let table = try #require(publication.table("t"))
      // Values up to 10 (above the largest cell, 6) are enough to find a second one; a larger
      // limit only adds more.
      let possible = possibleValues(cells, table, limit: 10)
      for row in 0..<2 {
        for column in 0..<2 where table.cells[row][column].isSuppressed {
          withheldSeen += 1
          #expect(possible[row][column].count >= 2, "table \(cells)")
          #expect(possible[row][column].contains(cells[row][column]))
        }
      }
    }
    #expect(withheldSeen > 50)
  }
}
