import PracticeAudit
import Testing

/// Damaged audit documents: every outcome is a typed error or a valid document, never a crash,
/// and no message repeats a value from the input.
@Suite("Audit documents: damaged input")
struct AuditDocumentRobustnessTests {
  static let marker = "SECRET-7731"

  /// The worked example with every string value after a colon replaced by the marker, one at a
  /// time, and truncated at many points.
  static func damaged() throws -> [String] {
    let text = try AuditFixtures.text("cycle.json")
    let characters = Array(text)
    var variants: [String] = []
    // Truncations.
    for end in stride(from: 0, to: characters.count, by: 173) {
      variants.append(String(characters[..<end]))
    }
    // Each quoted value replaced by the marker.
    var index = 0
    while index < characters.count - 3 {
      if characters[index] == ":", characters[index + 1] == " ", characters[index + 2] == "\"",
        let close = characters[(index + 3)...].firstIndex(of: "\"")
      {
        variants.append(
          String(characters[...(index + 2)]) + marker + String(characters[close...]))
        index = close
      }
      index += 1
    }
    return variants
  }

  @Test("truncated or altered cycles give path-named errors without the value")
  func damagedCycles() throws {
    let variants = try Self.damaged()
    #expect(variants.count > 60)
    var errors = 0
    for variant in variants {
      do throws(DocumentDecodingError) {
        let cycle = try AuditCycle(json: variant)
        _ = cycle.findings(asOf: CalendarDay(2025, 9, 30))
        _ = cycle.measures(by: .worker, asOf: CalendarDay(2025, 9, 30))
      } catch {
        errors += 1
        #expect(!error.description.contains(Self.marker))
        #expect(!error.path.contains(Self.marker))
      }
    }
    #expect(errors > 30)
  }

  @Test("a grade keyed by a non-identifier is named '?' in the path")
  func maskedKey() throws {
    let text = try AuditFixtures.text("cycle.json").replacingFirst(
      #""planning": { "grade": "good", "evidence""#,
      with: #""\#(Self.marker)": { "grade": "good", "evidence""#)
    #expect(
      throws: DocumentDecodingError(
        path: "periods[0].audits[0].grades.?", reason: .unknownReference)
    ) {
      try AuditCycle(json: text)
    }
  }
}
