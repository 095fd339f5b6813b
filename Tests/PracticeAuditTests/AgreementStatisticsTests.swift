import PracticeAudit
import Testing

@Suite("Agreement statistics (audit.md §7.3)")
struct AgreementStatisticsTests {
  /// Example A: two auditors, 40 cases, rows auditor A, columns auditor B, O G RI I.
  static let exampleA = [[4, 2, 0, 0], [1, 12, 3, 0], [0, 2, 9, 1], [0, 0, 1, 5]]

  @Test("example A: Cohen's kappa unweighted, linear and quadratic reproduce exactly")
  func exampleAKappas() throws {
    let table = try AgreementTable(counts: Self.exampleA)
    #expect(table.total == 40)
    #expect(table.rowTotals == [6, 16, 12, 6])
    #expect(table.columnTotals == [5, 16, 13, 6])
    let unweighted = table.cohenKappa(.unweighted)
    #expect(unweighted.value == 361.0 / 561.0)
    #expect(rounded(unweighted.value) == 0.643494)
    #expect(unweighted.observedAgreement == 0.75)
    #expect(rounded(unweighted.chanceAgreement) == 0.29875)
    #expect(unweighted.band == .substantial)
    let linear = table.cohenKappa(.linear)
    #expect(linear.value == 74.0 / 99.0)
    #expect(rounded(linear.value) == 0.747475)
    #expect(rounded(linear.observedAgreement) == rounded(11.0 / 12.0))
    #expect(rounded(linear.chanceAgreement) == 0.67)
    let quadratic = table.cohenKappa(.quadratic)
    #expect(quadratic.value == 28.0 / 33.0)
    #expect(rounded(quadratic.value) == 0.848485)
    #expect(rounded(quadratic.observedAgreement) == rounded(35.0 / 36.0))
    #expect(rounded(quadratic.chanceAgreement) == rounded(49.0 / 60.0))
    // statsmodels' asymptotic standard error for example A.
    #expect(rounded(unweighted.standardError, places: 4) == 0.0993)
    #expect(linear.standardError == nil)
  }

