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

// swift-format-ignore: UseSynthesizedInitializer
/// An optional that JSON documents write as `null` when absent, so a reader sees every key
/// (synthesized `Encodable` leaves a plain optional out).
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
  var wrappedValue: Value?

  // Explicit: the compiler needs it to build memberwise initializers of types using the wrapper.
  init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}
