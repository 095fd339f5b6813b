/// A form a caseload can be read from.
public enum CaseloadFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// The caseload event CSV: a header row with at least `child,worker,team,event,date`, and
  /// `detail` when any event needs one; dates in `YYYY-MM-DD` or `DD/MM/YYYY`.
  case csv
  /// The JSON form: `{"schemaVersion": 1, "events": [{"child": …, "event": …, "date": …}]}`
  /// (``CaseloadDocument``).
  case json
  /// An Annex A workbook (`.xlsx`): every sheet that is an Annex A list (``AnnexAList``).
  case xlsx

  /// The form a file's name says, if it says one (`.csv`, `.json`, `.xlsx`, any case).
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".csv") {
      self = .csv
    } else if lower.hasSuffix(".json") {
      self = .json
    } else if lower.hasSuffix(".xlsx") {
      self = .xlsx
    } else {
      return nil
    }
  }
}

/// Reading caseload files: the one place a file becomes caseload events, whatever its form.
public enum CaseloadFile {
  /// The most bytes a caseload JSON file may have (1 GiB); a CSV file is streamed within the CSV
  /// reader's field and record caps.
  public static let maximumFileSize = 1 << 30
  /// The most events a file may hold.
  public static let maximumEvents = 20_000_000
  /// The most bytes in one field.
  public static let maximumFieldLength = 256

  /// The columns the CSV form requires (`detail` is optional).
  public static let requiredColumns = ["child", "worker", "team", "event", "date"]

  /// What one caseload file held.
  public struct Contents: Sendable, Hashable {
    /// The events read.
    public var events: [CaseloadEvent]
    /// The Annex A lists read (``AnnexAList``): one for a list saved as CSV, each list sheet of
    /// a workbook; empty for a caseload event file.
    public var annexALists: [AnnexAList]
    /// The sheets of a workbook that are not an Annex A list, by name: skipped.
    public var skippedSheets: [String]

    /// Creates contents.
    public init(
      events: [CaseloadEvent], annexALists: [AnnexAList] = [], skippedSheets: [String] = []
    ) {
      self.events = events
      self.annexALists = annexALists
      self.skippedSheets = skippedSheets
    }
  }

  /// Reads the events of the file at `path`.
  ///
  /// - Parameters:
  ///   - path: a regular file.
  ///   - format: the file's form; `nil` to take it from the file's name.
  /// - Throws: ``CaseloadReadError`` naming the file and the line and column of the first
  ///   problem (never a value).
  public static func events(contentsOfFile path: String, format: CaseloadFormat? = nil)
    throws(CaseloadReadError) -> [CaseloadEvent]
  {
    try read(contentsOfFile: path, format: format).events
  }

  /// Reads the file at `path`: a caseload event CSV, one of Ofsted's Annex A lists as CSV
  /// (recognised by its header, see ``AnnexAList``; title rows above it are skipped), an Annex A
  /// workbook (`.xlsx`: each sheet whose header is a list's), or the JSON form. In a sheet and in
  /// a CSV file the header is looked for in the first ``AnnexAList/headerSearchRows`` rows.
  ///
  /// A caseload file with no events is an error; an Annex A list may have none (a list with no
  /// rows, or one from which no timescale starts).
  /// - Parameters:
  ///   - path: a regular file.
  ///   - format: the file's form; `nil` to take it from the file's name.
  /// - Throws: ``CaseloadReadError`` naming the file and the line and column of the first
  ///   problem (never a value).
  public static func read(contentsOfFile path: String, format: CaseloadFormat? = nil)
    throws(CaseloadReadError) -> Contents
  {
    do throws(CaseloadReadError) {
      guard let format = format ?? CaseloadFormat(fileName: path) else {
        throw CaseloadReadError(.unrecognisedFormat)
      }
      let contents: Contents
      switch format {
      case .csv:
        let reader: CSVReader
        do throws(CSVError) {
          reader = try CSVReader(contentsOfFile: path, options: csvOptions)
        } catch {
          throw CaseloadReadError(error.rule == .notARegularFile ? .notARegularFile : .cannotOpen)
        }
        contents = try Self.contents(csv: reader)
      case .json:
        let bytes: [UInt8]
        do throws(ChunkedFile.ContentsError) {
          bytes = try ChunkedFile.contents(atPath: path, limit: maximumFileSize)
        } catch {
          switch error {
          case .notARegularFile: throw CaseloadReadError(.notARegularFile)
          case .tooLarge(let limit): throw CaseloadReadError(.fileTooLarge(limit: limit))
          case .cannotOpen, .cannotRead: throw CaseloadReadError(.cannotOpen)
          }
        }
        contents = Contents(events: try Self.events(json: bytes))
      case .xlsx:
        let bytes: [UInt8]
        do throws(ChunkedFile.ContentsError) {
          bytes = try ChunkedFile.contents(atPath: path, limit: AnnexAWorkbook.maximumFileSize)
        } catch {
          switch error {
          case .notARegularFile: throw CaseloadReadError(.notARegularFile)
          case .tooLarge(let limit): throw CaseloadReadError(.fileTooLarge(limit: limit))
          case .cannotOpen, .cannotRead: throw CaseloadReadError(.cannotOpen)
          }
        }
        contents = try Self.contents(xlsx: bytes)
      }
      guard !contents.events.isEmpty || !contents.annexALists.isEmpty else {
        throw CaseloadReadError(.noEvents)
      }
      return contents
    } catch {
      var located = error
      located.file = path
      throw located
    }
  }

