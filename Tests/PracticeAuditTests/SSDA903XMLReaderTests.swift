import PracticeAudit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The XML form of the SSDA903 return, and dates in both forms.
@Suite("SSDA903 XML return and date forms")
struct SSDA903XMLReaderTests {
  static func collectionYear() throws -> CollectionYear { try CollectionYear(endingIn: 2025) }

  /// The path of a fixture in Fixtures/ssda903/.
  static func fixture(_ name: String) -> String {
    let directory = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    return (directory + ["Fixtures", "ssda903", Substring(name)]).joined(separator: "/")
  }

  /// What the audits see of a return: its rows and the review timeliness counts.
  struct Audited: Equatable {
    var children: [SSDA903.Child]
    var episodes: [SSDA903.Episode]
    var reviews: [SSDA903.Review]
    var periods: Int
    var shortBreaks: Int
    var full: ReviewTimeliness.Counts
    var partial: ReviewTimeliness.Counts
  }

  static func audited(_ result: SSDA903.Return) throws -> Audited {
    let audit = try ReviewTimeliness.audit(
      result, timescale: TimelinessReviewTests.reg33(), calendar: .englandAndWales)
    return Audited(
      children: result.children, episodes: result.episodes, reviews: result.reviews,
      periods: audit.periodsOfCare, shortBreaks: audit.excludedShortBreaks, full: audit.full,
      partial: audit.partial)
  }

