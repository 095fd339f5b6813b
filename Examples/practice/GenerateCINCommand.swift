import PracticeKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `practice generate cin`: a seeded synthetic Children in Need census XML file.
enum GenerateCINCommand {
  static let help = """
    Usage: practice generate cin --children N --seed S --year Y [--late-rate R]
                                 [--missing-rate R] FILE

    Writes a synthetic Children in Need census for the collection year ending on 31 March Y
    (--year 2025, 2024/25 or 2024-25: 1 April 2024 to 31 March 2025): N
    children, each with an episode of need and an assessment, some with a section 47 enquiry,
    an initial conference, a child protection plan and its reviews. Due days follow the Working
    Together edition in force; each assessment, conference and review is late with probability
    R (--late-rate, default 0.1) and missing with probability R (--missing-rate, default 0.05).
    The same seed gives the same bytes. Audit it with 'practice audit cin FILE --year Y'.

    Options:
      --children N      the number of children (0 or more)
      --seed S          the seed (a whole number from 0 to 18446744073709551615)
      --year Y          the collection year, named by the year it ends: 2025, 2024/25 or
                        2024-25
      --late-rate R     the probability of a late item (0 to 1)
      --missing-rate R  the probability of a missing item (0 to 1)
      -h, --help        this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(
      words, valued: ["--children", "--seed", "--year", "--late-rate", "--missing-rate"])
    if arguments.wantsHelp { return help + "\n" }
    let file = try arguments.positionals(named: ["FILE"])[0]
    func value<T>(_ name: String, _ parse: (String) -> T?, default fallback: T? = nil)
      throws(CommandError) -> T
    {
      guard let text = arguments.values[name] else {
        if let fallback { return fallback }
        throw .usage("generate cin needs \(name); see practice generate cin --help")
      }
      guard let parsed = parse(text) else { throw .usage("\(name) is not a valid value") }
      return parsed
    }
    let children: Int = try value("--children", { Int($0) })
    let seed: UInt64 = try value("--seed", { UInt64($0) })
    let year = try arguments.collectionYear(requiredBy: "generate cin")
    let late: Double = try value("--late-rate", { Double($0) }, default: 0.1)
    let missing: Double = try value("--missing-rate", { Double($0) }, default: 0.05)
    guard WorkingCalendar.englandAndWales.supportedRange.contains(year.end) else {
      throw .data("the working-day calendar does not cover the collection year \(year)")
    }
    let generator = try CommandError.reportingData {
      () throws(CINCensusGenerator.ConfigurationError) in
      try CINCensusGenerator(
        children: children, seed: seed, year: year, lateRate: late, missingRate: missing,
        timescales: .workingTogether)
    }
    guard let stream = fopen(file, "wb") else {
      throw .data("the output file cannot be created (system error \(errno))")
    }
    var bytes = 0
    var failed = false
    generator.write { piece in
      var piece = piece
      bytes += piece.utf8.count
      piece.withUTF8 { buffer in
        if fwrite(buffer.baseAddress, 1, buffer.count, stream) != buffer.count { failed = true }
      }
    }
    if fclose(stream) != 0 || failed {
      throw .data("the output file could not be written completely")
    }
    return "Wrote \(children) children (\(bytes) bytes), census year \(year), seed \(seed).\n"
  }
}
