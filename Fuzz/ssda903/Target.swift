// Fuzz target: the SSDA903 reader (one file as any table, 2024/25 and 2025/26 code lists), the
// periods of care and the reg 33 review audit built on it, and the generic event-log reader.
import PracticeAudit

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSDA903(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  guard
    let reviews = try? Timescale(
      id: "fuzz.reg33", title: "Reviews", trigger: "startedLookedAfter",
      target: "lookedAfterReview",
      periods: [Period(20, .workingDays), Period(3, .months), Period(6, .months)],
      repeatsLast: true, provenance: Provenance(.unverified, []))
  else { return 0 }
  for ending in [2025, 2026] {
    guard let year = try? CollectionYear(endingIn: ending) else { continue }
    let read = SSDA903.Reader(year: year).read(files: [("fuzz.csv", text)])
    for issue in read.issues { _ = issue.description }
    _ = try? ReviewTimeliness.audit(read, timescale: reviews, calendar: .englandAndWales)
  }
  let log = EventLog(csv: CSVReader(string: text), file: "fuzz.csv")
  _ = try? TimelinessAudit(
    events: log.events, timescales: [reviews], asOf: CalendarDay(2025, 3, 31),
    calendar: .englandAndWales)
  return 0
}
