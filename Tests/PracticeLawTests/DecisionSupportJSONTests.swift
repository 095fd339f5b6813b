import PracticeLaw
import Testing

@Suite("Decision-support JSON documents")
struct DecisionSupportJSONTests {
  @Test("round trips keep every field")
  func roundTrip() throws {
    let dated = try day("2025-03-01")
    let welfare = WelfareChecklist(
      subject: "C1", proceedings: .partIV,
      evidence: [.needs: [EvidenceEntry("n", sourceDocument: "SWET", date: dated)], .harm: []])
    #expect(try WelfareChecklist(json: welfare.jsonString()) == welfare)

    let threshold = ThresholdAssessment(
      orderSought: .interimCareOrder, dateOfBirth: try day("2016-02-29"), married: false,
      significantHarm: [EvidenceEntry("h", date: dated)])
    #expect(try ThresholdAssessment(json: threshold.jsonString()) == threshold)

    let options = RealisticOptionsAnalysis(
      subject: "C1",
      options: [.init(.noOrder, pros: ["p"], cons: ["c"]), .init(.adoption, analysed: false)],
      recommended: .adoption, reasoning: "r", nothingElseWillDo: "n")
    #expect(try RealisticOptionsAnalysis(json: options.jsonString()) == options)

    let voice = ChildsVoice(
      wishesAndFeelings: [EvidenceEntry("w")], ageAndUnderstanding: "a", howAscertained: "h",
      ascertainedOn: dated)
    #expect(try ChildsVoice(jsonUTF8: Array(voice.jsonString().utf8)) == voice)
  }

  @Test("wire format: schemaVersion, camelCase keys, ISO dates, items keyed by short form")
  func wireFormat() throws {
    let welfare = WelfareChecklist(
      proceedings: .opposedSection8,
      evidence: [.wishesAndFeelings: [EvidenceEntry("w", date: try day("2025-03-01"))]])
    let json = try welfare.jsonString()
    #expect(json.contains("\"schemaVersion\" : 1"))
    #expect(json.contains("\"wishesAndFeelings\" : ["))
    #expect(json.contains("\"date\" : \"2025-03-01\""))
    #expect(json.contains("\"proceedings\" : \"opposedSection8\""))
  }

  @Test("a hand-written document reads")
  func handWritten() throws {
    let json = """
      { "schemaVersion": 1, "orderSought": "careOrder", "dateOfBirth": "2012-09-30",
        "significantHarm": [ { "text": "neglect", "sourceDocument": "chronology" } ],
        "careNotReasonable": [], "beyondParentalControl": [] }
      """
    let assessment = try ThresholdAssessment(json: json)
    #expect(assessment.orderSought == .careOrder)
    #expect(assessment.married == nil)
    #expect(assessment.isAddressed(.significantHarm))
  }

