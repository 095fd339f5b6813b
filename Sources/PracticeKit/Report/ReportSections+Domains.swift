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
    let comparison = cycle.loopComparison
    let findings = cycle.findings(asOf: reportDay)
    let codes = Dictionary(grouping: findings, by: \.code).map { ($0.key, $0.value.count) }
      .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    let agreement = cycle.moderationAgreement
    let draft = PublicationDraft.loopMeasures(
      measures, scale: cycle.framework.scale,
      pooled: [comparison.withLoop, comparison.withoutLoop], moderation: agreement,
      codes: codes.map(\.1))
    let published = figures.publish(draft)
    let table = PracticeReport.Table(
      caption: "Case audits by period (\(cycle.framework.title))",
      columns: ["Period", "Loop", "Audits"] + grades.map(\.label)
        + ["Good or better", "Discussed by all three", "Actions on time"],
      rows: measures.indices.map { row in
        [
          measures[row].period, measures[row].loopInPlace ? "yes" : "no",
          published.text("grades", .rowTotal(row: row)),
        ]
          + grades.indices.map { published.text("grades", row: row, column: $0) }
          + [
            published.percentage("good\(row)").reportText,
            published.text("other", row: row, column: 9),
            "\(published.text("other", row: row, column: 4)) of "
              + published.text("other", row: row, column: 3),
          ]
      })
    let chart = PracticeReport.Chart(
      .line, title: "Audits good or better, by period",
      summary: "Share of case audits graded good or better in each period; the improvement loop "
        + "(findings discussed by social worker, supervisor and senior manager) began in the "
        + "periods marked in the table.",
      categoryLabel: "Audit period", valueLabel: "% good or better",
      points: measures.indices.map {
        .init(measures[$0].period, published.percentage("good\($0)").chartValue)
      },
      maximum: 100)
    var blocks: [PracticeReport.Block] = [.table(table), .chart(chart)]
    var lines: [String] = []
    if let agreement, let kappa = agreement.cohenKappa?.value {
      lines.append(
        "Moderation: \(published.text("moderation", row: 0)) audits re-graded; Cohen's kappa "
          + kappa.reportText(decimals: 2)
          + (agreement.band.map { " (\($0.description.lowercased()) agreement, Landis and Koch)" }
            ?? ""))
    }
    lines.append(
      "Good or better with the loop: \(published.percentage("pooled0").reportText); without: "
        + "\(published.percentage("pooled1").reportText).")
    lines += codes.indices.map {
      "\(AuditCycle.findingLabel(codes[$0].0)): \(published.text("findings", row: $0))"
    }
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
      return (criterion.theme, criterion.label ?? criterion.id, good, graded.count)
    }
    let published = figures.publish(
      PublicationDraft(
        tables: [.init(id: "elements", cells: rows.map { [$0.2, $0.3] })],
        percentages: rows.indices.map { row in
          .init(
            id: "good\(row)", numerator: .init("elements", .cell(row: row, column: 0)),
            denominator: .init("elements", .cell(row: row, column: 1)))
        }))
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
            points: rows.indices.map {
              .init(rows[$0].1, published.percentage("good\($0)").chartValue)
            }, maximum: 100)),
        .table(
          .init(
            caption: "Elements audited", columns: ["Element", "Theme", "Audits", "Good or better"],
            rows: rows.indices.map {
              [
                rows[$0].1, rows[$0].0, published.text("elements", row: $0, column: 1),
                published.percentage("good\($0)").reportText,
              ]
            })),
      ])
  }

  /// The national children's social work workforce (DfE), the latest year beside the one before.
  public static func workforce() -> PracticeReport.Section {
    let series = WorkforceStatistics.series2025
    guard let latest = series.last else {
      return PracticeReport.Section(id: "workforce", title: "Workforce context", blocks: [])
    }
    let previous = series.dropLast().last
    func value(_ number: Double?) -> String { number.map(\.groupedReportText) ?? "–" }
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
        review.subject,
        proposal.devices.map { DeviceCatalogue.standard.device($0.type)?.name ?? $0.type }
          .joined(separator: ", "),
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
