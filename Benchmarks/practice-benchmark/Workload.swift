import PracticeKit

/// A named benchmark producing one or more measurements.
struct Workload: Sendable {
  var name: String
  var run: @Sendable () -> [Measurement]

  static let all = [workdays, ssda903, ssda903XML, cin, due]

  /// 10 million `adding(workingDays:to:)` and 10 million `workingDays(from:to:)` calls on random
  /// days 1990–2060 and random N in 1...100 (England and Wales). Inputs are drawn before timing
  /// from a seeded generator so every run measures the same work.
  static let workdays = Workload(name: "workdays") {
    let calendar = WorkingCalendar.englandAndWales
    let operations = Scale.choose(full: 10_000_000, quick: 100_000)
    let inputCount = 1 << 20
    var random = SeededGenerator(seed: 2_026)
    let first =
      (try? CalendarDay(year: 1990, month: 1, day: 1)) ?? calendar.supportedRange.lowerBound
    let last =
      (try? CalendarDay(year: 2060, month: 12, day: 31)) ?? calendar.supportedRange.upperBound
    let days = (0..<inputCount).map { _ in
      first.advanced(by: random.int(in: 0...first.distance(to: last)))
    }
    let counts = (0..<inputCount).map { _ in random.int(in: 1...100) }
    let ends = zip(days, counts).map { $0.advanced(by: $1 * 7 / 5) }
    _ = try? calendar.adding(workingDays: 1, to: first)  // builds the shared tables before timing

    let adding = Measurement.rate(operations: operations) {
      var total = 0
      for i in 0..<operations {
        let k = i & (inputCount - 1)
        total &+= (try? calendar.adding(workingDays: counts[k], to: days[k]))?.daysSince1970 ?? 0
      }
      consume(total)
    }
    let counting = Measurement.rate(operations: operations) {
      var total = 0
      for i in 0..<operations {
        let k = i & (inputCount - 1)
        total &+= (try? calendar.workingDays(from: days[k], to: ends[k])) ?? 0
      }
      consume(total)
    }
    return [
      Measurement(name: "workdays.adding", value: adding, unit: "ops/s"),
      Measurement(name: "workdays.between", value: counting, unit: "ops/s"),
    ]
  }
}
