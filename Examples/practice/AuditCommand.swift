import PracticeKit

/// `practice audit`: the audit subcommands.
enum AuditCommand {
  static let help = """
    Usage: practice audit SUBCOMMAND [OPTIONS]

    Subcommands:
      cin    timeliness of a Children in Need census XML file

    Run 'practice audit SUBCOMMAND --help' for a subcommand's options.
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    guard let subcommand = words.first else {
      throw .usage("audit needs a subcommand; see practice audit --help")
    }
    let rest = Array(words.dropFirst())
    switch subcommand {
    case "-h", "--help": return help + "\n"
    case "cin": return try AuditCINCommand.run(rest)
    default: throw .usage("unknown audit subcommand '\(subcommand)'")
    }
  }
}
