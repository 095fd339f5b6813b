// Fuzz target: the alarm-call log reader and the call-handling measures. Every problem must have
// a line and a column; measuring what was read must not trap.
import PracticeTelecare

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTelecareCalls(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  let log = AlarmCallLog.read(csv: text)
  for problem in log.problems where problem.line < 1 || problem.column < 1 {
    fatalError("a problem without a place")
  }
  let measures = CallHandlingMeasures(calls: log.calls, target: .providerDefined(minutes: 45))
  _ = measures.findings
  if let first = log.calls.first {
    _ = FeedbackSummary(
      installation: first.installation, calls: log.calls, from: first.raisedAt.day,
      through: first.raisedAt.day)
  }
  return 0
}
