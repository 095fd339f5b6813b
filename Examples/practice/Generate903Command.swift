import PracticeKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `practice generate 903 --children N --seed S --year Y DIR`: a synthetic SSDA903 return.
enum Generate903Command {
  static let help = """
    Usage: practice generate 903 --children N --seed S --year Y [--late-rate R]
                                 [--missing-rate R] [--format csv|xml] [--replace] DIR

    Writes a synthetic SSDA903 return for N children and collection year Y (2025 is 2024/25) to
    DIR (created if needed): header.csv, episodes.csv and reviews.csv, or with --format xml one
    XML return in the DfE's schema, ssda903.xml. Reviews follow the Care
    Planning Regulations 2010 reg 33 cadence; each is late with probability R (--late-rate,
    default 0.1) or never held with probability R (--missing-rate, default 0.05). Periods of
    care start up to three years before the year, so some are partial. The same options give
    the same bytes. The data are invented: no real child is described.

    Options:
      --children N       how many children (0 to 1,000,000; required)
      --seed S           the seed, a whole number (required)
      --year Y           the collection year, named by the year it ends: 2025, 2024/25 or
                         2024-25 (required)
      --late-rate R      the share of reviews held late (0 to 1)
      --missing-rate R   the share of reviews never held (0 to 1)
      --format F         csv (the default: three tables) or xml (one file, root EXPSSDA903)
      --replace          replace the CSV and XML tables already in DIR
      -h, --help         this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(
      words,
      valued: ["--children", "--seed", "--year", "--late-rate", "--missing-rate", "--format"],
      flags: [GeneratedOutput.replace])
    if arguments.wantsHelp { return help + "\n" }
    let directory = try arguments.positionals(named: ["DIR"])[0]
    func value<T>(_ name: String, _ parse: (String) -> T?, default fallback: T? = nil)
      throws(CommandError) -> T
    {
      guard let text = arguments.values[name] else {
        if let fallback { return fallback }
        throw .usage("generate 903 needs \(name); see practice generate 903 --help")
      }
      guard let parsed = parse(text) else { throw .usage("\(name) has a value it cannot use") }
      return parsed
    }
    let year = try arguments.collectionYear(requiredBy: "generate 903")
    let reg33 = StatutoryTimescales.lookedAfterReviews
    let children = try value("--children") { Int($0) }
    let seed = try value("--seed") { UInt64($0) }
    let lateRate = try value("--late-rate", { Double($0) }, default: 0.1)
    let missingRate = try value("--missing-rate", { Double($0) }, default: 0.05)
    let generator = try CommandError.reportingData {
      () throws(SSDA903Generator.ConfigurationError) in
      try SSDA903Generator(
        children: children, seed: seed, year: year, lateRate: lateRate,
        missingRate: missingRate, reviews: reg33)
    }
    let form = try value("--format", { SSDA903Generator.Form(rawValue: $0) }, default: .csv)
    let files = try CommandError.reportingData { () throws(Period.PeriodError) in
      try generator.files(form: form)
    }
    try GeneratedOutput.prepareFolder(
      directory, replacing: arguments.flags.contains(GeneratedOutput.replace))
    do {
      for file in files {
        try Data(file.bytes).write(
          to: URL(fileURLWithPath: directory).appendingPathComponent(file.name))
      }
    } catch {
      throw .data("could not write to the folder '\(directory)'")
    }
    let sizes = files.map { "\($0.name) \($0.bytes.count) bytes" }.joined(separator: ", ")
    return "Wrote a synthetic SSDA903 return for \(generator.children) children, collection year "
      + "\(year), to \(directory): \(sizes).\n"
  }
}
