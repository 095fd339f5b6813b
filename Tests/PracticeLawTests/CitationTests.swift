import PracticeLaw
import Testing

@Suite("Neutral citations")
struct CitationTests {
  struct Valid: Sendable, CustomTestStringConvertible {
    var text: String
    var court: String
    var year: Int
    var number: Int
    var division: String?
    var urlPath: String?
    var testDescription: String { text }
  }

  static let valid: [Valid] = [
    Valid(text: "[2013] UKSC 33", court: "uksc", year: 2013, number: 33, urlPath: "uksc/2013/33"),
    Valid(
      text: "[2014] EWHC 270 (Fam)", court: "ewhc-fam", year: 2014, number: 270,
      division: "Fam", urlPath: "ewhc/fam/2014/270"),
    Valid(
      text: "[2013] EWCA Civ 1146", court: "ewca-civ", year: 2013, number: 1146,
      division: "Civ", urlPath: "ewca/civ/2013/1146"),
    Valid(
      text: "[2014] EWCA Crim 420", court: "ewca-crim", year: 2014, number: 420,
      division: "Crim", urlPath: "ewca/crim/2014/420"),
    Valid(
      text: "[2014] EWCC B44 (Fam)", court: "ewcc-b-fam", year: 2014, number: 44,
      division: "Fam", urlPath: nil),
    Valid(
      text: "[2019] EWFC B12", court: "ewfc-b-bailii", year: 2019, number: 12, urlPath: nil),
    Valid(
      text: "[2025] EWFC 79 (B)", court: "ewfc-b", year: 2025, number: 79, division: "B",
      urlPath: "ewfc/b/2025/79"),
    Valid(
      text: "[2024] EWFC 141", court: "ewfc", year: 2024, number: 141, urlPath: "ewfc/2024/141"),
    Valid(
      text: "[2024] EWCOP 17 (T2)", court: "ewcop-t2", year: 2024, number: 17, division: "T2",
      urlPath: "ewcop/t2/2024/17"),
    Valid(
      text: "[2016] EWCOP 11", court: "ewcop", year: 2016, number: 11, urlPath: "ewcop/2016/11"),
    Valid(
      text: "[2022] EWHC 1 (KB)", court: "ewhc-kb", year: 2022, number: 1, division: "KB",
      urlPath: "ewhc/kb/2022/1"),
    Valid(
      text: "[2022] EWHC 2 (QB)", court: "ewhc-qb", year: 2022, number: 2, division: "QB",
      urlPath: "ewhc/qb/2022/2"),
    Valid(
      text: "[2001] EWHC 5 (Admin)", court: "ewhc-admin", year: 2001, number: 5,
      division: "Admin", urlPath: "ewhc/admin/2001/5"),
    Valid(
      text: "[2024] UKUT 326 (AAC)", court: "ukut-aac", year: 2024, number: 326, division: "AAC",
      urlPath: "ukut/aac/2024/326"),
    Valid(
      text: "[2022] UKFTT 159 (TC)", court: "ukftt-tc", year: 2022, number: 159, division: "TC",
      urlPath: "ukftt/tc/2022/159"),
    Valid(
      text: "[2025] UKFTT 1104 (HESC)", court: "ukftt-hesc", year: 2025, number: 1104,
      division: "HESC", urlPath: "ukftt/hesc/2025/1104"),
    Valid(text: "[2024] EAT 100", court: "eat", year: 2024, number: 100, urlPath: "eat/2024/100"),
    Valid(
      text: "[2009] UKAIT 10", court: "ukait", year: 2009, number: 10, urlPath: "ukait/2009/10"),
    Valid(
      text: "[2023] UKIPTrib 11", court: "ukiptrib", year: 2023, number: 11,
      urlPath: "ukiptrib/2023/11"),
    Valid(text: "[2011] UKPC 25", court: "ukpc", year: 2011, number: 25, urlPath: "ukpc/2011/25"),
    Valid(text: "[2025] EWCC 26", court: "ewcc", year: 2025, number: 26, urlPath: "ewcc/2025/26"),
    Valid(text: "[2025] EWCR 3", court: "ewcr", year: 2025, number: 3, urlPath: "ewcr/2025/3"),
  ]