  /// Reads the events of caseload CSV text, or of an Annex A list as CSV, held in memory.
  /// - Throws: ``CaseloadReadError`` naming the line and column of the first problem.
  public static func events(csvText text: String) throws(CaseloadReadError) -> [CaseloadEvent] {
    try contents(csv: CSVReader(string: text, options: csvOptions)).events
  }

  /// Reads the events of a caseload JSON document held in memory.
  /// - Throws: ``CaseloadReadError`` with the path of the first problem.
  public static func events(json bytes: [UInt8]) throws(CaseloadReadError) -> [CaseloadEvent] {
    let document: CaseloadDocument
    do throws(DocumentDecodingError) {
      document = try CaseloadDocument(jsonUTF8: bytes)
    } catch {
      throw CaseloadReadError(.json(error))
    }
    for (index, event) in document.events.enumerated() {
      if let rule = event.problem { throw CaseloadReadError(rule, record: index + 1) }
    }
    return document.events
  }

  /// Parses a date in either form the caseload accepts: `DD/MM/YYYY` when it has a slash,
  /// `YYYY-MM-DD` otherwise.
  public static func day(_ text: some StringProtocol) throws(CalendarDay.ParseError) -> CalendarDay
  {
    try CalendarDay(
      text, format: text.utf8.contains(UInt8(ascii: "/")) ? .statutoryReturn : .iso8601)
  }

  private static let csvOptions = CSVReader.Options(requiresUniformWidth: true)

  /// The events of a caseload CSV or an Annex A list, told apart by the header.
  private static func contents(csv: CSVReader) throws(CaseloadReadError) -> Contents {
    var csv = csv
    // A list saved from a workbook may keep its title rows above the header, as a sheet may.
    let header = try located { () throws(CSVError) in
      try csv.readHeader(inFirst: AnnexAList.headerSearchRows) { fields in
        guard let names = CSVHeader(names: fields) else { return false }
        return requiredColumns.allSatisfy { names.index(of: $0) != nil }
          || AnnexAList(header: names.names) != nil
      }
    }
    guard let header else { throw CaseloadReadError(.noEvents) }
    let missing = requiredColumns.filter { header.index(of: $0) == nil }
    if missing.count == requiredColumns.count, let list = AnnexAList(header: header.names) {
      let columns = AnnexAColumns(list: list, names: header.names)
      var events: [CaseloadEvent] = []
      while let record = try located({ () throws(CSVError) in try csv.next() }) {
        guard events.count < maximumEvents else {
          throw CaseloadReadError(.tooManyEvents(limit: maximumEvents), line: record.line)
        }
        events += try columns.events(record)
      }
      return Contents(events: events, annexALists: [list])
    }
    if missing.count == requiredColumns.count {
      throw CaseloadReadError(.unrecognisedColumns(header.names), line: 1)
    }
    var positions: [Int] = []
    for name in requiredColumns {
      guard let position = header.index(of: name) else {
        throw CaseloadReadError(.missingColumn(name), line: 1)
      }
      positions.append(position)
    }
    let columns = CaseloadColumns(
      child: positions[0], worker: positions[1], team: positions[2], event: positions[3],
      date: positions[4], detail: header.index(of: "detail"))
    var events: [CaseloadEvent] = []
    while let record = try located({ () throws(CSVError) in try csv.next() }) {
      guard events.count < maximumEvents else {
        throw CaseloadReadError(.tooManyEvents(limit: maximumEvents), line: record.line)
      }
      events.append(try columns.event(record))
    }
    return Contents(events: events)
  }

  /// Reads an Annex A workbook (`.xlsx`) held in memory: the events of every sheet that is a
  /// list (``AnnexAList``), and the names of the others.
  /// - Throws: ``CaseloadReadError`` naming the part, or the sheet, row and column, of the first
  ///   problem (never a cell's value).
  public static func contents(xlsx bytes: [UInt8]) throws(CaseloadReadError) -> Contents {
    try contents(workbook: AnnexAWorkbook(bytes: bytes))
  }

  /// The events of a workbook's list sheets.
  static func contents(workbook: AnnexAWorkbook) throws(CaseloadReadError) -> Contents {
    var contents = Contents(events: [])
    for sheet in workbook.sheets {
      guard let (header, list) = try listHeader(of: sheet) else {
        contents.skippedSheets.append(sheet.name)
        continue
      }
      let columns = AnnexAColumns(list: list, names: sheet.rows[header].cells)
      do throws(CaseloadReadError) {
        for row in sheet.rows[(header + 1)...] where row.cells.contains(where: { !$0.isEmpty }) {
          guard contents.events.count < maximumEvents else {
            throw CaseloadReadError(.tooManyEvents(limit: maximumEvents), line: row.number)
          }
          contents.events += try columns.events(
            line: row.number, serialDates: true, date1904: workbook.date1904
          ) { row.cells.indices.contains($0) ? row.cells[$0] : nil }
        }
      } catch {
        var located = error
        located.sheet = sheet.name
        if let column = located.column {
          located.columnName =
            AnnexAWorkbook.columnName(column - 1)
            + (located.columnName.map { ", \($0)" } ?? "")
          located.column = nil
        }
        throw located
      }
      contents.annexALists.append(list)
    }
    return contents
  }

