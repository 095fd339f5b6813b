// Fuzz target: the SSDA903 XML return reader (2024/25 and 2025/26 code lists), the periods of
// care and the reg 33 review audit built on what it reads.
import PracticeAudit

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSDA903XML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  guard
    let reviews = try? Timescale(
      id: "fuzz.reg33", title: "Reviews", trigger: "startedLookedAfter",
      target: "lookedAfterReview",
      periods: [Period(20, .workingDays), Period(3, .months), Period(6, .months)],
      repeatsLast: true, provenance: Provenance(.unverified, []))
  else { return 0 }
  // Small limits, so deep or long inputs reach the limit checks quickly.
  let limits = XMLPullParser.Limits(maximumDepth: 16, maximumNameLength: 32, maximumTextLength: 256)
  for ending in [2025, 2026] {
    guard let year = try? CollectionYear(endingIn: ending) else { continue }
    let read = SSDA903.Reader(year: year).read(
      xml: XMLPullParser(bytes: bytes, limits: limits), file: "fuzz.xml")
    for issue in read.issues { _ = issue.description }
    _ = read.unavailableMeasures
    _ = try? ReviewTimeliness.audit(read, timescale: reviews, calendar: .englandAndWales)
  }
  return 0
}
