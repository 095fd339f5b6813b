#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

// The one place where the JSON documents people prepare by hand (checklists, audits, proposals,
// applicant profiles) are read and written: a schema version check, decoding with the failing
// path named, a check for fields the schema does not know, then the document's own rules
// (`validate()`). Errors name the path and the rule, never a value from the input.

/// A JSON document a person prepares by hand: a welfare checklist, a case audit, a telecare
/// proposal, an applicant profile.
///
/// Documents carry a `schemaVersion` at the top, use camelCase keys and ISO 8601 dates
/// (`YYYY-MM-DD`). Read one with ``init(json:)`` or ``init(jsonUTF8:)``: malformed input gives a
/// ``DocumentDecodingError`` naming the path (for example `options[2].pros`) and never crashes.
/// Every domain module's documents conform, so they share one reader and one error type.
public protocol JSONDocument: Codable, Sendable {
  /// The schema version this release reads and writes.
  static var currentSchemaVersion: Int { get }
  /// The schema version of this document.
  var schemaVersion: Int { get }
  /// Checks the rules decoding cannot (identifiers unique, references that resolve); called
  /// after decoding. The default accepts every document.
  ///
  /// - Throws: ``DocumentDecodingError`` naming the path of the first problem.
  func validate() throws(DocumentDecodingError)
}

extension JSONDocument {
  /// Accepts every document.
  public func validate() throws(DocumentDecodingError) {}
}

/// Why a JSON document could not be read, and where.
///
/// The description names the path and the rule broken; it never repeats a value from the input,
/// because documents about children hold special-category personal data.
public struct DocumentDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was wrong.
  public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The text is not JSON (or not UTF-8).
    case malformedJSON
    /// A required field is missing.
    case missingValue
    /// A required field is `null`.
    case nullValue
    /// A field has the wrong JSON type (for example a string where a list was expected).
    case wrongType
    /// A field has the right type but a value the schema does not allow (an unknown option
    /// kind, a date that does not exist).
    case invalidValue
    /// A field the schema does not define.
    case unknownField
    /// The `schemaVersion` is not one this release reads.
    case unsupportedSchemaVersion
    /// An identifier used twice where each must be unique.
    case duplicateIdentifier
    /// A reference to something the document does not define.
    case unknownReference
    /// A list that must not be empty is empty.
    case emptyList
  }

  /// Where in the document: dotted keys and bracketed indices, for example `options[2].pros`;
  /// empty for the document as a whole. A key from the input that is not an identifier is shown
  /// as `?`, so the path cannot carry personal data.
  public var path: String
  /// What was wrong.
  public var reason: Reason
  /// The expected type, for ``Reason/wrongType`` (for example `Array<String>`).
  public var expected: String?

  /// For ``Reason/malformedJSON``: the 1-based line and byte column where the text stops being
  /// JSON, and what is wrong there, when that can be located (a number too large for its type is
  /// well-formed JSON and has no location).
  public var syntax: Syntax?

  /// Where and how the text breaks the JSON grammar.
  public struct Syntax: Sendable, Hashable {
    /// The 1-based line.
    public var line: Int
    /// The 1-based byte column within the line.
    public var column: Int
    /// What is wrong, in words, for example "a string that is never closed".
    public var problem: String
  }

  /// Creates an error.
  public init(path: String, reason: Reason, expected: String? = nil) {
    self.path = path
    self.reason = reason
    self.expected = expected
  }

  /// A malformed-JSON error located in `bytes`.
  init(malformed bytes: [UInt8]) {
    self.init(path: "", reason: .malformedJSON)
    syntax = JSONSyntax.firstError(in: bytes).map {
      Syntax(line: $0.line, column: $0.column, problem: $0.rule.rawValue)
    }
  }

  /// For example `options[2].pros: wrong type (expected Array<String>)`.
  public var description: String {
    let place = path.isEmpty ? "document" : path
    switch reason {
    case .malformedJSON:
      guard let syntax else { return "\(place): not valid JSON" }
      return "\(place): not valid JSON at line \(syntax.line), column \(syntax.column): "
        + syntax.problem
    case .missingValue: return "\(place): required field is missing"
    case .nullValue: return "\(place): required field is null"
    case .wrongType: return "\(place): wrong type (expected \(expected ?? "another type"))"
    case .invalidValue:
      return "\(place): value not allowed here (dates are YYYY-MM-DD; kinds must be listed ones)"
    case .unknownField: return "\(place): field not defined by the schema"
    case .unsupportedSchemaVersion: return "\(place): unsupported schema version"
    case .duplicateIdentifier: return "\(place): identifier used more than once"
    case .unknownReference: return "\(place): refers to something the document does not define"
    case .emptyList: return "\(place): must not be empty"
    }
  }
}

