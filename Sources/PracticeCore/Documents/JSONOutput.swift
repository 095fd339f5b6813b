#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

/// The one JSON encoding of everything PracticeKit and its tools print: keys sorted (stable
/// output), indented, slashes unescaped, days as `YYYY-MM-DD` (as ``CalendarDay`` encodes), and a
/// number that is not finite written as the string `"NaN"`, `"Infinity"` or `"-Infinity"`
/// rather than failing the whole document.
public enum JSONOutput {
  /// `value` as JSON text with a final newline.
  ///
  /// Encoding fails only when a value's own `encode(to:)` throws. Then the text is a JSON object
  /// whose `error` says so and where (the coding path), never an empty object passed off as a
  /// result.
  ///
  /// - Parameter value: The document to encode.
  public static func text(_ value: some Encodable) -> String {
    do {
      return String(decoding: try encode(value), as: UTF8.self) + "\n"
    } catch {
      let path = (error as? EncodingError).map(Self.path) ?? ""
      let failure = ["error": "the document could not be encoded\(path)"]
      let data = (try? encode(failure)) ?? Data("{\"error\": \"encoding failed\"}".utf8)
      return String(decoding: data, as: UTF8.self) + "\n"
    }
  }

  /// `value` as JSON bytes, with the shared settings.
  static func encode(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return try encoder.encode(value)
  }

  /// " at a.b[2]": the coding path of an encoding failure (keys only, never a value).
  private static func path(_ error: EncodingError) -> String {
    guard case .invalidValue(_, let context) = error, !context.codingPath.isEmpty else {
      return ""
    }
    var text = ""
    for key in context.codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return " at " + text
  }
}
