import PracticeKit
import Testing

@Suite("The combined report")
struct CombinedReportTests {
  static let day = CalendarDay(2026, 11, 24)

  @Test("a synthetic authority gives every section in order, the same for the same seed")
  func synthetic() throws {
    let authority = SyntheticAuthority(children: 250, seed: 9, reportDay: Self.day)
    let report = try CombinedReport.build(try CombinedReport.inputs(for: authority))
    #expect(
      report.sections.map(\.id) == [
        "proceedings", "timeliness", "data-quality", "due", "case-audits", "relationships",
        "workforce", "telecare", "unverified",
      ])
    let again = try CombinedReport.build(try CombinedReport.inputs(for: authority))
    #expect(report == again)
    #expect(try authority.collectionYear().description == "2025/26")
    #expect(try authority.collectionYear().description.contains("2025"))
  }

  @Test("sections without data are left out; workforce and unverified facts always appear")
  func minimal() throws {
    let report = try CombinedReport.build(.init(title: "t", reportDay: Self.day))
    #expect(report.sections.map(\.id) == ["workforce", "unverified"])
  }

  @Test("proceedings from a return: periods found, episodes joined, measured as of the year end")
  func proceedingsFromReturn() throws {
    let year = try CollectionYear(endingIn: 2025)
    let episodes = [
      // Child A: s20, then an ICO, then a care order 20 weeks after the ICO.
      SSDA903.Episode(
        child: "A", start: CalendarDay(2024, 5, 1), end: CalendarDay(2024, 6, 3),
        reasonNew: "S", legalStatus: "V2", reasonCeased: "X1"),
      SSDA903.Episode(
        child: "A", start: CalendarDay(2024, 6, 3), end: CalendarDay(2024, 10, 21),
        reasonNew: "L", legalStatus: "C1", reasonCeased: "X1"),
      SSDA903.Episode(
        child: "A", start: CalendarDay(2024, 10, 21), reasonNew: "L", legalStatus: "C2"),
      // Child B: an ICO still open at the year's end, begun more than 26 weeks before it.
      SSDA903.Episode(
        child: "B", start: CalendarDay(2024, 7, 1), reasonNew: "S", legalStatus: "C1"),
      // Child C: accommodated under s20 only.
      SSDA903.Episode(
        child: "C", start: CalendarDay(2024, 7, 1), reasonNew: "S", legalStatus: "V2"),
    ]
    let summary = CombinedReport.proceedings(
      SSDA903.Return(year: year, episodes: episodes), reportDay: CalendarDay(2025, 3, 31))
    #expect(summary.estimated == 2)
    #expect(summary.concluded == 1)
    #expect(summary.concludedWithin26Weeks == 1)
    #expect(summary.meanWeeks == 20)
    #expect(summary.open == 1)
    #expect(summary.openPastDeadline == 1)
  }
}
