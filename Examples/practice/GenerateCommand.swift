import PracticeKit

/// `practice generate`: seeded synthetic data.
enum GenerateCommand {
  static let help = """
    Usage: practice generate SUBCOMMAND [OPTIONS]

    Subcommands:
      cin    a synthetic Children in Need census XML file

    Run 'practice generate SUBCOMMAND --help' for a subcommand's options.
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    guard let subcommand = words.first else {
      throw .usage("generate needs a subcommand; see practice generate --help")
    }
    let rest = Array(words.dropFirst())
    switch subcommand {
    case "-h", "--help": return help + "\n"
    case "cin": return try GenerateCINCommand.run(rest)
    default: throw .usage("unknown generate subcommand '\(subcommand)'")
    }
  }
}
