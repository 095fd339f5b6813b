import PracticeKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Workload {
  /// A synthetic Children in Need census of 50,000 then 100,000 children (seed 2026, census year
  /// 2024/25, Working Together timescales) written to a temporary file, then streamed and audited:
  /// the time (best of 3), the file's size and the process's peak memory after each size, which
  /// stays flat when memory does not depend on the file's size.
  static let cin = Workload(name: "cin") {
    var measurements: [Measurement] = []
    for children in Scale.choose(full: [50_000, 100_000], quick: [500, 1_000]) {
      let path = "/tmp/practice-benchmark-cin-\(getpid())-\(children).xml"
      defer { unlink(path) }
      guard let bytes = writeCensus(children: children, to: path) else { return [] }
      var audited = 0
      let rate = Measurement.rate(operations: children, rounds: Scale.choose(full: 3, quick: 1)) {
        audited = auditCensus(at: path)
      }
      consume(audited)
      let name = "cin.\(children)"
      measurements += [
        Measurement(name: name + ".file", value: Double(bytes) / 1_048_576, unit: "MiB"),
        Measurement(name: name + ".audit", value: Double(children) / rate, unit: "s"),
        Measurement(name: name + ".rate", value: rate, unit: "children/s"),
        Measurement(name: name + ".peakMemory", value: peakMemoryMiB(), unit: "MiB"),
      ]
    }
    return measurements
  }

  /// Writes the census, a child at a time; returns its size in bytes.
  private static func writeCensus(children: Int, to path: String) -> Int? {
    guard let year = try? CollectionYear(endingIn: 2025),
      let generator = try? CINCensusGenerator(
        children: children, seed: 2_026, year: year, timescales: .workingTogether),
      let stream = fopen(path, "wb")
    else { return nil }
    var bytes = 0
    generator.write { piece in
      var piece = piece
      piece.withUTF8 { bytes += fwrite($0.baseAddress, 1, $0.count, stream) }
    }
    fclose(stream)
    return bytes
  }

  /// Streams and audits the census; returns the number of children audited.
  private static func auditCensus(at path: String) -> Int {
    guard let year = try? CollectionYear(endingIn: 2025),
      var reader = try? CINCensusReader(contentsOfFile: path)
    else { return 0 }
    var audit = CINTimelinessAudit(year: year, timescales: .workingTogether)
    while let child = try? reader.next() { audit.add(child) }
    return audit.children
  }

  /// The process's peak resident memory so far (`ru_maxrss`, kilobytes on Linux).
  static func peakMemoryMiB() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_maxrss) / 1_024
  }
}
