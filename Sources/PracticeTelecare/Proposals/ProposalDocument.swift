#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

// Reading a proposal from JSON: the schema version first, then the typed document, then fields
// the schema does not know, then the values the types cannot check (device ids, negative
// figures). Errors name the JSON path and the rule, never a value: proposals are about people.
// The approach follows PracticeLaw's decision-support documents; domain modules may not import
// each other, so the telecare module keeps its own copy of the path rendering.

/// Why a telecare proposal could not be read, and where.
public struct ProposalDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
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
    /// A value the schema does not allow (an unknown kind, a date that does not exist).
    case invalidValue
    /// A device type that is not in the catalogue.
    case unknownDevice
    /// A number that must not be negative is.
    case negativeValue
    /// A field the schema does not define.
    case unknownField
    /// The `schemaVersion` is not one this release reads.
    case unsupportedSchemaVersion
  }

  /// Where: dotted keys and bracketed indices, for example `devices[2].type`; empty for the
  /// document as a whole.
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

  /// For example `devices[2].type: not a device type in the catalogue`.
  public var description: String {
    let place = path.isEmpty ? "document" : path
    switch reason {
    case .malformedJSON: return "\(place): not valid JSON"
    case .missingValue: return "\(place): required field is missing"
    case .nullValue: return "\(place): required field is null"
    case .wrongType: return "\(place): wrong type (expected \(expected ?? "another type"))"
    case .invalidValue:
      return "\(place): value not allowed here (dates are YYYY-MM-DD; kinds must be listed ones)"
    case .unknownDevice: return "\(place): not a device type in the catalogue"
    case .negativeValue: return "\(place): must not be negative"
    case .unknownField: return "\(place): field not defined by the schema"
    case .unsupportedSchemaVersion:
      return "\(place): unsupported schema version (this release reads "
        + "\(TelecareProposal.currentSchemaVersion))"
    }
  }
}

extension TelecareProposal {
  /// Reads a proposal from JSON text, checking device ids against `catalogue`.
  ///
  /// - Throws: ``ProposalDecodingError`` naming the path of the first problem.
  public init(json: String, catalogue: DeviceCatalogue = .standard)
    throws(ProposalDecodingError)
  {
    try self.init(jsonUTF8: Array(json.utf8), catalogue: catalogue)
  }

  /// Reads a proposal from UTF-8 JSON bytes, checking device ids against `catalogue`.
  ///
  /// - Throws: ``ProposalDecodingError`` naming the path of the first problem.
  public init(jsonUTF8 bytes: [UInt8], catalogue: DeviceCatalogue = .standard)
    throws(ProposalDecodingError)
  {
    let data = Data(bytes)
    let decoder = JSONDecoder()
    // 1. The schema version first, so a future document fails on its version, not its shape.
    let probe: VersionProbe
    do {
      probe = try decoder.decode(VersionProbe.self, from: data)
    } catch {
      throw ProposalDecodingError(error)
    }
    guard probe.schemaVersion == Self.currentSchemaVersion else {
      throw ProposalDecodingError(path: "schemaVersion", reason: .unsupportedSchemaVersion)
    }
    // 2. The typed document.
    let proposal: TelecareProposal
    do {
      proposal = try decoder.decode(TelecareProposal.self, from: data)
    } catch {
      throw ProposalDecodingError(error)
    }
    // 3. Fields the schema does not define: the input's shape against the document written out.
    do {
      let input = try decoder.decode(JSONShape.self, from: data)
      let canonical = try decoder.decode(JSONShape.self, from: try proposal.jsonData())
      if let path = JSONShape.firstUnknownField(input: input, canonical: canonical, path: "") {
        throw ProposalDecodingError(path: path, reason: .unknownField)
      }
    } catch let error as ProposalDecodingError {
      throw error
    } catch {
      throw ProposalDecodingError(path: "", reason: .malformedJSON)
    }
    // 4. What the types cannot check.
    try proposal.validate(catalogue: catalogue)
    self = proposal
  }

  /// The proposal as JSON text: keys sorted, dates as `YYYY-MM-DD`.
  public func jsonString() throws -> String {
    String(decoding: try jsonData(), as: UTF8.self)
  }

