// Fuzz target: the telecare proposal reader and the ethical review. Malformed input must give a
// DocumentDecodingError, never a crash; a proposal that reads must be reviewable and must write
// and read back equal.
import PracticeTelecare

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTelecareProposal(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  guard let proposal = try? TelecareProposal(jsonUTF8: bytes) else { return 0 }
  _ = EthicalReview(proposal, on: CalendarDay(2025, 6, 2)).report.rendered(as: .text)
  guard let json = try? proposal.jsonString(), (try? TelecareProposal(json: json)) == proposal
  else {
    fatalError("TelecareProposal did not survive a JSON round trip")
  }
  return 0
}
