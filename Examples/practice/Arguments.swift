import PracticeKit

/// What went wrong when running a command, and the exit code it earns.
enum CommandError: Error, Equatable {
  /// The command line itself is wrong (unknown option, missing argument): exit code 2.
  case usage(String)
  /// The command line is well formed but a value is not acceptable (a day that does not exist,
  /// a year outside a calendar): exit code 1.
  case data(String)

  var exitCode: Int32 {
    switch self {
    case .usage: 2
    case .data: 1
    }
  }

  /// Runs `body`, turning the library's error (which never contains input values) into a data
  /// error.
  static func reportingData<T, Failure: Error & CustomStringConvertible>(
    _ body: () throws(Failure) -> T
  ) throws(CommandError) -> T {
    do {
      return try body()
    } catch {
      throw .data(error.description)
    }
  }

  var message: String {
    switch self {
    case .usage(let message), .data(let message): message
    }
  }
}

/// A parsed command line: positional arguments, options with values, and flags.
///
/// Hand-written on purpose (no package dependencies). Accepts `--name value` and `--name=value`;
/// `--` ends the options, so every later word is positional even if it starts with `-`.
struct Arguments {
  var positionals: [String] = []
  /// The value of each valued option given (the last one, for a repeatable option).
  var values: [String: String] = [:]
  /// Every value of each repeatable option, in the order given.
  var repeated: [String: [String]] = [:]
  var flags: Set<String> = []

  /// Parses `words` allowing the options in `valued` (which take a value) and `flags` (which do
  /// not). Options in `repeatable` take a value and may be given more than once; their values
  /// are in ``repeated``. `--help`/`-h` are always flags.
  init(
    _ words: [String], valued: Set<String> = [], repeatable: Set<String> = [],
    flags allowedFlags: Set<String> = []
  ) throws(CommandError) {
    var remaining = words[...]
    while let word = remaining.popFirst() {
      if word == "--" {
        positionals += remaining
        break
      }
      if word == "-h" {
        flags.insert("--help")
        continue
      }
      guard word.hasPrefix("--") else {
        if word.hasPrefix("-"), word.count > 1, Int(word) == nil {
          throw .usage("unknown option '\(word)'")
        }
        positionals.append(word)
        continue
      }
      let parts = word.split(separator: "=", maxSplits: 1)
      let name = String(parts[0])
      if name == "--help" || allowedFlags.contains(name) {
        guard parts.count == 1 else { throw .usage("option '\(name)' does not take a value") }
        flags.insert(name)
      } else if valued.contains(name) || repeatable.contains(name) {
        let value: String
        if parts.count == 2 {
          value = String(parts[1])
        } else if let next = remaining.popFirst() {
          value = next
        } else {
          throw .usage("option '\(name)' needs a value")
        }
        values[name] = value
        if repeatable.contains(name) { repeated[name, default: []].append(value) }
      } else {
        throw .usage("unknown option '\(name)'")
      }
    }
  }

  /// Whether `--help` or `-h` was given.
  var wantsHelp: Bool { flags.contains("--help") }

  /// The positional arguments, which must number exactly `names.count`.
  func positionals(named names: [String]) throws(CommandError) -> [String] {
    guard positionals.count == names.count else {
      let expected = names.isEmpty ? "no arguments" : names.joined(separator: " ")
      throw .usage("expected \(expected), got \(positionals.count) argument(s)")
    }
    return positionals
  }
}

extension Arguments {
  /// The `--year` option, the one convention of every command: the collection year named by the
  /// year it ends (`2025`, `2024/25` or `2024-25` for 1 April 2024 to 31 March 2025). `nil` when
  /// it is not given.
  func collectionYear() throws(CommandError) -> CollectionYear? {
    guard let text = values["--year"] else { return nil }
    do throws(CollectionYear.ParseError) {
      return try CollectionYear(parsing: text)
    } catch .outOfRange {
      // A year that parses but cannot be used is a data error (exit 1), as 9999 is.
      throw .data("--year: \(CollectionYear.ParseError.outOfRange.description)")
    } catch .notAYear where !text.isEmpty && text.utf8.allSatisfy({ (48...57).contains($0) }) {
      // A number of other than four digits (10000) is a year out of range, not a typing error.
      throw .data("--year: \(CollectionYear.ParseError.outOfRange.description)")
    } catch {
      throw .usage("--year: \(error.description)")
    }
  }

  /// The `--year` option, which `command` needs.
  func collectionYear(requiredBy command: String) throws(CommandError) -> CollectionYear {
    guard let year = try collectionYear() else {
      throw .usage(
        "\(command) needs --year, the year the collection ends (2025 or 2024/25 for "
          + "1 April 2024 to 31 March 2025)")
    }
    return year
  }
}

extension Arguments {
  /// The option lines every command with `--format` shows in its help, descriptions starting
  /// at `column` as the command's other options do.
  static func formatHelp(column: Int = 27) -> String {
    let pad = { (option: String) in option + String(repeating: " ", count: column - option.count) }
    let rest = String(repeating: " ", count: column)
    return """
      \(pad("  --format F"))text (default), markdown, json, csv (one line per
      \(rest)figure, for a spreadsheet) or html (one self-contained page)
      \(pad("  --json"))the same as --format json
      """
  }

  /// `--format F` (`--json` is `--format json`): how a command prints its result, text unless
  /// asked. The command must accept `--format` as valued and `--json` as a flag.
  func format() throws(CommandError) -> PracticeReport.Format {
    if flags.contains("--json") {
      if let named = values["--format"], named != "json" {
        throw .usage("--json and --format \(named) ask for different formats")
      }
      return .json
    }
    let named = values["--format"] ?? "text"
    guard let format = PracticeReport.Format(rawValue: named) else {
      throw .usage("--format must be text, markdown, json, csv or html")
    }
    return format
  }
}

extension PracticeReport.Format {
  /// A command's result in this format: its JSON document (stable ids beside labels) for JSON,
  /// otherwise its report rendered, so every human format shows the same published figures.
  func render(_ document: some Encodable, report: () -> PracticeReport) -> String {
    self == .json ? JSON.render(document) : report().rendered(as: self)
  }
}
