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
let outcome = Practice.run(Array(CommandLine.arguments.dropFirst()), today: today)
print(outcome.standardOutput, terminator: "")
if !outcome.standardError.isEmpty {
  var message = outcome.standardError
  message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}
exit(outcome.exitCode)
