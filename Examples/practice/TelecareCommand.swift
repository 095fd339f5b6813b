import PracticeKit

/// `practice telecare review|calls`: the ethical review and cost of a telecare proposal, and the
/// call-handling measures of a monitoring centre's alarm-call log.
enum TelecareCommand {
  static let help = """
    Usage: practice telecare review FILE.json [--on DATE] [--format F]
           practice telecare calls FILE.csv [--target-minutes N] [--format F]
           practice telecare feedback FILE.csv --installation ID --from DATE --through DATE
                                      [--no-activity-days N] [--format F]

    review  The ethical review of a telecare proposal (JSON, schemaVersion 1): the twelve
            questions (EFORTT, Mental Capacity Act 2005, Care Act 2014, TSA, the DHSC switchover
            plans, the seed), each answered from the proposal or left open, the findings, and
            the weekly and annual cost to the person. The review supports deliberation: it
            never approves or rejects a proposal.
    calls   The call-handling measures of an alarm-call log (CSV with the header
            call_id,installation,device,raised_at,answered_at,closed_at,outcome,dispatched_at,
            arrived_at; local date-times YYYY-MM-DDTHH:MM:SS; empty cells for events that did
            not happen): the shares of all calls answered within 60 and 180 seconds against the
            TSA QSF 97.5% and 99% (an unanswered call is not answered in time; 60 and 180
            seconds exactly count as within), the median answer time, responder arrivals
            within the provider's target (from the alarm being raised), false alarms and
            faults. Bad rows are listed by line and column and skipped.
    feedback  What the monitoring centre tells the social worker about one installation over a
            period (same CSV): alarms per week and by device, unanswered and slow calls,
            faults, false alarms, the longest run of days with no alarm.

    Options:
      --on DATE            review as of this day (default: today, UTC)
      --target-minutes N   the response provider's arrival target (default 45; provider-defined)
      --installation ID    feedback: the installation, as in the log's installation column
      --from, --through    feedback: the first and last day of the period (YYYY-MM-DD)
      --no-activity-days N feedback: a run of N days or more with no alarm is a finding (28)
    \(Arguments.formatHelp(column: 23))
      -h, --help           this help
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(
      words,
      valued: [
        "--on", "--target-minutes", "--installation", "--from", "--through", "--no-activity-days",
        "--format",
      ], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    let positionals = try arguments.positionals(named: ["review|calls|feedback", "FILE"])
    switch positionals[0] {
    case "review":
      let day =
        try arguments.values["--on"].map { text throws(CommandError) in
          try CalendarDay(argument: text, what: "--on")
        } ?? today
      let bytes = try read(positionals[1])
      let proposal = try CommandError.reportingData { () throws(DocumentDecodingError) in
        try TelecareProposal(jsonUTF8: bytes, catalogue: .standard)
      }
      let document = ReviewDocument(EthicalReview(proposal, on: day))
      return format.render(document) { document.report }
    case "calls":
      let minutes = try positiveNumber(arguments.values["--target-minutes"], "--target-minutes")
      let log = try readLog(positionals[1])
      let document = CallsDocument(
        CallHandlingMeasures(
          calls: log.calls, target: .providerDefined(minutes: minutes ?? 45)),
        problems: log.problems)
      return format.render(document) { document.report }
    case "feedback":
      guard let installation = arguments.values["--installation"],
        let fromText = arguments.values["--from"], let throughText = arguments.values["--through"]
      else {
        throw .usage("feedback needs --installation ID --from DATE --through DATE")
      }
      let from = try CalendarDay(argument: fromText, what: "--from")
      let through = try CalendarDay(argument: throughText, what: "--through")
      guard from <= through else { throw .data("--from must not be after --through") }
      let days = try positiveNumber(arguments.values["--no-activity-days"], "--no-activity-days")
      let log = try readLog(positionals[1])
      let summary = FeedbackSummary(
        installation: installation, calls: log.calls, from: from, through: through,
        noActivityDays: days ?? 28)
      let document = FeedbackDocument(summary, problems: log.problems)
      return format.render(document) { document.report }
    default:
      throw .usage("telecare needs 'review', 'calls' or 'feedback'; see practice telecare --help")
    }
  }

  private static func read(_ path: String) throws(CommandError) -> [UInt8] {
    try AuditInputFile.bytes(at: path)
  }

  /// The log at `path`; a data error when no row could be read.
  private static func readLog(_ path: String) throws(CommandError) -> AlarmCallLog.Result {
    let log = AlarmCallLog.read(contentsOfFile: path)
    if log.calls.isEmpty, let first = log.problems.first {
      throw .data("the call log cannot be read: \(first)")
    }
    return log
  }

  /// A whole number above 0 given for `option`, or `nil` when the option is absent.
  private static func positiveNumber(_ text: String?, _ option: String) throws(CommandError)
    -> Int?
  {
    guard let text else { return nil }
    guard let number = Int(text), number > 0 else {
      throw .usage("\(option) must be a whole number above 0")
    }
    return number
  }

  /// The findings' blocks (a table, or a sentence when there are none) and the skipped rows.
  static func findingsAndProblems(_ findings: [FindingRow], _ problems: [Problem])
    -> [PracticeReport.Section]
  {
    var sections: [PracticeReport.Section] = [
      .init(
        id: "findings", title: "Findings",
        blocks: FindingReport(title: "Findings", findings: findings.map(\.finding)).blocks)
    ]
    if !problems.isEmpty {
      sections.append(
        .init(
          id: "rows-skipped", title: "Rows skipped",
          blocks: [
            .table(
              .init(
                caption: "Rows skipped (\(problems.count.groupedText))",
                columns: ["Line", "Column", "Problem"],
                rows: problems.map { ["\($0.line)", "\($0.column)", $0.message] }))
          ]))
    }
    return sections
  }

  /// A skipped row of a call log, as printed.
  struct Problem: Encodable {
    var line: Int
    var column: Int
    var message: String

    init(_ problem: AlarmCallLog.Problem) {
      line = problem.line
      column = problem.column
      message = problem.description
    }
  }

  /// The review, as JSON or as a report.
  struct ReviewDocument: Encodable {
    var schemaVersion = 1
    var day: CalendarDay
    var subject: String
    var summary: String
    @Nullable var cost: Cost?
    var questions: [Question]
    var openQuestions: [Int]

    struct Cost: Encodable {
      var monitoringWeeklyPence: Int
      var monitoringAnnualPence: Int
      var isMaximum: Bool
      var equipment: String
    }

    struct Question: Encodable {
      var id: Int
      var topic: String
      var question: String
      var status: String
      var note: String
      var verification: String
      var sources: [String]
      var findings: [FindingRow]
    }

    init(_ review: EthicalReview) {
      day = review.day
      subject = review.subject
      summary = review.summary
      cost = review.quote.map {
        Cost(
          monitoringWeeklyPence: $0.monitoringWeeklyPence,
          monitoringAnnualPence: $0.monitoringAnnualPence, isMaximum: $0.isMaximum,
          equipment: $0.equipment.rawValue)
      }
      questions = review.answers.map {
        Question(
          id: $0.question.id, topic: $0.question.topic, question: $0.question.text,
          status: $0.status.rawValue, note: $0.note,
          verification: $0.question.provenance.verification.rawValue,
          sources: $0.question.provenance.sources.map(\.description),
          findings: $0.findings.map(FindingRow.init))
      }
      openQuestions = review.openQuestions.map(\.id)
    }

    /// The review as a report for people: the cost, then a section per question with its
    /// findings, then the open questions.
    var report: PracticeReport {
      let costText: String
      if let cost {
        let most = cost.isMaximum ? " at most (no financial assessment yet)" : ""
        costText =
          "Monitoring \(ChargeQuote.pounds(cost.monitoringWeeklyPence)) a week, "
          + "\(ChargeQuote.pounds(cost.monitoringAnnualPence)) a year\(most); equipment "
          + (cost.equipment == "free"
            ? "free (community equipment; this reading is unverified)."
            : "not covered by the charging policy.")
      } else {
        costText = "Not worked out (no charging policy recorded)."
      }
      var sections: [PracticeReport.Section] = [
        .init(id: "cost", title: "Cost to the person", blocks: [.paragraph(costText)])
      ]
      for question in questions {
        let tag = Verification(rawValue: question.verification)?.tag ?? "?"
        let status =
          switch question.status {
          case "answered": "Answered"
          case "open": "Open: to be discussed"
          default: "Does not arise"
          }
        var blocks: [PracticeReport.Block] = [
          .paragraph("\(status) (source \(tag)). \(question.note)")
        ]
        if !question.findings.isEmpty {
          blocks +=
            FindingReport(title: "Findings", findings: question.findings.map(\.finding))
            .blocks
        }
        sections.append(
          .init(
            id: "question-\(question.id)", title: "Question \(question.id): \(question.question)",
            blocks: blocks))
      }
      let open = openQuestions.map(String.init).joined(separator: ", ")
      sections.append(
        .init(
          id: "open", title: "Open questions",
          blocks: [.paragraph(open.isEmpty ? "None." : "Questions \(open).")]))
      return PracticeReport(
        title: "Telecare ethical review: \(subject), \(day)", preface: [summary], sections: sections
      )
    }
  }

  /// The call-handling measures, as JSON or as a report.
  struct CallsDocument: Encodable {
    var schemaVersion = 1
    var calls: Int
    var answered: Int
    var answeredWithin60s: Double
    var answeredWithin180s: Double
    @Nullable var meets60sStandard: Bool?
    @Nullable var meets180sStandard: Bool?
    @Nullable var medianAnswerSeconds: Double?
    var falseAlarms: Int
    var faults: Int
    var responses: Responses
    var findings: [FindingRow]
    var problems: [Problem]

    struct Responses: Encodable {
      var dispatched: Int
      var arrived: Int
      var arrivedWithinTarget: Int
      var targetMinutes: Int
      var targetVerification: String
    }

    init(_ measures: CallHandlingMeasures, problems: [AlarmCallLog.Problem]) {
      calls = measures.calls
      answered = measures.answered
      answeredWithin60s = measures.shareWithinFirst
      answeredWithin180s = measures.shareWithinSecond
      meets60sStandard = measures.meetsFirst
      meets180sStandard = measures.meetsSecond
      medianAnswerSeconds = measures.medianAnswerSeconds
      falseAlarms = measures.falseAlarms
      faults = measures.faults
      responses = Responses(
        dispatched: measures.responses.dispatched, arrived: measures.responses.arrived,
        arrivedWithinTarget: measures.responses.arrivedWithinTarget,
        targetMinutes: measures.responses.target.minutes,
        targetVerification: measures.responses.target.provenance.verification.rawValue)
      findings = measures.findings.map(FindingRow.init)
      self.problems = problems.map(Problem.init)
    }

    /// The measures as a report for people, with the findings and the rows skipped.
    var report: PracticeReport {
      func percent(_ share: Double) -> String { (share * 100).reportText(decimals: 1) + "%" }
      func verdict(_ meets: Bool?) -> String {
        meets.map { $0 ? "met" : "not met" } ?? "no calls"
      }
      let rows = [
        ["Alarm calls", calls.groupedText, ""],
        ["Answered", answered.groupedText, ""],
        ["Unanswered", (calls - answered).groupedText, ""],
        [
          "Answered within 60 s (share of all calls)", percent(answeredWithin60s),
          "TSA QSF 97.5%: \(verdict(meets60sStandard))",
        ],
        [
          "Answered within 180 s (share of all calls)", percent(answeredWithin180s),
          "TSA QSF 99%: \(verdict(meets180sStandard))",
        ],
        [
          "Median answer time",
          medianAnswerSeconds.map { "\($0.chartText) s" } ?? "no call answered", "",
        ],
        ["Responders dispatched", responses.dispatched.groupedText, ""],
        ["Responders arrived", responses.arrived.groupedText, ""],
        [
          "Arrived within \(responses.targetMinutes) minutes of the alarm",
          responses.arrivedWithinTarget.groupedText, "provider-defined target",
        ],
        ["False alarms", falseAlarms.groupedText, ""],
        ["Faults", faults.groupedText, ""],
      ]
      return PracticeReport(
        title: "Alarm-call handling",
        sections: [
          .init(
            id: "measures", title: "Call handling",
            blocks: [
              .table(
                .init(
                  caption: "Call handling", columns: ["Measure", "Value", "Standard"], rows: rows))
            ])
        ] + TelecareCommand.findingsAndProblems(findings, problems))
    }
  }

  /// One installation's feedback for the social worker, as JSON or as a report.
  struct FeedbackDocument: Encodable {
    var schemaVersion = 1
    var installation: String
    var from: CalendarDay
    var through: CalendarDay
    var alarms: Int
    var alarmsPerWeek: Double
    var byDevice: [Device]
    var unanswered: Int
    var slow: Int
    var faults: Int
    var falseAlarms: Int
    var longestDaysWithoutActivity: Int
    var findings: [FindingRow]
    var problems: [Problem]

    struct Device: Encodable {
      var device: String
      var alarms: Int
    }

    init(_ summary: FeedbackSummary, problems: [AlarmCallLog.Problem]) {
      installation = summary.installation
      from = summary.from
      through = summary.through
      alarms = summary.alarms
      alarmsPerWeek = summary.alarmsPerWeek
      byDevice = summary.byDevice.map { Device(device: $0.device, alarms: $0.alarms) }
      unanswered = summary.unanswered
      slow = summary.slow
      faults = summary.faults
      falseAlarms = summary.falseAlarms
      longestDaysWithoutActivity = summary.longestDaysWithoutActivity
      findings = summary.findings.map(FindingRow.init)
      self.problems = problems.map(Problem.init)
    }

    /// The feedback as a report for the social worker, with the findings and the rows skipped.
    var report: PracticeReport {
      var blocks: [PracticeReport.Block] = [
        .table(
          .init(
            caption: "Alarms and calls", columns: ["Measure", "Value"],
            rows: [
              ["Alarms", alarms.groupedText],
              ["Alarms a week", alarmsPerWeek.reportText(decimals: 1)],
              ["Unanswered", unanswered.groupedText],
              ["Answered after 60 s", slow.groupedText],
              ["Faults", faults.groupedText],
              ["False alarms", falseAlarms.groupedText],
              ["Longest run of days with no alarm", longestDaysWithoutActivity.groupedText],
            ]))
      ]
      if !byDevice.isEmpty {
        blocks.append(
          .table(
            .init(
              caption: "Alarms by device", columns: ["Device", "Alarms"],
              rows: byDevice.map { [$0.device, $0.alarms.groupedText] })))
      }
      return PracticeReport(
        title: "Feedback for installation \(installation)",
        preface: ["\(from) to \(through)."],
        sections: [.init(id: "alarms", title: "Alarms", blocks: blocks)]
          + TelecareCommand.findingsAndProblems(findings, problems))
    }
  }
}
