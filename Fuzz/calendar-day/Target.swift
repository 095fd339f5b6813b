// Fuzz target: CalendarDay parsing in both formats. A day that parses must print back to a text
// that parses to the same day (the printed form is canonical, so it need not equal the input).
import PracticeCore

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCalendarDay(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  for format in CalendarDay.Format.allCases {
    guard let day = try? CalendarDay(text, format: format) else { continue }
    let printed = day.formatted(format)
    guard (try? CalendarDay(printed, format: format)) == day else {
      fatalError("round trip failed for a day printed as \(printed)")
    }
  }
  return 0
}
