#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

// The one place where PracticeAudit's hand-written documents (audit frameworks, case audit
// cycles, service episodes, sampling plans) are read from and written to JSON: a schema version
// check, decoding with the failing path named, a check for fields the schema does not know, then
// the document's own validation. It follows PracticeLaw's DecisionSupportDocument; domain modules
// may not import each other, so the codec is repeated here rather than shared.

/// A JSON document a local authority prepares by hand: an ``AuditFramework``, an
/// ``AuditCycle`` of case audits, an ``IntensiveSupportEpisode``, a ``SamplingPlan``.
///
/// Documents carry a `schemaVersion` at the top, use camelCase keys and ISO 8601 dates
/// (`YYYY-MM-DD`). Read one with ``init(json:)`` or ``init(jsonUTF8:)``: malformed or invalid
/// input gives an ``AuditDocumentError`` naming the path (for example
/// `periods[0].audits[3].grades.planning.grade`) and never crashes.
public protocol AuditDocument: Codable, Sendable {
  /// The schema version this release reads and writes.
  static var currentSchemaVersion: Int { get }
  /// The schema version of this document.
  var schemaVersion: Int { get }
  /// Checks the rules JSON decoding cannot (unique ids, references that resolve, grades on the
  /// scale); the default accepts every decoded document.
  ///
  /// - Throws: ``AuditDocumentError`` naming the path of the first problem.
  func validate() throws(AuditDocumentError)
}

extension AuditDocument {
  /// Accepts every decoded document.
  public func validate() throws(AuditDocumentError) {}
}

