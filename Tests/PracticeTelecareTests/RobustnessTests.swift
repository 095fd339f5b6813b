import PracticeTelecare
import Testing

@Suite("Robustness: mutated input never crashes")
struct RobustnessTests {
  /// `bytes` with `count` bytes overwritten, inserted or deleted at seeded positions.
  static func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator, count: Int) -> [UInt8] {
    var bytes = bytes
    let alphabet = Array("{}[]\",:0123456789-TtrueflsnAZ \n\\é".utf8)
    for _ in 0..<count where !bytes.isEmpty {
      let index = random.int(in: 0...(bytes.count - 1))
      let byte = random.element(of: alphabet) ?? 0
      switch random.int(in: 0...2) {
      case 0: bytes[index] = byte
      case 1: bytes.insert(byte, at: index)
      default: bytes.remove(at: index)
      }
    }
    return bytes
  }

  @Test("1,000 mutated proposals: each reads or fails with a path, and reviews without trapping")
  func proposals() throws {
    var random = SeededGenerator(seed: 42)
    let sample = Array(try Samples.lackingCapacity.jsonString().utf8)
    var read = 0
    for round in 0..<1_000 {
      let bytes = Self.mutate(sample, &random, count: 1 + round % 4)
      do {
        let proposal = try TelecareProposal(jsonUTF8: bytes, catalogue: .standard)
        _ = EthicalReview(proposal, on: Samples.day).findings
        read += 1
      } catch {
        #expect(!error.description.isEmpty)
      }
    }
    // Some mutations (inside strings) still read; most break the document.
    #expect(read > 0 && read < 1_000)
  }

  @Test("1,000 mutated call logs: every problem has a line and a column")
  func callLogs() {
    var random = SeededGenerator(seed: 7)
    let sample = Array(Samples.callLog.utf8)
    for round in 0..<1_000 {
      let bytes = Self.mutate(sample, &random, count: 1 + round % 6)
      let log = AlarmCallLog.read(csv: String(decoding: bytes, as: UTF8.self))
      for problem in log.problems {
        #expect(problem.line >= 1 && problem.column >= 1)
      }
      _ = CallHandlingMeasures(calls: log.calls, target: .providerDefined(minutes: 45)).findings
    }
  }
}
