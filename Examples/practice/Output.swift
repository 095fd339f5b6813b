#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The result of running the tool: what to print where, and the exit code.
struct Outcome: Equatable {
  var exitCode: Int32 = 0
  var standardOutput = ""
  var standardError = ""
}

/// The JSON documents the tool prints: camelCase keys, `schemaVersion` first in meaning
/// (keys are sorted so output is stable), ISO dates.
enum JSON {
  static func render(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of strings and numbers cannot fail; an empty object is a safe fallback.
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
