import PracticeKit

/// `practice audit SUBCOMMAND`: the audits of case files and of statutory returns.
enum AuditCommand {
  static let help = """
    Usage: practice audit SUBCOMMAND [OPTIONS]

    Subcommands:
      agreement  agreement between auditors and moderators, from a CSV of grades
      cases      validate a JSON file of audits against its framework and summarise it
      903        review timeliness and data quality of an SSDA903 return (children looked after)
      cin        timeliness of a Children in Need census XML file

    Run 'practice audit SUBCOMMAND --help' for a subcommand's options.
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    guard let subcommand = words.first else {
      throw .usage("audit needs a subcommand; see practice audit --help")
    }
    let rest = Array(words.dropFirst())
    switch subcommand {
    case "-h", "--help", "help": return help + "\n"
    case "agreement": return try AuditAgreementCommand.run(rest)
    case "cases": return try AuditCasesCommand.run(rest, today: today)
    case "903": return try Audit903Command.run(rest)
    case "cin": return try AuditCINCommand.run(rest)
    default: throw .usage("unknown audit subcommand '\(subcommand)'")
    }
  }
}
