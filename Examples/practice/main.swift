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
let outcome = Practice.run(
  Array(CommandLine.arguments.dropFirst()), today: today, progress: progress)
print(outcome.standardOutput, terminator: "")
if !outcome.standardError.isEmpty {
  var message = outcome.standardError
  message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}
exit(outcome.exitCode)
