import PracticeKit

/// `practice generate SUBCOMMAND`: seeded synthetic statutory returns.
enum GenerateCommand {
  static let help = """
    Usage: practice generate SUBCOMMAND [OPTIONS]

    Subcommands:
      903   a synthetic SSDA903 return (CSV tables) for N children
      cin   a synthetic Children in Need census XML file

    Run 'practice generate SUBCOMMAND --help' for its options.
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    guard let subcommand = words.first else {
      throw .usage("generate needs a subcommand; see practice generate --help")
    }
    let rest = Array(words.dropFirst())
    switch subcommand {
    case "-h", "--help", "help": return help + "\n"
    case "903": return try Generate903Command.run(rest)
    case "cin": return try GenerateCINCommand.run(rest)
    default: throw .usage("unknown generate subcommand '\(subcommand)'")
    }
  }
}
