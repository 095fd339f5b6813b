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
    var careProceedings: SampleProceedings?
    var statutoryTimescales: TimescaleCounts
    var education: EducationSection
    var telecare: DemoTelecare
    var caseAudits: CaseAuditDemo
    var lookedAfterReviews: DemoReturns?
    var childrenInNeed: ChildrenInNeed?

    /// A sample care application issued 12 weeks before the demo day.
    struct SampleProceedings: Encodable {
      var issued: CalendarDay
      @Nullable var statutoryLimit: CalendarDay?
      @Nullable var week: Int?
      @Nullable var daysRemaining: Int?
      @Nullable var nextStage: String?
      @Nullable var nextStageLatest: CalendarDay?
    }

    /// How many statutory timescales the library encodes.
    struct TimescaleCounts: Encodable {
      var workingTogether: Int
      var workingTogetherEditions: Int
      var carePlanning: Int
      var all: Int
    }

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
      careProceedings = Self.sample(on: day)
      caseAudits = CaseAuditDemo(day: day)
      statutoryTimescales = TimescaleCounts(
        workingTogether: StatutoryTimescales.workingTogether.count,
        workingTogetherEditions: StatutoryTimescales.workingTogetherEditions.count,
        carePlanning: StatutoryTimescales.carePlanning.count,
        all: StatutoryTimescales.all.count)
      education = EducationSection(day: day)
      telecare = DemoTelecare(day: day)
      lookedAfterReviews = DemoReturns(day: day)
      childrenInNeed = ChildrenInNeed(on: day)
    }

    /// The sample application: issued 84 days before `day`, with each stage whose latest day has
    /// passed taken as held on that day, so the next stage is the one still to come. `nil` when
    /// the days fall outside the library's range.
    private static func sample(on day: CalendarDay) -> SampleProceedings? {
      guard let issued = try? day.adding(days: -84),
        let unheld = try? CareProceedings(issued: issued)
      else { return nil }
      var held: [PublicLawOutline.StageID: CalendarDay] = [:]
      for item in unheld.schedule() where !item.stage.isOptional {
        if let latest = item.latest, latest < day { held[item.stage.id] = latest }
      }
      guard let proceedings = try? CareProceedings(issued: issued, stageDays: held) else {
        return nil
      }
      let status = proceedings.status(on: day)
      return SampleProceedings(
        issued: issued, statutoryLimit: proceedings.statutoryLimit, week: status.week,
        daysRemaining: status.daysRemaining, nextStage: status.nextStage?.stage.name,
        nextStageLatest: status.nextStage?.latest)
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
      ]
      lines += careProceedingsLines
      lines += education.lines
      lines += telecare.lines
      lines += caseAudits.lines
      lines += lookedAfterReviews?.lines ?? []
      lines += childrenInNeed?.lines ?? []
      lines += [
        "",
        "Sources: BFDA 1971 Schedule 1, royal proclamations, GOV.UK bank holidays; "
          + "run 'practice holidays --json' for each day's verification.",
      ]
      return lines.joined(separator: "\n") + "\n"
    }

    private var careProceedingsLines: [String] {
      var lines = ["", "Care proceedings (Children Act 1989 s32, Public Law Outline 2014):"]
      if let sample = careProceedings {
        lines.append("  a sample application issued \(sample.issued), 12 weeks before \(day)")
        if let limit = sample.statutoryLimit {
          lines.append("  26-week limit: \(limit) (issue + 181 days)")
        }
        if let week = sample.week, let remaining = sample.daysRemaining {
          lines.append("  on \(day): week \(week) of 26, \(remaining) days remaining")
        }
        if let next = sample.nextStage {
          lines.append(
            "  next PLO stage: \(next)" + (sample.nextStageLatest.map { ", by \($0)" } ?? ""))
        }
        lines.append("  run 'practice timetable --issued \(sample.issued)' for the full timetable")
      }
      let counts = statutoryTimescales
      lines.append(
        "Statutory timescales: \(counts.all) (Working Together \(counts.workingTogether) across "
          + "\(counts.workingTogetherEditions) editions, Care Planning Regulations 2010 "
          + "\(counts.carePlanning))")
      return lines
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