  @Test(
    "malformed documents name the path and reason",
    arguments: [
      (
        #"{"schemaVersion":1,"options":[{"kind":"noOrder","pros":[],"cons":[],"analysed":true},"#
          + #"{"kind":"adoption","pros":[],"cons":[],"analysed":true},"#
          + #"{"kind":"adoption","pros":"SECRET","cons":[],"analysed":true}]}"#,
        "options[2].pros", DocumentDecodingError.Reason.wrongType
      ),
      (
        #"{"schemaVersion":1,"options":[{"kind":"SECRET","pros":[],"cons":[],"analysed":true}]}"#,
        "options[0].kind", .invalidValue
      ),
      (
        #"{"schemaVersion":1,"options":[{"kind":"noOrder","pros":[],"cons":[]}]}"#,
        "options[0].analysed", .missingValue
      ),
      (#"{"schemaVersion":1,"options":null}"#, "options", .nullValue),
      (#"{"options":[]}"#, "schemaVersion", .missingValue),
      (#"{"schemaVersion":2,"options":[]}"#, "schemaVersion", .unsupportedSchemaVersion),
      (#"{"schemaVersion":"SECRET","options":[]}"#, "schemaVersion", .wrongType),
      (#"{"schemaVersion":1,"options":[],"SECRETKEY":1}"#, "SECRETKEY", .unknownField),
      (
        #"{"schemaVersion":1,"options":[{"kind":"noOrder","pros":[],"cons":[],"analysed":true,"#
          + #""weight":"SECRET"}]}"#,
        "options[0].weight", .unknownField
      ),
      (#"{"schemaVersion":1,"options":[],"subject":null}"#, "", nil),
      (#"{"schemaVersion":1,"options":["#, "", .malformedJSON),
      (#"SECRET"#, "", .malformedJSON),
      (#"[1,2]"#, "", .wrongType),
      ("", "", .malformedJSON),
    ])
  func malformedOptions(json: String, path: String, reason: DocumentDecodingError.Reason?) {
    do {
      _ = try RealisticOptionsAnalysis(json: json)
      #expect(reason == nil, "expected \(String(describing: reason)) at \(path)")
    } catch {
      #expect(error.path == path)
      #expect(error.reason == reason)
      if error.reason != .unknownField {
        #expect(!error.description.contains("SECRET"))
      }
    }
  }

  @Test(
    "malformed dates and keyed items name the path, never the value",
    arguments: [
      (
        #"{"schemaVersion":1,"evidence":{"needs":[{"text":"SECRET","date":"2025-02-30"}]}}"#,
        "evidence.needs[0].date", DocumentDecodingError.Reason.invalidValue
      ),
      (
        #"{"schemaVersion":1,"evidence":{"needs":[{"date":"2025-02-01"}]}}"#,
        "evidence.needs[0].text", .missingValue
      ),
      (
        #"{"schemaVersion":1,"evidence":{"needs":[{"text":7}]}}"#, "evidence.needs[0].text",
        .wrongType
      ),
      (
        #"{"schemaVersion":1,"evidence":{"needs":[]},"proceedings":"SECRET"}"#, "proceedings",
        .invalidValue
      ),
    ])
  func malformedWelfare(json: String, path: String, reason: DocumentDecodingError.Reason) {
    #expect {
      _ = try WelfareChecklist(json: json)
    } throws: { error in
      guard let error = error as? DocumentDecodingError else { return false }
      return error.path == path && error.reason == reason
        && !error.description.contains("SECRET") && !error.description.contains("2025")
    }
  }

  @Test("an unknown checklist item is rejected with a path")
  func unknownItem() {
    do {
      _ = try WelfareChecklist(json: #"{"schemaVersion":1,"evidence":{"wishes":[]}}"#)
      Issue.record("expected an error")
    } catch {
      #expect(error.path == "evidence.wishes")
      #expect(error.reason == .invalidValue)
    }
  }

  @Test(
    "hostile input never crashes",
    arguments: [
      String(repeating: "[", count: 10_000), String(repeating: "{\"a\":", count: 2_000),
      "\u{0}", "{\"schemaVersion\":1e999}", "{\"schemaVersion\":1,\"wishesAndFeelings\":[{}]}",
    ])
  func hostile(json: String) {
    #expect(throws: DocumentDecodingError.self) { try ChildsVoice(json: json) }
  }

  @Test("error descriptions are readable")
  func descriptions() {
    let error = DocumentDecodingError(
      path: "options[2].pros", reason: .wrongType, expected: "Array<String>")
    #expect(error.description == "options[2].pros: wrong type (expected Array<String>)")
    #expect(
      DocumentDecodingError(path: "", reason: .malformedJSON).description
        == "document: not valid JSON")
  }

  @Test("the DecisionSupport article's example gives the findings it shows")
  func articleExample() throws {
    let analysis = try RealisticOptionsAnalysis(
      json: """
        { "schemaVersion": 1,
          "options": [
            { "kind": "specialGuardianship", "pros": ["stays in the family"],
              "cons": ["grandmother's health"], "analysed": true },
            { "kind": "adoption", "pros": ["permanence"], "cons": [], "analysed": true } ],
          "recommended": "adoption", "reasoning": "…" }
        """)
    #expect(
      analysis.findings().map(\.code.rawValue) == [
        "law.re-b-s.option-not-analysed", "law.re-b-s.linear-analysis",
        "law.s1-5.no-order-not-considered", "law.re-b.nothing-else-will-do-not-recorded",
      ])
  }
}
