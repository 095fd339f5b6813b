import PracticeKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// Today in UTC: close enough for a demo and for defaults; every command takes explicit dates.
let today =
  (try? CalendarDay(daysSince1970: Int(time(nil)) / 86_400))
  ?? CalendarDay.supportedRange.lowerBound
// Progress lines go to standard error, and only when a person is watching it.
let progress: ((String) -> Void)? =
  isatty(2) == 1
  ? { line in
    var message = "practice: \(line)\n"
    message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  } : nil
/// Writes all of `text` to `descriptor`, retrying short writes and interruptions; false when the
/// system refuses (a full disk, /dev/full, a closed pipe).
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
  var text = text
  return text.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }
}

let outcome = Practice.run(
  Array(CommandLine.arguments.dropFirst()), today: today, progress: progress)
// A result that cannot be written is a failure, never exit 0 with nothing written.
let wroteOutput = writeAll(outcome.standardOutput, to: 1)
if !outcome.standardError.isEmpty { _ = writeAll(outcome.standardError, to: 2) }
if !wroteOutput {
  _ = writeAll("practice: the output could not be written to standard output\n", to: 2)
  exit(outcome.exitCode == 0 ? 1 : outcome.exitCode)
}
exit(outcome.exitCode)
