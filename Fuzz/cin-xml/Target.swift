// Fuzz target: the streaming XML parser, the CIN census reader and the timeliness audit.
import PracticeAudit

private let timescales: CINTimescales? = {
  let provenance = Provenance(.unverified, [])
  guard
    let assessment = try? Timescale(
      id: "a", title: "a", trigger: "referral", target: "assessmentCompleted",
      periods: [Period(45, .workingDays)], provenance: provenance),
    let icpc = try? Timescale(
      id: "i", title: "i", trigger: "strategyDiscussion",
      target: "initialChildProtectionConference", periods: [Period(15, .workingDays)],
      provenance: provenance),
    let reviews = try? Timescale(
      id: "r", title: "r", trigger: "childProtectionPlanStarted",
      target: "childProtectionReviewConference", periods: [Period(3, .months), Period(6, .months)],
      repeatsLast: true, endsOn: ["childProtectionPlanEnded"], provenance: provenance)
  else { return nil }
  return CINTimescales(
    assessments: [assessment], initialConferences: [icpc], reviewConferences: [reviews])
}()

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCINXML(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  // Small limits, so deep or long inputs reach the limit checks quickly.
  let limits = XMLPullParser.Limits(maximumDepth: 16, maximumNameLength: 32, maximumTextLength: 256)
  var reader = CINCensusReader(parser: XMLPullParser(bytes: bytes, limits: limits))
  guard let timescales, let year = try? CollectionYear(endingIn: 2025) else { return 0 }
  var audit = CINTimelinessAudit(year: year, timescales: timescales, keepsCases: true)
  // Read to the end or the first error; every child is audited, every finding described.
  while let child = try? reader.next() { audit.add(child) }
  audit.check(reader.header)
  for finding in reader.dataQuality.findings { _ = finding.description }
  return 0
}
