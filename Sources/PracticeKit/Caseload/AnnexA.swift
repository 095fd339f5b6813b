/// One of the lists of Ofsted's Annex A: the workbook of child-level lists a local authority
/// prepares for an inspection of its children's services (ILACS), read to find what is due,
/// from the `.xlsx` workbook itself (``CaseloadFile/contents(xlsx:)``) or from its lists saved
/// as CSV, one file per list.
///
/// A list is recognised by its header: a `Child Unique ID` column and the list's own dated
/// columns, matched without regard to case or runs of spaces. The columns are those of the
/// Annex A template as the Social Finance `liia-tools` Annex A schema records them (the column
/// names are Ofsted's; the template itself was not read): see ``provenance``.
///
/// | List | Dated columns read | Caseload event |
/// |---|---|---|
/// | 3 Referrals | Date of referral | `referral` |
/// | 4 Assessments | Continuous Assessment Date of Authorisation | `assessment-authorised` |
/// | 5 Section 47 enquiries | Strategy discussion initiating Section 47 Enquiry Start Date | `strategy-discussion` (detail `s47`) |
/// | | Date of Initial Child Protection Conference | `initial-conference` |
/// | 7 Child protection | Child Protection Plan Start Date | `cp-plan-start` |
/// | | Date of latest review conference | `cp-review` |
/// | | Date of the Last Statutory Visit | `visit` |
/// | | Child Protection Plan End Date | `cp-plan-end` |
/// | 8 Looked after | Date Started to be Looked After | `looked-after-start` |
/// | | Start Date of Most Recent Placement (where given) | `placement-start` |
/// | | Date of Latest Statutory Review | `looked-after-review` (see below) |
/// | | Date of Last Social Work Visit | `visit` |
/// | | Date Ceased to be Looked After | `looked-after-end` |
///
/// Lists 1 (contacts), 2 (early help assessments), 6 (children in need), 9 (care leavers), 10
/// (adoption) and 11 (adopters, identified by `Individual adopter identifier`) are recognised and
/// read, but no timescale starts from their columns. `Allocated Team` and `Allocated Worker`
/// give each event's team and worker where the list has them. An empty date is no event.
///
/// What Annex A cannot say, and the conventions used (also given as ``notes(for:skippedSheets:)``
/// and, with their sources, as ``conventions``):
/// - It gives only the latest looked-after review, not how many there were, so whether the next
///   is due 3 or 6 months later (Care Planning Regulations 2010 reg 33) is unknown. A latest
///   review more than 20 working days and 3 months after the child started to be looked after is
///   taken as a later review (next due 6 months on): an assumed earlier review 3 months before
///   it is added. An earlier one is taken as the first (next due 3 months on).
/// - It gives only the latest visit, so visits under reg 28 are measured from the most recent
///   placement's start (where List 8 has that column) and the last visit at the 6-weekly interval
///   of reg 28(2)(c)(ii): a placement meant to last until 18 may be visited less often after its
///   first year (reg 28(2)(c)(i)), which the list does not say. Without a placement start visits
///   are not measured.
/// - Assessments are measured from the referral (List 3); an assessment in List 4 whose referral
///   is not in List 3 is not measured.
public enum AnnexAList: Int, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  /// List 1: contacts.
  case contacts = 1
  /// List 2: early help assessments.
  case earlyHelpAssessments = 2
  /// List 3: referrals.
  case referrals = 3
  /// List 4: children and family assessments.
  case assessments = 4
  /// List 5: section 47 enquiries and initial child protection conferences.
  case section47Enquiries = 5
  /// List 6: children in need.
  case childrenInNeed = 6
  /// List 7: children subject to a child protection plan.
  case childProtection = 7
  /// List 8: children looked after.
  case lookedAfter = 8
  /// List 9: care leavers.
  case careLeavers = 9
  /// List 10: children with an adoption decision or plan.
  case adoption = 10
  /// List 11: adopters.
  case adopters = 11

  /// For example "Annex A List 8 (children looked after)".
  public var description: String {
    let name =
      switch self {
      case .contacts: "contacts"
      case .earlyHelpAssessments: "early help assessments"
      case .referrals: "referrals"
      case .assessments: "assessments"
      case .section47Enquiries: "section 47 enquiries"
      case .childrenInNeed: "children in need"
      case .childProtection: "child protection"
      case .lookedAfter: "children looked after"
      case .careLeavers: "care leavers"
      case .adoption: "adoption"
      case .adopters: "adopters"
      }
    return "Annex A List \(rawValue) (\(name))"
  }

  /// The column every list has, naming the child.
  public static let childColumn = "Child Unique ID"

  /// How many rows at the top of a sheet, or of a list saved as CSV, may come before the list's
  /// header (a title, the local authority's name, a date): its header is the first of these
  /// rows that is a list's.
  public static let headerSearchRows = 10

  /// The columns that identify the list (besides ``childColumn``), as the template names them.
  public var identifyingColumns: [String] {
    switch self {
    case .contacts: ["Date of Contact"]
    case .earlyHelpAssessments: ["Assessment start date", "Organisation completing assessment"]
    case .referrals: ["Date of referral"]
    case .assessments: ["Continuous Assessment Start Date"]
    case .section47Enquiries: ["Strategy discussion initiating Section 47 Enquiry Start Date"]
    case .childrenInNeed: ["CIN Start Date"]
    case .childProtection: ["Child Protection Plan Start Date"]
    case .lookedAfter: ["Date Started to be Looked After"]
    case .careLeavers: ["Eligibility Category"]
    case .adoption: ["Date of Decision that Child Should be Placed for Adoption"]
    case .adopters: ["Date enquiry received"]
    }
  }

  /// The column naming the person each row is about: the child, or for List 11 the adopter.
  public var subjectColumn: String {
    self == .adopters ? "Individual adopter identifier" : Self.childColumn
  }

  /// The dated columns read as events, with the event each becomes.
  public var eventColumns: [(column: String, event: CaseloadEventName)] {
    switch self {
    case .contacts, .earlyHelpAssessments, .childrenInNeed, .careLeavers, .adoption, .adopters: []
    case .referrals: [("Date of referral", .referral)]
    case .assessments: [("Continuous Assessment Date of Authorisation", .assessmentAuthorised)]
    case .section47Enquiries:
      [
        ("Strategy discussion initiating Section 47 Enquiry Start Date", .strategyDiscussion),
        ("Date of Initial Child Protection Conference", .initialConference),
      ]
    case .childProtection:
      [
        ("Child Protection Plan Start Date", .cpPlanStart),
        ("Date of latest review conference", .cpReview),
        ("Date of the Last Statutory Visit", .visit),
        ("Child Protection Plan End Date", .cpPlanEnd),
      ]
    case .lookedAfter:
      [
        ("Date Started to be Looked After", .lookedAfterStart),
        ("Start Date of Most Recent Placement", .placementStart),
        ("Date of Latest Statutory Review", .lookedAfterReview),
        ("Date of Last Social Work Visit", .visit),
        ("Date Ceased to be Looked After", .lookedAfterEnd),
      ]
    }
  }

  /// The team and worker columns of lists 3 to 8.
  public static let teamColumn = "Allocated Team"
  /// The worker column of lists 3 to 8.
  public static let workerColumn = "Allocated Worker"

  /// Where the lists' column names come from, tagged secondary: the Annex A schema of Social
  /// Finance's `liia-tools` and its sample workbook (Ofsted's template itself was not read). The
  /// conventions for what Annex A cannot say are this library's, resting on the Care Planning
  /// Regulations 2010 (reg 28 and reg 33) as the timescales cite them.
  public static let provenance = Provenance(
    .secondary,
    [
      Source(
        .guidance, title: "Inspecting local authority children's services (ILACS framework)",
        locator: "Annex A: child-level lists",
        url:
          "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018",
        publisher: "Ofsted"),
      Source(
        .secondary,
        title: "liia-tools: Annex A schema and sample workbook",
        locator: "liiatools/annex_a_pipeline/spec/Annex_A_schema.yml (column_map); "
          + "liiatools/spec/annex_a/samples/Annex_A.xlsx",
        url: "https://github.com/SocialFinanceDigitalLabs/liia-tools",
        publisher: "Social Finance"),
    ],
    note: "Column names read from the liia-tools schema (lists 1 to 8) and its sample workbook "
      + "(lists 9 to 11, and List 8's 'Start Date of Most Recent Placement'); Ofsted's own "
      + "template was not read.")

  /// What this reader assumes where Annex A cannot say, each with the rule it rests on: the next
  /// looked-after review (``reviewConvention``) and visits (``visitConvention``). Their
  /// statements are the notes ``notes(for:skippedSheets:)`` gives when List 8 was read.
  public static let conventions: [Fact] = [reviewConvention, visitConvention]

  /// Which looked-after review the latest in List 8 is: Annex A gives only the latest, so
  /// whether the next is due 3 or 6 months on (Care Planning Regulations 2010 reg 33) is not
  /// knowable. A convention of this library, resting on reg 33 (verified) and on the column
  /// names (secondary).
  public static let reviewConvention = Fact(
    id: "kit.annexA.lookedAfterReviews",
    statement:
      "Annex A gives only the latest looked-after review: one more than 20 working days and 3 "
      + "months after the child started to be looked after is taken as a later review (the next "
      + "due 6 months on, Care Planning Regulations 2010 reg 33), an earlier one as the first (the "
      + "next due 3 months on).",
    provenance: convention(
      resting: [StatutoryTimescales.lookedAfterReviews],
      note: "Reg 33: the first review within 20 working days of the start, the second within 3 "
        + "months of the first, then every 6 months. Which the latest was is not in Annex A; "
        + "taking it by its distance from the start is this library's convention."))

  /// How visits are measured from List 8: Annex A gives only the latest visit and, in some
  /// editions, the most recent placement's start, not whether the placement is meant to last
  /// until 18. A convention of this library resting on the Care Planning Regulations 2010
  /// reg 28.
  public static let visitConvention = Fact(
    id: "kit.annexA.visits",
    statement:
      "Visits (reg 28) are measured from List 8's 'Start Date of Most Recent Placement' and "
      + "'Date of Last Social Work Visit', every 6 weeks after the last visit (a placement meant "
      + "to last until 18 may be visited less often after its first year; the list does not say "
      + "which); where the list has no placement start they are not measured.",
    provenance: convention(
      resting: StatutoryTimescales.carePlanning.filter { $0.target == .statutoryVisit },
      note: "Reg 28(2): the first visit within a week of the placement, then at intervals of "
        + "at most 6 weeks (the first year of a placement meant to last until 18, every 3 "
        + "months after it). Annex A says neither which placement this is nor how many visits "
        + "there were; the 6-week interval from the last visit is this library's convention."))

  /// The provenance of a convention resting on `timescales`: their sources and the lists', the
  /// weakest verification of the two.
  private static func convention(resting timescales: [Timescale], note: String) -> Provenance {
    var sources: [Source] = []
    for source in timescales.flatMap(\.provenance.sources) + provenance.sources
    where !sources.contains(source) {
      sources.append(source)
    }
    let weakest = timescales.map(\.provenance.verification).min() ?? .unverified
    return Provenance(min(weakest, provenance.verification), sources, note: note)
  }

  /// The list whose columns `names` (a header row) has, if any: the one with a child column and
  /// all of its identifying columns (the most of them when several match).
  public init?(header names: [String]) {
    guard
      let best = Self.lists(header: names).max(by: {
        $0.identifyingColumns.count < $1.identifyingColumns.count
      })
    else { return nil }
    self = best
  }

  /// The list a workbook sheet's name gives, if any: a name that begins `List` and the list's
  /// number, as the Annex A template names its sheets ("List 8", "List 8 - Children looked
  /// after", "list8"), without regard to case or spaces. "List 12" or "Listing" give none.
  public init?(sheetName name: String) {
    let words = Self.normalised(name)
    guard words.hasPrefix("list") else { return nil }
    let rest = words.dropFirst(4).drop(while: { $0 == " " })
    let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty, digits.count <= 2, let number = Int(digits),
      let list = AnnexAList(rawValue: number)
    else { return nil }
    self = list
  }

  /// The lists whose subject column and identifying columns `names` (a header row) all has.
  static func lists(header names: [String]) -> [AnnexAList] {
    let present = Set(names.map(Self.normalised))
    return Self.allCases.filter { list in
      list.headerColumns.allSatisfy { present.contains(Self.normalised($0)) }
    }
  }

  /// The columns a header must have to be this list's: ``subjectColumn`` and
  /// ``identifyingColumns``.
  public var headerColumns: [String] { [subjectColumn] + identifyingColumns }

  /// A column name as compared: lower case, runs of white space as one space, trimmed.
  static func normalised(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// What Annex A cannot say about the lists read, and the conventions used: lines for the
  /// `notes` of a ``CaseloadDue``.
  ///
  /// - Parameters:
  ///   - lists: The lists read.
  ///   - skippedSheets: The sheets of a workbook that were not lists.
  public static func notes(for lists: Set<AnnexAList>, skippedSheets: [String] = []) -> [String] {
    let skipped =
      skippedSheets.isEmpty
      ? []
      : [
        "Sheets skipped, not an Annex A list: "
          + skippedSheets.map { "'\($0.prefix(40))'" }.joined(separator: ", ") + "."
      ]
    guard !lists.isEmpty else { return skipped }
    let sorted = lists.sorted { $0.rawValue < $1.rawValue }
    func numbers(_ lists: [AnnexAList]) -> String {
      let numbers = lists.map { String($0.rawValue) }
      guard numbers.count > 1 else { return "List " + (numbers.first ?? "") }
      return "Lists " + numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
    }
    var notes = ["Read from Ofsted's Annex A: " + numbers(sorted) + "."]
    if lists.contains(.lookedAfter) {
      notes += conventions.map(\.statement)
    }
    if lists.contains(.assessments), !lists.contains(.referrals) {
      notes.append(
        "Assessments are measured from the referral (List 3), which was not given: none is "
          + "listed.")
    }
    let silent = sorted.filter(\.eventColumns.isEmpty)
    if !silent.isEmpty {
      notes.append(
        numbers(silent) + (silent.count == 1 ? " gives" : " give")
          + " no events: no timescale starts from " + (silent.count == 1 ? "its" : "their")
          + " columns.")
    }
    return notes + skipped
  }
}

