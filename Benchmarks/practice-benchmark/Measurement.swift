/// One measured rate.
struct Measurement: Sendable {
  var name: String
  var value: Double
  var unit: String

  /// `name<TAB>value<TAB>unit`.
  var line: String { "\(name)\t\(Self.format(value))\t\(unit)" }

  /// A JSON document of measurements (written by hand: the values are plain names and numbers).
  static func json(_ measurements: [Measurement]) -> String {
    let items = measurements.map {
      "    {\"name\": \"\($0.name)\", \"value\": \(format($0.value)), \"unit\": \"\($0.unit)\"}"
    }
    return "{\n  \"schemaVersion\": 1,\n  \"measurements\": [\n"
      + items.joined(separator: ",\n") + "\n  ]\n}"
  }

  /// Whole numbers for large rates, three decimals below 1,000.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    if value >= 1_000 { return String(Int(value.rounded())) }
    return String(Double(Int((value * 1_000).rounded())) / 1_000)
  }

  /// Operations per second of `body`, which performs `operations` operations, best of `rounds`
  /// (the best run is the least disturbed by the machine's other work).
  static func rate(operations: Int, rounds: Int = Scale.rounds, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Duration.seconds(Int64.max)
    for _ in 0..<rounds {
      let elapsed = clock.measure(body)
      best = min(best, elapsed)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
    return seconds > 0 ? Double(operations) / seconds : 0
  }
}

/// How much work each workload does: the full measurement, or a quick smoke test (`--quick`).
enum Scale {
  /// Whether `--quick` was given.
  static let isQuick = CommandLine.arguments.contains("--quick")

  /// `full`, or `quick` under `--quick`.
  static func choose<T>(full: T, quick: T) -> T { isQuick ? quick : full }

  /// Timing rounds: the best of five, or one under `--quick`.
  static var rounds: Int { choose(full: 5, quick: 1) }
}

/// Keeps the optimiser from discarding benchmarked work.
nonisolated(unsafe) var sink = 0

@inline(never)
func consume(_ value: Int) { sink &+= value }
