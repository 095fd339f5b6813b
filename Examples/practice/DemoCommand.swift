import PracticeKit

/// `practice` with no arguments: a readable tour of what the library knows, for one day.
enum DemoCommand {
  static let help = """
    Usage: practice [demo] [--today DATE] [--json]

    The demo: the standard registry, this year's bank holidays and working-day facts for the
    day given (default: today, UTC), with where each fact comes from.

    Options:
      --today DATE  run the demo as of this day (YYYY-MM-DD), for reproducible output
      --json        a JSON document instead of the report
      -h, --help    this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--today"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    _ = try arguments.positionals(named: [])
    let day =
      try arguments.values["--today"].map { text throws(CommandError) in
        try CalendarDay(argument: text, what: "--today")
      } ?? today
    let facts = try CommandError.reportingData { () throws(WorkingCalendar.RangeError) in
      try Facts(day: day)
    }
    return arguments.flags.contains("--json") ? JSON.render(facts) : facts.report
  }

  /// Everything the demo shows, computed once, printed as text or JSON.
  struct Facts: Encodable {
    var schemaVersion = 1
    var day: CalendarDay
    var domains: [String]
    var sourceCount: Int
    var factCount: Int
    var unverifiedFactCount: Int
    var holidays: [Holiday]
    var nextHoliday: Holiday?
    var workingDaysInYear: Int
    var workingDaysToYearEnd: Int
    var twentyWorkingDaysLater: CalendarDay
    var holidaysPerDivision: [String: Int]

    struct Holiday: Encodable {
      var date: CalendarDay
      var name: String
      var verification: String
    }

    init(day: CalendarDay) throws(WorkingCalendar.RangeError) {
      let registry = PracticeRegistry.standard
      let calendar = WorkingCalendar.englandAndWales
      // Throws for a day outside the calendar, so the arithmetic below stays in range.
      _ = try calendar.isWorkingDay(day)
      let year = (try? CalendarDay(year: day.year, month: 1, day: 1)) ?? day
      let yearEnd = (try? CalendarDay(year: day.year, month: 12, day: 31)) ?? day
      self.day = day
      domains = registry.domains.map(\.id.rawValue)
      sourceCount = registry.sources.count
      factCount = registry.facts.count
      unverifiedFactCount = registry.unverifiedFacts.count
      holidays = try calendar.holidays(in: year...yearEnd).map(Holiday.init)
      let next = try calendar.holidays(
        in: day.advanced(by: 1)...min(day.advanced(by: 400), calendar.supportedRange.upperBound)
      ).first
      nextHoliday = next.map(Holiday.init)
      workingDaysInYear = try calendar.workingDays(from: year.advanced(by: -1), to: yearEnd)
      workingDaysToYearEnd = try calendar.workingDays(from: day, to: yearEnd)
      twentyWorkingDaysLater = try calendar.adding(workingDays: 20, to: day)
      var counts: [String: Int] = [:]
      for region in Region.allCases {
        counts[region.rawValue] = try region.calendar.holidays(in: year...yearEnd).count
      }
      holidaysPerDivision = counts
    }

    var report: String {
      var lines = [
        "PracticeKit demo for \(day) (\(day.weekday))",
        "",
        "Registry: \(domains.count) domains (\(domains.joined(separator: ", "))), "
          + "\(sourceCount) sources, \(factCount) facts, \(unverifiedFactCount) not yet verified",
        "",
        "Bank holidays in England and Wales, \(day.year):",
      ]
      for holiday in holidays {
        lines.append(
          "  \(holiday.date)  \(holiday.date.weekday.abbreviation)  \(holiday.name)  [\(holiday.verification)]"
        )
      }
      if let nextHoliday {
        lines.append("Next bank holiday after \(day): \(nextHoliday.date) \(nextHoliday.name)")
      }
      lines += [
        "",
        "Working days in England and Wales (Monday to Friday except bank holidays):",
        "  in \(day.year): \(workingDaysInYear)",
        "  after \(day) to the end of \(day.year): \(workingDaysToYearEnd)",
        "  the 20th working day after \(day): \(twentyWorkingDaysLater) (\(twentyWorkingDaysLater.weekday))",
        "",
        "Bank holidays in \(day.year) by division: "
          + Region.allCases.map { "\($0.rawValue) \(holidaysPerDivision[$0.rawValue] ?? 0)" }
          .joined(separator: ", "),
        "",
        "Sources: BFDA 1971 Schedule 1, royal proclamations, GOV.UK bank holidays; "
          + "run 'practice holidays --json' for each day's verification.",
      ]
      return lines.joined(separator: "\n") + "\n"
    }
  }
}

extension DemoCommand.Facts.Holiday {
  init(_ holiday: BankHoliday) {
    self.init(
      date: holiday.day, name: holiday.name,
      verification: holiday.provenance.verification.rawValue)
  }
}

extension Weekday {
  fileprivate var abbreviation: String { String(description.prefix(3)) }
}