  @Test("parses every supported form", arguments: valid)
  func parses(_ row: Valid) throws {
    let citation = try NeutralCitation(row.text)
    #expect(citation.court.id == row.court)
    #expect(citation.year == row.year)
    #expect(citation.number == row.number)
    #expect(citation.division == row.division)
    #expect(citation.urlPath == row.urlPath)
    #expect(citation.description == row.text)
    #expect(
      citation.findCaseLawURL == row.urlPath.map { "https://caselaw.nationalarchives.gov.uk/" + $0 }
    )
  }

  @Test(
    "rejects impossible citations with the reason",
    arguments: [
      ("[1999] UKSC 1", CitationError.beforeCourt(court: "UKSC", firstYear: 2009)),
      ("[2010] EWFC 3", .beforeCourt(court: "EWFC", firstYear: 2014)),
      ("[2013] EWFC B5", .beforeCourt(court: "EWFC B", firstYear: 2014)),
      ("[2000] EWCA Civ 1", .beforeCourt(court: "EWCA Civ", firstYear: 2001)),
      ("[2001] EWHC 3 (Fam)", .beforeCourt(court: "EWHC (Fam)", firstYear: 2002)),
      ("[2021] EWHC 1 (KB)", .beforeCourt(court: "EWHC (KB)", firstYear: 2022)),
      ("[2023] EWHC 1 (QB)", .afterCourt(court: "EWHC (QB)", lastYear: 2022)),
      ("[2015] EWCC B2 (Fam)", .afterCourt(court: "EWCC B (Fam)", lastYear: 2014)),
      ("[2013] UKSC 0", .zeroNumber),
      ("[2013] UKSC 000", .zeroNumber),
      ("[2013] UKSC 033", .leadingZero),
      ("[2013] UKSC 1234567", .numberTooLarge),
      ("[2013] UKHL 5", .unknownCourt),
      ("[2013] XYZ 5", .unknownCourt),
      ("[13] UKSC 33", .invalidYear),
      ("[0999] UKPC 1", .invalidYear),
      ("[20133] UKSC 33", .invalidYear),
      ("[2014] EWHC 270", .missingDivision(court: "EWHC")),
      ("[2013] EWCA 1146", .missingDivision(court: "EWCA")),
      ("[2013] EWCA Fam 1146", .unknownDivision(court: "EWCA")),
      ("[2014] EWHC 270 (Family)", .unknownDivision(court: "EWHC")),
      ("[2024] EWCOP 17 (T4)", .unknownDivision(court: "EWCOP")),
      ("[2019] UKUT B1 (IAC)", .unsupportedForm(court: "UKUT")),
      ("[2014] EWCC 2 (Fam)", .unsupportedForm(court: "EWCC")),
      ("[2013] UKSC", .missingNumber),
      ("[2013] EWCA Civ", .missingNumber),
      ("[2013] UKSC 33 extra", .trailingText),
      ("[2013] UKSC 33rd", .malformed),
      ("[2013]UKSC 33", .malformed),
      ("2013 UKSC 33", .malformed),
      ("[2013] uksc 33", .malformed),
      ("", .malformed),
    ])
  func rejects(_ text: String, _ expected: CitationError) {
    #expect(throws: expected) { try NeutralCitation(text) }
  }

  @Test(
    "error messages name the problem, never the input",
    arguments: [
      "[1999] UKSC 1", "[2010] EWFC 3", "[2023] EWHC 1 (QB)", "[2013] UKSC 0", "[2013] UKHL 5",
      "[13] UKSC 33", "[2014] EWHC 270", "[2014] EWHC 270 (Family)", "[2013] UKSC 33 secret",
      "[2019] UKUT B1 (IAC)", "[2013] UKSC 0123456", "Jane Doe [2013] UKSC 33",
    ])
  func errorsDoNotEchoInput(_ text: String) {
    do {
      _ = try NeutralCitation(text)
      Issue.record("expected an error")
    } catch {
      let message = error.description
      #expect(!message.isEmpty)
      #expect(!message.contains(text))
      for word in text.split(separator: " ") where word.count > 4 {
        #expect(!message.contains(word), "message repeats part of the input")
      }
    }
  }

  @Test("tolerates extra whitespace and no-break spaces, and prints the canonical form")
  func whitespace() throws {
    let citation = try NeutralCitation("  [2014]\u{A0}EWHC\n270   (Fam)\t")
    #expect(citation.description == "[2014] EWHC 270 (Fam)")
  }

  @Test("encodes as the canonical string and decodes with validation")
  func codable() throws {
    let citation = try NeutralCitation("[2013] EWCA Civ 1146")
    #expect(citation == (try NeutralCitation(citation.description)))
    #expect(throws: CitationError.self) {
      try NeutralCitation(year: 1999, court: citation.court, number: 1)
    }
  }

  // MARK: - Scanning

  @Test("finds several citations with their UTF-8 ranges, valid and invalid")
  func scansParagraph() throws {
    let text =
      "In Re B [2013] UKSC 33 and Re B-S [2013] EWCA Civ 1146, reported at [2014] 1 WLR 563, "
      + "the court — as in [2014] EWHC 270 (Fam) — rejected [1999] UKSC 7 and [2012] UKHL 1."
    let matches = NeutralCitation.matches(in: text)
    #expect(
      matches.map(\.text) == [
        "[2013] UKSC 33", "[2013] EWCA Civ 1146", "[2014] EWHC 270 (Fam)", "[1999] UKSC 7",
        "[2012] UKHL 1",
      ])
    #expect(matches.map(\.isValid) == [true, true, true, false, false])
    #expect(matches[3].error == .beforeCourt(court: "UKSC", firstYear: 2009))
    #expect(matches[4].error == .unknownCourt)
    for match in matches {
      let range = try #require(match.range(in: text))
      #expect(String(text[range]) == match.text)
      let bytes = Array(text.utf8)[match.utf8Range]
      #expect(String(decoding: bytes, as: UTF8.self) == match.text)
    }
    // The first citation's offsets, counted by hand: "In Re B " is 8 bytes.
    #expect(matches[0].utf8Range == 8..<22)
  }

  @Test(
    "text with no neutral citation gives no matches",
    arguments: [
      "", "No citations here.", "[2013] 2 FLR 1075", "[2014] Fam 1", "[2002] QB 1",
      "see [1] and [2]", "[", "[2013]", "[2013] ", "[[[[", "]]]] [2013 UKSC 1",
    ])
  func scansNothing(_ text: String) {
    #expect(NeutralCitation.matches(in: text).isEmpty)
  }

  @Test("citations split across lines, at the very start and end, and next to unicode")
  func scansEdges() {
    let text = "[2013] UKSC 33\u{301}é[2015]\nEWCA\nCiv 27"
    let matches = NeutralCitation.matches(in: text)
    #expect(matches.count == 2)
    #expect(matches.last?.citation?.description == "[2015] EWCA Civ 27")
    #expect(matches.last?.utf8Range.upperBound == text.utf8.count)
  }

  @Test(
    "never crashes on garbage, unicode or huge input",
    arguments: [
      String(repeating: "[", count: 10_000),
      String(repeating: "[2013] ", count: 2_000),
      String(repeating: "[2013] UKSC ", count: 2_000) + "9",
      String(repeating: "[9999999999] EWHC 999999999999999999999 (", count: 500),
      "[2013] EWHC " + String(repeating: "9", count: 5_000) + " (Fam)",
      "[2013]\u{A0}\u{C2}UKSC\u{0} 1 [\u{1F600}] UKSC 1 [２０１３] UKSC 1 [2013] ＵＫＳＣ 1",
      String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }, as: UTF8.self),
      "[2013] EWCA Civ\u{C2}",
      "[2013] EWHC 1 (Fam",
      "[2013] EWHC 1 (",
    ])
  func neverCrashes(_ text: String) {
    let matches = NeutralCitation.matches(in: text)
    for match in matches {
      #expect(match.utf8Range.upperBound <= text.utf8.count)
      #expect(match.range(in: text) != nil)
    }
    _ = try? NeutralCitation(text)
  }

  @Test("a long document is scanned in one pass")
  func scansLargeText() {
    let paragraph = "Re B [2013] UKSC 33 applied; see also [2010] EWFC 3. "
    let text = String(repeating: paragraph, count: 20_000)
    let matches = NeutralCitation.matches(in: text)
    #expect(matches.count == 40_000)
    #expect(matches.filter(\.isValid).count == 20_000)
  }
}
