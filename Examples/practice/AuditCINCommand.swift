import PracticeKit

/// `practice audit cin`: the timeliness of a Children in Need census XML file.
enum AuditCINCommand {
  static let help = """
    Usage: practice audit cin FILE --year Y [--assessments-from referral|start] [--format F]
                              [--cases] [--cases-csv FILE] [--pseudonymise KEYFILE]
                              [--unsuppressed]

    Reads a Children in Need census XML file (streamed: any size) and measures, for the census
    year ending on 31 March Y (--year 2025, 2024/25 or 2024-25: 1 April 2024 to 31 March
    2025, reference date 31 March 2025), against the Working Together edition in force on the
    day each clock started:
      - assessments authorised in the year, within 45 working days of the referral (Working
        Together; or of the assessment's start with --assessments-from start, as DfE's
        published statistic counts), and open assessments already overdue at the year's end;
      - initial child protection conferences within 15 working days of the section 47 start;
      - child protection review conferences: the first within 3 months of the plan's start,
        then at most every 6 months (reviews due in the year);
      - pre-proceedings (the PreProceedingsandFGDM block, census 2026/27 on): the decision to
        step up or down within 16 weeks beginning with the decision to start (practice
        guidance, secondary), and how many ended in a court application.
    An enquiry with no conference, no InitialCPCtarget and ICPCnotRequired not true is shown
    apart once its conference was due: its outcome is not recorded (DfE query 8675Q).
    Bad dates and flags, and a child repeated in the file (counted once), are data-quality
    findings (element, line and column, rule; never the value). Counts follow DfE disclosure
    control (1 to 5 shown as c) unless --unsuppressed. The data-quality section lists the
    rules applied, with their DfE codes: it is not the full DfE validation. A census whose
    header ReferenceDate is not 31 March of Y is an error (exit 1) naming the census's year.

    Options:
      --year Y                 the collection year, named by the year it ends: 2025, 2024/25
                               or 2024-25
      --assessments-from referral|start
                               where the assessments' 45 working days start: the referral
                               (default, Working Together) or the assessment's start (DfE's
                               published measure)
    \(Arguments.formatHelp())
      --cases                  list each late or missing item (names children: pseudonymise
                               before sharing) and each data-quality finding with its place
    \(CaseListCSV.help)
    \(ChildPseudonyms.help)
      --unsuppressed           exact counts, without disclosure control (internal use only)
      -h, --help               this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(
      words,
      valued: [
        "--year", "--assessments-from", "--format", ChildPseudonyms.option, CaseListCSV.option,
      ],
      flags: ["--json", "--cases", "--unsuppressed"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    let file = try arguments.positionals(named: ["FILE"])[0]
    let year = try arguments.collectionYear(requiredBy: "audit cin")
    guard WorkingCalendar.englandAndWales.supportedRange.contains(year.end) else {
      throw .data("the working-day calendar does not cover the collection year \(year)")
    }
    let clock: CINAssessmentClock
    switch arguments.values["--assessments-from"] {
    case nil, "referral": clock = .fromReferral
    case "start": clock = .fromAssessmentStart
    default: throw .usage("--assessments-from must be 'referral' or 'start'")
    }
    let cases = arguments.flags.contains("--cases")
    let csvPath = arguments.values[CaseListCSV.option]
    let pseudonymiser = try ChildPseudonyms.pseudonymiser(arguments)
    var reader = try CommandError.reportingData { () throws(XMLSyntaxError) in
      try CINCensusReader(contentsOfFile: file)
    }
    let audit: CINTimelinessAudit
    do {
      audit = try CINTimelinessAudit.statutory(
        reading: &reader, year: year, keepsCases: cases || csvPath != nil,
        assessmentClock: clock)
    } catch {
      throw .data("the census file is not well-formed XML. \(error.description)")
    }
    if let check = audit.yearCheck {
      try ReturnYear.require(check, of: "The census '\(file)'")
    }
    var document = Document(
      audit, dataQuality: audit.dataQuality,
      figures: arguments.flags.contains("--unsuppressed") ? .unsuppressed : .published,
      cases: cases || csvPath != nil, pseudonymiser: pseudonymiser)
    if let csvPath {
      document.caseListWritten = try CaseListCSV.save(
        header: [
          "measure", "child", "episode", "item", "review", "due", "held", "status", "timescale",
          "line",
        ],
        rows: (document.caseFindings ?? []).map {
          [
            $0.measure, $0.child, "\($0.referral)", "\($0.item)", $0.review.map { "\($0)" } ?? "",
            "\($0.due)", $0.held.map { "\($0)" } ?? "", $0.status, $0.timescale, "\($0.line)",
          ]
        }, to: csvPath)
      if !cases { (document.caseFindings, document.dataQualityFindings) = (nil, nil) }
    }
    return format.render(document) { document.report }
  }

  /// The audit as printed: counts under disclosure control, data quality, and the case list.
  struct Document: Encodable {
    var schemaVersion = 1
    var collectionYear: String
    var yearStart: CalendarDay
    var yearEnd: CalendarDay
    var disclosureControl: String
    /// `fromReferral` or `fromAssessmentStart`: the measure the assessment counts show.
    var assessmentsFrom: CINAssessmentClock
    var children: Cell
    var referrals: Cell
    var assessments: Measure
    var initialConferences: Measure
    var reviewConferences: Measure
    var preProceedings: PreProceedings
    var dataQuality: [String: Int]
    /// The rules applied, with their DfE codes, and that this is not the DfE validation.
    var checksApplied = CINDataRule.checksApplied
    var checksNote = CINDataRule.checksApplied.caveat
    var caseFindings: [Case]?
    var dataQualityFindings: [CINDataQualityFinding]?
    /// What `--cases-csv` wrote, if asked.
    var caseListWritten: String?

    /// A published count or percentage: a number, or the symbol that stands for it ("c").
    typealias Cell = PublishedFigure

    struct Measure: Encodable {
      var title: String
      var timescales: [String]
      var due: Cell
      var onTime: Cell
      var late: Cell
      var missing: Cell
      var onTimePercentage: Cell
      var notYetDue: Cell
      var notMeasurable: Cell
      var notRequired: Cell?
      var outcomeNotRecorded: Cell?
    }

    /// The census's pre-proceedings blocks: how many were read, and those running in the year.
    struct PreProceedings: Encodable {
      var recorded: Cell
      var inYear: Cell
      var started: Cell
      var ended: Cell
      var endedInCourtApplication: Cell
      var letterSent: Cell
      var familyMeetingOffered: Cell
      var familyMeetingHeld: Cell
      var timeliness: Measure
    }

    struct Case: Encodable {
      var measure: String
      var child: String
      var referral: Int
      var item: Int
      @Nullable var review: Int?
      var due: CalendarDay
      @Nullable var held: CalendarDay?
      var status: String
      var timescale: String
      var line: Int
    }

    init(
      _ audit: CINTimelinessAudit, dataQuality: CINDataQualityLog, figures: ReportFigures,
      cases: Bool, pseudonymiser: Pseudonymiser?
    ) {
      let measures = CINMeasure.allCases
      let counts = measures.map { audit.counts[$0] ?? CINMeasureCounts() }
      let blocks = audit.preProceedings
      // Everything the command prints, through the one gate: each measure's statuses add up to
      // what is due, and the on-time percentage is printed only beside published counts.
      let draft = PublicationDraft(
        tables: [
          .init(
            id: "status", cells: counts.map { [$0.onTime, $0.late, $0.missing] },
            rowTotals: counts.map(\.due)),
          .init(
            id: "beside",
            cells: counts.map {
              [$0.notYetDue, $0.notMeasurable, $0.notRequired, $0.outcomeNotRecorded]
            }),
          .counts(
            "census",
            [
              audit.children, audit.referrals, blocks.recorded, blocks.inYear, blocks.started,
              blocks.ended, blocks.endedInCourtApplication, blocks.letterSent,
              blocks.familyMeetingOffered, blocks.familyMeetingHeld,
            ]),
        ],
        percentages: measures.indices.map { row in
          .init(
            id: "onTime\(row)", numerator: .init("status", .cell(row: row, column: 0)),
            denominator: .init("status", .rowTotal(row: row)))
        })
      let published = figures.publish(draft)
      func cell(_ table: String, _ row: Int, _ column: Int = 0) -> Cell {
        Cell(published.value(.init(table, .cell(row: row, column: column))))
      }
      func measure(_ measure: CINMeasure) -> Measure {
        let row = measures.firstIndex(of: measure) ?? 0
        let ids = audit.timescales[measure].map(\.id)
        return Measure(
          title: measure.description, timescales: ids,
          due: Cell(published.value(.init("status", .rowTotal(row: row)))),
          onTime: cell("status", row, 0), late: cell("status", row, 1),
          missing: cell("status", row, 2),
          onTimePercentage: Cell(published.percentage("onTime\(row)")),
          notYetDue: cell("beside", row, 0), notMeasurable: cell("beside", row, 1),
          notRequired: measure == .initialConferences ? cell("beside", row, 2) : nil,
          outcomeNotRecorded: measure == .initialConferences ? cell("beside", row, 3) : nil)
      }
      collectionYear = audit.year.description
      yearStart = audit.year.start
      yearEnd = audit.year.end
      disclosureControl = figures.control.suppressionRange == nil ? "none" : "dfe"
      assessmentsFrom = audit.assessmentClock
      children = cell("census", 0)
      referrals = cell("census", 1)
      assessments = measure(.assessments)
      initialConferences = measure(.initialConferences)
      reviewConferences = measure(.reviewConferences)
      preProceedings = PreProceedings(
        recorded: cell("census", 2), inYear: cell("census", 3), started: cell("census", 4),
        ended: cell("census", 5), endedInCourtApplication: cell("census", 6),
        letterSent: cell("census", 7), familyMeetingOffered: cell("census", 8),
        familyMeetingHeld: cell("census", 9), timeliness: measure(.preProceedings))
      self.dataQuality = Dictionary(
        uniqueKeysWithValues: dataQuality.counts.map { ($0.key.rawValue, $0.value) })
      caseFindings =
        cases
        ? audit.cases.map {
          Case(
            measure: $0.measure.rawValue,
            child: pseudonymiser?.pseudonym(for: $0.child) ?? $0.child, referral: $0.referral,
            item: $0.item,
            review: $0.review, due: $0.due, held: $0.held, status: $0.status.rawValue,
            timescale: $0.timescale, line: $0.location.line)
        } : nil
      dataQualityFindings = cases ? dataQuality.findings : nil
    }

    /// The document as a report for people: every figure is one of the published ones above.
    var report: PracticeReport {
      var preface = [
        "\(yearStart) to \(yearEnd): \(children) children, \(referrals) episodes of need.",
        disclosureControl == "dfe"
          ? "Disclosure control: DfE (counts 1 to 5 shown as c; --unsuppressed for internal use)."
          : "Disclosure control: none (internal use only).",
      ]
      preface.append(
        "Assessments measured \(assessmentsFrom)"
          + (assessmentsFrom == .fromReferral
            ? "; --assessments-from start for DfE's published measure." : "."))
      let showsPreProceedings = preProceedings.recorded != .count(0)
      let measures =
        [assessments, initialConferences, reviewConferences]
        + (showsPreProceedings ? [preProceedings.timeliness] : [])
      var timeliness: [PracticeReport.Block] = [
        .table(
          .init(
            caption: "Timeliness by measure",
            columns: [
              "Measure", "Due", "On time", "Late", "Missing", "On time %", "Not yet due",
              "Not measured",
            ],
            rows: measures.map {
              [
                $0.title, "\($0.due)", "\($0.onTime)", "\($0.late)", "\($0.missing)",
                $0.onTimePercentage.percentText, "\($0.notYetDue)", "\($0.notMeasurable)",
              ]
            })),
        .paragraph(
          "Initial conferences, beside the measure: not owed (ICPCnotRequired) "
            + (initialConferences.notRequired?.description ?? "0") + "; outcome not recorded "
            + (initialConferences.outcomeNotRecorded?.description ?? "0")
            + " (no conference, no InitialCPCtarget and ICPCnotRequired not true 15 working days "
            + "after the enquiry started: DfE query 8675Q; not counted as due)."),
      ]
      if showsPreProceedings {
        let blocks = preProceedings
        timeliness.append(
          .table(
            .init(
              caption: "Pre-proceedings (PreProceedingsandFGDM; 16 weeks is practice guidance, "
                + "secondary)", columns: ["Measure", "Count"],
              rows: [
                ["Recorded", "\(blocks.recorded)"], ["Running in the year", "\(blocks.inYear)"],
                ["Started", "\(blocks.started)"], ["Ended", "\(blocks.ended)"],
                ["Ended in a court application", "\(blocks.endedInCourtApplication)"],
                ["Letter before proceedings sent", "\(blocks.letterSent)"],
                ["Family group decision-making meeting offered", "\(blocks.familyMeetingOffered)"],
                ["Family group decision-making meeting held", "\(blocks.familyMeetingHeld)"],
              ])))
      } else {
        timeliness.append(
          .paragraph(
            "Pre-proceedings: none recorded (the PreProceedingsandFGDM block is collected from "
              + "the 2026/27 census)."))
      }
      var sections: [PracticeReport.Section] = [
        .init(id: "timeliness", title: "Timeliness", blocks: timeliness),
        checksApplied.section(
          findings: dataQuality.sorted { $0.key < $1.key }.map {
            [Self.label($0.key), $0.value.groupedText]
          }),
      ]
      if let dataQualityFindings, !dataQualityFindings.isEmpty {
        sections.append(
          .table(
            "data-quality-problems", "Data-quality problems", caption: "Problems by place",
            columns: ["Rule", "Element", "Line", "Column"],
            rows: dataQualityFindings.map {
              [
                Self.label($0.rule.rawValue), $0.element, "\($0.location.line)",
                "\($0.location.column)",
              ]
            }))
      }
      if let caseFindings {
        sections.append(
          .table(
            "cases", "Late and missing items",
            caption: "Late and missing items (\(caseFindings.count.groupedText))",
            columns: ["Child", "Episode", "Measure", "Item", "Due", "Held", "Status", "Line"],
            rows: caseFindings.map { item in
              [
                item.child, "\(item.referral)",
                CINMeasure(rawValue: item.measure)?.description ?? item.measure,
                "\(item.item)" + (item.review.map { ", review \($0)" } ?? ""), "\(item.due)",
                item.held.map { "\($0)" } ?? "not held", item.status, "\(item.line)",
              ]
            }))
      }
      if let caseListWritten { sections.append(.caseList(caseListWritten)) }
      return PracticeReport(
        title: "Children in Need census \(collectionYear)", preface: preface, sections: sections)
    }

    /// A rule's code as people read it: its summary, first letter capitalised.
    static func label(_ code: String) -> String {
      guard let summary = CINDataRule(rawValue: code)?.summary else { return code }
      return summary.prefix(1).uppercased() + summary.dropFirst()
    }
  }
}
