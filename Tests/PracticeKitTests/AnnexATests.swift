import Foundation
import PracticeKit
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
    #expect(referrals.annexAList == .referrals)
    // C7's empty date is no event; ISO and DD/MM/YYYY dates both read.
    #expect(referrals.events.map(\.child) == ["C1", "C2"])
    #expect(referrals.events.map(\.event) == [.referral, .referral])
    #expect(referrals.events[1].date == (try Self.day("2025-10-01")))
    #expect(referrals.events[0].team == "Team A" && referrals.events[0].worker == "W1")

    let enquiries = try read(Self.enquiries)
    #expect(enquiries.annexAList == .section47Enquiries)
    #expect(
      enquiries.events.map { "\($0.child) \($0.event.rawValue) \($0.detail ?? "-")" } == [
        "C3 strategy-discussion s47", "C8 strategy-discussion s47", "C8 initial-conference -",
      ])

    let protection = try read(Self.protection)
    #expect(protection.annexAList == .childProtection)
    #expect(protection.events.map(\.event) == [.cpPlanStart, .cpReview, .visit])

    let lookedAfter = try read(Self.lookedAfter)
    #expect(lookedAfter.annexAList == .lookedAfter)
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
      #expect(contents.annexAList == list)
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
      return text.contains("line 1") && text.contains("3 columns")
        && text.contains("'Child Unique ID'") && !text.contains("Jane") && !text.contains("2015")
    }
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
}
