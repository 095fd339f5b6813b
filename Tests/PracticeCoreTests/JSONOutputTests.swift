import PracticeCore
import Testing

/// The one JSON encoding every output uses.
@Suite("JSON output")
struct JSONOutputTests {
  struct Sample: Encodable {
    var day = CalendarDay(2024, 2, 29)
    var path = "a/b"
    var ratio = Double.nan
    var name = "x"
  }

  struct Failing: Encodable {
    struct Inner: Encodable {
      func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(
          0, .init(codingPath: encoder.codingPath, debugDescription: "refused"))
      }
    }
    var items = [Inner()]
  }

  @Test("keys sorted, slashes unescaped, days as YYYY-MM-DD, non-finite numbers as strings")
  func settings() {
    let text = JSONOutput.text(Sample())
    #expect(
      text == """
        {
          "day" : "2024-02-29",
          "name" : "x",
          "path" : "a/b",
          "ratio" : "NaN"
        }

        """)
  }

  @Test("a value that cannot be encoded gives an error object naming where, never {}")
  func failure() {
    let text = JSONOutput.text(Failing())
    #expect(text.contains("\"error\" : \"the document could not be encoded at items[0]\""))
    #expect(text != "{}\n")
  }
}
