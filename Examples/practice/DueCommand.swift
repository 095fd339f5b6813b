import PracticeKit

/// `practice due FILE... --as-of DAY`: what is overdue and what falls due soon on a caseload,
/// and whose case it is.
enum DueCommand {
  static let help = """
    Usage: practice due FILE... [--as-of DAY] [--within N] [--by team|worker]
                       [--format text|markdown|json|csv|html] [--local FILE]
           practice due --demo [--children N] [--seed S] [--as-of DAY] [OPTIONS]

    Every open item of every applicable timescale as of the end of DAY: overdue (due before
    DAY) and due soon (due on DAY or within the next N working days, England and Wales), with
    the child, worker, team, measure, due day, status, rule and its sources. Items met on or
    before DAY are not listed; events dated after DAY are ignored and counted.

    Timescales: Working Together (assessment 45 working days from the referral; initial
    conference 15 working days from the strategy discussion at which the s47 enquiry was
    initiated; review conferences at 3 months, then every 6), the Care Planning Regulations 2010
    (looked-after reviews, reg 33; visits, reg 28), pre-proceedings (16 weeks, practice
    guidance) and the s32 limit (26 weeks and any extensions). --local adds your own standards,
    labelled local.

    FILE is a caseload event CSV (header child,worker,team,event,date[,detail]; dates
    YYYY-MM-DD or DD/MM/YYYY) or its JSON form ({"schemaVersion":1,"events":[...]}), by its
    name's ending. Events: \(CaseloadEventName.allCases.map(\.rawValue).joined(separator: ", ")).
    A child's worker and team are those on the child's latest event naming them.

    FILE may also be Ofsted's Annex A workbook (.xlsx; every sheet that is a list; a sheet
    named "List N" must hold list N) or one of its lists saved as CSV (a list is recognised
    by its header: Child Unique ID and the list's dated columns, in any case). Lists 3
    (referrals), 4 (assessments), 5 (s47 enquiries), 7 (child protection) and 8 (looked
    after) give events; 1, 2, 6, 9, 10 and 11 are read and give none. Workbook dates may be
    date cells (serial numbers) or text. Annex A has only the latest review and visit, so
    the notes state the conventions used: a latest looked-after review more than 20 working
    days and 3 months after the start is taken as a later review (next due 6 months on,
    reg 33), an earlier one as the first (3 months on); visits are due 6 weeks after the
    last. Give the lists and any caseload files together; a child's events from all of them
    are put together.

    Options:
      --as-of DAY     the day (YYYY-MM-DD or DD/MM/YYYY; default: today, UTC)
      --within N      the window in working days after DAY (0 to 260; default 10)
      --by G          group text, Markdown and HTML by team then worker (default) or by worker
    \(Arguments.formatHelp(column: 18))
      --local FILE    local standards: a JSON document of timescales in the library's form
      --demo          a seeded synthetic caseload instead of files
      --children N    children in the demo caseload (1 to 200,000; default 3000)
      --seed S        the demo's seed (default 2026)
      -h, --help      this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(
      words,
      valued: ["--as-of", "--within", "--by", "--format", "--local", "--children", "--seed"],
      flags: ["--demo", "--json"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    guard let grouping = CaseloadDue.Grouping(rawValue: arguments.values["--by"] ?? "team") else {
      throw .usage("--by must be team or worker")
    }
    let asOf =
      try arguments.values["--as-of"].map { text throws(CommandError) in
        guard let day = try? CaseloadFile.day(text) else {
          throw .data("--as-of is not a day (YYYY-MM-DD or DD/MM/YYYY)")
        }
        return day
      } ?? today
    let within = try number(arguments.values["--within"], "--within", in: 0...260) ?? 10
    let local = try localTimescales(arguments.values["--local"])
    let events: [CaseloadEvent]
    var lists: Set<AnnexAList> = []
    var skipped: [String] = []
    if arguments.flags.contains("--demo") {
      guard arguments.positionals.isEmpty else { throw .usage("--demo takes no files") }
      let children = try number(arguments.values["--children"], "--children", in: 1...200_000)
      let seed = try number(arguments.values["--seed"], "--seed", in: 0...Int.max)
      events = CaseloadGenerator(
        children: children ?? 3_000, seed: UInt64(seed ?? 2_026), asOf: asOf
      ).events()
    } else {
      guard !arguments.positionals.isEmpty else {
        throw .usage("due needs at least one caseload file, or --demo")
      }
      for option in ["--children", "--seed"] where arguments.values[option] != nil {
        throw .usage("\(option) goes with --demo")
      }
      var all: [CaseloadEvent] = []
      for path in arguments.positionals {
        let contents = try CommandError.reportingData { () throws(CaseloadReadError) in
          try CaseloadFile.read(contentsOfFile: path)
        }
        all += contents.events
        lists.formUnion(contents.annexALists)
        skipped += contents.skippedSheets
      }
      events = all
    }
    let caseload = try CommandError.reportingData { () throws(CaseloadReadError) in
      try Caseload(events: events)
    }
    var due = try CommandError.reportingData { () throws(Period.PeriodError) in
      try caseload.due(asOf: asOf, within: within, local: local)
    }
    due.notes = AnnexAList.notes(for: lists, skippedSheets: skipped)
    return due.rendered(as: format, by: grouping)
  }

  private static func localTimescales(_ path: String?) throws(CommandError) -> [Timescale] {
    guard let path else { return [] }
    let bytes = try AuditInputFile.bytes(at: path)
    let document = try CommandError.reportingData { () throws(DocumentDecodingError) in
      try LocalTimescales(jsonUTF8: bytes)
    }
    return document.timescales
  }

  private static func number(_ text: String?, _ option: String, in range: ClosedRange<Int>)
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
