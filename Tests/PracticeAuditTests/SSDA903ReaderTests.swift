import PracticeAudit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A small hand-written return (2024/25) with one problem of each kind, and the planted marker
/// `ZZSECRET` in bad values so tests can check it never reaches an issue.
enum SSDA903Fixture {
  static let header = """
    CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
    A1,M,01/02/2015,WBRI,A123,,
    A2,1,03/04/2016,WBRI,A124,,
    A3,F,31/02/2016,WBRI,A125,,

    """
  // Columns in another order than the DfE's: identification is by the set of names.
  static let episodes = """
    DECOM,CHILD,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
    03/06/2024,A1,S,C2,N1,U4,PR1,01/08/2024,X1,CARPL,,,
    05/08/2024,A1,P,C2,N1,ZZSECRET,PR1,,,,,,
    10/06/2024,A2,S,V3,N2,R1,PR1,12/06/2024,E4A,,,,
    ZZSECRET,A3,S,C2,N1,U4,PR1,,,,,,
    01/07/2024,A3,S,C2,N1,U4,PR1,30/06/2024,E4A,,,,
    01/07/2024,A3,S,C2

    """
  static let reviews = """
    CHILD,DOB,REVIEW,REVIEW_CODE
    A1,01/02/2015,01/07/2024,PN1
    A1,01/02/2015,31/09/2024,PN1
    A1,01/02/2015,,PN1

    """

  static var files: [(name: String, text: String)] {
    [
      ("a.csv", header), ("b.csv", episodes), ("c.csv", reviews), ("empty.csv", ""),
      ("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n"),
      ("bad.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END\nA1,\"01/02/2015,M,,\n"),
      ("episodes-old.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,ZZSECRET\n"),
    ]
  }

  /// Writes `files` to a new temporary directory and returns its path.
  static func directory(_ files: [(name: String, text: String)]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("ssda903-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for file in files {
      try Data(file.text.utf8).write(to: URL(fileURLWithPath: path + "/" + file.name))
    }
    return path
  }
}

@Suite("SSDA903 reader")
struct SSDA903ReaderTests {
  static let year2025 = try? CollectionYear(endingIn: 2025)

  func read() throws -> SSDA903.Return {
    let year = try #require(Self.year2025)
    return SSDA903.Reader(year: year).read(files: SSDA903Fixture.files)
  }

  func issues(_ result: SSDA903.Return) -> [String] { result.issues.map(\.description) }

  @Test("tables are identified by their column set, whatever the file name or column order")
  func identification() throws {
    #expect(SSDA903.Table.identify(SSDA903.Table.episodes.columns.reversed()) == .episodes)
    #expect(SSDA903.Table.identify(["CHILD", "DOB", "DOLO_START", "DOLO_END"]) == .doLo)
    #expect(SSDA903.Table.identify(["CHILD", "DOB", "REVIEW"]) == nil)
    #expect(SSDA903.Table.identify(["CHILD", "CHILD", "DOB", "REVIEW", "REVIEW_CODE"]) == nil)
    for table in SSDA903.Table.allCases {
      #expect(SSDA903.Table.identify(table.columns) == table)
    }
    let result = try read()
    #expect(result.rowCounts[.header] == 3)
    #expect(result.rowCounts[.episodes] == 6)
    #expect(result.rowCounts[.reviews] == 3)
    #expect(result.rowCounts[.oc3] == 0)
  }

