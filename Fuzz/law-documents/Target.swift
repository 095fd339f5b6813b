// Fuzz target: every PracticeLaw JSON document type. Malformed input must give a
// DocumentDecodingError, never a crash; a document that reads must write and read back equal.
import PracticeLaw

func check<Document: DecisionSupportDocument & Equatable>(_: Document.Type, _ bytes: [UInt8]) {
  guard let document = try? Document(jsonUTF8: bytes) else { return }
  guard let json = try? document.jsonString(), (try? Document(json: json)) == document else {
    fatalError("\(Document.self) did not survive a JSON round trip")
  }
}

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLawDocuments(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  check(WelfareChecklist.self, bytes)
  check(ThresholdAssessment.self, bytes)
  check(RealisticOptionsAnalysis.self, bytes)
  check(ChildsVoice.self, bytes)
  return 0
}
