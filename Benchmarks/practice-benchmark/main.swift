// practice-benchmark: throughput of PracticeKit's hot paths. Run in release mode:
//   swift run -c release practice-benchmark [--json] [--quick] [WORKLOAD...]
// Prints one line per measurement, `name<TAB>value<TAB>unit`, or a JSON document with --json.
// --quick runs each workload on a small input once: a smoke test for CI, not a measurement.
import PracticeKit

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
  print(
    """
    Usage: practice-benchmark [--json] [--quick] [WORKLOAD...]

    Workloads: \(Workload.all.map(\.name).joined(separator: ", ")) (default: all).
    Build in release mode: swift run -c release practice-benchmark
    --quick runs each workload on a small input once (a smoke test; its figures mean nothing).
    """)
} else {
  let json = arguments.contains("--json")
  let names = arguments.filter { $0 != "--json" && $0 != "--quick" }
  let unknown = names.filter { name in !Workload.all.contains { $0.name == name } }
  if !unknown.isEmpty {
    print(
      "practice-benchmark: unknown workload; use one of "
        + Workload.all.map(\.name).joined(separator: ", "))
  } else {
    let selected = names.isEmpty ? Workload.all : Workload.all.filter { names.contains($0.name) }
    let results = selected.flatMap { $0.run() }
    print(json ? Measurement.json(results) : results.map(\.line).joined(separator: "\n"))
  }
}
