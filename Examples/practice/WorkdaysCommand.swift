import PracticeKit

/// `practice workdays add|between`: working-day arithmetic on a UK division's calendar.
enum WorkdaysCommand {
  static let help = """
    Usage: practice workdays add DATE N [--region R] [--json]
           practice workdays between DATE1 DATE2 [--region R] [--json]

    Working days are Monday to Friday except bank holidays.
      add      the N-th working day after DATE (N = 0 gives DATE; a negative N counts back)
      between  the number of working days d with DATE1 < d <= DATE2 (negative if DATE2 is earlier),
               so `add DATE N` and `between DATE <result>` agree

    Dates are YYYY-MM-DD.

    Options:
      \(Region.optionHelp)
      --json       a JSON document instead of a line
      -h, --help   this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--region"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    guard let action = arguments.positionals.first else {
      throw .usage("workdays needs 'add' or 'between'; see practice workdays --help")
    }
    var rest = arguments
    rest.positionals.removeFirst()
    let region = try Region(rest)
    let json = rest.flags.contains("--json")
    switch action {
    case "add":
      let words = try rest.positionals(named: ["DATE", "N"])
      let start = try CalendarDay(argument: words[0], what: "DATE")
      guard let count = Int(words[1]) else { throw .usage("N must be a whole number") }
      let result = try CommandError.reportingData { () throws(WorkingCalendar.RangeError) in
        try region.calendar.adding(workingDays: count, to: start)
      }
      if json {
        return JSON.render(
          Sum(region: region.rawValue, date: start, workingDays: count, result: result))
      }
      return "\(result)\n"
    case "between":
      let words = try rest.positionals(named: ["DATE1", "DATE2"])
      let from = try CalendarDay(argument: words[0], what: "DATE1")
      let to = try CalendarDay(argument: words[1], what: "DATE2")
      let count = try CommandError.reportingData { () throws(WorkingCalendar.RangeError) in
        try region.calendar.workingDays(from: from, to: to)
      }
      if json {
        return JSON.render(Count(region: region.rawValue, from: from, to: to, workingDays: count))
      }
      return "\(count)\n"
    default:
      throw .usage("unknown workdays action; use 'add' or 'between'")
    }
  }

  private struct Sum: Encodable {
    var schemaVersion = 1
    var region: String
    var date: CalendarDay
    var workingDays: Int
    var result: CalendarDay
  }

  private struct Count: Encodable {
    var schemaVersion = 1
    var region: String
    var from: CalendarDay
    var to: CalendarDay
    var workingDays: Int
    var convention = "counts the working days d with from < d <= to"
  }
}
