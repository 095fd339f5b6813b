import PracticeKit
import Testing

@Suite("Law's timescales wired into the audit engines")
struct StatutoryTimelinessTests {
  @Test("the looked-after review chain is reg 33: 20 working days, 3 months, then 6 months")
  func lookedAfterReviews() throws {
    let reg33 = StatutoryTimeliness.lookedAfterReviews
    #expect(reg33.id == "law.cpr2010.reg33.reviews")
    #expect(reg33.periods.map(\.description).count == 3)
    #expect(reg33.repeatsLast)
    #expect(reg33.provenance.verification == .verified)
  }

  @Test(
    "census clocks use the Working Together edition in force on the day they start",
    arguments: [
      CalendarDay(2013, 4, 15), CalendarDay(2015, 3, 26), CalendarDay(2018, 7, 4),
      CalendarDay(2020, 1, 1), CalendarDay(2023, 12, 14), CalendarDay(2023, 12, 15),
      CalendarDay(2026, 11, 24),
    ])
  func editionByDay(day: CalendarDay) throws {
    let timescales = CINTimescales.workingTogether
    let edition = try #require(StatutoryTimescales.workingTogether(on: day))
    for (measure, suffix) in [
      (CINMeasure.assessments, "assessment"), (.initialConferences, "icpc"),
      (.reviewConferences, "review-conferences"),
    ] {
      #expect(
        timescales.timescale(for: measure, startedOn: day)?.id == "law.wt\(edition.id).\(suffix)")
    }
  }
}
