// The combined report's sections for case audits, relationship-based practice, the workforce and
// telecare: each lays out what its domain module computed.

extension PracticeReport.Section {
  /// Case-file audit quality over the cycle's periods: grades, the good-or-better share charted,
  /// moderation agreement, and whether the improvement loop made a lasting difference.
  public static func caseAudits(
    _ cycle: AuditCycle, reportDay: CalendarDay, figures: ReportFigures
  ) -> PracticeReport.Section {
    let measures = cycle.measures(asOf: reportDay)
    let grades = cycle.framework.scale.grades
    let table = PracticeReport.Table(
      caption: "Case audits by period (\(cycle.framework.title))",
      columns: ["Period", "Loop", "Audits"] + grades.map(\.label)
        + ["Good or better", "Discussed by all three", "Actions on time"],
      rows: measures.map { period in
        let counts = grades.map { grade in
          period.gradeCounts.first { $0.grade == grade.id }?.count ?? 0
        }
        return [period.period, period.loopInPlace ? "yes" : "no", figures.count(period.audits)]
          + counts.map(figures.count)
          + [
            figures.share(period.goodOrBetter, of: period.audits),
            figures.count(period.discussedWithAllThree),
            "\(figures.count(period.actionsOnTime)) of \(figures.count(period.actionsDue))",
          ]
      })
    let chart = PracticeReport.Chart(
      .line, title: "Audits good or better, by period",
      summary: "Share of case audits graded good or better in each period; the improvement loop "
        + "(findings discussed by social worker, supervisor and senior manager) began in the "
        + "periods marked in the table.",
      categoryLabel: "Audit period", valueLabel: "% good or better",
      points: measures.map { .init($0.period, figures.percentage($0.goodOrBetter, of: $0.audits)) },
      maximum: 100)
    var blocks: [PracticeReport.Block] = [.table(table), .chart(chart)]
    var lines: [String] = []
    if let agreement = cycle.moderationAgreement, let kappa = agreement.cohenKappa?.value {
      lines.append(
        "Moderation: \(figures.count(agreement.cases)) audits re-graded; Cohen's kappa "
          + kappa.reportText(decimals: 2)
          + (agreement.band.map { " (\($0.description.lowercased()) agreement, Landis and Koch)" }
            ?? ""))
    }
    let comparison = cycle.loopComparison
    lines.append(
      "Good or better with the loop: "
        + figures.share(comparison.withLoop.goodOrBetter, of: comparison.withLoop.audits)
        + "; without: "
        + figures.share(comparison.withoutLoop.goodOrBetter, of: comparison.withoutLoop.audits)
        + ".")
    let findings = cycle.findings(asOf: reportDay)
    let codes = Dictionary(grouping: findings, by: \.code).map { ($0.key, $0.value.count) }
      .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    lines += codes.map { "\($0.0): \(figures.count($0.1))" }
    blocks.append(.list(lines))
    return PracticeReport.Section(
      id: "case-audits", title: "Case-file audits and the improvement loop", blocks: blocks)
  }

  /// Relationship-based practice: the share of audits good or better on each element.
  public static func relationshipPractice(_ cycle: AuditCycle, figures: ReportFigures)
    -> PracticeReport.Section
  {
    let scale = cycle.framework.scale
    let rows = cycle.framework.criteria.map { criterion -> (String, String, Int, Int) in
      let graded = cycle.audits.compactMap { $0.grades[criterion.id]?.grade }
      let good = graded.count { scale.isGoodOrBetter($0) == true }
      return (criterion.theme, criterion.id, good, graded.count)
    }
    return PracticeReport.Section(
      id: "relationships", title: "Relationship-based practice",
      blocks: [
        .paragraph(
          "Audits against the relationship-based practice framework: Mason's elements of what "
            + "makes a relationship work for parents, Dumbrill on power, Holland's trusted "
            + "availability and the four relationships (seeds 002–004; the questions are this "
            + "library's, so the framework is tagged S)."),
        .chart(
          PracticeReport.Chart(
            .bars, title: "Good or better, by element",
            summary: "Share of relationship-based practice audits graded good or better on "
              + "each element.",
            categoryLabel: "Element", valueLabel: "% good or better",
            points: rows.map { .init($0.1, figures.percentage($0.2, of: $0.3)) }, maximum: 100)),
        .table(
          .init(
            caption: "Elements audited", columns: ["Element", "Theme", "Audits", "Good or better"],
            rows: rows.map { [$0.1, $0.0, figures.count($0.3), figures.share($0.2, of: $0.3)] })),
      ])
  }

  /// The national children's social work workforce (DfE), the latest year beside the one before.
  public static func workforce() -> PracticeReport.Section {
    let series = WorkforceStatistics.series2025
    guard let latest = series.last else {
      return PracticeReport.Section(id: "workforce", title: "Workforce context", blocks: [])
    }
    let previous = series.dropLast().last
    func value(_ number: Double?) -> String { number.map { $0.reportText(decimals: 1) } ?? "–" }
    let measures: [(String, (WorkforceYear) -> Double?)] = [
      ("Social workers (FTE)", \.fte), ("Vacancy rate (%)", \.published.vacancyRate),
      ("Turnover rate (%)", \.published.turnoverRate), ("Agency rate (%)", \.published.agencyRate),
      ("Average caseload", \.published.caseload), ("Starters (FTE)", \.starters),
      ("Leavers (FTE)", \.leavers),
    ]
    return PracticeReport.Section(
      id: "workforce", title: "Workforce context (England)",
      blocks: [
        .paragraph(
          "Children's and family social workers in England, year to 30 September "
            + "(\(latest.edition); \(latest.provenance.verification.tag)). Rates are DfE's "
            + "published ones; PracticeEducation recomputes each from the counts."),
        .table(
          .init(
            caption: "National workforce indicators",
            columns: ["Indicator", previous.map { "\($0.year)" } ?? "", "\(latest.year)"],
            rows: measures.map { name, get in
              [name, previous.map { value(get($0)) } ?? "", value(get(latest))]
            })),
      ])
  }

  /// Telecare proposals reviewed on `day`: the open ethical questions, the findings by severity
  /// and what the person was quoted. The review is for deliberation: it never approves.
  public static func telecare(_ proposals: [TelecareProposal], on day: CalendarDay)
    -> PracticeReport.Section
  {
    let rows = proposals.map { proposal -> [String] in
      let review = EthicalReview(proposal, on: day)
      let severities = FindingSeverity.allCases.reversed().compactMap { severity in
        let count = review.findings.count { $0.severity == severity }
        return count == 0 ? nil : "\(count) \(severity)"
      }
      let cost = review.quote.map {
        "\(ChargeQuote.pounds($0.monitoringWeeklyPence)) a week, "
          + "\(ChargeQuote.pounds($0.monitoringAnnualPence)) a year"
      }
      return [
        review.subject, proposal.devices.map(\.type).joined(separator: ", "),
        "\(review.openQuestions.count) of \(review.answers.count)",
        severities.isEmpty ? "none" : severities.joined(separator: ", "), cost ?? "not quoted",
      ]
    }
    return PracticeReport.Section(
      id: "telecare", title: "Telecare: open questions and costs",
      blocks: [
        .paragraph(
          "Each proposal reviewed against twelve questions drawn from the EFORTT principles, the "
            + "Mental Capacity Act 2005 and the Care Act 2014. The review reports open questions "
            + "for the social worker to take back to the person; it never approves a proposal."),
        .table(
          .init(
            caption: "Telecare proposals",
            columns: ["Person", "Devices", "Open questions", "Findings", "Cost to the person"],
            rows: rows)),
      ])
  }
}