  /// The position in `sheet.rows` of the header of the list the sheet holds, and the list: the
  /// first of the first 10 rows that is a list's header (``AnnexAList/init(header:)``). A sheet
  /// whose name gives a list (``AnnexAList/init(sheetName:)``) must hold that list: another
  /// list's header, or none, is an error naming the sheet and the first column missing, unless
  /// the sheet is empty. `nil` for a sheet that is no list.
  private static func listHeader(of sheet: AnnexAWorkbook.Sheet)
    throws(CaseloadReadError) -> (Int, AnnexAList)?
  {
    let top = sheet.rows.prefix(AnnexAList.headerSearchRows)
    guard let named = AnnexAList(sheetName: sheet.name) else {
      guard let index = top.firstIndex(where: { AnnexAList(header: $0.cells) != nil }),
        let list = AnnexAList(header: sheet.rows[index].cells)
      else { return nil }
      return (index, list)
    }
    if let index = top.firstIndex(where: { AnnexAList.lists(header: $0.cells).contains(named) }) {
      return (index, named)
    }
    guard sheet.rows.contains(where: { $0.cells.contains { !$0.isEmpty } }) else { return nil }
    // The named list's first column absent from the row most like its header.
    let rows = top.map { Set($0.cells.map(AnnexAList.normalised)) }
    func present(_ row: Set<String>) -> Int {
      named.headerColumns.filter { row.contains(AnnexAList.normalised($0)) }.count
    }
    let closest = rows.indices.max { present(rows[$0]) < present(rows[$1]) } ?? 0
    let absent =
      named.headerColumns.first { column in
        !(rows.indices.contains(closest) && rows[closest].contains(AnnexAList.normalised(column)))
      } ?? AnnexAList.childColumn
    throw CaseloadReadError(
      .missingColumn(absent), sheet: sheet.name,
      line: top.indices.contains(closest) ? top[closest].number : nil)
  }

  /// Runs a CSV step, locating its error as a caseload error.
  private static func located<Value>(_ step: () throws(CSVError) -> Value)
    throws(CaseloadReadError) -> Value
  {
    do throws(CSVError) {
      return try step()
    } catch {
      throw CaseloadReadError(.csv(error))
    }
  }
}

/// The positions of the caseload columns in one file's header.
struct CaseloadColumns {
  let child: Int
  let worker: Int
  let team: Int
  let event: Int
  let date: Int
  let detail: Int?

  /// The event on `record`, or the located problem with it.
  func event(_ record: CSVRecord) throws(CaseloadReadError) -> CaseloadEvent {
    func field(_ position: Int, _ name: String) throws(CaseloadReadError) -> String {
      let text = record[position] ?? ""
      guard text.utf8.count <= CaseloadFile.maximumFieldLength else {
        throw fail(.fieldTooLong(limit: CaseloadFile.maximumFieldLength), position, name)
      }
      return text
    }
    func fail(_ rule: CaseloadReadError.Rule, _ position: Int, _ name: String)
      -> CaseloadReadError
    {
      CaseloadReadError(rule, line: record.line, column: position + 1, columnName: name)
    }
    let child = try field(self.child, "child")
    guard !child.isEmpty else { throw fail(.emptyField("child"), self.child, "child") }
    guard let name = CaseloadEventName.byName[try field(event, "event")] else {
      throw fail(.unknownEvent, event, "event")
    }
    let dateText = try field(date, "date")
    let day: CalendarDay
    do throws(CalendarDay.ParseError) {
      day = try CaseloadFile.day(dateText)
    } catch {
      throw fail(.invalidDate(error), date, "date")
    }
    let worker = try field(self.worker, "worker")
    let team = try field(self.team, "team")
    let detailText = try detail.map { (position) throws(CaseloadReadError) in
      try field(position, "detail")
    }
    let event = CaseloadEvent(
      child: child, worker: worker.isEmpty ? nil : worker, team: team.isEmpty ? nil : team,
      event: name, date: day, detail: detailText.flatMap { $0.isEmpty ? nil : $0 })
    if let rule = event.problem { throw fail(rule, detail ?? self.event, "detail") }
    return event
  }
}

/// The JSON form of a caseload: a `schemaVersion` and the events, each with the CSV form's
/// fields (`child`, `worker`, `team`, `event`, `date` in `YYYY-MM-DD`, `detail`).
public struct CaseloadDocument: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1
  /// The schema version of this document.
  public var schemaVersion: Int
  /// The events.
  public var events: [CaseloadEvent]

  /// Creates a document.
  public init(events: [CaseloadEvent]) {
    self.schemaVersion = Self.currentSchemaVersion
    self.events = events
  }
}
