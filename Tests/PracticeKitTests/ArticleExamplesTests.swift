import PracticeKit
import Testing

/// The DocC articles' examples, run: an article that shows a result must show the real one.
@Suite("Documentation examples")
struct ArticleExamplesTests {
  @Test("PracticeLaw Getting started: the 26-week limit and an overdue finding")
  func law() throws {
    let proceedings = try CareProceedings(issued: CalendarDay(2025, 1, 6))
    #expect(proceedings.statutoryLimit == CalendarDay(2025, 7, 6))
    let status = proceedings.status(on: CalendarDay(2025, 7, 7))
    #expect(status.findings.first?.code.rawValue == "law.s32.overdue")
  }

  @Test("PracticeAudit Getting started: kappa 0.4, fair")
  func audit() throws {
    let kappa = try AgreementTable(counts: [[20, 5], [10, 15]]).cohenKappa()
    #expect(abs((kappa.value ?? 0) - 0.4) < 1e-12)
    #expect(kappa.band?.description.lowercased().contains("fair") == true)
  }

  @Test("PracticeKit Getting started: the extension example's final deadline")
  func kit() throws {
    let proceedings = try CareProceedings(
      issued: CalendarDay(2025, 1, 6),
      extensions: [TimetableExtension(granted: CalendarDay(2025, 6, 30), weeks: 8)])
    #expect(proceedings.finalDeadline == CalendarDay(2025, 8, 31))
  }
}
