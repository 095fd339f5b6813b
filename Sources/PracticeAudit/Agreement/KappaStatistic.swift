/// Why an agreement statistic has no value for a set of ratings.
public enum UndefinedAgreement: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// Fewer than two cases were rated.
  case fewerThanTwoCases
  /// The scale has a single category, so every rating agrees and nothing is measured.
  case singleCategory
  /// Agreement expected by chance is 1 (every rating fell in one category), so
  /// κ = (p_o − p_e) / (1 − p_e) divides by zero.
  case chanceAgreementIsOne

  /// In plain English.
  public var description: String {
    switch self {
    case .fewerThanTwoCases: "undefined: fewer than two cases"
    case .singleCategory: "undefined: the scale has a single category"
    case .chanceAgreementIsOne:
      "undefined: every rating is in one category, so chance agreement is 1"
    }
  }
}

/// A kappa statistic (Cohen's, weighted or Fleiss'), or the reason it is undefined.
///
/// Undefined cases are never NaN: ``value`` is `nil` and ``undefinedReason`` says why.
public struct KappaStatistic: Sendable, Hashable, Codable {
  /// κ, or `nil` when undefined.
  public var value: Double?
  /// Why ``value`` is `nil`.
  public var undefinedReason: UndefinedAgreement?
  /// Observed agreement p_o (weighted for weighted kappa; P̄ for Fleiss' kappa).
  public var observedAgreement: Double?
  /// Agreement expected by chance p_e (P̄_e for Fleiss' kappa).
  public var chanceAgreement: Double?
  /// The asymptotic standard error (Fleiss, Cohen and Everitt 1969), for unweighted Cohen's
  /// kappa only.
  public var standardError: Double?

  /// A defined statistic.
  init(value: Double, observed: Double, chance: Double, standardError: Double? = nil) {
    self.value = value
    self.observedAgreement = observed
    self.chanceAgreement = chance
    self.standardError = standardError
  }

  /// An undefined statistic.
  init(undefined reason: UndefinedAgreement) {
    undefinedReason = reason
  }

  /// The Landis and Koch band of ``value``, when defined.
  public var band: AgreementBand? { value.map(AgreementBand.init(kappa:)) }
}

/// A rating table that cannot be used, and where.
public enum AgreementTableError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Row `row` (0-based) does not have one count per category.
  case notSquare(row: Int)
  /// A count is negative.
  case negativeCount(row: Int, column: Int)
  /// A rating is not a category of the table (0-based case and rater).
  case categoryOutOfRange(case: Int, rater: Int)
  /// Case `case` (0-based) was rated by a different number of raters from the first case.
  case unequalRaterCounts(case: Int)
  /// Fewer than two raters per case.
  case fewerThanTwoRaters

  /// Where and which rule, never a value.
  public var description: String {
    switch self {
    case .notSquare(let row):
      "row \(row + 1): a two-rater table needs one count per category in every row"
    case .negativeCount(let row, let column):
      "row \(row + 1), column \(column + 1): a count cannot be negative"
    case .categoryOutOfRange(let item, let rater):
      "case \(item + 1), rater \(rater + 1): the rating is not a category of the scale"
    case .unequalRaterCounts(let item):
      "case \(item + 1): every case needs the same number of raters"
    case .fewerThanTwoRaters: "agreement needs at least two raters"
    }
  }
}

/// How disagreements are weighted in Cohen's kappa.
public enum KappaWeighting: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every disagreement counts fully: Cohen (1960).
  case unweighted
  /// Disagreement weight |i − j|: agreement weight 1 − |i − j| / (k − 1).
  case linear
  /// Disagreement weight (i − j)²: agreement weight 1 − (i − j)² / (k − 1)².
  case quadratic

  /// The disagreement weight of categories `i` and `j` (the scale cancels out of κ).
  func disagreement(_ i: Int, _ j: Int) -> Double {
    let distance = Double(abs(i - j))
    switch self {
    case .unweighted: return i == j ? 0 : 1
    case .linear: return distance
    case .quadratic: return distance * distance
    }
  }
}