extension JSONDocument {
  /// Reads a document from JSON text.
  ///
  /// - Throws: ``DocumentDecodingError`` naming the path of the first problem.
  public init(json: String) throws(DocumentDecodingError) {
    self = try DocumentCodec.decode(Self.self, from: Data(json.utf8))
  }

  /// Reads a document from UTF-8 encoded JSON bytes.
  ///
  /// - Throws: ``DocumentDecodingError`` naming the path of the first problem.
  public init(jsonUTF8 bytes: [UInt8]) throws(DocumentDecodingError) {
    self = try DocumentCodec.decode(Self.self, from: Data(bytes))
  }

  /// The document as JSON text: keys sorted, dates as `YYYY-MM-DD`, slashes unescaped.
  public func jsonString() throws -> String {
    String(decoding: try DocumentCodec.encode(self), as: UTF8.self)
  }
}

/// Decoding and encoding of ``JSONDocument`` values.
enum DocumentCodec {
  static func encode(_ value: some Encodable) throws -> Data {
    try JSONOutput.encode(value)
  }

  static func decode<Document: JSONDocument>(
    _ type: Document.Type, from data: Data
  ) throws(DocumentDecodingError) -> Document {
    let decoder = JSONDecoder()
    // 1. The schema version first, so a future document fails on its version, not its shape.
    let probe: VersionProbe
    do {
      probe = try decoder.decode(VersionProbe.self, from: data)
    } catch {
      throw DocumentDecodingError(error, in: data)
    }
    guard probe.schemaVersion == Document.currentSchemaVersion else {
      throw DocumentDecodingError(path: "schemaVersion", reason: .unsupportedSchemaVersion)
    }
    // 2. The typed document.
    let document: Document
    do {
      document = try decoder.decode(Document.self, from: data)
    } catch {
      throw DocumentDecodingError(error, in: data)
    }
    // 3. Fields the schema does not define: compare the input's shape with the shape of the
    // document written back out.
    do {
      let input = try decoder.decode(JSONShape.self, from: data)
      let canonical = try decoder.decode(JSONShape.self, from: try encode(document))
      if let path = JSONShape.firstUnknownField(input: input, canonical: canonical, path: []) {
        throw DocumentDecodingError(path: DocumentPathComponent.render(path), reason: .unknownField)
      }
    } catch let error as DocumentDecodingError {
      throw error
    } catch {
      throw DocumentDecodingError(malformed: Array(data))
    }
    // 4. The document's own rules.
    try document.validate()
    return document
  }

  private struct VersionProbe: Decodable {
    var schemaVersion: Int
  }
}

extension DocumentDecodingError {
  /// Maps a decoder's error for `data` to a path and a reason, locating malformed JSON.
  init(_ error: any Error, in data: Data) {
    self.init(error)
    if reason == .malformedJSON { self.init(malformed: Array(data)) }
  }

