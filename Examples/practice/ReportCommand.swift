import PracticeKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `practice` and `practice report`: the combined report, on a synthetic local authority or on
/// the user's own returns and audits.
enum ReportCommand {
  static let help = """
    Usage: practice [report] [--format text|markdown|json|csv|html] [--out FILE] [--today DATE]
                    [--903 PATH --year Y [--prior PATH]...] [--cin FILE --year Y]
                    [--audits FILE.json] [--children N] [--seed S] [--unsuppressed]

    The report a head of service reads: care proceedings against the 26-week limit,
    looked-after review and children-in-need timeliness, case-audit quality and the
    improvement loop, relationship-based practice, the national workforce, telecare reviews,
    and the facts used that are not verified against their primary source.

    With no data options it runs on a seeded synthetic local authority. With --903, --cin or
    --audits it runs on your files; sections without data are left out. A return always comes
    with its data-quality section: the findings and the rules applied (not the full DfE
    validation). A return that is not the --year collection is an error (exit 1); one that
    looks like another year is warned of. Counts of 1 to 5 are shown as c unless --unsuppressed
    (internal use only).

    Options:
    \(Arguments.formatHelp(column: 18))
      --out FILE      write the report to FILE instead of standard output
      --today DATE    the report day (YYYY-MM-DD; default: today, UTC)
      --903 PATH      an SSDA903 return for the collection year ending in --year: a folder of
                      CSV tables or holding one XML return, or one such file
      --prior PATH    an earlier year's SSDA903 return (repeat, newest first)
      --cin FILE      a Children in Need census XML file for the year ending in --year
      --year Y        the collection year, named by the year it ends: 2025, 2024/25 or 2024-25
      --audits FILE   a JSON audit cycle (see practice audit cases)
      --children N    children in the synthetic authority (default 3000)
      --seed S        the synthetic authority's seed (default 2026)
      --unsuppressed  exact counts, without disclosure control
      -h, --help      this help
    """

  static func run(
    _ words: [String], today: CalendarDay, progress: ((String) -> Void)? = nil
  ) throws(CommandError) -> String {
    let arguments = try Arguments(
      words,
      valued: [
        "--format", "--out", "--today", "--903", "--cin", "--year", "--audits", "--children",
        "--seed",
      ], repeatable: ["--prior"], flags: ["--unsuppressed", "--json"])
    if arguments.wantsHelp { return help + "\n" }
    _ = try arguments.positionals(named: [])
    let format = try arguments.format()
    let day =
      try arguments.values["--today"].map { text throws(CommandError) in
        try CalendarDay(argument: text, what: "--today")
      } ?? today
    let figures: ReportFigures =
      arguments.flags.contains("--unsuppressed") ? .unsuppressed : .published
    let ownData = ["--903", "--cin", "--audits"].contains { arguments.values[$0] != nil }
    let inputs =
      ownData
      ? try ownInputs(arguments, day: day, progress: progress)
      : try syntheticInputs(arguments, day: day)
    progress?("building the report")
    let report = try CommandError.reportingData { () throws(Period.PeriodError) in
      try CombinedReport.build(inputs, figures: figures)
    }
    let text = report.rendered(as: format)
    guard let path = arguments.values["--out"] else { return text }
    return try OutputFile.save(
      text, to: path, isPrivate: arguments.flags.contains("--unsuppressed"),
      what: "the \(format.rawValue) report")
  }

  private static func syntheticInputs(_ arguments: Arguments, day: CalendarDay)
    throws(CommandError) -> CombinedReport.Inputs
  {
    let children = try number(arguments.values["--children"], option: "--children", in: 1...200_000)
    let seed = try number(arguments.values["--seed"], option: "--seed", in: 0...Int.max)
    let authority = SyntheticAuthority(
      children: children ?? 3_000, seed: UInt64(seed ?? 2_026), reportDay: day)
    return try CommandError.reportingData {
      () throws(SyntheticAuthority.SyntheticError) in try CombinedReport.inputs(for: authority)
    }
  }

  private static func ownInputs(
    _ arguments: Arguments, day: CalendarDay, progress: ((String) -> Void)?
  ) throws(CommandError) -> CombinedReport.Inputs {
    var inputs = CombinedReport.Inputs(
      title: "Quality of practice", preface: ["Report day \(day)."], reportDay: day)
    let year = try arguments.collectionYear()
    if let directory = arguments.values["--903"] {
      guard let year else {
        throw .usage("--903 needs --year, the year the collection ends (2025 or 2024/25)")
      }
      var current = try Audit903Command.read(directory, year: year)
      try ReturnYear.require(current.yearCheck, of: "The SSDA903 return in '\(directory)'")
      inputs.lookedAfter = current
      progress?(
        "read SSDA903 \(year): \(current.children.count) children, \(current.episodes.count) episodes"
      )
      var earlier = year
      for path in arguments.repeated["--prior"] ?? [] {
        guard let previous = earlier.previous else { throw .usage("too many --prior folders") }
        current = try Audit903Command.read(path, year: previous)
        try ReturnYear.require(current.yearCheck, of: "The --prior return '\(path)'")
        inputs.priorLookedAfter.append(current)
        progress?("read SSDA903 \(previous): \(current.episodes.count) episodes")
        earlier = previous
      }
      inputs.preface.append("SSDA903 return for \(year) from the file or folder given.")
      inputs.preface += (inputs.lookedAfter?.unavailableMeasures ?? []).map {
        "SSDA903 \($0.measure) not computed: \($0.reason)."
      }
    }
    if let file = arguments.values["--cin"] {
      guard let year else {
        throw .usage("--cin needs --year, the year the census ends (2025 or 2024/25)")
      }
      var reader = try CommandError.reportingData { () throws(XMLSyntaxError) in
        try CINCensusReader(contentsOfFile: file)
      }
      let audit = try CommandError.reportingData { () throws(XMLSyntaxError) in
        try CINTimelinessAudit.statutory(reading: &reader, year: year)
      }
      if let check = audit.yearCheck { try ReturnYear.require(check, of: "The census '\(file)'") }
      inputs.childrenInNeed = audit
      progress?("read the census \(year): \(audit.children) children")
      inputs.preface.append("Children in Need census \(year) from the file given.")
    }
    if let file = arguments.values["--audits"] {
      let bytes = try AuditInputFile.bytes(at: file)
      inputs.caseAudits = try CommandError.reportingData { () throws(DocumentDecodingError) in
        try AuditCycle(jsonUTF8: bytes)
      }
      progress?("read \(inputs.caseAudits?.audits.count ?? 0) case audits")
      inputs.preface.append("Case audits from the file given.")
    }
    return inputs
  }

  private static func number(_ text: String?, option: String, in range: ClosedRange<Int>)
    throws(CommandError) -> Int?
  {
    guard let text else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw .usage(
        "\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }
}
