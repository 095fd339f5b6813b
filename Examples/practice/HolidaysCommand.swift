import PracticeKit

/// `practice holidays`: lists bank holidays, one per line.
enum HolidaysCommand {
  static let help = """
    Usage: practice holidays [--region R] [--from YEAR] [--to YEAR] [--json]

    Lists the bank holidays of a UK division, ascending, one per line: YYYY-MM-DD<TAB>Name.
    Substitute days, one-off moves and extra days are included, each named.

    Options:
      \(Region.optionHelp)
      --from YEAR  first year (default: the current year)
      --to YEAR    last year (default: the --from year)
      --json       a JSON document instead of lines
      -h, --help   this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(
      words, valued: ["--region", "--from", "--to"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    _ = try arguments.positionals(named: [])
    let region = try Region(arguments)
    let from = try year(arguments.values["--from"], option: "--from") ?? today.year
    let to = try year(arguments.values["--to"], option: "--to") ?? from
    guard from <= to else { throw .usage("--from must not be after --to") }
    let holidays = try CommandError.reportingData {
      () throws(BankHolidayCalendar.RangeError) -> [BankHoliday] in
      var list: [BankHoliday] = []
      for year in from...to { list += try region.calendar.holidays.holidays(inYear: year) }
      return list
    }
    if arguments.flags.contains("--json") {
      return JSON.render(Document(region: region.rawValue, from: from, to: to, holidays: holidays))
    }
    return holidays.map { "\($0.day)\t\($0.name)\n" }.joined()
  }

  private static func year(_ text: String?, option: String) throws(CommandError) -> Int? {
    guard let text else { return nil }
    guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text) else {
      throw .usage("\(option) needs a four-digit year")
    }
    return year
  }

  private struct Document: Encodable {
    var schemaVersion = 1
    var region: String
    var from: Int
    var to: Int
    var holidays: [Entry]

    init(region: String, from: Int, to: Int, holidays: [BankHoliday]) {
      self.region = region
      self.from = from
      self.to = to
      self.holidays = holidays.map {
        Entry(
          date: $0.day, name: $0.name, kind: $0.kind.rawValue,
          verification: $0.provenance.verification.rawValue)
      }
    }
  }

  private struct Entry: Encodable {
    var date: CalendarDay
    var name: String
    var kind: String
    var verification: String
  }
}