  private func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  private func validate(catalogue: DeviceCatalogue) throws(ProposalDecodingError) {
    for (index, device) in devices.enumerated() where catalogue.device(device.type) == nil {
      throw ProposalDecodingError(path: "devices[\(index)].type", reason: .unknownDevice)
    }
    for (index, assessment) in capacity.enumerated() {
      for (deviceIndex, id) in assessment.devices.enumerated() where catalogue.device(id) == nil {
        throw ProposalDecodingError(
          path: "capacity[\(index)].devices[\(deviceIndex)]", reason: .unknownDevice)
      }
    }
    var negative: [(String, Double?)] = [
      ("handsOnCare.currentHoursPerWeek", handsOnCare?.currentHoursPerWeek),
      ("handsOnCare.replacedHoursPerWeek", handsOnCare?.replacedHoursPerWeek),
      ("connectivity.batteryBackupHours", connectivity?.batteryBackupHours),
      ("costs.weeklyIncomePence", costs?.weeklyIncomePence.map(Double.init)),
      (
        "review.firstReviewWeeksAfterInstallation",
        review.map { Double($0.firstReviewWeeksAfterInstallation) }
      ),
      ("review.intervalMonths", review.map { Double($0.intervalMonths) }),
    ]
    switch costs?.policy {
    case .flat(let weekly): negative.append(("costs.policy.weeklyPence", Double(weekly)))
    case .banded(let bands):
      for (index, band) in bands.enumerated() {
        negative.append(("costs.policy.bands[\(index)].weeklyPence", Double(band.weeklyPence)))
      }
    case .meansTested(let full, let guarantee):
      negative.append(("costs.policy.fullWeeklyPence", Double(full)))
      negative.append(("costs.policy.minimumIncomeGuaranteeWeeklyPence", Double(guarantee)))
    case nil: break
    }
    for (path, value) in negative where (value ?? 0) < 0 {
      throw ProposalDecodingError(path: path, reason: .negativeValue)
    }
  }

  private struct VersionProbe: Decodable {
    var schemaVersion: Int
  }
}

extension ProposalDecodingError {
  /// Maps a `DecodingError` to a path and a reason, dropping its debug description (which may
  /// quote the input).
  init(_ error: any Error) {
    guard let error = error as? DecodingError else {
      self.init(path: "", reason: .malformedJSON)
      return
    }
    switch error {
    case .keyNotFound(let key, let context):
      self.init(path: Self.render(context.codingPath + [key]), reason: .missingValue)
    case .valueNotFound(_, let context):
      self.init(path: Self.render(context.codingPath), reason: .nullValue)
    case .typeMismatch(let type, let context):
      self.init(
        path: Self.render(context.codingPath), reason: .wrongType,
        expected: String(describing: type))
    case .dataCorrupted(let context):
      // An empty path means the text itself is not JSON; otherwise a value was rejected.
      self.init(
        path: Self.render(context.codingPath),
        reason: context.codingPath.isEmpty ? .malformedJSON : .invalidValue)
    @unknown default:
      self.init(path: "", reason: .malformedJSON)
    }
  }

  /// `devices[2].type` from a coding path (array elements are keyed "Index n").
  static func render(_ codingPath: [any CodingKey]) -> String {
    codingPath.reduce(into: "") { text, key in
      if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
  }
}

/// The shape of a JSON value (keys and nesting, never scalar values), to find unknown fields.
private indirect enum JSONShape: Decodable {
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

  /// The path of the first key (in sorted order) given with a non-null value in `input` but
  /// absent from `canonical`, or `nil`.
  static func firstUnknownField(input: JSONShape, canonical: JSONShape, path: String) -> String? {
    switch (input, canonical) {
    case (.object(let given), .object(let known)):
      for key in given.keys.sorted() {
        guard let value = given[key] else { continue }
        let child = path.isEmpty ? key : path + "." + key
        guard let knownValue = known[key] else {
          if case .null = value { continue }  // an optional field given as null
          return child
        }
        if let found = firstUnknownField(input: value, canonical: knownValue, path: child) {
          return found
        }
      }
      return nil
    case (.array(let given), .array(let known)):
      for (index, pair) in zip(given, known).enumerated() {
        if let found = firstUnknownField(
          input: pair.0, canonical: pair.1, path: path + "[\(index)]")
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
