import PracticeKit

/// `practice audit SUBCOMMAND`: the audits of statutory returns and case files.
enum AuditCommand {
  static let help = """
    Usage: practice audit SUBCOMMAND [OPTIONS]

    Subcommands:
      903   review timeliness and data quality of an SSDA903 return (children looked after)

    Run 'practice audit SUBCOMMAND --help' for its options.
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    guard let subcommand = words.first else {
      throw .usage("audit needs a subcommand; see practice audit --help")
    }
    let rest = Array(words.dropFirst())
    switch subcommand {
    case "-h", "--help", "help": return help + "\n"
    case "903": return try Audit903Command.run(rest)
    default: throw .usage("unknown audit subcommand '\(subcommand)'")
    }
  }
}