/// Why an audit document could not be read or is not valid, and where.
///
/// The description names the path and the rule broken; it never repeats a value from the input,
/// because audits of children's cases hold special-category personal data.
public struct AuditDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was wrong.
  public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The text is not JSON (or not UTF-8).
    case malformedJSON
    /// A required field is missing.
    case missingValue
    /// A required field is `null`.
    case nullValue
    /// A field has the wrong JSON type.
    case wrongType
    /// A field has the right type but a value the schema does not allow (an unknown kind, a
    /// date that does not exist, a number out of range).
    case invalidValue
    /// A field the schema does not define.
    case unknownField
    /// The `schemaVersion` is not one this release reads.
    case unsupportedSchemaVersion
    /// An identifier used twice where each must be unique.
    case duplicateIdentifier
    /// A reference to something the document does not define (a criterion, a grade, a stratum).
    case unknownReference
    /// A list that must not be empty is empty.
    case emptyList
  }

  /// Where in the document: dotted keys and bracketed indices, for example
  /// `criteria[2].id`; empty for the document as a whole.
  public var path: String
  /// What was wrong.
  public var reason: Reason
  /// The expected type, for ``Reason/wrongType``.
  public var expected: String?

  /// Creates an error.
  public init(path: String, reason: Reason, expected: String? = nil) {
    self.path = path
    self.reason = reason
    self.expected = expected
  }

  /// For example `criteria[2].id: identifier used more than once`.
  public var description: String {
    let place = path.isEmpty ? "document" : path
    switch reason {
    case .malformedJSON: return "\(place): not valid JSON"
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

extension AuditDocument {
  /// Reads and validates a document from JSON text.
  ///
  /// - Throws: ``AuditDocumentError`` naming the path of the first problem.
  public init(json: String) throws(AuditDocumentError) {
    self = try AuditDocumentCodec.decode(Self.self, from: Data(json.utf8))
  }

  /// Reads and validates a document from UTF-8 encoded JSON bytes.
  ///
  /// - Throws: ``AuditDocumentError`` naming the path of the first problem.
  public init(jsonUTF8 bytes: [UInt8]) throws(AuditDocumentError) {
    self = try AuditDocumentCodec.decode(Self.self, from: Data(bytes))
  }

  /// The document as JSON text: keys sorted, dates as `YYYY-MM-DD`, slashes unescaped.
  public func jsonString() throws -> String {
    String(decoding: try AuditDocumentCodec.encode(self), as: UTF8.self)
  }
}

/// Decoding and encoding of ``AuditDocument`` values.
enum AuditDocumentCodec {
  static func encode(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  static func decode<Document: AuditDocument>(
    _ type: Document.Type, from data: Data
  ) throws(AuditDocumentError) -> Document {
    let decoder = JSONDecoder()
    // 1. The schema version first, so a future document fails on its version, not its shape.
    let probe: VersionProbe
    do {
      probe = try decoder.decode(VersionProbe.self, from: data)
    } catch {
      throw AuditDocumentError(error)
    }
    guard probe.schemaVersion == Document.currentSchemaVersion else {
      throw AuditDocumentError(path: "schemaVersion", reason: .unsupportedSchemaVersion)
    }
    // 2. The typed document.
    let document: Document
    do {
      document = try decoder.decode(Document.self, from: data)
    } catch {
      throw AuditDocumentError(error)
    }
    // 3. Fields the schema does not define: compare the input's shape with the shape of the
    // document written back out.
    do {
      let input = try decoder.decode(AuditJSONShape.self, from: data)
      let canonical = try decoder.decode(AuditJSONShape.self, from: try encode(document))
      if let path = AuditJSONShape.firstUnknownField(input: input, canonical: canonical, path: []) {
        throw AuditDocumentError(path: AuditPath.render(path), reason: .unknownField)
      }
    } catch let error as AuditDocumentError {
      throw error
    } catch {
      throw AuditDocumentError(path: "", reason: .malformedJSON)
    }
    // 4. The document's own rules.
    try document.validate()
    return document
  }

  private struct VersionProbe: Decodable {
    var schemaVersion: Int
  }
}

extension AuditDocumentError {
  /// Maps a `DecodingError` to a path and a reason, dropping its debug description (which may
  /// quote the input).
  init(_ error: any Error) {
    guard let error = error as? DecodingError else {
      self.init(path: "", reason: .malformedJSON)
      return
    }
    switch error {
    case .keyNotFound(let key, let context):
      self.init(path: AuditPath.render(context.codingPath + [key]), reason: .missingValue)
    case .valueNotFound(_, let context):
      self.init(path: AuditPath.render(context.codingPath), reason: .nullValue)
    case .typeMismatch(let type, let context):
      self.init(
        path: AuditPath.render(context.codingPath), reason: .wrongType,
        expected: String(describing: type))
    case .dataCorrupted(let context):
      // An empty path means the text itself is not JSON; otherwise a value was rejected.
      self.init(
        path: AuditPath.render(context.codingPath),
        reason: context.codingPath.isEmpty ? .malformedJSON : .invalidValue)
    @unknown default:
      self.init(path: "", reason: .malformedJSON)
    }
  }
}

/// One step of a path in an audit document: a key or an index.
enum AuditPath: Hashable {
  case key(String)
  case index(Int)

  /// `criteria[2].id` from `[.key("criteria"), .index(2), .key("id")]`.
  static func render(_ components: [AuditPath]) -> String {
    var text = ""
    for component in components {
      switch component {
      case .key(let name): text += text.isEmpty ? name : "." + name
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
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
indirect enum AuditJSONShape: Decodable {
  case object([String: AuditJSONShape])
  case array([AuditJSONShape])
  case scalar
  case null

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let object = try? container.decode([String: AuditJSONShape].self) {
      self = .object(object)
    } else if let array = try? container.decode([AuditJSONShape].self) {
      self = .array(array)
    } else {
      self = .scalar
    }
  }

  /// The path of the first key (in sorted order) present with a non-null value in `input` but
  /// absent from `canonical`, or `nil`.
  static func firstUnknownField(
    input: AuditJSONShape, canonical: AuditJSONShape, path: [AuditPath]
  ) -> [AuditPath]? {
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

/// Collects the path of the first validation problem while walking a document.
struct AuditValidation {
  private(set) var path: [AuditPath] = []

  /// An error for `reason` at the current path extended by `components`.
  func error(_ reason: AuditDocumentError.Reason, at components: AuditPath...) -> AuditDocumentError
  {
    AuditDocumentError(path: AuditPath.render(path + components), reason: reason)
  }

  /// A validation whose path is this one's extended by `components`.
  func appending(_ components: AuditPath...) -> AuditValidation {
    var copy = self
    copy.path += components
    return copy
  }
}
