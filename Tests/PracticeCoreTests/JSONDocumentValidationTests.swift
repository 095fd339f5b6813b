import PracticeCore
import Testing

/// A document with a rule decoding cannot check: its ids must be unique and `main` one of them.
private struct Roster: JSONDocument, Equatable {
  static let currentSchemaVersion = 1
  var schemaVersion = 1
  var ids: [String]
  var main: String
  var notes: [String: String]?

  func validate() throws(DocumentDecodingError) {
    guard !ids.isEmpty else { throw DocumentDecodingError(at: [.key("ids")], reason: .emptyList) }
    var seen = Set<String>()
    for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
      throw DocumentDecodingError(at: [.key("ids"), .index(index)], reason: .duplicateIdentifier)
    }
    guard seen.contains(main) else {
      throw DocumentDecodingError(at: [.key("main")], reason: .unknownReference)
    }
    for (key, note) in (notes ?? [:]).sorted(by: { $0.key < $1.key }) where note.isEmpty {
      throw DocumentDecodingError(at: [.key("notes"), .key(key)], reason: .emptyList)
    }
  }
}

@Suite("JSON documents: validation after decoding")
struct JSONDocumentValidationTests {
  @Test(
    "validate() runs after decoding and its errors name the path",
    arguments: [
      (#"{"schemaVersion":1,"ids":[],"main":"a"}"#, "ids: must not be empty"),
      (
        #"{"schemaVersion":1,"ids":["a","b","a"],"main":"a"}"#,
        "ids[2]: identifier used more than once"
      ),
      (
        #"{"schemaVersion":1,"ids":["a"],"main":"b"}"#,
        "main: refers to something the document does not define"
      ),
      (
        #"{"schemaVersion":1,"ids":["a"],"main":"a","notes":{"SECRET 7731":""}}"#,
        "notes.?: must not be empty"
      ),
    ])
  func validationErrors(json: String, message: String) {
    do throws(DocumentDecodingError) {
      _ = try Roster(json: json)
      Issue.record("expected an error")
    } catch {
      #expect(error.description == message)
      #expect(!error.description.contains("SECRET"))
    }
  }

  @Test("a valid document reads and round-trips")
  func valid() throws {
    let roster = try Roster(json: #"{"schemaVersion":1,"ids":["a","b"],"main":"b"}"#)
    #expect(roster.main == "b")
    #expect(try Roster(json: roster.jsonString()) == roster)
  }
}
