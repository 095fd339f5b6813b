#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading the file an audit subcommand is given.
enum AuditInputFile {
  /// The bytes of the file at `path`; a data error (exit 1) naming the argument when it cannot
  /// be read.
  static func bytes(at path: String) throws(CommandError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .data("cannot read the file '\(path)'")
    }
    return Array(data)
  }
}

/// `value` with exactly `places` decimal places, rounded half away from zero, for reports.
func fixed(_ value: Double, places: Int) -> String {
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
  guard scaled < 1e15 else { return String(value) }
  let whole = Int(scaled)
  let unit = Int(scale)
  let fraction = String(whole % unit)
  let padded = String(repeating: "0", count: places - fraction.count) + fraction
  let sign = value < 0 && whole != 0 ? "-" : ""
  return sign + String(whole / unit) + (places > 0 ? "." + padded : "")
}
