import PracticeKit

/// `practice generate SUBCOMMAND`: seeded synthetic statutory returns.
enum GenerateCommand {
  static let help = """
    Usage: practice generate SUBCOMMAND [OPTIONS]

    Subcommands:
      903   a synthetic SSDA903 return (CSV tables) for N children
      cin   a synthetic Children in Need census XML file
      caseload  a synthetic caseload event CSV (see practice due)

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
    case "caseload": return try generateCaseload(rest)
    default: throw .usage("unknown generate subcommand '\(subcommand)'")
    }
  }
}

extension GenerateCommand {
  static let caseloadHelp = """
    Usage: practice generate caseload --children N --seed S --as-of DAY

    Prints a synthetic caseload event CSV (see practice due) for N children, with events up to
    DAY and a few after it. The same options give the same bytes. The data are invented.
    """

  static func generateCaseload(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--children", "--seed", "--as-of"])
    if arguments.wantsHelp { return caseloadHelp + "\n" }
    _ = try arguments.positionals(named: [])
    guard let children = arguments.values["--children"].flatMap({ Int($0) }),
      (1...2_000_000).contains(children)
    else { throw .usage("generate caseload needs --children, 1 to 2,000,000") }
    guard let seed = arguments.values["--seed"].flatMap({ UInt64($0) }) else {
      throw .usage("generate caseload needs --seed, a whole number")
    }
    guard let asOf = arguments.values["--as-of"].flatMap({ try? CaseloadFile.day($0) }) else {
      throw .usage("generate caseload needs --as-of, a day (YYYY-MM-DD)")
    }
    return CaseloadGenerator(children: children, seed: seed, asOf: asOf).csv()
  }
}