  @Test("example B: Fleiss' kappa for three auditors and 8 cases is 115/211")
  func exampleB() throws {
    // O = 0, G = 1, RI = 2, I = 3.
    let ratings = [
      [1, 1, 1], [1, 1, 2], [2, 2, 2], [0, 1, 1], [2, 3, 3], [1, 2, 2], [0, 0, 0], [3, 3, 3],
    ]
    let matrix = try RatingMatrix(categoryCount: 4, ratings: ratings)
    #expect(
      matrix.categoryCounts == [
        [0, 3, 0, 0], [0, 2, 1, 0], [0, 0, 3, 0], [1, 2, 0, 0], [0, 0, 1, 2], [0, 1, 2, 0],
        [3, 0, 0, 0], [0, 0, 0, 3],
      ])
    let kappa = matrix.fleissKappa
    #expect(kappa.value == 115.0 / 211.0)
    #expect(rounded(kappa.value) == 0.545024)
    #expect(kappa.observedAgreement == 2.0 / 3.0)
    #expect(rounded(kappa.chanceAgreement) == 0.267361)
    #expect(kappa.band == .moderate)
    let summary = matrix.summary
    #expect(summary.raters == 3)
    #expect(summary.cases == 8)
    #expect(summary.cohenKappa == nil)
    #expect(summary.proportionAgreeing == 4.0 / 8.0)
    #expect(summary.band == .moderate)
  }

  @Test("example C: the standard Fleiss example (14 raters, 5 categories) is 4211/20059")
  func exampleC() throws {
    let rows = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]
    // Expand the counts into one rating per rater.
    let ratings = rows.map { row in
      row.enumerated().flatMap { category, count in [Int](repeating: category, count: count) }
    }
    let kappa = try RatingMatrix(categoryCount: 5, ratings: ratings).fleissKappa
    #expect(kappa.value == 4211.0 / 20059.0)
    #expect(rounded(kappa.value) == 0.209931)
    #expect(kappa.observedAgreement == 172.0 / 455.0)
    #expect(kappa.chanceAgreement == 417.0 / 1960.0)
    #expect(kappa.band == .fair)
  }

  @Test("two raters: the summary gives all three Cohen's kappas and percent agreement")
  func twoRaterSummary() throws {
    var ratings: [[Int]] = []
    for (i, row) in Self.exampleA.enumerated() {
      for (j, count) in row.enumerated() {
        ratings += [[Int]](repeating: [i, j], count: count)
      }
    }
    let summary = try RatingMatrix(categoryCount: 4, ratings: ratings).summary
    #expect(summary.raters == 2)
    #expect(summary.proportionAgreeing == 0.75)
    #expect(summary.cohenKappa?.value == 361.0 / 561.0)
    #expect(summary.linearWeightedKappa?.value == 74.0 / 99.0)
    #expect(summary.quadraticWeightedKappa?.value == 28.0 / 33.0)
    #expect(summary.fleissKappa.value != nil)
    #expect(summary.band == .substantial)
  }

  @Test(
    "undefined cases give a reason, never NaN",
    arguments: [
      ([[Int]](), UndefinedAgreement.fewerThanTwoCases),
      ([[0, 0], [0, 1]], .fewerThanTwoCases),
      ([[5, 0], [0, 0]], .chanceAgreementIsOne),
      ([[0, 0, 0], [0, 7, 0], [0, 0, 0]], .chanceAgreementIsOne),
      ([[6]], .singleCategory),
    ])
  func undefinedCohen(counts: [[Int]], reason: UndefinedAgreement) throws {
    let table = try AgreementTable(counts: counts)
    for weighting in KappaWeighting.allCases {
      let kappa = table.cohenKappa(weighting)
      #expect(kappa.value == nil)
      #expect(kappa.undefinedReason == reason)
      #expect(kappa.band == nil)
    }
  }

  @Test("undefined Fleiss' kappa: one case, one category, every rating the same")
  func undefinedFleiss() throws {
    #expect(
      try RatingMatrix(categoryCount: 4, ratings: [[1, 2, 3]]).fleissKappa.undefinedReason
        == .fewerThanTwoCases)
    #expect(
      try RatingMatrix(categoryCount: 4, ratings: []).fleissKappa.undefinedReason
        == .fewerThanTwoCases)
    #expect(
      try RatingMatrix(categoryCount: 1, ratings: [[0, 0], [0, 0]]).fleissKappa
        .undefinedReason == .singleCategory)
    #expect(
      try RatingMatrix(categoryCount: 4, ratings: [[2, 2], [2, 2], [2, 2]]).fleissKappa
        .undefinedReason == .chanceAgreementIsOne)
    let empty = try RatingMatrix(categoryCount: 4, ratings: []).summary
    #expect(empty.proportionAgreeing == nil)
    #expect(empty.cohenKappa?.undefinedReason == .fewerThanTwoCases)
    #expect(empty.band == nil)
  }

  @Test("a non-square or malformed table is rejected with its row; an empty one is undefined")
  func malformedTables() throws {
    #expect(throws: AgreementTableError.notSquare(row: 1)) {
      try AgreementTable(counts: [[1, 2], [3]])
    }
    #expect(throws: AgreementTableError.notSquare(row: 0)) {
      try AgreementTable(counts: [[1, 2, 3], [1, 2, 3]])
    }
    #expect(throws: AgreementTableError.negativeCount(row: 1, column: 0)) {
      try AgreementTable(counts: [[1, 2], [-1, 2]])
    }
    let empty = try AgreementTable(counts: [])
    #expect(empty.cohenKappa(.linear).undefinedReason == .fewerThanTwoCases)
    #expect(empty.proportionAgreeing == nil)
    #expect(throws: AgreementTableError.categoryOutOfRange(case: 1, rater: 1)) {
      try AgreementTable(pairs: [(0, 1), (1, 4)], categories: 4)
    }
    #expect(throws: AgreementTableError.unequalRaterCounts(case: 2)) {
      try RatingMatrix(categoryCount: 4, ratings: [[0, 1], [1, 1], [1, 1, 2]])
    }
    #expect(throws: AgreementTableError.fewerThanTwoRaters) {
      try RatingMatrix(categoryCount: 4, ratings: [[0], [1]])
    }
    #expect(throws: AgreementTableError.categoryOutOfRange(case: 0, rater: 1)) {
      try RatingMatrix(categoryCount: 4, ratings: [[0, -1]])
    }
    #expect(
      AgreementTableError.notSquare(row: 1).description
        == "row 2: a two-rater table needs one count per category in every row")
  }

  @Test("perfect agreement is 1 and systematic disagreement is negative")
  func extremes() throws {
    let perfect = try AgreementTable(counts: [[3, 0, 0], [0, 4, 0], [0, 0, 2]])
    #expect(perfect.cohenKappa().value == 1)
    #expect(perfect.cohenKappa(.quadratic).value == 1)
    #expect(perfect.cohenKappa().band == .almostPerfect)
    let opposite = try AgreementTable(counts: [[0, 5], [5, 0]])
    #expect(opposite.cohenKappa().value == -1)
    #expect(opposite.cohenKappa().band == .poor)
  }

  @Test(
    "Landis and Koch bands include their upper bound; exactly 0 is slight",
    arguments: [
      (-0.01, AgreementBand.poor), (0, .slight), (0.2, .slight), (0.2001, .fair), (0.4, .fair),
      (0.41, .moderate), (0.6, .moderate), (0.61, .substantial), (0.8, .substantial),
      (0.81, .almostPerfect), (1, .almostPerfect),
    ])
  func bands(kappa: Double, band: AgreementBand) {
    #expect(AgreementBand(kappa: kappa) == band)
  }

  @Test("the two-rater table of a matrix pairs the chosen raters")
  func tableOfMatrix() throws {
    let matrix = try RatingMatrix(categoryCount: 3, ratings: [[0, 1, 2], [1, 1, 2], [2, 2, 2]])
    #expect(matrix.table(first: 0, second: 2)?.counts == [[0, 0, 1], [0, 0, 1], [0, 0, 1]])
    #expect(matrix.table(first: 0, second: 3) == nil)
  }
}

/// `value` rounded to `places` decimal places (6 by default), as audit.md prints kappas.
func rounded(_ value: Double?, places: Int = 6) -> Double? {
  guard let value else { return nil }
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  return (value * scale).rounded() / scale
}
