/// How two raters (an auditor and a moderator, two auditors) graded the same cases: a k × k
/// table whose cell (i, j) counts the cases the first rater put in category i and the second in
/// category j. Categories are ranks on a scale, 0 for the best grade.
///
/// The statistics follow audit.md §7.2: percent agreement, Cohen's kappa (Cohen 1960),
/// linearly and quadratically weighted kappa (computed in the disagreement form scikit-learn
/// uses; the scale of the weights cancels out), and the asymptotic standard error of unweighted
/// kappa (Fleiss, Cohen and Everitt 1969, as statsmodels' `cohens_kappa` reports it).
public struct AgreementTable: Sendable, Hashable, Codable {
  /// The counts: `counts[i][j]` cases graded i by the first rater and j by the second.
  public let counts: [[Int]]

  /// Creates a table from its counts.
  ///
  /// - Throws: ``AgreementTableError/notSquare(row:)`` unless every row has one count per row,
  ///   ``AgreementTableError/negativeCount(row:column:)`` for a negative count.
  public init(counts: [[Int]]) throws(AgreementTableError) {
    for (row, cells) in counts.enumerated() {
      guard cells.count == counts.count else { throw .notSquare(row: row) }
      if let column = cells.firstIndex(where: { $0 < 0 }) {
        throw .negativeCount(row: row, column: column)
      }
    }
    self.counts = counts
  }

  /// Tabulates pairs of ranks (first rater, second rater) on a scale of `categories` grades.
  ///
  /// - Throws: ``AgreementTableError/categoryOutOfRange(case:rater:)`` for a rank outside the
  ///   scale.
  public init(pairs: [(first: Int, second: Int)], categories: Int) throws(AgreementTableError) {
    let categories = max(categories, 0)
    var counts = [[Int]](
      repeating: [Int](repeating: 0, count: categories), count: categories)
    for (index, pair) in pairs.enumerated() {
      guard (0..<categories).contains(pair.first) else {
        throw .categoryOutOfRange(case: index, rater: 0)
      }
      guard (0..<categories).contains(pair.second) else {
        throw .categoryOutOfRange(case: index, rater: 1)
      }
      counts[pair.first][pair.second] += 1
    }
    self.counts = counts
  }

  /// The number of categories, k.
  public var categoryCount: Int { counts.count }
  /// The number of cases, N.
  public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
  /// The first rater's totals per category (row totals).
  public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }
  /// The second rater's totals per category (column totals).
  public var columnTotals: [Int] {
    (0..<categoryCount).map { column in counts.reduce(0) { $0 + $1[column] } }
  }

  /// The share of cases both raters graded the same, from 0 to 1; `nil` with no cases.
  public var proportionAgreeing: Double? {
    let total = total
    guard total > 0 else { return nil }
    return Double((0..<categoryCount).reduce(0) { $0 + counts[$1][$1] }) / Double(total)
  }

  /// Cohen's kappa with the given weighting; unweighted kappa carries its asymptotic standard
  /// error.
  ///
  /// Undefined (with the reason) for fewer than two cases, a single category, or chance
  /// agreement of 1.
  public func cohenKappa(_ weighting: KappaWeighting = .unweighted) -> KappaStatistic {
    let total = total
    let k = categoryCount
    guard total >= 2 else { return KappaStatistic(undefined: .fewerThanTwoCases) }
    guard k >= 2 else { return KappaStatistic(undefined: .singleCategory) }
    let rows = rowTotals.map(Double.init)
    let columns = columnTotals.map(Double.init)
    let n = Double(total)
    // κ_w = 1 − N·Σ v_ij n_ij / Σ v_ij r_i c_j: integer sums (exact in Double for any realistic
    // audit), so κ is rounded once.
    var observed = 0.0
    var expected = 0.0
    for i in 0..<k {
      for j in 0..<k {
        let weight = weighting.disagreement(i, j)
        observed += weight * Double(counts[i][j])
        expected += weight * rows[i] * columns[j]
      }
    }
    guard expected > 0 else { return KappaStatistic(undefined: .chanceAgreementIsOne) }
    let kappa = (expected - n * observed) / expected
    // Agreement weights are 1 − v / v_max, which gives p_o and p_e in the usual form.
    let maximum = weighting.disagreement(0, k - 1)
    let observedAgreement = 1 - observed / (maximum * n)
    let chanceAgreement = 1 - expected / (maximum * n * n)
    return KappaStatistic(
      value: kappa, observed: observedAgreement, chance: chanceAgreement,
      standardError: weighting == .unweighted
        ? standardError(kappa: kappa, chance: chanceAgreement) : nil)
  }

  /// The asymptotic (non-null) standard error of unweighted kappa, Fleiss, Cohen and Everitt
  /// (1969):
  /// var = [Σ_i p_ii (1 − (p_i+ + p_+i)(1 − κ))² + (1 − κ)² Σ_{i≠j} p_ij (p_+i + p_j+)²
  ///        − (κ − p_e (1 − κ))²] / (N (1 − p_e)²).
  private func standardError(kappa: Double, chance: Double) -> Double {
    let n = Double(total)
    let rows = rowTotals.map { Double($0) / n }
    let columns = columnTotals.map { Double($0) / n }
    var sum = 0.0
    for i in 0..<categoryCount {
      for j in 0..<categoryCount {
        let p = Double(counts[i][j]) / n
        if i == j {
          let term = 1 - (rows[i] + columns[i]) * (1 - kappa)
          sum += p * term * term
        } else {
          let term = columns[i] + rows[j]
          sum += (1 - kappa) * (1 - kappa) * p * term * term
        }
      }
    }
    let correction = kappa - chance * (1 - kappa)
    let variance = (sum - correction * correction) / (n * (1 - chance) * (1 - chance))
    return max(variance, 0).squareRoot()
  }
}