  static func read(_ files: [SSDA903Generator.File]) throws -> SSDA903.Return {
    try SSDA903.Reader(year: Self.collectionYear()).read(
      files: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
  }

  static func xml(_ children: String) -> String {
    "<?xml version=\"1.0\"?>\n<EXPSSDA903>\n" + children + "</EXPSSDA903>\n"
  }

  static let child = """
    <CHILD><HEADER><CHILDID>C1</CHILDID><SEX>F</SEX><DOB>01/02/2015</DOB><ETHNIC>WBRI</ETHNIC>
    <AREVIEW><REVIEW>01/07/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
    </HEADER>
    <EPISODE><DECOM>03/06/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL>
    <PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /></EPISODE>
    </CHILD>

    """

  @Test("a generated return as DD/MM/YYYY CSV, YYYY-MM-DD CSV and XML reads and audits the same")
  func threeForms() throws {
    let generator = try SSDA903Generator(
      children: 400, seed: 18, year: Self.collectionYear(), reviews: TimelinessReviewTests.reg33())
    let statutory = try Self.read(generator.files(form: .csv))
    let iso = try Self.read(generator.files(form: .csv, dates: .iso8601))
    let xml = try Self.read(generator.files(form: .xml))
    #expect(statutory.issues.isEmpty && iso.issues.isEmpty && xml.issues.isEmpty)
    let expected = try Self.audited(statutory)
    #expect(expected.children.count == 400 && expected.periods == 400)
    #expect(expected.full.due > 0 && expected.full.late > 0 && expected.full.missing > 0)
    #expect(try Self.audited(iso) == expected)
    #expect(try Self.audited(xml) == expected)
    for table in [SSDA903.Table.header, .episodes, .reviews] {
      #expect(xml.rowCounts[table] == statutory.rowCounts[table], "\(table)")
    }
  }

  @Test("the hand-written fixture in the public return's structure reads as its CSV tables do")
  func fixture() throws {
    let reader = SSDA903.Reader(year: try Self.collectionYear())
    let xml = reader.read(path: Self.fixture("return.xml"))
    let csv = reader.read(path: Self.fixture("return-csv"))
    #expect(xml.issues.isEmpty)
    #expect(csv.issues.map(\.rule) == [.noRows, .noRows])  // the empty OC3 and UASC tables
    #expect(xml.rowCounts == csv.rowCounts)
    #expect(xml.rowCounts[.ad1] == 1 && xml.rowCounts[.oc2] == 1 && xml.rowCounts[.missing] == 1)
    #expect(xml.rowCounts[.placedAdoption] == 1 && xml.rowCounts[.prevPerm] == 1)
    let audited = try Self.audited(xml)
    #expect(audited == (try Self.audited(csv)))
    #expect(audited.children.map(\.id) == ["B1", "B2", "B3"])
    #expect(audited.episodes.map(\.placement) == ["U4", "U6", "R1", "A5"])
    #expect(audited.periods == 3 && audited.shortBreaks == 1)
    #expect(audited.full.onTime == 2 && audited.full.late == 0 && audited.full.missing == 1)
  }

  @Test("a column mixing DD/MM/YYYY and YYYY-MM-DD is read, and reported once per column")
  func mixedForms() throws {
    let reader = SSDA903.Reader(year: try Self.collectionYear())
    let csv = reader.read(files: [
      (
        "r.csv",
        "CHILD,DOB,REVIEW,REVIEW_CODE\nA1,2015-02-01,01/07/2024,PN1\n"
          + "A1,01/02/2015,2024-10-01,PN1\nA1,2015-02-01,2025-01-02,PN1\n"
      )
    ])
    #expect(csv.reviews.count == 3)
    #expect(
      csv.issues.map(\.description) == [
        "r.csv line 3, column DOB: mixedDateFormats (DD/MM/YYYY and YYYY-MM-DD in one column)",
        "r.csv line 3, column REVIEW: mixedDateFormats (DD/MM/YYYY and YYYY-MM-DD in one column)",
      ])
    let xml = reader.read(files: [
      (
        "x.xml",
        Self.xml(
          Self.child
            + Self.child.replacing("03/06/2024", with: "2024-06-03").replacing("C1", with: "C2"))
      )
    ])
    #expect(xml.episodes.count == 2)
    #expect(
      xml.issues.map(\.description) == [
        "x.xml line 12, column EPISODE/DECOM: mixedDateFormats (DD/MM/YYYY and YYYY-MM-DD in one column)"
      ])
  }

  @Test("a bad date in an element is located by line and element; the value is not echoed")
  func badDate() throws {
    let text = Self.xml(Self.child.replacing("03/06/2024", with: "31/06/2024ZZSECRET"))
    let result = SSDA903.Reader(year: try Self.collectionYear()).read(files: [("x.xml", text)])
    #expect(
      result.issues.map(\.description) == [
        "x.xml line 6, column EPISODE/DECOM: invalidDate (expected a real day as DD/MM/YYYY or "
          + "YYYY-MM-DD)"
      ])
    #expect(result.episodes.isEmpty && result.children.count == 1 && result.reviews.count == 1)
    #expect(!result.issues.description.contains("ZZSECRET"))
  }

  @Test("a truncated file keeps the children it closed and reports where it broke off")
  func truncated() throws {
    let whole = Self.xml(Self.child + Self.child.replacing("C1", with: "C2"))
    let cut = String(whole.prefix(whole.count - 60))
    let result = SSDA903.Reader(year: try Self.collectionYear()).read(files: [("x.xml", cut)])
    #expect(result.children.map(\.id) == ["C1", "C2"])
    #expect(result.episodes.map(\.child) == ["C1"])
    #expect(result.issues.map(\.rule) == [.malformedXML])
    #expect(result.issues.first?.detail == "unexpectedEndOfDocument")
  }

  @Test("another root element is not read, and nothing counts as recognised")
  func wrongRoot() throws {
    let text = "<?xml version=\"1.0\"?><Message><Header><ZZSECRET/></Header></Message>"
    let result = SSDA903.Reader(year: try Self.collectionYear()).read(files: [("cin.xml", text)])
    #expect(!result.recognisedAnything)
    #expect(
      result.issues.map(\.description) == [
        "cin.xml line 1: unrecognisedDocument (root element Message, expected EXPSSDA903)"
      ])
  }

  @Test("unknown elements are skipped with their content; repeats and stray text are reported")
  func unknownElements() throws {
    let odd = Self.child
      .replacing("<ETHNIC>", with: "<SECRETS><DOB>02/02/2002</DOB></SECRETS><ETHNIC>")
      .replacing("<RNE>S</RNE>", with: "<RNE>S</RNE><RNE>P</RNE>stray<NOTE>x</NOTE>")
    let result = SSDA903.Reader(year: try Self.collectionYear()).read(files: [
      ("x.xml", Self.xml(odd))
    ])
    #expect(
      result.issues.map(\.description) == [
        "x.xml line 3, column HEADER/SECRETS: unknownElement (skipped with its content)",
        "x.xml line 6, column EPISODE/RNE: repeatedElement",
        "x.xml line 6, column EPISODE: strayText",
        "x.xml line 6, column EPISODE/NOTE: unknownElement (skipped with its content)",
      ])
    #expect(result.children.first?.birthDay == (try CalendarDay(iso8601: "2015-02-01")))
    #expect(result.episodes.first?.reasonNew == "S")
  }

  @Test("the unavailable measures name the missing table and why")
  func unavailableMeasures() throws {
    let reader = SSDA903.Reader(year: try Self.collectionYear())
    let headerOnly = reader.read(files: [
      ("h.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,F,01/02/2015,WBRI,,,\n")
    ])
    #expect(
      headerOnly.unavailableMeasures.map(\.measure) == [
        "periods of care, review timeliness and care proceedings"
      ])
    let noReviews = reader.read(files: [
      ("e.csv", SSDA903.Table.episodes.columns.joined(separator: ",") + "\n")
    ])
    #expect(noReviews.unavailableMeasures.map(\.measure) == ["children", "review timeliness"])
    #expect(reader.read(files: []).unavailableMeasures.isEmpty)
    #expect(!reader.read(files: []).recognisedAnything)
  }

  @Test("element names are interned exactly: names alike but for a late byte stay apart")
  func parserNames() throws {
    let names = [
      "ROOT", "INTERVENTION_RECEIVED", "INTERVENTION_RECEIVEX", "A_NAME_OF_EXACTLY_32_BYTES_LONG1",
      "A_NAME_OF_EXACTLY_32_BYTES_LONG2", "A_NAME_LONGER_THAN_THIRTY_TWO_BYTES_1",
      "A_NAME_LONGER_THAN_THIRTY_TWO_BYTES_2", "B", "BB",
    ]
    let inner = names.dropFirst().map { "<\($0)/>" }.joined()
    var parser = XMLPullParser(string: "<ROOT>\(inner)\(inner)</ROOT>")
    var starts: [String] = []
    while let event = try parser.next() {
      if case .startElement(let name, _) = event { starts.append(name) }
    }
    #expect(starts == [names[0]] + Array(names.dropFirst()) + Array(names.dropFirst()))
  }

  @Test("a folder holding an XML return beside CSV tables is read, with a finding")
  func severalForms() throws {
    let reader = SSDA903.Reader(year: try Self.collectionYear())
    let directory = try SSDA903Fixture.directory([
      ("return.xml", Self.xml(Self.child)),
      ("h.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,F,01/02/2015,WBRI,,,\n"),
    ])
    let result = reader.read(path: directory)
    // C1 is in both: read from each, counted once.
    #expect(result.children.count == 1)
    #expect(result.issues.map(\.rule) == [.severalForms, .repeatedChild])
    #expect(
      result.issues.first?.detail
        == "1 XML and 1 CSV file; all were read, and a row given in both is counted once")
  }
}