  @Test("each problem is reported with file, line, column and rule, and reading goes on")
  func problems() throws {
    let found = issues(try read())
    let expected = [
      "a.csv line 3, column SEX: codeNotValidInYear (2024/25)",
      "a.csv line 4, column DOB: invalidDate (expected a real day as DD/MM/YYYY or YYYY-MM-DD)",
      "b.csv line 3, column PLACE: unknownCode (not a PLACE code)",
      "b.csv line 5, column DECOM: invalidDate (expected a real day as DD/MM/YYYY or YYYY-MM-DD)",
      "b.csv line 6, column DEC: endBeforeStart",
      "b.csv line 7: raggedRow (4 fields, header has 13)",
      "c.csv line 3, column REVIEW: invalidDate (expected a real day as DD/MM/YYYY or YYYY-MM-DD)",
      "c.csv line 4, column REVIEW: incompleteReview",
      "empty.csv: emptyFile",
      "oc3.csv line 1: noRows (OC3)",
      "bad.csv line 2, column byte 4: malformedCSV (unterminatedQuotedField)",
      "episodes-old.csv line 1: unrecognisedTable (closest table Episodes lacks "
        + "REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN; 1 column name belongs to no SSDA903 "
        + "table)",
    ]
    #expect(found == expected)
    #expect(!found.joined().contains("ZZSECRET"))
    // People read the same place and detail with the rule in words.
    let sentences = try read().issues.map(\.sentence)
    #expect(
      sentences.contains(
        "b.csv line 6, column DEC: End date is before the start date"))
    #expect(sentences.contains("empty.csv: File has no header line"))
    #expect(!sentences.joined().contains("ZZSECRET"))
  }

  @Test("usable rows become the model; a bad required field drops the row")
  func model() throws {
    let result = try read()
    #expect(result.children.map(\.id) == ["A1", "A2", "A3"])
    #expect(result.children[2].birthDay == nil)
    // A3's bad DECOM row and ragged row are dropped; its DEC before DECOM is ignored.
    #expect(result.episodes.map(\.child) == ["A1", "A1", "A2", "A3"])
    #expect(result.episodes[3].end == nil)
    #expect(result.reviews.count == 1)
    #expect(result.issueCounts[.invalidDate] == 3)
  }

  @Test("codes are checked against the collection year's lists")
  func codesByYear() throws {
    let year2024 = try CollectionYear(endingIn: 2024)
    let year2026 = try CollectionYear(endingIn: 2026)
    let year2025 = try CollectionYear(endingIn: 2025)
    #expect(SSDA903.CodeList.sex.isValid("1", in: year2024))
    #expect(!SSDA903.CodeList.sex.isValid("1", in: year2025))
    #expect(SSDA903.CodeList.sex.isValid("U", in: year2025))
    #expect(!SSDA903.CodeList.placement.isValid("K3", in: year2024))
    #expect(SSDA903.CodeList.placement.isValid("K3", in: year2025))
    for retired in ["Z1", "H5", "P2"] {
      #expect(SSDA903.CodeList.placement.isValid(retired, in: year2025))
      #expect(!SSDA903.CodeList.placement.isValid(retired, in: year2026))
    }
    #expect(SSDA903.CodeList.placement.isValid("Z12", in: year2026))
    #expect(!SSDA903.CodeList.placement.isValid("Z12", in: year2025))
    #expect(SSDA903.CodeList.placement.codes(in: year2026).count == 29)
    #expect(SSDA903.CodeList.legalStatus.code("C2")?.meaning == "Full care order")
    for list in SSDA903.CodeList.all {
      #expect(list.codes.allSatisfy { !$0.provenance.sources.isEmpty && !$0.meaning.isEmpty })
      // In any one year, codes whose wording was read have meanings as distinct as DfE's (E45
      // to E48, T0 to T4 were once one meaning each); Z11 to Z14, whose wording was not found,
      // share one.
      for ending in 2016...2027 {
        let worded = list.codes(in: try CollectionYear(endingIn: ending)).filter {
          $0.provenance.verification != .unverified
        }
        #expect(Set(worded.map(\.meaning)).count == worded.count, "\(list.id) \(ending)")
      }
    }
    #expect(SSDA903.CodeList.placement.code("T3")?.meaning.contains("on holiday") == true)
    #expect(year2025.description == "2024/25")
    #expect(year2025.start == (try CalendarDay(iso8601: "2024-04-01")))
    #expect(year2025.end == (try CalendarDay(iso8601: "2025-03-31")))
  }

  @Test("a directory is read file by file; a missing directory is one issue")
  func directory() throws {
    let year = try #require(Self.year2025)
    let path = try SSDA903Fixture.directory(SSDA903Fixture.files + [("notes.txt", "x")])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fromDisk = SSDA903.Reader(year: year).read(directory: path)
    // Files are read in name order; the same rows and the same issues as from memory.
    #expect(fromDisk.episodes == (try read()).episodes)
    #expect(fromDisk.issues.count == (try read()).issues.count)
    let missing = SSDA903.Reader(year: year).read(directory: path + "/absent")
    #expect(missing.issues.map(\.rule) == [.unreadableFile])
  }

  @Test("episodes join into periods of care by DEC = DECOM or REC X1")
  func periods() throws {
    func episode(_ start: String, _ end: String?, _ reason: String?, child: String = "A1")
      throws -> SSDA903.Episode
    {
      SSDA903.Episode(
        child: child, start: try CalendarDay(iso8601: start),
        end: try end.map { try CalendarDay(iso8601: $0) }, legalStatus: "C2",
        reasonCeased: reason)
    }
    let joined = SSDA903.PeriodOfCare.periods(of: [
      try episode("2024-08-05", nil, nil), try episode("2024-06-03", "2024-08-01", "X1"),
      try episode("2024-09-01", nil, nil, child: "A2"),
    ])
    #expect(joined.count == 2)
    #expect(joined[0].start == (try CalendarDay(iso8601: "2024-06-03")) && joined[0].end == nil)
    #expect(joined[0].legalStatuses.count == 2)
    let sameDay = SSDA903.PeriodOfCare.periods(of: [
      try episode("2024-06-03", "2024-08-01", "E4A"), try episode("2024-08-01", nil, nil),
    ])
    #expect(sameDay.count == 1)
    let gap = SSDA903.PeriodOfCare.periods(of: [
      try episode("2024-06-03", "2024-08-01", "E4A"), try episode("2024-08-05", nil, nil),
    ])
    #expect(gap.count == 2)
    #expect(gap[0].end == (try CalendarDay(iso8601: "2024-08-01")))
  }

  @Test("the fixture return's reviews are audited end to end, X1 joining A1's episodes")
  func endToEnd() throws {
    let result = try ReviewTimeliness.audit(
      try read(), timescale: TimelinessReviewTests.reg33(), calendar: .englandAndWales)
    // A1: one period from 3 June 2024 (X1 joins the gap), review 1 on time, review 2 missing.
    // A2: short breaks only. A3: one open period from 1 July 2024, review 1 missing.
    #expect(result.periodsOfCare == 3 && result.excludedShortBreaks == 1)
    #expect(result.full.onTime == 1 && result.full.missing == 2)
  }

  @Test("the reader's dates agree with PracticeCore's return-date parser, day for day")
  func dates() throws {
    let texts = [
      "29/02/2024", "29/02/2023", "31/04/2024", "30/04/2024", "00/01/2024", "01/13/2024",
      "1/02/2024", "01-02-2024", "2024-02-01", "aa/bb/cccc", "31/12/9999", "01/01/0000",
      "01/01/0001", " 1/01/2024", "01/01/2024 ", "０1/01/2024", "01/01/20245",
    ]
    let rows = texts.map { "A1,,\($0),PN1" }.joined(separator: "\n")
    let year = try #require(Self.year2025)
    let result = SSDA903.Reader(year: year).read(
      files: [("r.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n" + rows + "\n")])
    let invalid = Set(result.issues.filter { $0.rule == .invalidDate }.map(\.line))
    for (offset, text) in texts.enumerated() {
      let core = try? CalendarDay.parse(text, formats: [.statutoryReturn, .iso8601])
      #expect(invalid.contains(offset + 2) == (core == nil), "\(text)")
    }
    #expect(
      result.reviews.map(\.day)
        == texts.compactMap {
          try? CalendarDay.parse($0, formats: [.statutoryReturn, .iso8601]).day
        })
  }
}

