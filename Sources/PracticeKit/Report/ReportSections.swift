// The combined report's sections, one builder per topic. Each takes results the domain modules
// computed and lays them out; none computes a figure of its own.

extension PracticeReport.Section {
  /// Care proceedings against the 26-week limit, estimated from looked-after data, beside the
  /// latest national figure.
  public static func proceedings(_ summary: ProceedingsSummary, figures: ReportFigures)
    -> PracticeReport.Section
  {
    let bins = weekBins(summary)
    // One draft for the table and the chart: the outcomes add up to the estimate, the bins to
    // the concluded count, and the chart's summary repeats that count.
    let draft = PublicationDraft(
      tables: [
        .row(
          "outcomes",
          [summary.concluded, summary.open, summary.endedOtherwise, summary.beforeLimit],
          total: summary.estimated),
        .counts("parts", [summary.concludedWithin26Weeks, summary.openPastDeadline]),
        .row("bins", bins.map(\.count), total: summary.concluded),
      ],
      percentages: [
        .init(
          id: "within26", numerator: .init("parts", .cell(row: 0, column: 0)),
          denominator: .init("outcomes", .cell(row: 0, column: 0)))
      ],
      relations: [
        .init(
          whole: .init("bins", .rowTotal(row: 0)),
          parts: [.init("outcomes", .cell(row: 0, column: 0))]),
        // Within 26 weeks is the bins below 24 weeks, or those below 28, when the 24–27 bin
        // falls wholly on one side; the gate uses whichever holds.
        .init(
          whole: .init("parts", .cell(row: 0, column: 0)),
          parts: (0..<6).map { .init("bins", .cell(row: 0, column: $0)) }),
        .init(
          whole: .init("parts", .cell(row: 0, column: 0)),
          parts: (0..<7).map { .init("bins", .cell(row: 0, column: $0)) }),
      ])
    let published = figures.publish(draft)
    let outcome = { (column: Int) in published.text("outcomes", row: 0, column: column) }
    let concludedShown = published.isShown("outcomes", row: 0)
    let weeks = { (value: Double?) in value.map { $0.reportText(decimals: 1) } ?? "–" }
    var rows = [
      [
        "Periods of care with an interim care order",
        published.text("outcomes", .rowTotal(row: 0)),
      ],
      ["Concluded (interim order on or after 22 April 2014)", outcome(0)],
      [
        "Concluded within 26 weeks",
        "\(published.text("parts", row: 0)) (\(published.percentage("within26").reportText))",
      ],
      // An average of withheld cases would disclose them: withheld with the count.
      ["Mean weeks to outcome", weeks(concludedShown ? summary.meanWeeks : nil)],
      ["Median weeks to outcome", weeks(concludedShown ? summary.medianWeeks : nil)],
      ["Open on \(summary.reportDay)", outcome(1)],
      ["Open past the 26-week limit (with known extensions)", published.text("parts", row: 1)],
      ["Care ended for another reason (not measured)", outcome(2)],
      ["Interim order before 22 April 2014 (no limit)", outcome(3)],
    ]
    if let national = summary.national {
      rows.append([
        "National, \(national.span) (\(national.publication), "
          + "\(national.provenance.verification.tag))",
        "mean \(national.meanWeeks.map { $0 == $0.rounded() ? "\(Int($0))" : "\($0)" } ?? "–") weeks; "
          + (national.shareWithin26Weeks.map { "\(($0 * 100).reportText(decimals: 0))%" } ?? "–")
          + " within 26 weeks",
      ])
    }
    let points = bins.indices.map { bin in
      PracticeReport.Chart.Point(
        bins[bin].label,
        published.value(.init("bins", .cell(row: 0, column: bin))).chartValue)
    }
    let chart = PracticeReport.Chart(
      .histogram(start: 0, width: 4), title: "Concluded proceedings by weeks to outcome",
      summary: "\(outcome(0)) concluded proceedings in 4-week bands from the first interim care "
        + "order to the outcome; a dashed line marks 26 weeks. Withheld bands (c) are 1 to 5, or "
        + "withheld so that no band can be worked out from the others.",
      categoryLabel: "Weeks from first interim care order", valueLabel: "Proceedings",
      points: points, reference: .init(26, label: "26-week limit"))
    return PracticeReport.Section(
      id: "proceedings", title: "Care proceedings against the 26-week limit",
      blocks: [
        .paragraph(ProceedingsSummary.caveat),
        .table(
          .init(caption: "Care proceedings (estimate)", columns: ["Measure", "Value"], rows: rows)),
        .chart(chart),
      ])
  }

  /// Concluded proceedings by weeks to outcome in 4-week bins up to 104 weeks (the last bin
  /// takes everything longer).
  private static func weekBins(_ summary: ProceedingsSummary) -> [(label: String, count: Int)] {
    let width = 4.0
    let bins = 26
    var counts = Array(repeating: 0, count: bins)
    for weeks in summary.concludedWeeks {
      counts[min(bins - 1, max(0, Int(weeks / width)))] += 1
    }
    return counts.enumerated().map { bin, count in
      (bin == bins - 1 ? "\(Int(width) * bin)+" : "\(Int(width) * bin)", count)
    }
  }

