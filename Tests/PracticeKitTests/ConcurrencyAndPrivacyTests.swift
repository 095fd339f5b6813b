import PracticeKit
import Testing

@Suite("Concurrent audits and report privacy")
struct ConcurrencyAndPrivacyTests {
  static let day = CalendarDay(2026, 11, 24)

  @Test("the same data audited from 16 tasks at once gives identical results")
  func sixteenTasks() async throws {
    let authority = SyntheticAuthority(children: 300, seed: 16, reportDay: Self.day)
    let inputs = try CombinedReport.inputs(for: authority)
    let lookedAfter = try #require(inputs.lookedAfter)
    let reg33 = StatutoryTimeliness.lookedAfterReviews
    let expected = try CombinedReport.build(inputs).rendered(as: .json)
    let results = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<16 {
        group.addTask {
          // Each task re-runs the review audit and the census audit, and builds the report.
          guard
            let reviews = try? ReviewTimeliness.audit(
              lookedAfter, timescale: reg33, calendar: .englandAndWales),
            let census = try? authority.childrenInNeedAudit(),
            let report = try? CombinedReport.build(inputs)
          else { return nil }
          return
            "\(reviews.full)|\(reviews.partial)|\(census.counts.sorted { $0.key.rawValue < $1.key.rawValue })|"
            + report.rendered(as: .json)
        }
      }
      var all: [String?] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 16)
    #expect(results.allSatisfy { $0 != nil })
    #expect(Set(results).count == 1)
    #expect(results.first??.hasSuffix(expected) == true)
  }

  /// A report whose proceedings are two concluded cases and three open: every count is 1 to 5.
  static func smallReport(_ figures: ReportFigures) throws -> PracticeReport {
    let start = CalendarDay(2025, 1, 6)
    var estimates: [ProceedingsEstimate] = []
    for weeks in [20, 30] {
      let end = try start.adding(days: weeks * 7)
      estimates.append(
        try #require(
          try ProceedingsMonitor.estimate(
            child: "C\(weeks)",
            episodes: [
              .init(start: start, end: end, legalStatus: "C1", reasonEnded: "X1"),
              .init(start: end, end: nil, legalStatus: "C2", reasonEnded: nil),
            ], reportDay: Self.day)))
    }
    for child in 0..<3 {
      estimates.append(
        try #require(
          try ProceedingsMonitor.estimate(
            child: "O\(child)",
            episodes: [.init(start: start, end: nil, legalStatus: "C1", reasonEnded: nil)],
            reportDay: Self.day)))
    }
    let summary = ProceedingsMonitor.summary(estimates, reportDay: Self.day)
    return PracticeReport(title: "t", sections: [.proceedings(summary, figures: figures)])
  }

  @Test(
    "small numbers are suppressed by default in every format, and shown only when asked",
    arguments: PracticeReport.Format.allCases)
  func suppressedByDefault(format: PracticeReport.Format) throws {
    let published = try Self.smallReport(.published).rendered(as: format)
    let unsuppressed = try Self.smallReport(.unsuppressed).rendered(as: format)
    // The count of open proceedings (3) and the mean of two cases (25 weeks) are withheld.
    #expect(!published.contains("25.0"))
    #expect(unsuppressed.contains("25.0"))
    #expect(published.contains(format == .json ? "\"c\"" : "c"))
  }
}
