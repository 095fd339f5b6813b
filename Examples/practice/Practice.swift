import PracticeKit

/// The `practice` command-line tool: the tour of PracticeKit.
enum Practice {
  static let help = """
    Usage: practice [COMMAND] [OPTIONS]

    PracticeKit: children's and families' social work practice in England as typed, tested,
    cited rules. With no command, prints the combined report on a synthetic local authority.

    Commands:
      report     the combined report, on synthetic data or your own (the default)
      demo       a tour of what the library knows, for one day
      due        what is overdue and due soon on a caseload, and whose case it is
      holidays   list UK bank holidays
      workdays   working-day arithmetic (add, between)
      timetable  the care proceedings timetable (s32, PLO)
      cite       find and check neutral citations in text
      routes     routes into social work an applicant can take, by intake year
      sources    what the library ships, its sources, and its unverified facts
      telecare   a telecare proposal's ethical review and cost; alarm-call measures
      audit      audits of case files (agreement, cases) and statutory returns (903, cin)
      generate   seeded synthetic statutory returns (903, cin)

    Run 'practice COMMAND --help' for a command's options. Errors go to standard error with exit
    code 2 for a wrong command line and 1 for a value that cannot be used.
    """

  /// Runs the tool on `words` (the arguments after the program name). Pure: the caller prints;
  /// `progress`, when given, receives a line per stage of a long run (for standard error).
  static func run(
    _ words: [String], today: CalendarDay, progress: ((String) -> Void)? = nil
  ) -> Outcome {
    do {
      let output = try dispatch(words, today: today, progress: progress)
      return Outcome(
        standardOutput: output, standardError: ChildPseudonyms.warning(for: words) ?? "")
    } catch {
      let hint = error.exitCode == 2 ? "\nRun 'practice --help' for usage." : ""
      return Outcome(
        exitCode: error.exitCode, standardError: "practice: \(error.message)\(hint)\n")
    }
  }

  private static func dispatch(
    _ words: [String], today: CalendarDay, progress: ((String) -> Void)?
  ) throws(CommandError) -> String {
    guard let command = words.first else {
      return try ReportCommand.run([], today: today, progress: progress)
    }
    let rest = Array(words.dropFirst())
    switch command {
    case "-h", "--help", "help": return help + "\n"
    case "report": return try ReportCommand.run(rest, today: today, progress: progress)
    case "demo": return try DemoCommand.run(rest, today: today)
    case "due": return try DueCommand.run(rest, today: today)
    case "holidays": return try HolidaysCommand.run(rest, today: today)
    case "workdays": return try WorkdaysCommand.run(rest)
    case "timetable": return try TimetableCommand.run(rest, today: today)
    case "cite": return try CiteCommand.run(rest)
    case "routes": return try RoutesCommand.run(rest, today: today)
    case "sources": return try SourcesCommand.run(rest)
    case "telecare": return try TelecareCommand.run(rest, today: today)
    case "audit": return try AuditCommand.run(rest, today: today)
    case "generate": return try GenerateCommand.run(rest)
    default:
      if command.hasPrefix("-") { throw .usage("unknown option '\(command)'") }
      throw .usage("unknown command '\(command)'")
    }
  }
}
