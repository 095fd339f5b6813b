/// A case that may be sampled for audit: its reference and the stratum it belongs to (an
/// outcome group, a team, a legal status).
public struct SamplingCase: Sendable, Hashable, Codable {
  /// A pseudonymous case reference, unique in the population.
  public var reference: String
  /// The stratum.
  public var stratum: String

  /// Creates a case.
  public init(reference: String, stratum: String) {
    self.reference = reference
    self.stratum = stratum
  }
}

/// How many cases to draw from a stratum.
///
/// In JSON: `{"fraction": 0.1}` or `{"count": 5}`.
public enum SampleSize: Sendable, Hashable, Codable {
  /// A fraction of the stratum, above 0 and at most 1, rounded to the nearest whole case
  /// (halves up; the product is first rounded to 9 decimal places so that 0.3 × 5 is 1.5).
  case fraction(Double)
  /// A number of cases.
  case count(Int)

  /// The number of cases for a stratum of `size`, before the minimum and the cap.
  func cases(outOf size: Int) -> Int {
    switch self {
    case .count(let count): return count
    case .fraction(let fraction):
      let product = (fraction * Double(size) * 1e9).rounded() / 1e9
      return Int(product.rounded(.toNearestOrAwayFromZero))
    }
  }

  private enum CodingKeys: String, CodingKey {
    case fraction
    case count
  }

  /// Reads `{"fraction": f}` or `{"count": n}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let fraction = try container.decodeIfPresent(Double.self, forKey: .fraction) {
      self = .fraction(fraction)
    } else {
      self = .count(try container.decode(Int.self, forKey: .count))
    }
  }

  /// Writes `{"fraction": f}` or `{"count": n}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .fraction(let fraction): try container.encode(fraction, forKey: .fraction)
    case .count(let count): try container.encode(count, forKey: .count)
    }
  }

  var isValid: Bool {
    switch self {
    case .fraction(let fraction): fraction > 0 && fraction <= 1
    case .count(let count): count >= 0
    }
  }
}

