// The combined report's sections, one builder per topic. Each takes results the domain modules
// computed and lays them out; none computes a figure of its own.

extension PracticeReport.Section {
  /// Care proceedings against the 26-week limit, estimated from looked-after data, beside the
  /// latest national figure.
  public static func proceedings(_ summary: ProceedingsSummary, figures: ReportFigures)
    -> PracticeReport.Section
  {
    let weeks = { (value: Double?) in value.map { $0.reportText(decimals: 1) } ?? "–" }
    let small = figures.isSuppressed(summary.concluded)
    var rows = [
      ["Periods of care with an interim care order", figures.count(summary.estimated)],
      ["Concluded (interim order on or after 22 April 2014)", figures.count(summary.concluded)],
      [
        "Concluded within 26 weeks",
        "\(figures.count(summary.concludedWithin26Weeks)) "
          + "(\(figures.share(summary.concludedWithin26Weeks, of: summary.concluded)))",
      ],
      // An average of 1 to 5 cases would disclose them: withheld with the count.
      ["Mean weeks to outcome", weeks(small ? nil : summary.meanWeeks)],
      ["Median weeks to outcome", weeks(small ? nil : summary.medianWeeks)],
      ["Open on \(summary.reportDay)", figures.count(summary.open)],
      [
        "Open past the 26-week limit (with known extensions)",
        figures.count(summary.openPastDeadline),
      ],
      ["Care ended for another reason (not measured)", figures.count(summary.endedOtherwise)],
      ["Interim order before 22 April 2014 (no limit)", figures.count(summary.beforeLimit)],
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
    return PracticeReport.Section(
      id: "proceedings", title: "Care proceedings against the 26-week limit",
      blocks: [
        .paragraph(ProceedingsSummary.caveat),
        .table(
          .init(caption: "Care proceedings (estimate)", columns: ["Measure", "Value"], rows: rows)),
        .chart(weeksChart(summary, figures: figures)),
      ])
  }

  /// Concluded proceedings by weeks to outcome in 4-week bins up to 104 weeks (the last bin
  /// takes everything longer), with the 26-week line.
  private static func weeksChart(_ summary: ProceedingsSummary, figures: ReportFigures)
    -> PracticeReport.Chart
  {
    let width = 4.0
    let bins = 26
    var counts = Array(repeating: 0, count: bins)
    for weeks in summary.concludedWeeks {
      counts[min(bins - 1, max(0, Int(weeks / width)))] += 1
    }
    let points = counts.enumerated().map { bin, count in
      PracticeReport.Chart.Point(
        bin == bins - 1 ? "\(Int(width) * bin)+" : "\(Int(width) * bin)",
        figures.isSuppressed(count) ? nil : Double(count))
    }
    return PracticeReport.Chart(
      .histogram(start: 0, width: width), title: "Concluded proceedings by weeks to outcome",
      summary: "\(summary.concluded) concluded proceedings in 4-week bands from the first interim "
        + "care order to the outcome; a dashed line marks 26 weeks. Bands of 1 to 5 are withheld.",
      categoryLabel: "Weeks from first interim care order", valueLabel: "Proceedings",
      points: points, reference: .init(26, label: "26-week limit"))
  }

  /// The facts the library ships that are not verified against their primary source: every
  /// unverified (U) fact listed, secondary (S) ones counted by domain.
  public static func unverifiedFacts(_ registry: PracticeRegistry) -> PracticeReport.Section {
    let unverified = registry.unverifiedFacts.filter { $0.provenance.verification == .unverified }
    let counts = registry.domains.map { domain in
      let facts = domain.facts
      return [
        domain.title, "\(facts.count)",
        "\(facts.count { $0.provenance.verification == .secondary })",
        "\(facts.count { $0.provenance.verification == .unverified })",
      ]
    }
    return PracticeReport.Section(
      id: "unverified", title: "Facts not verified against their primary source",
      blocks: [
        .paragraph(
          "Every figure and rule in this report carries its source and a verification tag: V "
            + "verified against the primary source, S checked only through a secondary source, "
            + "U unverified. These are the ones to treat with care; `practice sources "
            + "--unverified` lists all of them with their sources."),
        .table(
          .init(
            caption: "Facts by domain and tag", columns: ["Domain", "Facts", "S", "U"],
            rows: counts)),
        .list(unverified.map { "[U] \($0.id): \($0.statement)" }),
      ])
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
    let table = PracticeReport.Table(
      caption: "Items due, by measure and status",
      columns: ["Measure", "Rule", "Due", "On time", "Late", "Missing", "% on time"],
      rows: rows.map { row in
        [
          row.measure, row.rule, figures.count(row.due), figures.count(row.onTime),
          figures.count(row.late), figures.count(row.missing),
          figures.share(row.onTime, of: row.due),
        ]
      })
    let chart = PracticeReport.Chart(
      .bars, title: "Share on time, by measure",
      summary: "Percentage of items due that were held on or before their due day, for each "
        + "statutory measure; withheld where the count is 1 to 5.",
      categoryLabel: "Measure", valueLabel: "% on time",
      points: rows.map { .init($0.measure, figures.percentage($0.onTime, of: $0.due)) },
      maximum: 100)
    return PracticeReport.Section(
      id: "timeliness", title: "Statutory timeliness",
      blocks: notes.map(PracticeReport.Block.paragraph) + [.table(table), .chart(chart)])
  }
}
