import Foundation
import PracticeKit
import PracticeTestSupport
import Testing

@Suite("Annex A lists as caseload input")
struct AnnexATests {
  static let referrals = """
    Child Unique ID,Gender,Date of Birth,Date of referral,Referral NFA?,Allocated Team,Allocated Worker
    C1,a) Male,01/02/2015,01/12/2025,b) No,Team A,W1
    C2,b) Female,01/02/2016,2025-10-01,b) No,Team A,W2
    C7,b) Female,01/02/2016,,b) No,Team A,W2
    """

  static let enquiries = """
    Child Unique ID,Strategy discussion initiating Section 47 Enquiry Start Date,Date of Initial Child Protection Conference,Allocated Team,Allocated Worker
    C3,01/12/2025,,Team B,W3
    C8,03/11/2025,24/11/2025,Team B,W3
    """

  static let protection = """
    Child Unique ID,Child Protection Plan Start Date,Date of the Last Statutory Visit,Date of latest review conference,Child Protection Plan End Date,Allocated Team,Allocated Worker
    C9,01/06/2025,10/12/2025,01/09/2025,,Team C,W6
    """

  static let lookedAfter = """
    Child Unique ID,Date Started to be Looked After,Date of Latest Statutory Review,Date of Last Social Work Visit,Date Ceased to be Looked After,Allocated Team,Allocated Worker
    C4,01/01/2023,15/07/2025,01/11/2025,,Team B,W4
    C5,01/11/2025,,,,Team B,W4
    C6,01/09/2025,25/09/2025,,,Team B,W5
    """

