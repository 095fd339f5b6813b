import PracticeAudit
import Testing

/// The checks a return gets as it is read (issue 18, items 2, 9 and 10): its collection year,
/// repeated children and rows, overlapping episodes, the rows counted, and the statement of the
/// rules applied.
@Suite("Returns: year checks, repeats, overlaps, rules applied")
struct ReturnsChecksTests {
  static func year(_ ending: Int) throws -> CollectionYear { try CollectionYear(endingIn: ending) }

  /// The generator's return for the collection year ending in `ending`, as in-memory files.
  static func generated(_ ending: Int, children: Int = 120) throws -> [(
    name: String, text: String
  )] {
    let generator = try SSDA903Generator(
      children: children, seed: 18, year: year(ending), reviews: TimelinessReviewTests.reg33())
    return SSDA903GeneratorTests.text(try generator.files())
  }

  static let header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
  static let episodeColumns =
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
  static let reviewColumns = "CHILD,DOB,REVIEW,REVIEW_CODE\n"

  // MARK: - Collection year

  @Test("a 2017/18 return audited as 2022/23 is an error naming the years its episodes span")
  func wrongYear() throws {
    let files = try Self.generated(2018)
    let read = SSDA903.Reader(year: try Self.year(2023)).read(files: files)
    let check = read.yearCheck
    #expect(check.verdict == .wrongYear && check.isError)
    #expect(check.dataYears?.upperBound == (try Self.year(2018)))
    #expect(check.likelyYear == (try Self.year(2018)))
    #expect(check.explanation.contains("2017/18"))
    #expect(check.explanation.contains("No episode in the return is open during 2022/23"))
    // The same return as its own year fits; the year after it is an error too (its open
    // episodes are known only to 31 March 2018).
    #expect(SSDA903.Reader(year: try Self.year(2018)).read(files: files).yearCheck.verdict == .fits)
    #expect(SSDA903.Reader(year: try Self.year(2019)).read(files: files).yearCheck.isError)
  }

  @Test("a return whose activity is mostly in the year before is a warning, not an error")
  func looksLikeAnotherYear() throws {
    // Three children looked after in 2023/24, one of whom is still looked after into 2024/25.
    let episodes =
      Self.episodeColumns + "B1,01/05/2023,S,C2,N1,U4,PR1,01/09/2023,E11,,,,\n"
      + "B2,01/06/2023,S,C2,N1,U4,PR1,01/12/2023,E11,,,,\n"
      + "B3,01/07/2023,S,C2,N1,U4,PR1,02/04/2024,E11,,,,\n"
    let reviews =
      Self.reviewColumns + "B1,01/01/2015,20/05/2023,PN1\nB2,01/01/2015,20/06/2023,PN1\n"
      + "B3,01/01/2015,20/07/2023,PN1\n"
    let read = SSDA903.Reader(year: try Self.year(2025)).read(files: [
      ("e.csv", episodes), ("r.csv", reviews),
    ])
    let check = read.yearCheck
    #expect(check.verdict == .looksLikeAnotherYear && check.isWarning && !check.isError)
    #expect(check.likelyYear == (try Self.year(2024)))
    #expect(check.explanation.contains("is in 2023/24, not 2024/25"))
    #expect(check.dataYears == (try Self.year(2024))...(try Self.year(2025)))
  }

  @Test("a return with no episodes is not year-checked")
  func noEpisodes() throws {
    let read = SSDA903.Reader(year: try Self.year(2025)).read(files: [
      ("h.csv", Self.header + "C1,M,01/01/2015,WBRI,,,\n")
    ])
    #expect(read.yearCheck.verdict == .notChecked && !read.yearCheck.isError)
  }

  @Test(
    "a census whose ReferenceDate is not 31 March of the year is an error naming its own year",
    arguments: [
      ("2025-03-31", 2026, CollectionYearCheck.Verdict.wrongYear, "the 2024/25 census"),
      ("2026-03-30", 2026, .wrongYear, "not 31 March; it falls in 2025/26"),
      ("2026-03-31", 2026, .fits, "the end of 2025/26"),
    ])
  func censusYear(
    reference: String, ending: Int, verdict: CollectionYearCheck.Verdict, text: String
  ) throws {
    let header = CINCensusHeader(referenceDate: try CalendarDay(iso8601: reference))
    let check = header.yearCheck(against: try Self.year(ending))
    #expect(check.verdict == verdict)
    #expect(check.explanation.contains(text), "\(check.explanation)")
    #expect(CINCensusHeader().yearCheck(against: try Self.year(ending)).verdict == .notChecked)
  }

  // MARK: - Repeats and overlaps

