/// The grades several raters gave the same cases: one row per case, one column per rater, each
/// a rank on a scale of ``categoryCount`` grades (0 for the best).
///
/// With two raters it gives Cohen's kappa (unweighted, linear, quadratic); with two or more,
/// Fleiss' kappa (Fleiss 1971, the formula statsmodels' `fleiss_kappa` implements).
public struct RatingMatrix: Sendable, Hashable, Codable {
  /// The number of grades on the scale.
  public let categoryCount: Int
  /// `ratings[case][rater]`: the rank each rater gave each case.
  public let ratings: [[Int]]

  /// Creates a matrix.
  ///
  /// - Throws: ``AgreementTableError`` when a case has a different number of raters from the
  ///   first, there are fewer than two raters, or a rank is outside the scale.
  public init(categoryCount: Int, ratings: [[Int]]) throws(AgreementTableError) {
    let raters = ratings.first?.count ?? 2
    guard raters >= 2 else { throw .fewerThanTwoRaters }
    let categoryCount = max(categoryCount, 0)
    for (item, row) in ratings.enumerated() {
      guard row.count == raters else { throw .unequalRaterCounts(case: item) }
      if let rater = row.firstIndex(where: { !(0..<categoryCount).contains($0) }) {
        throw .categoryOutOfRange(case: item, rater: rater)
      }
    }
    self.categoryCount = categoryCount
    self.ratings = ratings
  }

  /// The number of raters (2 for an empty matrix).
  public var raterCount: Int { ratings.first?.count ?? 2 }
  /// The number of cases.
  public var caseCount: Int { ratings.count }

  /// The share of cases on which every rater gave the same grade, from 0 to 1 (for two raters,
  /// Cohen's p_o); `nil` with no cases.
  public var proportionAgreeing: Double? {
    guard !ratings.isEmpty else { return nil }
    let agreeing = ratings.filter { row in row.allSatisfy { $0 == row.first } }.count
    return Double(agreeing) / Double(ratings.count)
  }

  /// The two-rater table of raters `first` and `second` (0-based).
  public func table(first: Int = 0, second: Int = 1) -> AgreementTable? {
    guard raterCount > max(first, second), first >= 0, second >= 0 else { return nil }
    return try? AgreementTable(
      pairs: ratings.map { (first: $0[first], second: $0[second]) }, categories: categoryCount)
  }

  /// The subjects-by-categories counts Fleiss' kappa uses: `counts[case][category]` raters.
  public var categoryCounts: [[Int]] {
    ratings.map { row in
      var counts = [Int](repeating: 0, count: categoryCount)
      for rank in row { counts[rank] += 1 }
      return counts
    }
  }

  /// Fleiss' kappa: P̄ = mean over cases of (Σ_j n_ij² − n) / (n(n − 1)),
  /// P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e).
  ///
  /// Undefined (with the reason) for fewer than two cases, a single category, or P̄_e = 1.
  public var fleissKappa: KappaStatistic {
    RatingMatrix.fleissKappa(categoryCounts: categoryCounts, raters: raterCount)
  }

  /// Fleiss' kappa from subjects-by-categories counts, each row summing to `raters`
  /// (unchecked: ``RatingMatrix`` builds rows that do).
  static func fleissKappa(categoryCounts rows: [[Int]], raters: Int) -> KappaStatistic {
    guard rows.count >= 2 else { return KappaStatistic(undefined: .fewerThanTwoCases) }
    guard let categories = rows.first?.count, categories >= 2 else {
      return KappaStatistic(undefined: .singleCategory)
    }
    let subjects = Double(rows.count)
    let n = Double(raters)
    // Integer sums, then one division each: P̄ = A / D1, P̄_e = B / D2.
    var squares = 0.0
    var columnTotals = [Double](repeating: 0, count: categories)
    for row in rows {
      for (category, count) in row.enumerated() {
        squares += Double(count * count)
        columnTotals[category] += Double(count)
      }
    }
    let a = squares - subjects * n
    let d1 = subjects * n * (n - 1)
    let b = columnTotals.reduce(0) { $0 + $1 * $1 }
    let d2 = (subjects * n) * (subjects * n)
    guard b < d2 else { return KappaStatistic(undefined: .chanceAgreementIsOne) }
    let kappa = (a * d2 - b * d1) / (d1 * (d2 - b))
    return KappaStatistic(value: kappa, observed: a / d1, chance: b / d2)
  }

  /// Everything the `practice audit agreement` command reports.
  public var summary: AgreementSummary {
    let pair = raterCount == 2 ? table() : nil
    let cohen = pair?.cohenKappa(.unweighted)
    let fleiss = fleissKappa
    return AgreementSummary(
      raters: raterCount, cases: caseCount, proportionAgreeing: proportionAgreeing,
      cohenKappa: cohen, linearWeightedKappa: pair?.cohenKappa(.linear),
      quadraticWeightedKappa: pair?.cohenKappa(.quadratic), fleissKappa: fleiss,
      band: (cohen ?? fleiss).band)
  }
}

/// Agreement between raters on one set of cases: counts, percent agreement, kappas and band.
public struct AgreementSummary: Sendable, Hashable, Codable {
  /// The number of raters.
  public var raters: Int
  /// The number of cases.
  public var cases: Int
  /// The share of cases on which every rater agreed, 0 to 1.
  public var proportionAgreeing: Double?
  /// Cohen's kappa, when there are exactly two raters.
  public var cohenKappa: KappaStatistic?
  /// Linearly weighted kappa, when there are exactly two raters.
  public var linearWeightedKappa: KappaStatistic?
  /// Quadratically weighted kappa, when there are exactly two raters.
  public var quadraticWeightedKappa: KappaStatistic?
  /// Fleiss' kappa.
  public var fleissKappa: KappaStatistic
  /// The Landis and Koch band of Cohen's kappa (two raters) or Fleiss' kappa (more), when
  /// defined.
  public var band: AgreementBand?
}