  /// Maps a `DecodingError` to a path and a reason, dropping its debug description (which may
  /// quote the input).
  init(_ error: any Error) {
    guard let error = error as? DecodingError else {
      self.init(path: "", reason: .malformedJSON)
      return
    }
    switch error {
    case .keyNotFound(let key, let context):
      self.init(
        path: DocumentPathComponent.render(context.codingPath + [key]), reason: .missingValue)
    case .valueNotFound(_, let context):
      self.init(path: DocumentPathComponent.render(context.codingPath), reason: .nullValue)
    case .typeMismatch(let type, let context):
      self.init(
        path: DocumentPathComponent.render(context.codingPath), reason: .wrongType,
        expected: String(describing: type))
    case .dataCorrupted(let context):
      // An empty path means the text itself is not JSON; otherwise a value was rejected.
      self.init(
        path: DocumentPathComponent.render(context.codingPath),
        reason: context.codingPath.isEmpty ? .malformedJSON : .invalidValue)
    @unknown default:
      self.init(path: "", reason: .malformedJSON)
    }
  }
}

extension DocumentDecodingError {
  /// An error at the path of `components` (keys that are not identifiers shown as `?`), for a
  /// document's ``JSONDocument/validate()``.
  public init(at components: [DocumentPathComponent], reason: Reason) {
    self.init(path: DocumentPathComponent.render(components), reason: reason)
  }
}

/// One step of a path in a JSON document: a key or an index.
public enum DocumentPathComponent: Hashable, Sendable {
  /// An object's key.
  case key(String)
  /// An array's index, from 0.
  case index(Int)
}

extension DocumentPathComponent {
  /// `options[2].pros` from `[.key("options"), .index(2), .key("pros")]`.
  ///
  /// A key that is not an identifier (an ASCII letter, then up to 63 ASCII letters, digits or
  /// underscores: every schema's own keys) is shown as `?`: keys of dictionaries and unknown
  /// fields come from the input, and the input may hold personal data.
  static func render(_ components: [DocumentPathComponent]) -> String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        let name = isIdentifier(key) ? key : "?"
        text += text.isEmpty ? name : "." + name
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  private static func isIdentifier(_ key: String) -> Bool {
    func isLetter(_ byte: UInt8) -> Bool {
      (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
    let bytes = key.utf8
    guard let first = bytes.first, bytes.count <= 64, isLetter(first) else { return false }
    return bytes.allSatisfy {
      isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "_")
    }
  }

  static func render(_ codingPath: [any CodingKey]) -> String {
    render(
      codingPath.map { key in
        // Array elements are keyed "Index n" with an integer value; dictionary keys are strings.
        if let index = key.intValue, key.stringValue.hasPrefix("Index ") { return .index(index) }
        return .key(key.stringValue)
      })
  }
}

/// The shape of a JSON value (its keys and nesting, never its scalar values), used to find
/// fields the schema does not define.
indirect enum JSONShape: Decodable {
  case object([String: JSONShape])
  case array([JSONShape])
  case scalar
  case null

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let object = try? container.decode([String: JSONShape].self) {
      self = .object(object)
    } else if let array = try? container.decode([JSONShape].self) {
      self = .array(array)
    } else {
      self = .scalar
    }
  }

  /// The path of the first key (in sorted order) present with a non-null value in `input` but
  /// absent from `canonical`, or `nil`.
  static func firstUnknownField(
    input: JSONShape, canonical: JSONShape, path: [DocumentPathComponent]
  ) -> [DocumentPathComponent]? {
    switch (input, canonical) {
    case (.object(let given), .object(let known)):
      for key in given.keys.sorted() {
        guard let value = given[key] else { continue }
        guard let knownValue = known[key] else {
          if case .null = value { continue }  // an optional field given as null
          return path + [.key(key)]
        }
        if let found = firstUnknownField(
          input: value, canonical: knownValue, path: path + [.key(key)])
        {
          return found
        }
      }
      return nil
    case (.array(let given), .array(let known)):
      for (index, pair) in zip(given, known).enumerated() {
        if let found = firstUnknownField(
          input: pair.0, canonical: pair.1, path: path + [.index(index)])
        {
          return found
        }
      }
      return nil
    default:
      return nil
    }
  }
}
