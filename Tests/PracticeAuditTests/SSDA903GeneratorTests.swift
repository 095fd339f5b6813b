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

  @Test("what the DfE rules ask: postcodes, reasons for a change, ages for placements")
  func validatorRules() throws {
    let generator = try Self.generator(seed: 8)
    let files = Self.text(try generator.files())
    func rows(_ name: String) -> [[String]] {
      let lines = files.first { $0.name == name }?.text.split(separator: "\n") ?? []
      return lines.dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
    }
    let header = rows("header.csv")
    let births = Dictionary(uniqueKeysWithValues: header.map { ($0[0], $0[2]) })
    for child in header where child[1] == "F" {
      // MOTHER for girls (rules 393, 607), except short breaks (399).
      #expect(child[5] == "0" || child[5] == "")
    }
    let episodes = rows("episodes.csv")
    #expect(episodes.count > 600)
    for (index, episode) in episodes.enumerated() {
      // CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE HOME_POST PL_POST URN
      let shortBreak = episode[3] == "V3"
      #expect(!["L1", "J1"].contains(episode[3]))
      // Postcodes for every placement but a short break (rules 169, 179, 392b), not home (392d).
      #expect(episode[10].isEmpty == shortBreak && episode[11].isEmpty == shortBreak)
      if !shortBreak, episode[5] != "P1" { #expect(episode[10] != episode[11]) }
      // A change of placement has its reason on the episode it ends (225).
      if episode[8] == "X1" { #expect(!episode[9].isEmpty) }
      if index > 0, episodes[index - 1][8] == "X1" {
        #expect(["P", "B"].contains(episode[2]))
        #expect(episode[4] == episodes[index - 1][4])  // the need is the period's (504)
      }
      // Supported accommodation from 16 (371); under 18 throughout (386, 407).
      let born = try CalendarDay(statutoryReturn: births[episode[0]] ?? "")
      let start = try CalendarDay(statutoryReturn: episode[1])
      if episode[5] == "K3" { #expect((born.age(on: start) ?? 0) >= 16) }
      #expect((born.age(on: generator.year.end) ?? 18) < 18)
      if episode[5] == "A5" { #expect(episode[3] == "E1") }  // 408
    }
  }

  @Test("settings out of range are refused")
  func configuration() throws {
    let year = try CollectionYear(endingIn: 2025)
    let reviews = try TimelinessReviewTests.reg33()
    #expect(throws: SSDA903Generator.ConfigurationError.childrenOutOfRange) {
      try SSDA903Generator(children: -1, seed: 1, year: year, reviews: reviews)
    }
    #expect(throws: SSDA903Generator.ConfigurationError.childrenOutOfRange) {
      try SSDA903Generator(
        children: SSDA903Generator.maximumChildren + 1, seed: 1, year: year, reviews: reviews)
    }
    #expect(throws: SSDA903Generator.ConfigurationError.rateOutOfRange) {
      try SSDA903Generator(
        children: 1, seed: 1, year: year, lateRate: 0.7, missingRate: 0.4, reviews: reviews)
    }
  }
}
