import PracticeTelecare
import Testing

@Suite("Proposal JSON")
struct ProposalJSONTests {
  @Test("a proposal round-trips through JSON")
  func roundTrip() throws {
    let json = try Samples.lackingCapacity.jsonString()
    #expect(json.contains("\"schemaVersion\" : 1"))
    #expect(json.contains("\"preparedOn\" : \"2025-05-01\""))
    #expect(try TelecareProposal(json: json, catalogue: .standard) == Samples.lackingCapacity)
  }

  static let minimal = """
    {"schemaVersion": 1, "preparedOn": "2025-05-01",
     "person": {"pseudonym": "P-9", "aims": []}, "needs": [], "wellbeing": [],
     "devices": [{"type": "pendant", "alertsCarer": false}], "capacity": [], "changes": []}
    """

  @Test(
    "malformed proposals are reported by path, without a value",
    arguments: [
      ("{", "", DocumentDecodingError.Reason.malformedJSON),
      (#"{"schemaVersion": 2}"#, "schemaVersion", .unsupportedSchemaVersion),
      (#"{"schemaVersion": "1"}"#, "schemaVersion", .wrongType),
      (minimal.replacing("\"needs\": [], ", with: ""), "needs", .missingValue),
      (minimal.replacing("2025-05-01", with: "2025-02-30"), "preparedOn", .invalidValue),
      (minimal.replacing("pendant", with: "teleporter"), "devices[0].type", .invalidValue),
      (
        minimal.replacing(
          "\"alertsCarer\": false", with: "\"alertsCarer\": false, \"colour\": \"crimson\""),
        "devices[0].colour", .unknownField
      ),
      (
        minimal.replacing("\"wellbeing\": []", with: "\"wellbeing\": [\"happiness\"]"),
        "wellbeing[0]", .invalidValue
      ),
      (
        minimal.replacing(
          "\"changes\": []",
          with:
            "\"changes\": [], \"costs\": {\"policy\": {\"kind\": \"flat\", \"weeklyPence\": -5}, \"equipmentToMeetOrPreventNeeds\": true}"
        ), "costs.policy.weeklyPence", .invalidValue
      ),
      (
        minimal.replacing(
          "\"changes\": []",
          with:
            "\"changes\": [], \"costs\": {\"policy\": {\"kind\": \"free\"}, \"equipmentToMeetOrPreventNeeds\": true}"
        ), "costs.policy.kind", .invalidValue
      ),
      (minimal.replacing("\"capacity\": []", with: "\"capacity\": null"), "capacity", .nullValue),
    ])
  func malformed(json: String, path: String, reason: DocumentDecodingError.Reason) {
    #expect(throws: DocumentDecodingError.self) {
      try TelecareProposal(json: json, catalogue: .standard)
    }
    do {
      _ = try TelecareProposal(json: json, catalogue: .standard)
    } catch {
      #expect(error.path == path)
      #expect(error.reason == reason)
      #expect(!error.description.contains("teleporter"))
      #expect(!error.description.contains("crimson"))
    }
  }

  @Test("read for shape only, an unknown device passes and the review reports it")
  func shapeOnly() throws {
    let json = Self.minimal.replacing("pendant", with: "teleporter")
    let proposal = try TelecareProposal(json: json)
    let findings = EthicalReview(proposal, on: CalendarDay(2025, 6, 2)).findings.map(
      \.code.rawValue)
    #expect(findings.contains("telecare.devices.unknown"))
    #expect(
      !EthicalReview(try TelecareProposal(json: Self.minimal), on: CalendarDay(2025, 6, 2))
        .findings.map(\.code.rawValue).contains("telecare.devices.unknown"))
    #expect(throws: DocumentDecodingError.self) {
      try TelecareProposal(json: json, catalogue: .standard)
    }
  }

  @Test("the minimal proposal reads, and unrecorded records are null or absent")
  func minimalReads() throws {
    let proposal = try TelecareProposal(json: Self.minimal)
    #expect(proposal.consent == nil)
    #expect(proposal.devices.map(\.type) == ["pendant"])
    let withNull = Self.minimal.replacing(
      "\"changes\": []", with: "\"changes\": [], \"consent\": null")
    #expect(try TelecareProposal(json: withNull) == proposal)
  }
}