/// A plan for drawing an audit sample: a seed, a size per stratum (with overrides for named
/// strata) and a minimum per stratum.
public struct SamplingPlan: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// The schema version of this document.
  public var schemaVersion: Int
  /// The seed: the same seed, plan and population always give the same sample.
  public var seed: UInt64
  /// The size drawn from each stratum.
  public var size: SampleSize
  /// Sizes for particular strata, overriding ``size``.
  public var strataSizes: [String: SampleSize]
  /// The fewest cases drawn from any stratum (all of it, if smaller).
  public var minimumPerStratum: Int

  /// Creates a plan.
  public init(
    seed: UInt64, size: SampleSize, strataSizes: [String: SampleSize] = [:],
    minimumPerStratum: Int = 0
  ) {
    schemaVersion = Self.currentSchemaVersion
    self.seed = seed
    self.size = size
    self.strataSizes = strataSizes
    self.minimumPerStratum = minimumPerStratum
  }

  /// The seed study's plan (seed 002): 10% of families from each outcome group.
  public static func tenPercentPerGroup(seed: UInt64) -> SamplingPlan {
    SamplingPlan(seed: seed, size: .fraction(0.1))
  }

  /// Checks sizes (a fraction above 0 and at most 1, a count not negative) and the minimum.
  public func validate() throws(DocumentDecodingError) {
    let validation = AuditValidation()
    guard size.isValid else { throw validation.error(.invalidValue, at: .key("size")) }
    for stratum in strataSizes.keys.sorted() where strataSizes[stratum]?.isValid != true {
      throw validation.error(.invalidValue, at: .key("strataSizes"), .key(stratum))
    }
    guard minimumPerStratum >= 0 else {
      throw validation.error(.invalidValue, at: .key("minimumPerStratum"))
    }
  }

  /// Draws the sample from `population`, substituting cases that cannot be audited.
  ///
  /// For each stratum, in sorted order of stratum name, with one ``SeededGenerator`` seeded by
  /// ``seed`` and used in that order: the stratum's cases are sorted by reference (so the input
  /// order does not matter) and shuffled (``SeededGenerator/shuffle(_:)``). The target is the
  /// stratum's size, raised to ``minimumPerStratum`` and capped at the stratum. Cases are taken
  /// in shuffled order; one in `unavailable` (moved away, not contactable) is replaced by the
  /// next in the same stratum, and the substitution recorded, as in the seed study ("substituted
  /// by another family in the same category"). A stratum that runs out records its shortfall.
  ///
  /// - Throws: ``SamplingError`` for an invalid plan or a reference used twice.
  public func draw(from population: [SamplingCase], unavailable: Set<String> = [])
    throws(SamplingError) -> SampleRecord
  {
    do { try validate() } catch { throw .invalidPlan(error.path) }
    var seen = Set<String>()
    for (index, item) in population.enumerated() where !seen.insert(item.reference).inserted {
      throw .duplicateReference(index: index)
    }
    var byStratum: [String: [String]] = [:]
    for item in population { byStratum[item.stratum, default: []].append(item.reference) }
    var generator = SeededGenerator(seed: seed)
    var strata: [SampleRecord.Stratum] = []
    for name in byStratum.keys.sorted() {
      var order = (byStratum[name] ?? []).sorted()
      generator.shuffle(&order)
      let requested = (strataSizes[name] ?? size).cases(outOf: order.count)
      let target = min(max(requested, minimumPerStratum), order.count)
      var selected: [String] = []
      var substitutions: [SampleRecord.Substitution] = []
      var pendingUnavailable: [String] = []
      for reference in order where selected.count < target {
        if unavailable.contains(reference) {
          pendingUnavailable.append(reference)
        } else {
          if !pendingUnavailable.isEmpty {
            substitutions.append(.init(replaced: pendingUnavailable.removeFirst(), by: reference))
          }
          selected.append(reference)
        }
      }
      strata.append(
        SampleRecord.Stratum(
          name: name, population: order.count, requested: requested, target: target,
          selected: selected, substitutions: substitutions,
          shortfall: target - selected.count))
    }
    return SampleRecord(plan: self, strata: strata)
  }
}

/// Why a sample could not be drawn.
public enum SamplingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The plan is invalid at this path.
  case invalidPlan(String)
  /// The population lists a reference twice (at this 0-based position, the second time).
  case duplicateReference(index: Int)

  /// Where and which rule, never a value.
  public var description: String {
    switch self {
    case .invalidPlan(let path): "sampling plan, \(path): value not allowed"
    case .duplicateReference(let index):
      "population item \(index + 1): the case reference appears earlier too"
    }
  }
}

/// The record of how a sample was drawn: the plan (with its seed) and, for each stratum, its
/// size, the target, the cases selected in order, each substitution and any shortfall.
public struct SampleRecord: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// A substitution of an unavailable case by the next in its stratum.
  public struct Substitution: Sendable, Hashable, Codable {
    /// The case that could not be audited.
    public var replaced: String
    /// The case that took its place.
    public var by: String
  }

  /// One stratum's draw.
  public struct Stratum: Sendable, Hashable, Codable {
    /// The stratum's name.
    public var name: String
    /// Cases in the stratum.
    public var population: Int
    /// The size the plan asked for, before the minimum and the cap.
    public var requested: Int
    /// The size drawn for: the request raised to the minimum and capped at the population.
    public var target: Int
    /// The cases selected, in the order drawn.
    public var selected: [String]
    /// The substitutions made.
    public var substitutions: [Substitution]
    /// How many fewer than the target could be selected (unavailable cases left no substitute).
    public var shortfall: Int
  }

  /// The schema version of this document.
  public var schemaVersion = Self.currentSchemaVersion
  /// The plan, with its seed.
  public var plan: SamplingPlan
  /// Each stratum's draw, in sorted order of name.
  public var strata: [Stratum]

  /// Every selected case, stratum by stratum.
  public var selected: [String] { strata.flatMap(\.selected) }
}