  static func write(_ text: String, name: String = "list.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("practicekit-annexa-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func day(_ text: String) throws -> CalendarDay { try CaseloadFile.day(text) }

  @Test("each list is recognised by its header and its dated columns become events")
  func mapping() throws {
    let read = { (text: String) throws -> CaseloadFile.Contents in
      try CaseloadFile.read(contentsOfFile: try Self.write(text))
    }
    let referrals = try read(Self.referrals)
    #expect(referrals.annexALists == [.referrals])
    // C7's empty date is no event; ISO and DD/MM/YYYY dates both read.
    #expect(referrals.events.map(\.child) == ["C1", "C2"])
    #expect(referrals.events.map(\.event) == [.referral, .referral])
    #expect(referrals.events[1].date == (try Self.day("2025-10-01")))
    #expect(referrals.events[0].team == "Team A" && referrals.events[0].worker == "W1")

    let enquiries = try read(Self.enquiries)
    #expect(enquiries.annexALists == [.section47Enquiries])
    #expect(
      enquiries.events.map { "\($0.child) \($0.event.rawValue) \($0.detail ?? "-")" } == [
        "C3 strategy-discussion s47", "C8 strategy-discussion s47", "C8 initial-conference -",
      ])

    let protection = try read(Self.protection)
    #expect(protection.annexALists == [.childProtection])
    #expect(protection.events.map(\.event) == [.cpPlanStart, .cpReview, .visit])

    let lookedAfter = try read(Self.lookedAfter)
    #expect(lookedAfter.annexALists == [.lookedAfter])
    #expect(
      lookedAfter.events.filter { $0.child == "C6" }.map(\.event) == [
        .lookedAfterStart, .lookedAfterReview,
      ])
  }

  @Test("headers match without regard to case and spaces; lists 1, 2 and 6 read with no events")
  func recognition() throws {
    #expect(
      AnnexAList(header: ["child unique ID ", "DATE  OF REFERRAL", "Allocated Team"])
        == .referrals)
    #expect(AnnexAList(header: ["Child Unique ID", "Date of Contact"]) == .contacts)
    #expect(
      AnnexAList(header: [
        "Child Unique ID", "Assessment start date", "Organisation completing assessment",
      ]) == .earlyHelpAssessments)
    #expect(AnnexAList(header: ["Date of referral"]) == nil)
    #expect(AnnexAList(header: ["Child Unique ID", "Eligibility Category"]) == .careLeavers)
    #expect(
      AnnexAList(header: [
        "Child Unique ID", "Date of Decision that Child Should be Placed for Adoption",
      ]) == .adoption)
    // List 11 is about adopters: no child column.
    #expect(
      AnnexAList(header: ["Individual adopter identifier", "Date enquiry received"]) == .adopters)
    #expect(AnnexAList(header: ["Child Unique ID", "Date enquiry received"]) == nil)
    for (header, list) in [
      ("Child Unique ID,Date of Contact", AnnexAList.contacts),
      ("Child Unique ID,CIN Start Date,Allocated Team,Allocated Worker", .childrenInNeed),
    ] {
      let contents = try CaseloadFile.read(
        contentsOfFile: try Self.write(
          header + "\nC1,01/01/2025" + (list == .contacts ? "" : ",T,W")))
      #expect(contents.annexALists == [list])
      #expect(contents.events.isEmpty)
      #expect(AnnexAList.notes(for: [list]).contains { $0.contains("gives no events") })
    }
  }

  @Test("a header neither form knows is an error that repeats no unknown name")
  func unrecognised() throws {
    let path = try Self.write("Jane Smith,01/02/2015,Child Unique ID\nx,y,z\n")
    #expect {
      try CaseloadFile.read(contentsOfFile: path)
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix(path + ", line 1: ") && text.contains("3 columns")
        && text.contains("those this reader knows: 'Child Unique ID'")
        && text.contains("List 8: 'Child Unique ID', 'Date Started to be Looked After'")
        && !text.contains("Jane") && !text.contains("2015")
    }
  }

  @Test("title rows above a list's header, as a sheet saved as CSV keeps them, are skipped")
  func titleRows() throws {
    let titled =
      "Annex A List 8: children looked after\n,,Local authority: Anytown,,\n\nRun on 19/12/2025\n"
      + Self.lookedAfter
    let plain = try CaseloadFile.read(contentsOfFile: try Self.write(Self.lookedAfter))
    let read = try CaseloadFile.read(contentsOfFile: try Self.write(titled))
    #expect(read.events == plain.events && !read.events.isEmpty)
    #expect(read.annexALists == [.lookedAfter])
    #expect(try CaseloadFile.events(csvText: titled) == plain.events)
    // A bad date is located on its physical line, after the title rows.
    let bad = titled.replacing("01/11/2025,,,,Team B", with: "31/02/2025,,,,Team B")
    #expect {
      try CaseloadFile.read(contentsOfFile: try Self.write(bad))
    } throws: { "\($0)".contains("line 7, column 2 (Date Started to be Looked After)") }
    // A header below the first 10 rows is not looked for: the first row is reported.
    let deep = String(repeating: "title\n", count: AnnexAList.headerSearchRows) + Self.lookedAfter
    #expect {
      try CaseloadFile.read(contentsOfFile: try Self.write(deep))
    } throws: { "\($0)".contains(", line 1: ") && "\($0)".contains("1 column") }
    // A caseload file still needs all its columns: one missing is named, at line 1.
    #expect {
      try CaseloadFile.events(csvText: "child,worker,event,date\nC1,W,referral,2025-01-01\n")
    } throws: { "\($0)".contains("line 1") && "\($0)".contains("team") }
  }

  @Test("a date that cannot be read is located by line and column name, never its value")
  func invalidDate() throws {
    let path = try Self.write(
      "Child Unique ID,Date of referral,Allocated Team,Allocated Worker\nC1,31/02/2025,T,W\n")
    #expect {
      try CaseloadFile.read(contentsOfFile: path)
    } throws: { error in
      let text = "\(error)"
      return text.contains("line 2, column 2 (Date of referral)") && !text.contains("31/02")
    }
  }

  @Test(
    "the latest looked-after review is a later review only after 20 working days and 3 months",
    arguments: [
      // Start Wed 1 Jan 2025: the 20th working day after is Wed 29 January; 3 months on is
      // Tue 29 April. A latest review on 29 April is the first (next due 29 July); on 30 April
      // a later one (next due 30 October).
      ("29/04/2025", "2025-07-29"),
      ("30/04/2025", "2025-10-30"),
    ])
  func assumedEarlierReview(latest: String, next: String) throws {
    let text = """
      Child Unique ID,Date Started to be Looked After,Date of Latest Statutory Review,Allocated Team,Allocated Worker
      C1,01/01/2025,\(latest),T,W
      """
    let events = try CaseloadFile.read(contentsOfFile: try Self.write(text)).events
    let due = try Caseload(events: events).due(asOf: try Self.day(next), within: 0)
    #expect(due.items.map(\.measure) == [.lookedAfterReview])
    #expect(due.items.first?.due == (try Self.day(next)))
    #expect(due.items.first?.status == .dueSoon)
  }

  @Test(
    "List 8's most recent placement start measures visits from the last visit",
    arguments: [("", nil), ("01/10/2025", "2025-12-13")])
  func visitsFromPlacement(placement: String, due: String?) throws {
    // A visit on Sat 1 November 2025 is next due 6 weeks on, Sat 13 December.
    let text = """
      Child Unique ID,Date Started to be Looked After,Start Date of Most Recent Placement,Date of Last Social Work Visit,Allocated Team,Allocated Worker
      C1,01/01/2023,\(placement),01/11/2025,T,W
      """
    let events = try CaseloadFile.read(contentsOfFile: try Self.write(text)).events
    #expect(events.contains { $0.event == .placementStart } == !placement.isEmpty)
    let visits = try Caseload(events: events).due(asOf: try Self.day("2025-12-19")).items
      .filter { $0.measure == .visit }
    #expect(visits.map(\.due.description) == (due.map { [$0] } ?? []))
    #expect(visits.allSatisfy { $0.status == .overdue })
  }

  @Test("the lists give the same items as the same events written as a caseload file")
  func sameAsCaseload() throws {
    var annex: [CaseloadEvent] = []
    for text in [Self.referrals, Self.enquiries, Self.protection, Self.lookedAfter] {
      annex += try CaseloadFile.read(contentsOfFile: try Self.write(text)).events
    }
    let caseload = """
      child,worker,team,event,date,detail
      C1,W1,Team A,referral,2025-12-01,
      C2,W2,Team A,referral,2025-10-01,
      C3,W3,Team B,strategy-discussion,2025-12-01,s47
      C8,W3,Team B,strategy-discussion,2025-11-03,s47
      C8,W3,Team B,initial-conference,2025-11-24,
      C9,W6,Team C,cp-plan-start,2025-06-01,
      C9,W6,Team C,visit,2025-12-10,
      C9,W6,Team C,cp-review,2025-09-01,
      C4,W4,Team B,looked-after-start,2023-01-01,
      C4,W4,Team B,looked-after-review,2025-04-15,
      C4,W4,Team B,looked-after-review,2025-07-15,
      C4,W4,Team B,visit,2025-11-01,
      C5,W4,Team B,looked-after-start,2025-11-01,
      C6,W5,Team B,looked-after-start,2025-09-01,
      C6,W5,Team B,looked-after-review,2025-09-25,
      """
    let asOf = try Self.day("2025-12-19")
    let fromAnnex = try Caseload(events: annex).due(asOf: asOf)
    let fromFile = try Caseload(events: try CaseloadFile.events(csvText: caseload)).due(
      asOf: asOf)
    #expect(fromAnnex.items == fromFile.items)
    #expect(
      fromAnnex.items.map { "\($0.child) \($0.measure) \($0.due) \($0.status.rawValue)" } == [
        "C2 assessment 2025-12-03 overdue",
        "C3 initial-conference 2025-12-22 due-soon",
        "C5 looked-after-review 2025-11-28 overdue",
        "C6 looked-after-review 2025-12-25 due-soon",
      ])
  }

  @Test("notes say what Annex A cannot, in every format but CSV")
  func notes() throws {
    let notes = AnnexAList.notes(for: [.lookedAfter, .assessments])
    #expect(
      notes.first
        == "Read from Ofsted's Annex A: Lists 4 and 8.")
    #expect(notes.contains { $0.contains("every 6 weeks after the last visit") })
    #expect(notes.contains { $0.contains("List 3), which was not given") })
    #expect(AnnexAList.notes(for: []).isEmpty)
    var due = try Caseload(events: try CaseloadFile.events(csvText: Self.lookedAfter)).due(
      asOf: try Self.day("2025-12-19"))
    due.notes = notes
    for format in [CaseloadDue.Format.text, .markdown, .html, .json] {
      #expect(due.rendered(as: format).contains("every 6 weeks after the last visit"), "\(format)")
    }
  }

  @Test("the lists and the conventions carry their sources: Ofsted, liia-tools, reg 33, reg 28")
  func provenance() {
    #expect(AnnexAList.provenance.verification == .secondary)
    #expect(AnnexAList.provenance.sources.map(\.publisher) == ["Ofsted", "Social Finance"])
    #expect(AnnexAList.provenance.sources.allSatisfy { !($0.locator ?? "").isEmpty })
    let reviews = AnnexAList.reviewConvention.provenance
    #expect(reviews.sources.contains { $0.locator == "reg 33(1)–(2)" })
    #expect(reviews.sources.contains { $0.publisher == "Ofsted" })
    // Reg 33 is verified, the column names secondary: the convention is as weak as the weaker.
    #expect(StatutoryTimescales.lookedAfterReviews.provenance.verification == .verified)
    #expect(reviews.verification == .secondary)
    let visits = AnnexAList.visitConvention.provenance
    #expect(visits.sources.contains { $0.locator?.hasPrefix("reg 28") == true })
    #expect(Set(visits.sources).count == visits.sources.count)
    // The notes for List 8 are the conventions' statements, word for word.
    let notes = AnnexAList.notes(for: [.lookedAfter])
    for fact in AnnexAList.conventions { #expect(notes.contains(fact.statement), "\(fact.id)") }
  }
}

