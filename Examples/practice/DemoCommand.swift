import PracticeKit

/// `practice` with no arguments: a readable tour of what the library knows, for one day.
enum DemoCommand {
  static let help = """
    Usage: practice demo [--today DATE] [--format F]

    The demo: the standard registry, this year's bank holidays and working-day facts for the
    day given (default: today, UTC), with where each fact comes from.

    Options:
      --today DATE  run the demo as of this day (YYYY-MM-DD), for reproducible output
    \(Arguments.formatHelp(column: 16))
      -h, --help    this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--today", "--format"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    _ = try arguments.positionals(named: [])
    let day =
      try arguments.values["--today"].map { text throws(CommandError) in
        try CalendarDay(argument: text, what: "--today")
      } ?? today
    let facts = try CommandError.reportingData { () throws(WorkingCalendar.RangeError) in
      try Facts(day: day)
    }
    return format.render(facts) { facts.report }
  }

  /// Everything the demo shows, computed once, as JSON or as a report.
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

    /// The tour as a report: a section per area, each with where to go next.
    var report: PracticeReport {
      var days: [PracticeReport.Block] = [
        .table(
          .init(
            caption: "Bank holidays in England and Wales, \(day.year)",
            columns: ["Date", "Day", "Holiday", "Tag"],
            rows: holidays.map {
              [
                "\($0.date)", $0.date.weekday.description, $0.name,
                Verification(rawValue: $0.verification)?.tag ?? $0.verification,
              ]
            }))
      ]
      if let nextHoliday {
        days.append(
          .paragraph("Next bank holiday after \(day): \(nextHoliday.date) \(nextHoliday.name)."))
      }
      days += [
        .table(
          .init(
            caption: "Working days in England and Wales (Monday to Friday except bank holidays)",
            columns: ["Measure", "Value"],
            rows: [
              ["In \(day.year)", workingDaysInYear.groupedText],
              ["After \(day) to the end of \(day.year)", workingDaysToYearEnd.groupedText],
              [
                "The 20th working day after \(day)",
                "\(twentyWorkingDaysLater) (\(twentyWorkingDaysLater.weekday))",
              ],
            ])),
        .table(
          .init(
            caption: "Bank holidays in \(day.year) by division", columns: ["Division", "Holidays"],
            rows: Region.allCases.map {
              [$0.name, (holidaysPerDivision[$0.rawValue] ?? 0).groupedText]
            })),
        .paragraph(
          "Sources: BFDA 1971 Schedule 1, royal proclamations, GOV.UK bank holidays; run "
            + "'practice holidays --json' for each day's verification."),
      ]
      let sections: [PracticeReport.Section?] = [
        .init(id: "days", title: "Days and working days", blocks: days),
        careProceedingsSection, education.section, telecare.section, caseAudits.section,
        lookedAfterReviews?.section, childrenInNeed?.section,
      ]
      return PracticeReport(
        title: "PracticeKit demo for \(day) (\(day.weekday))",
        preface: [
          "Registry: \(domains.count) domains (\(domains.joined(separator: ", "))), "
            + "\(sourceCount) sources, \(factCount) facts, \(unverifiedFactCount) not yet verified."
        ],
        sections: sections.compactMap { $0 })
    }

    private var careProceedingsSection: PracticeReport.Section {
      var items: [String] = []
      var hint: [PracticeReport.Block] = []
      if let sample = careProceedings {
        items.append("A sample application issued \(sample.issued), 12 weeks before \(day)")
        if let limit = sample.statutoryLimit {
          items.append("26-week limit: \(limit) (issue + 181 days)")
        }
        if let week = sample.week, let remaining = sample.daysRemaining {
          items.append("On \(day): week \(week) of 26, \(remaining) days remaining")
        }
        if let next = sample.nextStage {
          items.append(
            "Next PLO stage: \(next)" + (sample.nextStageLatest.map { ", by \($0)" } ?? ""))
        }
        hint.append(
          .paragraph("Run 'practice timetable --issued \(sample.issued)' for the full timetable."))
      }
      let counts = statutoryTimescales
      items.append(
        "Statutory timescales: \(counts.all) (Working Together \(counts.workingTogether) across "
          + "\(counts.workingTogetherEditions) editions, Care Planning Regulations 2010 "
          + "\(counts.carePlanning))")
      return .init(
        id: "care-proceedings",
        title: "Care proceedings (Children Act 1989 s32, Public Law Outline 2014)",
        blocks: [.list(items)] + hint)
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