  @Test("every row pasted twice gives the same children, periods and reviews, plus findings")
  func pastedTwice() throws {
    let files = try Self.generated(2025)
    let year = try Self.year(2025)
    let original = SSDA903.Reader(year: year).read(files: files)
    let doubled = files.map { file -> (name: String, text: String) in
      var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
      if lines.last == "" { lines.removeLast() }
      let rows = lines.dropFirst().joined(separator: "\n")
      return (file.name, lines[0] + "\n" + rows + "\n" + rows + "\n")
    }
    let twice = SSDA903.Reader(year: year).read(files: doubled)
    #expect(twice.children == original.children)
    #expect(twice.episodes == original.episodes)
    #expect(twice.reviews == original.reviews)
    #expect(
      SSDA903.PeriodOfCare.periods(of: twice.episodes)
        == SSDA903.PeriodOfCare.periods(of: original.episodes))
    let reg33 = try TimelinessReviewTests.reg33()
    let audited = try ReviewTimeliness.audit(original, timescale: reg33, calendar: .englandAndWales)
    let again = try ReviewTimeliness.audit(twice, timescale: reg33, calendar: .englandAndWales)
    #expect(again.periodsOfCare == audited.periodsOfCare && again.full == audited.full)
    #expect(original.issues.isEmpty)
    let counts = twice.issueCounts
    #expect(counts[.repeatedChild] == original.children.count)
    #expect(counts[.repeatedRow] == original.episodes.count + original.reviews.count)
    // Rows read are counted, each repeated one reported: the Episodes table had twice the rows.
    #expect(twice.rowCounts[.episodes] == 2 * (original.rowCounts[.episodes] ?? 0))
  }

  @Test("a second header file repeats every child: reported on its rows, each child kept once")
  func secondHeaderFile() throws {
    let header = Self.header + "C1,M,01/01/2015,WBRI,,,\nC2,F,01/01/2016,WBRI,,,\n"
    let read = SSDA903.Reader(year: try Self.year(2025)).read(files: [
      ("header.csv", header), ("header copy.csv", header),
    ])
    #expect(read.children.map(\.id) == ["C1", "C2"])
    #expect(
      read.issues.map(\.description) == [
        "header copy.csv line 2, column CHILD: repeatedChild",
        "header copy.csv line 3, column CHILD: repeatedChild",
      ])
  }

  @Test("overlapping episodes are one period of care, reported at the later episode's DECOM")
  func overlapping() throws {
    let episodes =
      Self.episodeColumns + "D1,01/05/2024,S,C2,N1,U4,PR1,01/09/2024,E11,,,,\n"
      + "D1,01/07/2024,P,C2,N1,U4,PR1,01/11/2024,E11,,,,\n"
      + "D2,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n" + "D2,01/06/2024,P,C2,N1,U4,PR1,01/08/2024,E11,,,,\n"
      + "D3,01/05/2024,S,C2,N1,U4,PR1,01/06/2024,X1,,,,\n"
      + "D3,01/06/2024,T,C2,N1,U4,PR1,01/08/2024,E11,,,,\n"
    let read = SSDA903.Reader(year: try Self.year(2025)).read(files: [("e.csv", episodes)])
    #expect(
      read.issues.map(\.description) == [
        "e.csv line 3, column DECOM: overlappingEpisode",
        "e.csv line 5, column DECOM: overlappingEpisode",
      ])
    let periods = SSDA903.PeriodOfCare.periods(of: read.episodes)
    #expect(periods.map(\.child) == ["D1", "D2", "D3"])
    // D1 runs to its latest DEC; D2 stays open (its first episode never ended); D3 continues.
    #expect(periods.map(\.end) == [CalendarDay(2024, 11, 1), nil, CalendarDay(2024, 8, 1)])
  }

  @Test("a table cut off by malformed text counts the rows read before the break, not 0")
  func cutOff() throws {
    let episodes =
      Self.episodeColumns + "E1,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n"
      + "E2,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n" + "E3,01/07/2024,S,\"C2,N1,U4,PR1,,,,,,\n"
    let read = SSDA903.Reader(year: try Self.year(2025)).read(files: [("e.csv", episodes)])
    #expect(read.rowCounts[.episodes] == 2)
    #expect(read.episodes.count == 2)
    #expect(read.issues.map(\.rule) == [.malformedCSV])
  }

  // MARK: - Rules applied

  @Test("the rules applied name their DfE codes and say this is not the full DfE validation")
  func rulesApplied() {
    for scope in [SSDA903.checksApplied, CINDataRule.checksApplied] {
      #expect(scope.caveat.contains("This is not the full DfE validation"))
      #expect(scope.statement.first == "Rules applied (\(scope.checks.count)):")
      #expect(scope.provenance.verification == .secondary)
      #expect(!scope.provenance.sources.isEmpty)
    }
    let rules903 = Dictionary(
      uniqueKeysWithValues: SSDA903.checksApplied.checks.map { ($0.rule, $0.dfeCodes) })
    #expect(rules903["overlappingEpisode"] == ["142", "501"])
    #expect(rules903["repeatedChild"] == ["INT32"])
    #expect(rules903["endBeforeStart"] == ["356"])
    let cin = Dictionary(
      uniqueKeysWithValues: CINDataRule.checksApplied.checks.map { ($0.rule, $0.dfeCodes) })
    #expect(cin["cin.child.repeated"] == ["8510"])
    #expect(cin["cin.header.referenceDate"] == ["100"])
    #expect(cin.count == CINDataRule.allCases.count)
  }
}
