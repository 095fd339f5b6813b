import PracticeCore
import Testing

@Suite("SeededGenerator (xoshiro256** seeded by SplitMix64)")
struct SeededGeneratorTests {
  // Expected outputs come from the reference C code of Blackman & Vigna
  // (prng.di.unimi.it/xoshiro256starstar.c and splitmix64.c), compiled with cc -O2: the state is
  // s[i] = splitmix64() for i in 0..<4 with x = seed, then next() is printed five times.
  // A Python transcription gave the same numbers, and was then used for the bounded draws below.
  @Test(
    "First outputs match the reference C implementation",
    arguments: [
      (
        UInt64(0),
        [
          0x99ec_5f36_cb75_f2b4, 0xbf6e_1f78_4956_452a, 0x1a5f_849d_4933_e6e0,
          0x6aa5_94f1_262d_2d2c, 0xbba5_ad4a_1f84_2e59,
        ] as [UInt64]
      ),
      (
        UInt64(42),
        [
          0x1578_0b2e_0c2e_c716, 0x6104_d986_6d11_3a7e, 0xae17_5332_39e4_99a1,
          0xecb8_ad47_03b3_60a1, 0xfde6_dc7f_e2ec_5e64,
        ]
      ),
      (
        UInt64.max,
        [
          0x8f55_20d5_2a7e_ad08, 0xc476_a018_caa1_802d, 0x81de_31c0_d260_469e,
          0xbf65_8d7e_065f_3c2f, 0x9135_93fd_a1bc_a32a,
        ]
      ),
    ])
  func referenceOutputs(seed: UInt64, expected: [UInt64]) {
    var generator = SeededGenerator(seed: seed)
    #expect((0..<5).map { _ in generator.next() } == expected)
  }

  // Lemire's method on the same outputs, computed by the Python transcription
  // (m = next() * n; reject while m mod 2^64 < (2^64 - n) mod n; result m >> 64).
  @Test("Bounded draws are fixed for a seed")
  func boundedReference() {
    var generator = SeededGenerator(seed: 42)
    #expect((0..<10).map { _ in generator.next(upperBound: 10) } == [0, 3, 6, 9, 9, 7, 7, 8, 7, 5])
    var ints = SeededGenerator(seed: 42)
    #expect((0..<10).map { _ in ints.int(in: -3...3) } == [-3, -1, 1, 3, 3, 2, 2, 2, 2, 1])
  }

  @Test("double() is the top 53 bits times 2^-53")
  func doubleReference() {
    var generator = SeededGenerator(seed: 7)
    #expect(
      (0..<3).map { _ in generator.double() } == [
        0.7005764821796896, 0.2787512294737843, 0.8396274618764198,
      ])
  }

  @Test("Shuffle is Fisher-Yates with the fixed bounded draws")
  func shuffleReference() {
    var generator = SeededGenerator(seed: 2026)
    #expect(generator.shuffled(0..<10) == [0, 1, 8, 9, 3, 4, 7, 6, 2, 5])
  }

  @Test("Same seed, same sequence; different seed, different sequence")
  func determinism() {
    var first = SeededGenerator(seed: 123)
    var second = SeededGenerator(seed: 123)
    var other = SeededGenerator(seed: 124)
    let a = (0..<100).map { _ in first.next() }
    let b = (0..<100).map { _ in second.next() }
    let c = (0..<100).map { _ in other.next() }
    #expect(a == b)
    #expect(a != c)
  }

  @Test("A generator's state round-trips through copying")
  func copyResumes() {
    var generator = SeededGenerator(seed: 9)
    _ = generator.next()
    var copy = generator
    #expect(generator.next() == copy.next())
    #expect(generator == copy)
  }

  @Test(
    "Bounded draws stay in bounds",
    arguments: [1, 2, 3, 7, 10, 1000, UInt64(1) << 63 + 1, UInt64.max] as [UInt64])
  func bounds(upperBound: UInt64) {
    var generator = SeededGenerator(seed: upperBound)
    for _ in 0..<2000 {
      #expect(generator.next(upperBound: upperBound) < upperBound)
    }
  }

  @Test("Upper bound 0 gives 0 rather than trapping")
  func zeroBound() {
    var generator = SeededGenerator(seed: 1)
    #expect(generator.next(upperBound: 0) == 0)
  }

  @Test(
    "int(in:) stays in its range, including the extremes of Int",
    arguments: [
      5...5, -3...3, 0...1, Int.min...(Int.min + 2), (Int.max - 2)...Int.max, Int.min...Int.max,
    ])
  func intRange(range: ClosedRange<Int>) {
    var generator = SeededGenerator(seed: 77)
    for _ in 0..<1000 {
      #expect(range.contains(generator.int(in: range)))
    }
  }

  @Test("int(in:) reaches both ends of a small range")
  func intReachesEnds() {
    var generator = SeededGenerator(seed: 5)
    let draws = Set((0..<200).map { _ in generator.int(in: -2...2) })
    #expect(draws == [-2, -1, 0, 1, 2])
  }

  @Test("double() is in [0, 1)")
  func doubleRange() {
    var generator = SeededGenerator(seed: 11)
    for _ in 0..<10_000 {
      let value = generator.double()
      #expect(value >= 0 && value < 1)
    }
  }

  @Test("bool(probability:) edge cases consume nothing and are certain")
  func boolEdges() {
    var generator = SeededGenerator(seed: 3)
    let untouched = generator
    let draws = [0, -1, .nan, 1, 2].map { generator.bool(probability: $0) }
    #expect(draws == [false, false, false, true, true])
    #expect(generator == untouched)
  }

  @Test("bool(probability: 0.3) is true about 30% of the time (seeded)")
  func boolFrequency() {
    var generator = SeededGenerator(seed: 30)
    let trues = (0..<10_000).filter { _ in generator.bool(probability: 0.3) }.count
    #expect((2_800...3_200).contains(trues))
  }

  @Test("element(of:) picks from the collection, nil when empty")
  func element() {
    var generator = SeededGenerator(seed: 8)
    #expect(generator.element(of: [Int]()) == nil)
    let options = ["a", "b", "c"]
    let picks = Set((0..<100).compactMap { _ in generator.element(of: options) })
    #expect(picks == Set(options))
  }

  @Test("Shuffle is a permutation")
  func shufflePermutes() {
    var generator = SeededGenerator(seed: 99)
    var values = Array(0..<50)
    generator.shuffle(&values)
    #expect(values.sorted() == Array(0..<50))
    #expect(values != Array(0..<50))
    var empty: [Int] = []
    generator.shuffle(&empty)
    #expect(empty.isEmpty)
  }

  @Test("Uniformity: chi-square over 10 buckets is well below a generous threshold")
  func chiSquare() {
    // 100,000 draws into 10 buckets; 9 degrees of freedom. The 0.1% critical value is 27.88, so a
    // fair generator fails this with the fixed seed only if the algorithm changes for the worse.
    var generator = SeededGenerator(seed: 20_260_101)
    var buckets = [Int](repeating: 0, count: 10)
    let draws = 100_000
    for _ in 0..<draws {
      buckets[Int(generator.next(upperBound: 10))] += 1
    }
    let expected = Double(draws) / 10
    let chiSquare = buckets.reduce(0.0) { sum, observed in
      let difference = Double(observed) - expected
      return sum + difference * difference / expected
    }
    #expect(chiSquare < 27.88)
  }
}
