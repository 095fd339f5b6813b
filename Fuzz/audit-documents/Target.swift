// Fuzz target: every PracticeAudit JSON document type, and the rules run on an audit cycle.
// Malformed or invalid input must give a DocumentDecodingError, never a crash; a document that
// reads must write and read back equal; measures and findings must run on any valid cycle.
import PracticeAudit

func check<Document: JSONDocument & Equatable>(_: Document.Type, _ bytes: [UInt8]) -> Document? {
  guard let document = try? Document(jsonUTF8: bytes) else { return nil }
  guard let json = try? document.jsonString(), (try? Document(json: json)) == document else {
    fatalError("\(Document.self) did not survive a JSON round trip")
  }
  return document
}

/// libFuzzer's entry point: one input, read as every audit document type.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAuditDocuments(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  _ = check(AuditFramework.self, bytes)
  if let cycle = check(AuditCycle.self, bytes) {
    let day = CalendarDay(2025, 9, 30)
    _ = cycle.findings(asOf: day)
    _ = cycle.measures(by: .worker, asOf: day)
    _ = cycle.moderationAgreement
  }
  if let episode = check(IntensiveSupportEpisode.self, bytes) {
    _ = episode.findings(asOf: CalendarDay(2025, 9, 30))
  }
  if let plan = check(SamplingPlan.self, bytes) {
    let population = (0..<30).map { SamplingCase(reference: "R\($0)", stratum: "S\($0 % 3)") }
    _ = try? plan.draw(from: population, unavailable: ["R1", "R4"])
  }
  _ = check(SampleRecord.self, bytes)
  return 0
}
