import Foundation
import PracticeAudit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("CIN census XML reading")
struct CINXMLReaderTests {
  /// Every event of a document, or the error that stopped it.
  static func events(_ text: String, limits: XMLPullParser.Limits = .init()) -> (
    [XMLEvent], XMLSyntaxError?
  ) {
    var parser = XMLPullParser(string: text, limits: limits)
    var events: [XMLEvent] = []
    do {
      while let event = try parser.next() { events.append(event) }
      return (events, nil)
    } catch {
      return (events, error)
    }
  }

  @Test("elements, text, references, CDATA, comments, declarations and attributes")
  func wellFormed() {
    let (events, error) = Self.events(
      "\u{FEFF}<?xml version=\"1.0\"?>\n<a x='1' y=\"2\"><b>A &amp; &#x42;&#67;<![CDATA[<d>]]></b>"
        + "<!-- note --><c/></a>\n")
    #expect(error == nil)
    #expect(
      events == [
        .startElement(name: "a", location: XMLLocation(line: 2, column: 1)),
        .startElement(name: "b", location: XMLLocation(line: 2, column: 16)),
        .text("A & BC", location: XMLLocation(line: 2, column: 19)),
        .text("<d>", location: XMLLocation(line: 2, column: 38)),
        .endElement(name: "b", location: XMLLocation(line: 2, column: 53)),
        .startElement(name: "c", location: XMLLocation(line: 2, column: 70)),
        .endElement(name: "c", location: XMLLocation(line: 2, column: 70)),
        .endElement(name: "a", location: XMLLocation(line: 2, column: 74)),
      ])
  }

  @Test(
    "malformed documents are reported with line, column and rule",
    arguments: [
      ("", XMLSyntaxError.Rule.noRootElement, 1, 1),
      ("  \n ", .noRootElement, 2, 2),
      ("<a><b></a>", .mismatchedEndTag, 1, 7),
      ("<a>\n  <b>", .unexpectedEndOfDocument, 2, 6),
      ("<a></a><b/>", .multipleRootElements, 1, 8),
      ("<a></a>text", .textOutsideRootElement, 1, 8),
      ("</a>", .unexpectedEndTag, 1, 1),
      ("<a>&nbsp;</a>", .undefinedEntity, 1, 4),
      ("<a>&#0;</a>", .invalidCharacterReference, 1, 4),
      ("<a>&#xD800;</a>", .invalidCharacterReference, 1, 4),
      ("<a b=c></a>", .malformedAttribute, 1, 1),
      ("<a b='<'></a>", .malformedAttribute, 1, 1),
      ("<a><1/></a>", .malformedMarkup, 1, 4),
      ("<a><!ELEMENT a ANY></a>", .declarationRefused, 1, 4),
    ])
  func malformed(text: String, rule: XMLSyntaxError.Rule, line: Int, column: Int) {
    let (_, error) = Self.events(text)
    #expect(error == XMLSyntaxError(rule, at: XMLLocation(line: line, column: column)))
  }

  @Test("bytes that are not UTF-8 are reported where their text starts")
  func invalidUTF8() {
    var parser = XMLPullParser(bytes: Array("<a>\n ".utf8) + [0xFF] + Array("</a>".utf8))
    #expect(throws: XMLSyntaxError(.invalidUTF8, at: XMLLocation(line: 1, column: 4))) {
      while try parser.next() != nil {}
    }
  }

  @Test(
    "control characters XML 1.0 forbids are refused where they are, as bytes or references",
    arguments: [
      ("<a>x\u{01}y</a>", 1, 5),
      ("<a>\n\u{00}</a>", 2, 1),
      ("<a>\u{1F}</a>", 1, 4),
      ("<a b='\u{0B}'></a>", 1, 7),
      ("<a><!-- \u{0C} --></a>", 1, 9),
      ("<a>&#1;</a>", 1, 4),
      ("<a>&#x1F;</a>", 1, 4),
      ("<a>&#xFFFE;</a>", 1, 4),
      ("<a>\u{FFFF}</a>", 1, 4),
    ])
  func forbiddenCharacters(text: String, line: Int, column: Int) {
    let (_, error) = Self.events(text)
    #expect(
      error == XMLSyntaxError(.forbiddenCharacter, at: XMLLocation(line: line, column: column)))
  }

  @Test("tab, line feed, carriage return and the characters around the forbidden ones are read")
  func allowedCharacters() throws {
    let (events, error) = Self.events("<a>\t1\r\n2 \u{7F}\u{FFFD}&#x9;&#xA;&#x20;&#xFFFD;</a>")
    #expect(error == nil)
    #expect(events.count == 3)
  }

  @Test("a billion-laughs document is refused at its declaration, never expanded")
  func billionLaughs() throws {
    var reader = try CINCensusReader(contentsOfFile: CINTestSupport.fixture("billion-laughs.xml"))
    #expect(throws: XMLSyntaxError(.declarationRefused, at: XMLLocation(line: 2, column: 1))) {
      _ = try CINTestSupport.readAll(&reader)
    }
    // After an error the reader is finished.
    #expect(try reader.next() == nil)
  }

  @Test("nesting depth and token length are bounded")
  func limits() {
    let deep = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
    let (_, depthError) = Self.events(deep, limits: .init(maximumDepth: 10))
    #expect(depthError?.rule == .nestingTooDeep(limit: 10))
    #expect(depthError?.location == XMLLocation(line: 1, column: 31))
    let long = "<a>" + String(repeating: "x", count: 200) + "</a>"
    let (_, textError) = Self.events(long, limits: .init(maximumTextLength: 100))
    #expect(textError?.rule == .tokenTooLong(limit: 100))
    let (_, nameError) = Self.events(
      "<" + String(repeating: "n", count: 50) + "/>", limits: .init(maximumNameLength: 20))
    #expect(nameError?.rule == .tokenTooLong(limit: 20))
  }

  @Test("errors never contain the document's text")
  func noValuesInErrors() {
    for text in ["<a>SECRET&bad;</a>", "<SECRET></a>", "<a SECRET=1/>", "<a>SECRET"] {
      let (_, error) = Self.events(text)
      let description = error?.description ?? ""
      #expect(!description.isEmpty)
      #expect(!description.contains("SECRET"))
    }
  }

  @Test("streaming a file in tiny chunks gives the same children as reading it whole")
  func chunks() throws {
    let path = CINTestSupport.fixture("census-2024.xml")
    var whole = try CINCensusReader(contentsOfFile: path)
    var tiny = CINCensusReader(parser: try XMLPullParser(contentsOfFile: path, chunkSize: 16))
    let expected = try CINTestSupport.readAll(&whole)
    #expect(try CINTestSupport.readAll(&tiny) == expected)
    #expect(tiny.dataQuality == whole.dataQuality)
    #expect(expected.map(\.id) == ["C1", "C2", "C3", "C4", "C5", "#6"])
    #expect(whole.header.referenceDate == CalendarDay(2025, 3, 31))
    #expect(whole.header.year == 2024)
  }

  @Test(
    "names and text read in place give the same events and places at every chunk boundary",
    arguments: [
      "<Root>\n  <LongElementName_1.x attr='v&amp;w'>text &lt; more\r\n text</LongElementName_1.x>"
        + "\n  <B>caf\u{E9} \u{1F600}</B><C/><!-- c --><LongElementName_1.x>2</LongElementName_1.x>"
        + "</Root>\n",
      "<a>\u{1}</a>", "<a><b></a></b>",
      "<abcdefghijklmnopqrstuvwxyz0123456789>x</abcdefghijklmnopqrstuvwxyz012345678>",
    ])
  func chunkBoundaries(text: String) throws {
    let (expected, expectedError) = Self.events(text)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practicekit-xml-chunks-\(UUID().uuidString).xml").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    for chunkSize in 16...48 {
      var parser = try XMLPullParser(contentsOfFile: path, chunkSize: chunkSize)
      var events: [XMLEvent] = []
      var failure: XMLSyntaxError?
      do throws(XMLSyntaxError) {
        while let event = try parser.next() { events.append(event) }
      } catch {
        failure = error
      }
      #expect(events == expected, "chunk size \(chunkSize)")
      #expect(failure == expectedError, "chunk size \(chunkSize)")
    }
  }

  @Test("a missing file is reported without a crash")
  func missingFile() {
    #expect(
      throws: XMLSyntaxError(.cannotOpenFile(errno: ENOENT), at: XMLLocation(line: 1, column: 1))
    ) {
      _ = try CINCensusReader(contentsOfFile: "/nonexistent/census.xml")
    }
  }

  @Test("header-only and empty-children documents read no child; required dates are reported")
  func headerOnlyAndMissingDates() throws {
    var headerOnly = CINCensusReader(
      string: "<Message><Header><CollectionDetails><ReferenceDate>2025-03-31</ReferenceDate>"
        + "</CollectionDetails></Header></Message>")
    #expect(try CINTestSupport.readAll(&headerOnly).isEmpty)
    #expect(headerOnly.header.referenceDate == CalendarDay(2025, 3, 31))
    var missing = CINCensusReader(
      string: """
        <Message><Children><Child><ChildIdentifiers><LAchildID>X</LAchildID></ChildIdentifiers>
        <CINdetails><CINreferralDate/><Section47/><ChildProtectionPlans/></CINdetails>
        </Child></Children></Message>
        """)
    let children = try CINTestSupport.readAll(&missing)
    #expect(children.count == 1)
    #expect(children.first?.referrals.first?.enquiries.count == 1)
    #expect(missing.dataQuality.counts[.missingDate] == 3)
    #expect(
      missing.dataQuality.findings.map(\.element) == [
        "CINdetails/CINreferralDate", "Section47/S47ActualStartDate",
        "ChildProtectionPlans/CPPstartDate",
      ])
  }

  @Test("identifiers keep non-ASCII characters; surrounding white space is cut")
  func identifiers() throws {
    var reader = CINCensusReader(
      string: "<Message><Children><Child><ChildIdentifiers><LAchildID>\n  Zoë-Å1 \t</LAchildID>"
        + "</ChildIdentifiers></Child></Children></Message>")
    #expect(try CINTestSupport.readAll(&reader).map(\.id) == ["Zoë-Å1"])
  }
}
