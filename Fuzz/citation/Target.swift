// Fuzz target: neutral citations, parsed alone and scanned in running text. A citation that parses
// must print back to a text that parses to the same citation, and every match found by the
// scanner must lie inside the text.
import PracticeLaw

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCitation(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  if let citation = try? NeutralCitation(text) {
    guard (try? NeutralCitation(citation.description)) == citation else {
      fatalError("round trip failed for \(citation)")
    }
  }
  let length = text.utf8.count
  for match in NeutralCitation.matches(in: text) {
    guard match.utf8Range.lowerBound >= 0, match.utf8Range.upperBound <= length else {
      fatalError("match outside the text")
    }
  }
  return 0
}