/// The positions of an Annex A list's columns in one file's header.
struct AnnexAColumns {
  let list: AnnexAList
  let child: Int
  let team: Int?
  let worker: Int?
  let dated: [(position: Int, name: String, event: CaseloadEventName)]

  init(list: AnnexAList, names: [String]) {
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() {
      index[AnnexAList.normalised(name)] = index[AnnexAList.normalised(name)] ?? position
    }
    func position(_ name: String) -> Int? { index[AnnexAList.normalised(name)] }
    self.list = list
    child = position(list.subjectColumn) ?? 0
    team = position(AnnexAList.teamColumn)
    worker = position(AnnexAList.workerColumn)
    dated = list.eventColumns.compactMap { column in
      position(column.column).map { ($0, column.column, column.event) }
    }
  }

  /// The events on `record`: one per filled dated column, with the row's team and worker.
  func events(_ record: CSVRecord) throws(CaseloadReadError) -> [CaseloadEvent] {
    try events(line: record.line) { record[$0] }
  }

  /// The events on the row numbered `line` whose fields `fields` gives by position: one per
  /// filled dated column, with the row's team and worker. `serialDates` reads a number in a
  /// dated column as a workbook's serial day (`date1904`: from 1904).
  func events(
    line: Int, serialDates: Bool = false, date1904: Bool = false,
    _ fields: (Int) -> String?
  ) throws(CaseloadReadError) -> [CaseloadEvent] {
    func field(_ position: Int, _ name: String) throws(CaseloadReadError) -> String {
      let text = (fields(position) ?? "").trimmed
      guard text.utf8.count <= CaseloadFile.maximumFieldLength else {
        throw fail(.fieldTooLong(limit: CaseloadFile.maximumFieldLength), position, name)
      }
      return text
    }
    func fail(_ rule: CaseloadReadError.Rule, _ position: Int, _ name: String)
      -> CaseloadReadError
    {
      CaseloadReadError(rule, line: line, column: position + 1, columnName: name)
    }
    let child = try field(self.child, list.subjectColumn)
    guard !child.isEmpty else {
      throw fail(.emptyField("child"), self.child, list.subjectColumn)
    }
    let team = try self.team.map { (position) throws(CaseloadReadError) in
      try field(position, AnnexAList.teamColumn)
    }
    let worker = try self.worker.map { (position) throws(CaseloadReadError) in
      try field(position, AnnexAList.workerColumn)
    }
    var events: [CaseloadEvent] = []
    for column in dated {
      let text = try field(column.position, column.name)
      guard !text.isEmpty else { continue }
      let day: CalendarDay
      if serialDates, let serial = AnnexAWorkbook.serialDay(text, date1904: date1904) {
        day = serial
      } else {
        do throws(CalendarDay.ParseError) {
          // A workbook's ISO date cell (type d) may carry a time: the day is what counts.
          day = try CaseloadFile.day(
            serialDates && text.count > 10 ? String(text.prefix(10)) : text)
        } catch {
          throw fail(.invalidDate(error), column.position, column.name)
        }
      }
      events.append(
        CaseloadEvent(
          child: child, worker: worker.flatMap { $0.isEmpty ? nil : $0 },
          team: team.flatMap { $0.isEmpty ? nil : $0 }, event: column.event, date: day,
          detail: column.event == .strategyDiscussion ? "s47" : nil))
    }
    return Self.assumingEarlierReview(events)
  }

  /// The events of a List 8 row, with an assumed earlier review 3 months before the latest when
  /// the latest is more than 20 working days and 3 months after the start (see ``AnnexAList``).
  static func assumingEarlierReview(_ events: [CaseloadEvent]) -> [CaseloadEvent] {
    guard let start = events.first(where: { $0.event == .lookedAfterStart }),
      let latest = events.first(where: { $0.event == .lookedAfterReview }),
      let firstDue = try? WorkingCalendar.englandAndWales.adding(workingDays: 20, to: start.date),
      latest.date > firstDue.adding(months: 3)
    else { return events }
    var assumed = latest
    assumed.date = latest.date.adding(months: -3)
    return events + [assumed]
  }
}

extension String {
  /// Without surrounding white space (a spreadsheet's cells often carry it).
  fileprivate var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
