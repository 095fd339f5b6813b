import PracticeKit
import Testing

@Suite("The combined report's sections")
struct ReportSectionsTests {
  @Test(
    "published figures: 1 to 5 withheld, zero a true zero, shares withheld with their counts",
    arguments: [
      (0, 10, "0", "0%"), (3, 10, "c", "c"), (6, 10, "6", "60%"), (6, 4, "6", "c"),
      (0, 0, "0", "–"), (1234, 2468, "1,234", "50%"),
    ])
  func published(part: Int, whole: Int, count: String, share: String) {
    // The share's counts are printed side by side, not as parts of one another.
    let draft = PublicationDraft(
      tables: [.counts("t", [part, whole])],
      percentages: [
        .init(
          id: "share", numerator: .init("t", .cell(row: 0, column: 0)),
          denominator: .init("t", .cell(row: 1, column: 0)))
      ])
    let usable = part <= whole ? draft : PublicationDraft(tables: draft.tables)
    let published = ReportFigures.published.publish(usable)
    #expect(published.text("t", row: 0) == count)
    #expect((part <= whole ? published.percentage("share").reportText : "c") == share)
    let exact = ReportFigures.unsuppressed.publish(usable).text("t", row: 0)
    #expect(exact == (part == 1234 ? "1,234" : "\(part)"))
  }

  static func summary(concludedWeeks: [Int]) throws -> ProceedingsSummary {
    let start = CalendarDay(2025, 1, 6)
    let estimates = try concludedWeeks.map { weeks in
      let end = try start.adding(days: weeks * 7)
      return try #require(
        try ProceedingsMonitor.estimate(
          child: "C",
          episodes: [
            .init(start: start, end: end, legalStatus: "C1", reasonEnded: "X1"),
            .init(start: end, end: nil, legalStatus: "C2", reasonEnded: nil),
          ], reportDay: CalendarDay(2026, 3, 31)))
    }
    return ProceedingsMonitor.summary(estimates, reportDay: CalendarDay(2026, 3, 31))
  }

  /// The value column of the text table's row that starts with `measure`.
  static func row(_ text: String, _ measure: String) -> String? {
    text.split(separator: "\n").first { $0.hasPrefix("  " + measure) }
      .map { String($0.dropFirst(2 + measure.count).drop { $0 == " " }) }
  }

  @Test("proceedings: counts, share and averages published; small bins withheld in the chart")
  func proceedings() throws {
    let summary = try Self.summary(concludedWeeks: [20, 20, 20, 20, 20, 20, 30, 40])
    let section = PracticeReport.Section.proceedings(summary, figures: .published)
    let text = PracticeReport(title: "t", sections: [section]).rendered(as: .text)
    // The bins below 24 weeks add up to "within 26 weeks": with the 20–23 bin withheld (below),
    // the 6 would give it back, so it is withheld with its share.
    #expect(Self.row(text, "Concluded within 26 weeks") == "c (c)")
    // (6 × 20 + 30 + 40) / 8 = 23.75; the median of eight is the mean of the 4th and 5th.
    #expect(Self.row(text, "Mean weeks to outcome") == "23.8")
    #expect(Self.row(text, "Median weeks to outcome") == "20.0")
    #expect(
      Self.row(text, "National, January–March 2025 (FCSQ January to March 2025, V)")
        == "mean 40 weeks; 35% within 26 weeks")
    #expect(text.contains("estimate from looked-after data"))
    // 20 weeks → bin 20–23 holds 6; 30 and 40 weeks hold 1 each (withheld). 1 + 1 = 8 − 6 would
    // give both back, so the 6 is withheld too.
    #expect(text.contains("\n  20    suppressed\n"))
    #expect(text.contains("\n  28    suppressed\n"))
    #expect(text.contains("\n  40    suppressed\n"))
    #expect(text.contains("\n  0          0\n"))
  }

  @Test("proceedings with five or fewer concluded: the averages are withheld too")
  func smallAuthority() throws {
    let summary = try Self.summary(concludedWeeks: [20, 30])
    let text = PracticeReport(
      title: "t", sections: [.proceedings(summary, figures: .published)]
    ).rendered(as: .text)
    #expect(Self.row(text, "Concluded within 26 weeks") == "c (c)")
    #expect(Self.row(text, "Mean weeks to outcome") == "–")
    let unsuppressed = PracticeReport(
      title: "t", sections: [.proceedings(summary, figures: .unsuppressed)]
    ).rendered(as: .text)
    #expect(Self.row(unsuppressed, "Mean weeks to outcome") == "25.0")
  }

  @Test("unverified facts: every U fact listed, counts per domain")
  func unverified() {
    let registry = PracticeRegistry.standard
    let section = PracticeReport.Section.unverifiedFacts(registry)
    let text = PracticeReport(title: "t", sections: [section]).rendered(as: .text)
    let unverified = registry.facts.filter { $0.provenance.verification == .unverified }
    #expect(!unverified.isEmpty)
    for fact in unverified { #expect(text.contains("[U] \(fact.id): ")) }
    #expect(text.contains("  Law "))
  }
}