@Suite("Annex A workbooks (.xlsx)")
struct AnnexAWorkbookTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func events(_ path: String) throws -> [String] {
    try CaseloadFile.read(contentsOfFile: path).events.map {
      "\($0.child) \($0.team ?? "-") \($0.worker ?? "-") \($0.event.rawValue) \($0.date)"
    }
  }

  /// A workbook of stored parts: the sheets' XML as given.
  static func workbook(
    sheets: [(name: String, xml: String)], shared: String? = nil, date1904: Bool = false
  ) throws -> String {
    var parts: [(String, [UInt8])] = [
      (
        "xl/workbook.xml",
        Array(
          ("<workbook xmlns:r=\"rel\"><workbookPr date1904=\"\(date1904 ? 1 : 0)\"/><sheets>"
            + sheets.enumerated().map {
              "<sheet name=\"\($1.name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>"
            }.joined() + "</sheets></workbook>").utf8)
      ),
      (
        "xl/_rels/workbook.xml.rels",
        Array(
          ("<Relationships>"
            + sheets.indices.map {
              "<Relationship Id=\"rId\($0 + 1)\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
            }.joined() + "</Relationships>").utf8)
      ),
    ]
    for (index, sheet) in sheets.enumerated() {
      parts.append(
        (
          "xl/worksheets/sheet\(index + 1).xml",
          Array("<worksheet><sheetData>\(sheet.xml)</sheetData></worksheet>".utf8)
        ))
    }
    if let shared { parts.append(("xl/sharedStrings.xml", Array(shared.utf8))) }
    let path = try AnnexATests.write("", name: "book.xlsx")
    try Data(TestZip.archive(parts)).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("a workbook written by openpyxl reads to the same events as its lists as CSV")
  func openpyxl() throws {
    // Made with openpyxl while developing: inline strings, dates as serial numbers with a date
    // format and one as text, a child id stored as a number, a title row above List 8's
    // header, a sheet that is no list. The CSV below is the same data as the lists' CSV.
    let path = Self.fixtures.appendingPathComponent("annex-a-openpyxl.xlsx").path
    let contents = try CaseloadFile.read(contentsOfFile: path)
    #expect(contents.annexALists == [.referrals, .lookedAfter])
    #expect(contents.skippedSheets == ["Guidance"])
    let list3 = try AnnexATests.write(
      """
      Child Unique ID,Gender,Date of Referral,Allocated Team,Allocated Worker
      6537810,a) Male,01/12/2025,Team A,W1
      C2,b) Female,01/10/2025,Team A,W2
      C7,b) Female,,Team A,W2
      """)
    let list8 = try AnnexATests.write(
      """
      Child Unique ID,Date Started to be Looked After,Start Date of Most Recent Placement,Date of Latest Statutory Review,Date of Last Social Work Visit,Allocated Team,Allocated Worker
      C4,01/01/2023,01/10/2025,15/07/2025,01/11/2025,Team B,W4
      C5,01/11/2025,,,,Team B,W4
      """)
    #expect(try Self.events(path) == (try Self.events(list3)) + (try Self.events(list8)))
    #expect(
      try Self.events(path).prefix(2) == [
        "6537810 Team A W1 referral 2025-12-01", "C2 Team A W2 referral 2025-10-01",
      ])
  }

  @Test("shared strings with rich-text runs, ISO date cells, the 1904 date system")
  func sharedStrings() throws {
    let shared = """
      <sst><si><t>Child Unique ID</t></si><si><r><t>Date of </t></r><r><t>referral</t></r>\
      <rPh><t>phonetic</t></rPh></si><si><t>C1</t></si></sst>
      """
    let xml = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
      <row r="3"><c t="s"><v>2</v></c><c><v>45658</v></c></row>\
      <row r="4"><c r="A4" t="inlineStr"><is><t>C2</t></is></c><c r="B4" t="d"><v>2025-02-03T00:00:00</v></c></row>
      """
    let path = try Self.workbook(sheets: [("List 3", xml)], shared: shared)
    #expect(
      try Self.events(path) == ["C1 - - referral 2025-01-01", "C2 - - referral 2025-02-03"])
    // 45658 in the 1904 system is 1462 days later.
    let later = try Self.workbook(sheets: [("List 3", xml)], shared: shared, date1904: true)
    #expect(try Self.events(later).first == "C1 - - referral 2029-01-02")
  }

  @Test(
    "serial days: the 1900 system's phantom 29 February and its neighbours",
    arguments: [
      ("1", "1900-01-01"), ("59", "1900-02-28"), ("60", nil), ("61", "1900-03-01"),
      ("25569", "1970-01-01"), ("45658.75", "2025-01-01"), ("0", nil), ("-3", nil), ("x", nil),
    ])
  func serials(text: String, day: String?) throws {
    let path = try Self.workbook(sheets: [
      (
        "List 3",
        "<row r=\"1\"><c t=\"inlineStr\"><is><t>Child Unique ID</t></is></c>"
          + "<c t=\"inlineStr\"><is><t>Date of referral</t></is></c></row>"
          + "<row r=\"2\"><c t=\"inlineStr\"><is><t>C1</t></is></c><c><v>\(text)</v></c></row>"
      )
    ])
    if let day {
      #expect(try Self.events(path) == ["C1 - - referral \(day)"])
    } else {
      #expect(throws: CaseloadReadError.self) { try CaseloadFile.read(contentsOfFile: path) }
    }
  }

  @Test("a bad cell is located by sheet, row and column, never its value; junk is refused")
  func errors() throws {
    let header =
      "<row r=\"1\"><c t=\"inlineStr\"><is><t>Child Unique ID</t></is></c>"
      + "<c t=\"inlineStr\"><is><t>Date of referral</t></is></c></row>"
    let bad = try Self.workbook(sheets: [
      (
        "List 3",
        header
          + "<row r=\"7\"><c t=\"inlineStr\"><is><t>C1</t></is></c><c t=\"inlineStr\"><is><t>SECRET-31/02/2025</t></is></c></row>"
      )
    ])
    #expect {
      try CaseloadFile.read(contentsOfFile: bad)
    } throws: { error in
      let text = "\(error)"
      return text.contains("sheet List 3, row 7, column B, Date of referral")
        && !text.contains("SECRET")
    }
    let missing = try Self.workbook(sheets: [
      ("List 3", header + "<row r=\"2\"><c t=\"s\"><v>9</v></c></row>")
    ])
    #expect {
      try CaseloadFile.read(contentsOfFile: missing)
    } throws: { "\($0)".contains("shared string that does not exist") }
    let notZip = try AnnexATests.write("Child Unique ID,Date of referral\n", name: "list.xlsx")
    #expect {
      try CaseloadFile.read(contentsOfFile: notZip)
    } throws: { "\($0)".contains("not a ZIP archive") }
    let noList = try Self.workbook(sheets: [("Notes", "<row r=\"1\"><c><v>1</v></c></row>")])
    #expect {
      try CaseloadFile.read(contentsOfFile: noList)
    } throws: { "\($0)".contains("no events") }
  }

  @Test("a cell far to the right costs its row of empty cells: bounded, an error past the cap")
  func cellCap() throws {
    // Empty cells (a style only) cost nothing, however far right.
    let styled = (1...200).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\" s=\"1\"/></row>" }.joined()
    let header =
      "<row r=\"1\"><c t=\"inlineStr\"><is><t>Child Unique ID</t></is></c>"
      + "<c t=\"inlineStr\"><is><t>Date of referral</t></is></c></row>"
    let list =
      header + "<row r=\"201\"><c t=\"inlineStr\"><is><t>C1</t></is></c><c><v>45658</v></c></row>"
    let fine = try Self.workbook(sheets: [("Notes", styled), ("List 3", list)])
    #expect(try Self.events(fine) == ["C1 - - referral 2025-01-01"])
    // 489 rows with a value in XFD are 8,011,776 cells with those before them: refused there.
    let far = (1...489).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
    let wide = try Self.workbook(sheets: [("Wide", far), ("List 3", list)])
    #expect {
      try CaseloadFile.read(contentsOfFile: wide)
    } throws: { error in
      "\(error)".contains(
        "sheet Wide, row 489, column 16384 (XFD): the workbook cannot be read: "
          + "the sheets have more than 8000000 cells")
    }
  }

  @Test(
    "a sheet's name gives its list: List and the number, any case and spacing",
    arguments: [
      ("List 8", AnnexAList.lookedAfter), ("list8", .lookedAfter), (" LIST  3 ", .referrals),
      ("List 10 - Children with a decision or plan of adoption", .adoption),
      ("List 1a Contacts", .contacts), ("List 12", nil), ("List 0", nil), ("List 100", nil),
      ("Listing", nil), ("List", nil), ("Guidance", nil), ("My List 3", nil),
    ])
  func sheetNames(name: String, list: AnnexAList?) {
    #expect(AnnexAList(sheetName: name) == list)
  }

  @Test("a sheet named as a list must hold that list; the name settles a header two lists share")
  func namedSheets() throws {
    func row(_ number: Int, _ cells: [String]) -> String {
      "<row r=\"\(number)\">"
        + cells.map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined() + "</row>"
    }
    let list3 = row(1, ["Child Unique ID", "Date of referral"]) + row(2, ["C1", "01/12/2025"])
    // List 3's header on a sheet named List 8: an error naming the sheet and the missing column.
    let misnamed = try Self.workbook(sheets: [("List 8 - Looked after", list3)])
    #expect {
      try CaseloadFile.read(contentsOfFile: misnamed)
    } throws: { error in
      "\(error)".contains(
        "sheet List 8 - Looked after, row 1: the sheet's name makes it an Annex A list, but no "
          + "row in its first 10 is that list's header: it has no column "
          + "'Date Started to be Looked After'")
    }
    // The same sheet under another name is read by its header; an empty List 9 is skipped.
    let renamed = try Self.workbook(sheets: [("Referrals", list3), ("List 9", "")])
    let contents = try CaseloadFile.read(contentsOfFile: renamed)
    #expect(contents.annexALists == [.referrals])
    #expect(contents.skippedSheets == ["List 9"])
    // A header with both List 1's and List 3's columns is the list the sheet's name says.
    let both =
      row(1, ["Child Unique ID", "Date of Contact", "Date of referral"])
      + row(2, ["C1", "01/11/2025", "01/12/2025"])
    let named = try Self.workbook(sheets: [("List 1", both), ("List 3", both)])
    let read = try CaseloadFile.read(contentsOfFile: named)
    #expect(read.annexALists == [.contacts, .referrals])
    #expect(try Self.events(named) == ["C1 - - referral 2025-12-01"])
  }
}
