/// A seeded random number generator that gives the same sequence on every platform and every
/// Swift version: xoshiro256** 1.0 (Blackman & Vigna), its 256-bit state filled from a `UInt64`
/// seed by SplitMix64, as the authors recommend.
///
/// Use it for reproducible samples and synthetic data: the same seed always gives the same
/// audit sample. Not for secrets (keys, tokens): it is fast and statistically good, not
/// cryptographically secure.
///
/// The standard library's `Int.random(in:using:)`, `shuffle(using:)` and friends work with it,
/// but the algorithms they use to turn raw 64-bit outputs into a range are not promised to stay
/// the same between Swift versions. For results that must be reproducible years later, use this
/// type's own draws: ``next(upperBound:)``, ``int(in:)``, ``double()``, ``bool(probability:)``,
/// ``shuffle(_:)`` and ``element(of:)``, whose algorithms are documented and fixed.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable, Codable {
  /// The four 64-bit words of xoshiro256** state; never all zero (see ``init(seed:)``).
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Creates a generator whose state is the first four SplitMix64 outputs from `seed`.
  ///
  /// SplitMix64 is a bijection of its counter, so at most one of the four words can be zero and
  /// the state is never the all-zero state from which xoshiro would only ever produce zeros.
  public init(seed: UInt64) {
    var mixer = seed
    s0 = splitMix64(&mixer)
    s1 = splitMix64(&mixer)
    s2 = splitMix64(&mixer)
    s3 = splitMix64(&mixer)
  }

  /// The next 64 random bits (xoshiro256** 1.0 `next()`).
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, 45)
    return result
  }

  /// A uniform draw from `0..<upperBound`, without bias, by Lemire's nearly divisionless method
  /// ("Fast Random Integer Generation in an Interval", ACM TOMACS 29(1), 2019).
  ///
  /// Multiplies a 64-bit output by `upperBound` and keeps the high word; the rare outputs whose
  /// low word falls below `2^64 mod upperBound` are rejected and redrawn, which removes the bias.
  /// Returns 0 when `upperBound` is 0 (an empty range has no valid draw; 0 instead of a trap keeps
  /// callers crash-free).
  public mutating func next(upperBound: UInt64) -> UInt64 {
    guard upperBound > 0 else { return 0 }
    var product = next().multipliedFullWidth(by: upperBound)
    if product.low < upperBound {
      let threshold = (0 &- upperBound) % upperBound
      while product.low < threshold {
        product = next().multipliedFullWidth(by: upperBound)
      }
    }
    return product.high
  }

  /// A uniform integer in `range`, every value equally likely (``next(upperBound:)`` on the
  /// range's width; one raw output, unmodified, when the range is the whole of `Int`).
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &+ 1
    guard width != 0 else { return Int(truncatingIfNeeded: next()) }
    return range.lowerBound &+ Int(truncatingIfNeeded: next(upperBound: width))
  }

  /// A uniform `Double` in [0, 1): the top 53 bits of one output, times 2^-53, so every result is
  /// a multiple of 2^-53 and exactly representable.
  public mutating func double() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// `true` with probability `probability`: `double() < probability`.
  ///
  /// Probabilities at or below 0 (and NaN) always give `false`, at or above 1 always `true`; in
  /// both cases no output is consumed.
  public mutating func bool(probability: Double) -> Bool {
    guard probability > 0 else { return false }
    guard probability < 1 else { return true }
    return double() < probability
  }

  /// Shuffles `collection` in place by Fisher–Yates (Durstenfeld), drawing with
  /// ``next(upperBound:)`` from the last position down to the second.
  public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ collection: inout C)
  {
    var position = collection.count - 1
    while position > 0 {
      let other = Int(truncatingIfNeeded: next(upperBound: UInt64(position + 1)))
      collection.swapAt(
        collection.index(collection.startIndex, offsetBy: position),
        collection.index(collection.startIndex, offsetBy: other))
      position -= 1
    }
  }

  /// The elements of `sequence` in a shuffled order (see ``shuffle(_:)``).
  public mutating func shuffled<S: Sequence>(_ sequence: S) -> [S.Element] {
    var elements = Array(sequence)
    shuffle(&elements)
    return elements
  }

  /// A uniformly chosen element of `collection`, or `nil` when it is empty (no output consumed).
  public mutating func element<C: Collection>(of collection: C) -> C.Element? {
    guard !collection.isEmpty else { return nil }
    let offset = Int(truncatingIfNeeded: next(upperBound: UInt64(collection.count)))
    return collection[collection.index(collection.startIndex, offsetBy: offset)]
  }
}

/// One SplitMix64 step (Vigna, prng.di.unimi.it/splitmix64.c): advances `state` and mixes it.
private func splitMix64(_ state: inout UInt64) -> UInt64 {
  state &+= 0x9e37_79b9_7f4a_7c15
  var z = state
  z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
  z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
  return z ^ (z >> 31)
}

/// Rotates a 64-bit word left by `count` bits.
private func rotateLeft(_ word: UInt64, _ count: UInt64) -> UInt64 {
  (word << count) | (word >> (64 - count))
}
