import PracticeKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Workload {
  /// A live caseload: 53,100 children and 1,001,462 events (seed 16, as of 19 December
  /// 2025) written as a caseload CSV file, then read, grouped by child and evaluated against
  /// every statutory timescale and the s32 limit (`practice due`'s work), best of 3. Peak memory
  /// is the process's maximum resident set afterwards (generation included, so an upper bound;
  /// run the workload alone to measure it).
  static let due = Workload(name: "due") {
    let children = Scale.choose(full: 53_100, quick: 500)
    let asOf = CalendarDay(2025, 12, 19)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-benchmark-caseload-\(children).csv").path
    let text = CaseloadGenerator(children: children, seed: 16, asOf: asOf).csv()
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      return []
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let clock = ContinuousClock()
    var best = (total: Double.infinity, read: 0.0, evaluate: 0.0)
    var events = 0
    for _ in 0..<Scale.choose(full: 3, quick: 1) {
      var caseload: Caseload?
      let reading = clock.measure {
        caseload = (try? CaseloadFile.events(contentsOfFile: path)).flatMap {
          try? Caseload(events: $0)
        }
      }
      var items = 0
      let evaluating = clock.measure {
        let due = try? caseload?.due(asOf: asOf)
        items = due?.items.count ?? 0
        events = due?.events ?? 0
      }
      consume(items)
      let split = (reading.seconds, evaluating.seconds)
      if split.0 + split.1 < best.total { best = (split.0 + split.1, split.0, split.1) }
    }
    return [
      Measurement(name: "due.events", value: Double(events), unit: "events"),
      Measurement(name: "due.readAndEvaluate", value: best.total, unit: "s"),
      Measurement(name: "due.read", value: best.read, unit: "s"),
      Measurement(name: "due.evaluate", value: best.evaluate, unit: "s"),
      Measurement(name: "due.peakMemory", value: peakMemoryMiB(), unit: "MiB"),
    ]
  }
}

extension Duration {
  fileprivate var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) * 1e-18
  }
}
