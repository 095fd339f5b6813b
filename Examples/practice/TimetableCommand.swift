import PracticeKit

/// `practice timetable`: the care proceedings timetable (Children Act 1989 s32 and the Public
/// Law Outline) for an application, and where it stands on a day.
enum TimetableCommand {
  static let help = """
    Usage: practice timetable --issued DATE [--extension GRANTED:WEEKS[:REASON]]...
                              [--held STAGE:DATE]... [--on DATE] [--plo-days business|calendar]
                              [--format F]

    The 26-week limit for care proceedings (Children Act 1989 s32(1)(a)(ii): 26 weeks beginning
    with the day of issue, so the last day is issue + 181 days; none for applications issued
    before 22 April 2014), each extension (s32(5), (8): up to 8 weeks after the later of the end
    of the period extended and the day granted), the Public Law Outline stages with their
    earliest and latest days, and the status on a day: the week, the days remaining, the next
    stage and findings. Dates are YYYY-MM-DD.

    Options:
      --issued DATE          the day the application was issued (PLO Day 1); required
      --extension G:W[:R]    an extension granted on day G for W weeks (1 to 8), with an optional
                             reason R; repeat for each extension
      --held STAGE:DATE      a stage held or listed on DATE, by id (issue, allocation,
                             cmhAdvocatesMeeting, cmh, ...; see the JSON); repeat for each stage.
                             Stages not given count as not yet held (the issue stage is
                             held on the issue day)
      --on DATE              the day of the status (default: today, UTC)
      --plo-days MODE        count PLO "Day n" in business days (default) or calendar days
    \(Arguments.formatHelp(column: 25))
      -h, --help             this help

    Verification tags: V verified against the primary text, S a secondary source, U unverified.
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(
      words, valued: ["--issued", "--on", "--plo-days", "--format"],
      repeatable: ["--extension", "--held"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    _ = try arguments.positionals(named: [])
    guard let issuedText = arguments.values["--issued"] else {
      throw .usage("timetable needs --issued DATE; see practice timetable --help")
    }
    let issued = try CalendarDay(argument: issuedText, what: "--issued")
    let on =
      try arguments.values["--on"].map { text throws(CommandError) in
        try CalendarDay(argument: text, what: "--on")
      } ?? today
    let outline = try outline(arguments.values["--plo-days"])
    var extensions: [TimetableExtension] = []
    for text in arguments.repeated["--extension"] ?? [] {
      extensions.append(try parseExtension(text))
    }
    var stageDays: [PublicLawOutline.StageID: CalendarDay] = [:]
    for text in arguments.repeated["--held"] ?? [] {
      let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty else {
        throw .usage("--held must be STAGE:DATE, for example cmh:2025-01-27")
      }
      stageDays[PublicLawOutline.StageID(rawValue: parts[0])] = try CalendarDay(
        argument: parts[1], what: "--held")
    }
    let proceedings = try CommandError.reportingData { () throws(ProceedingsError) in
      try CareProceedings(
        issued: issued, extensions: extensions, stageDays: stageDays, outline: outline)
    }
    let document = Document(proceedings, on: on)
    return format.render(document) { document.report }
  }

  /// The outline for `--plo-days`: business days unless `calendar` is asked for.
  private static func outline(_ text: String?) throws(CommandError) -> PublicLawOutline {
    switch text {
    case nil, "business": .pd12A2014
    case "calendar": PublicLawOutline.pd12A2014.counting(.calendarDays)
    default: throw .usage("--plo-days must be 'business' or 'calendar'")
    }
  }

  /// Parses `GRANTED:WEEKS[:REASON]`. A shape that is not that is a usage error; a date that does
  /// not exist is a data error naming the option (never the value); the library checks weeks.
  static func parseExtension(_ text: String) throws(CommandError) -> TimetableExtension {
    let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count >= 2, let weeks = Int(parts[1]) else {
      throw .usage("--extension must be GRANTED:WEEKS[:REASON], for example 2025-06-30:8")
    }
    let granted = try CalendarDay(argument: String(parts[0]), what: "--extension")
    let reason = parts.count == 3 && !parts[2].isEmpty ? String(parts[2]) : nil
    return TimetableExtension(granted: granted, weeks: weeks, reason: reason)
  }

  /// The timetable and status, as JSON or as a report.
  struct Document: Encodable {
    var schemaVersion = 1
    var issued: CalendarDay
    var ploDays: String
    @Nullable var statutoryLimit: CalendarDay?
    var extensions: [Extension]
    @Nullable var finalDeadline: CalendarDay?
    var stages: [Stage]
    var status: Status

    struct Extension: Encodable {
      var granted: CalendarDay
      var weeks: Int
      @Nullable var reason: String?
      var end: CalendarDay
    }

    struct Stage: Encodable {
      var id: String
      var name: String
      var optional: Bool
      @Nullable var earliest: CalendarDay?
      @Nullable var latest: CalendarDay?
      @Nullable var day: CalendarDay?
      var verification: String

      init(_ scheduled: ScheduledStage) {
        id = scheduled.stage.id.rawValue
        name = scheduled.stage.name
        optional = scheduled.stage.isOptional
        earliest = scheduled.earliest
        latest = scheduled.latest
        day = scheduled.day
        verification = scheduled.stage.provenance.verification.rawValue
      }
    }

    struct Status: Encodable {
      var day: CalendarDay
      @Nullable var week: Int?
      @Nullable var daysRemaining: Int?
      var isDisposed: Bool
      @Nullable var nextStage: Stage?
      var findings: [FindingRow]
    }

    init(_ proceedings: CareProceedings, on day: CalendarDay) {
      issued = proceedings.issued
      ploDays = proceedings.outline.dayCounting == .calendarDays ? "calendar" : "business"
      statutoryLimit = proceedings.statutoryLimit
      extensions = zip(proceedings.extensions, proceedings.extendedLimits).map {
        Extension(granted: $0.granted, weeks: $0.weeks, reason: $0.reason, end: $1)
      }
      finalDeadline = proceedings.finalDeadline
      stages = proceedings.schedule().map(Stage.init)
      let status = proceedings.status(on: day)
      self.status = Status(
        day: day, week: status.week, daysRemaining: status.daysRemaining,
        isDisposed: status.isDisposed, nextStage: status.nextStage.map(Stage.init),
        findings: status.findings.map(FindingRow.init))
    }

    /// The timetable as a report for people: the limits, the PLO stages, and the status with
    /// its findings.
    var report: PracticeReport {
      var limits: [String] = []
      if let statutoryLimit {
        limits.append(
          "26-week limit: \(statutoryLimit) (\(statutoryLimit.weekday)) "
            + "(issue + 181 days; s32(1)(a)(ii))")
      } else {
        limits.append(
          "26-week limit: none (issued before 22 April 2014: no s32 limit, only the duty to "
            + "avoid delay)")
      }
      for (index, item) in extensions.enumerated() {
        limits.append(
          "Extension \(index + 1): granted \(item.granted), \(item.weeks) week"
            + (item.weeks == 1 ? "" : "s") + ", new end \(item.end) (s32(5), (8))")
      }
      limits.append("Final deadline: " + (finalDeadline.map { "\($0) (\($0.weekday))" } ?? "none"))
      let dayText = { (day: CalendarDay?) -> String in day?.description ?? "–" }
      let stageRows = stages.map { (stage: Stage) -> [String] in
        let name = stage.name + (stage.optional ? " (if needed)" : "")
        return [
          name, dayText(stage.earliest), dayText(stage.latest), dayText(stage.day),
          tag(stage.verification),
        ]
      }
      var now: [String] = []
      if let week = status.week {
        var line = "Week \(week)" + (statutoryLimit == nil ? " (no 26-week limit)" : " of 26")
        if let remaining = status.daysRemaining {
          let days = { (count: Int) in "\(count) day\(count == 1 ? "" : "s")" }
          line +=
            remaining >= 0
            ? ", \(days(remaining)) remaining" : ", \(days(-remaining)) past the final deadline"
        }
        now.append(line)
      } else {
        now.append("Before the application was issued")
      }
      if status.isDisposed {
        now.append("Disposed of")
      } else if let next = status.nextStage {
        let by = next.latest.map { ", latest day \($0)" } ?? ""
        now.append("Next stage: \(next.name)\(by)")
      }
      let findings = FindingReport(title: "Findings", findings: status.findings.map(\.finding))
      return PracticeReport(
        title: "Care proceedings issued \(issued) (\(issued.weekday)): PLO Day 1",
        sections: [
          .init(id: "limits", title: "The time limit", blocks: [.list(limits)]),
          .init(
            id: "plo", title: "Public Law Outline 2014 (PD12A)",
            blocks: [
              .table(
                .init(
                  caption: "Stages, Day n counted in \(ploDays) days",
                  columns: ["Stage", "Earliest", "Latest", "Listed", "Source"], rows: stageRows))
            ]),
          .init(
            id: "status", title: "Status on \(status.day)",
            blocks: [.list(now)] + findings.blocks),
        ])
    }

    private func tag(_ verification: String) -> String {
      Verification(rawValue: verification)?.tag ?? "?"
    }
  }
}
