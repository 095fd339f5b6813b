import PracticeCore
import Testing

@Suite("JSON documents")
struct JSONDocumentTests {
  struct Note: JSONDocument, Equatable {
    static let currentSchemaVersion = 1
    var schemaVersion = 1
    var text: String
    var counts: [String: Int]?
  }

  static func error(_ json: String) -> DocumentDecodingError? {
    do {
      _ = try Note(json: json)
      return nil
    } catch {
      return error
    }
  }

  @Test("a document round-trips through its JSON")
  func roundTrip() throws {
    let note = Note(text: "ok", counts: ["planning": 2])
    #expect(try Note(json: note.jsonString()) == note)
  }

  @Test(
    "malformed JSON is located by line and byte column, with the rule",
    arguments: [
      ("", 1, 1, "the document is empty"),
      ("{\"schemaVersion\":1,\n \"text\":\"open", 2, 9, "a string that is never closed"),
      ("{\"schemaVersion\":1,\"text\":\"a\"} x", 1, 32, "more text after the end of the document"),
      ("{\"schemaVersion\":01}", 1, 19, "a character that JSON does not allow here"),
      ("{\"schemaVersion\":1,\"text\":\"\\q\"}", 1, 29, "an invalid escape in a string"),
      ("{\"schemaVersion\":1,\"text\":\"\\u12G4\"}", 1, 29, "an invalid escape in a string"),
      ("{\"schemaVersion\":1,\"text\":\"a\tb\"}", 1, 29, "a control character inside a string"),
      ("{\"schemaVersion\":-,\"text\":\"\"}", 1, 19, "an invalid number"),
      ("{\"schemaVersion\":1.,\"text\":\"\"}", 1, 20, "an invalid number"),
      ("{\"schemaVersion\":1,\"text\":tru}", 1, 27, "a character that JSON does not allow here"),
      ("{\"schemaVersion\":1,,\"text\":\"\"}", 1, 20, "a character that JSON does not allow here"),
      ("{\"schemaVersion\":1,\"text\":\"\u{FEFF}\"", 1, 32, "the document ends too soon"),
    ])
  func malformed(json: String, line: Int, column: Int, problem: String) throws {
    let error = try #require(Self.error(json))
    #expect(error.reason == .malformedJSON)
    #expect(error.syntax?.line == line)
    #expect(error.syntax?.column == column)
    #expect(error.syntax?.problem == problem)
    #expect(
      error.description == "document: not valid JSON at line \(line), column \(column): \(problem)")
  }

  @Test("invalid UTF-8 inside a string is located at its first byte")
  func invalidUTF8() throws {
    // 0xED 0xA0 0x80 would encode a surrogate: ill-formed.
    let bytes =
      Array("{\"schemaVersion\":1,\"text\":\"ab".utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8)
    do {
      _ = try Note(jsonUTF8: bytes)
      Issue.record("expected an error")
    } catch {
      #expect(error.syntax?.column == 30)
      #expect(error.syntax?.problem == "bytes that are not UTF-8")
    }
  }

  @Test("nesting beyond 512 is refused at the bracket that goes too deep")
  func depth() throws {
    let json = "{\"schemaVersion\":1,\"text\":" + String(repeating: "[", count: 10_000)
    let error = try #require(Self.error(json))
    // The object is depth 1; the 512th bracket is depth 513, at column 27 + 511.
    #expect(error.syntax?.column == 538)
    #expect(error.syntax?.problem == "arrays or objects nested more than 512 deep")
  }

  @Test("paths name schema keys but hide input keys that are not identifiers")
  func maskedKeys() throws {
    let wrongType = try #require(
      Self.error(#"{"schemaVersion":1,"text":"a","counts":{"Jo Bloggs 2014":"x"}}"#))
    #expect(wrongType.path == "counts.?")
    #expect(wrongType.reason == .wrongType)
    let named = try #require(
      Self.error(#"{"schemaVersion":1,"text":"a","counts":{"planning":"x"}}"#))
    #expect(named.path == "counts.planning")
    let unknown = try #require(Self.error(#"{"schemaVersion":1,"text":"a","née":1}"#))
    #expect(unknown.path == "?")
    #expect(unknown.reason == .unknownField)
    #expect(!unknown.description.contains("née"))
  }
}