  /// The facts the library ships that are not verified against their primary source, for the
  /// domains a report draws on: every unverified (U) fact of those domains listed, secondary (S)
  /// ones counted by domain, and how many unverified facts of other domains are left out.
  ///
  /// - Parameters:
  ///   - registry: The registry whose facts are listed.
  ///   - domains: The domains behind the sections shown; `nil` for every domain.
  public static func unverifiedFacts(
    _ registry: PracticeRegistry, behind domains: Set<DomainID>? = nil
  )
    -> PracticeReport.Section
  {
    let shown = registry.domains.filter { domains?.contains($0.id) ?? true }
    let others = registry.domains.filter { !(domains?.contains($0.id) ?? true) }
    func unverified(_ facts: [Fact]) -> [Fact] {
      facts.filter { $0.provenance.verification == .unverified }
    }
    let counts = shown.map { domain in
      let facts = domain.facts
      return [
        domain.title, "\(facts.count)",
        "\(facts.count { $0.provenance.verification == .secondary })",
        "\(unverified(facts).count)",
      ]
    }
    var blocks: [PracticeReport.Block] = [
      .paragraph(
        "Every figure and rule in this report carries its source and a verification tag: V "
          + "verified against the primary source, S checked only through a secondary source, "
          + "U unverified. These are the ones to treat with care; `practice sources "
          + "--unverified` lists all of them with their sources."),
      .table(
        .init(
          caption: "Facts by domain and tag (the domains this report draws on)",
          columns: ["Domain", "Facts", "S", "U"], rows: counts)),
      .list(shown.flatMap { unverified($0.facts) }.map { "[U] \($0.id): \($0.statement)" }),
    ]
    let left = others.map { ($0, unverified($0.facts).count) }.filter { $0.1 > 0 }
    if !left.isEmpty {
      blocks.append(
        .paragraph(
          "Not listed, as no section shown draws on them: "
            + left.map {
              "\($0.1) unverified fact\($0.1 == 1 ? "" : "s") of \($0.0.title) "
                + "(`practice sources --domain \($0.0.id) --tag U`)"
            }.joined(separator: "; ")
            + "."))
    }
    return PracticeReport.Section(
      id: "unverified", title: "Facts not verified against their primary source", blocks: blocks)
  }
}

extension PracticeReport.Section {
  /// One measure's counts, as the timeliness section shows them.
  public struct TimelinessRow: Sendable, Hashable {
    /// The measure, for example "Initial child protection conferences".
    public var measure: String
    /// The rule it is measured against, for example "15 working days (Working Together)".
    public var rule: String
    /// Held on or before the due day.
    public var onTime: Int
    /// Held after it.
    public var late: Int
    /// Not held by the end of the data.
    public var missing: Int

    /// Creates a row.
    public init(measure: String, rule: String, onTime: Int, late: Int, missing: Int) {
      self.measure = measure
      self.rule = rule
      self.onTime = onTime
      self.late = late
      self.missing = missing
    }

    var due: Int { onTime + late + missing }
  }

  /// Statutory timeliness: each measure's due items by status, and the share on time charted.
  public static func timeliness(
    _ rows: [TimelinessRow], notes: [String], figures: ReportFigures
  ) -> PracticeReport.Section {
    let draft = PublicationDraft(
      tables: [
        .init(
          id: "status", cells: rows.map { [$0.onTime, $0.late, $0.missing] },
          rowTotals: rows.map(\.due))
      ],
      percentages: rows.indices.map { row in
        .init(
          id: "onTime\(row)", numerator: .init("status", .cell(row: row, column: 0)),
          denominator: .init("status", .rowTotal(row: row)))
      })
    let published = figures.publish(draft)
    let table = PracticeReport.Table(
      caption: "Items due, by measure and status",
      columns: ["Measure", "Rule", "Due", "On time", "Late", "Missing", "% on time"],
      rows: rows.indices.map { index in
        [
          rows[index].measure, rows[index].rule, published.text("status", .rowTotal(row: index)),
        ]
          + (0..<3).map { published.text("status", row: index, column: $0) }
          + [published.percentage("onTime\(index)").reportText]
      })
    let chart = PracticeReport.Chart(
      .bars, title: "Share on time, by measure",
      summary: "Percentage of items due that were held on or before their due day, for each "
        + "statutory measure; withheld where the count on time is withheld.",
      categoryLabel: "Measure", valueLabel: "% on time",
      points: rows.indices.map {
        .init(rows[$0].measure, published.percentage("onTime\($0)").chartValue)
      },
      maximum: 100)
    return PracticeReport.Section(
      id: "timeliness", title: "Statutory timeliness",
      blocks: notes.map(PracticeReport.Block.paragraph) + [.table(table), .chart(chart)])
  }
}
