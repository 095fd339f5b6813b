public import Testing

// Reusable conformance checkers, modelled on swift-collections' _CollectionsTestSupport.
// Not API: for PracticeKit's own tests.
#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

/// Checks `Equatable` over classes of equal values: reflexive, and equal exactly within a class.
public func checkEquatable<T: Equatable>(
  equivalenceClasses: [[T]], sourceLocation: SourceLocation = #_sourceLocation
) {
  let flat = equivalenceClasses.enumerated().flatMap { index, values in values.map { (index, $0) } }
  for (leftClass, left) in flat {
    for (rightClass, right) in flat {
      #expect(
        (left == right) == (leftClass == rightClass), "\(left) vs \(right)",
        sourceLocation: sourceLocation)
    }
  }
}

/// Checks `Hashable`: equal values hash equally (plus the `Equatable` checks).
public func checkHashable<T: Hashable>(
  equivalenceClasses: [[T]], sourceLocation: SourceLocation = #_sourceLocation
) {
  checkEquatable(equivalenceClasses: equivalenceClasses, sourceLocation: sourceLocation)
  for values in equivalenceClasses {
    for value in values {
      #expect(value.hashValue == values[0].hashValue, sourceLocation: sourceLocation)
    }
  }
}

/// Checks `Comparable` on values given in strictly ascending order: `<`, `<=`, `>`, `>=`
/// agree with their positions.
public func checkComparable<T: Comparable>(
  ascending values: [T], sourceLocation: SourceLocation = #_sourceLocation
) {
  for (i, left) in values.enumerated() {
    for (j, right) in values.enumerated() {
      #expect((left < right) == (i < j), "\(left) < \(right)", sourceLocation: sourceLocation)
      #expect((left <= right) == (i <= j), sourceLocation: sourceLocation)
      #expect((left > right) == (i > j), sourceLocation: sourceLocation)
      #expect((left >= right) == (i >= j), sourceLocation: sourceLocation)
      #expect((left == right) == (i == j), sourceLocation: sourceLocation)
    }
  }
}

/// Encodes `value` to JSON and decodes it back; expects an equal value. Returns the JSON text so
/// a test can check the wire format too.
@discardableResult
public func checkCodableRoundTrip<T: Codable & Equatable>(
  _ value: T, sourceLocation: SourceLocation = #_sourceLocation
) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  let data = try encoder.encode(value)
  let decoded = try JSONDecoder().decode(T.self, from: data)
  #expect(decoded == value, sourceLocation: sourceLocation)
  return String(decoding: data, as: UTF8.self)
}

/// Decodes `T` from a JSON text (a test helper for wire-format checks).
public func decodeJSON<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
  try JSONDecoder().decode(type, from: Data(text.utf8))
}