@Suite("SSDA903 facts")
struct SSDA903FactTests {
  @Test("every code, convention and generator mix is a fact of the audit domain, with its tag")
  func facts() {
    // The returns' facts, without the case-audit facts the domain also lists.
    let facts = AuditDomain().facts.filter {
      $0.id.hasPrefix("audit.ssda903.") || $0.id.hasPrefix("audit.reviews.")
    }
    let codes = SSDA903.CodeList.all.reduce(0) { $0 + $1.codes.count }
    #expect(facts.count == codes + ReviewTimeliness.facts.count + 1)
    #expect(Set(facts.map(\.id)).count == facts.count)
    let k3 = facts.first { $0.id == "audit.ssda903.PLACE.K3" }
    #expect(
      k3?.statement
        == "Placement type code K3: Registered supported accommodation; valid from 2024/25.")
    let z1 = facts.first { $0.id == "audit.ssda903.PLACE.Z1" }
    #expect(z1?.statement.hasSuffix("valid up to 2024/25.") == true)
    #expect(
      facts.first { $0.id == "audit.ssda903.generator.mixes" }?.provenance.verification
        == .unverified)
    #expect(
      facts.first { $0.id == "audit.reviews.partial" }?.provenance.verification == .unverified)
    // Provider, placement-change and need meanings were checked against data-to-insight's
    // transcription of the DfE wording; only Z11–Z14 and sex U have no wording found.
    func tag(_ id: String) -> Verification? {
      facts.first { $0.id == "audit.ssda903.\(id)" }?.provenance.verification
    }
    #expect(tag("PLACE_PROVIDER.PR1") == .secondary)
    #expect(tag("REASON_PLACE_CHANGE.CREQB") == .secondary)
    #expect(tag("CIN.N4") == .secondary)
    let codeFacts = facts.filter {
      $0.id.hasPrefix("audit.ssda903.") && !$0.id.contains("generator")
    }
    #expect(
      codeFacts.filter { $0.provenance.verification == .unverified }.map(\.id).sorted()
        == [
          "audit.ssda903.PLACE.Z11", "audit.ssda903.PLACE.Z12", "audit.ssda903.PLACE.Z13",
          "audit.ssda903.PLACE.Z14", "audit.ssda903.SEX.U",
        ])
  }
}
