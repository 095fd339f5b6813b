import PracticeAudit
import Testing

@Suite("SSDA903 generator")
struct SSDA903GeneratorTests {
  static func generator(seed: UInt64 = 42, late: Double = 0.2, missing: Double = 0.1) throws
    -> SSDA903Generator
  {
    try SSDA903Generator(
      children: 600, seed: seed, year: CollectionYear(endingIn: 2025), lateRate: late,
      missingRate: missing, reviews: TimelinessReviewTests.reg33())
  }

  static func text(_ files: [SSDA903Generator.File]) -> [(name: String, text: String)] {
    files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) }
  }

  @Test("the same seed gives the same bytes; another seed, other bytes")
  func determinism() throws {
    let first = try Self.generator().files()
    #expect(first == (try Self.generator().files()))
    #expect(first != (try Self.generator(seed: 43).files()))
    #expect(first.map(\.name) == ["header.csv", "episodes.csv", "reviews.csv"])
  }

  @Test("the return it writes reads back with no data-quality issue and one child per row")
  func consistent() throws {
    let generator = try Self.generator()
    let read = SSDA903.Reader(year: generator.year).read(files: Self.text(try generator.files()))
    #expect(read.issues.isEmpty)
    #expect(read.children.count == 600)
    let audit = try ReviewTimeliness.audit(
      read, timescale: TimelinessReviewTests.reg33(), calendar: .englandAndWales)
    // Every child's period shares a day with the year; some started before it.
    #expect(audit.periodsOfCare == 600)
    #expect(audit.partialPeriods > 0 && audit.fullyAssessablePeriods > 0)
    #expect(audit.excludedShortBreaks > 0)
  }

  @Test(
    "the late and missing rates steer the audit's results",
    arguments: [(0.0, 0.0), (0.3, 0.0), (0.0, 0.3)])
  func rates(late: Double, missing: Double) throws {
    let generator = try Self.generator(late: late, missing: missing)
    let read = SSDA903.Reader(year: generator.year).read(files: Self.text(try generator.files()))
    let audit = try ReviewTimeliness.audit(
      read, timescale: TimelinessReviewTests.reg33(), calendar: .englandAndWales)
    let full = audit.full
    #expect(full.due > 100)
    #expect((full.late > 0) == (late > 0))
    // With no late or missing reviews, every fully assessable review is on time.
    if late == 0 && missing == 0 { #expect(full.onTime == full.due) }
    if missing > 0 { #expect(Double(full.missing) / Double(full.due) > 0.15) }
  }

  @Test("settings out of range are refused")
  func configuration() throws {
    let year = try CollectionYear(endingIn: 2025)
    let reviews = try TimelinessReviewTests.reg33()
    #expect(throws: SSDA903Generator.ConfigurationError.childrenOutOfRange) {
      try SSDA903Generator(children: -1, seed: 1, year: year, reviews: reviews)
    }
    #expect(throws: SSDA903Generator.ConfigurationError.rateOutOfRange) {
      try SSDA903Generator(
        children: 1, seed: 1, year: year, lateRate: 0.7, missingRate: 0.4, reviews: reviews)
    }
  }
}
