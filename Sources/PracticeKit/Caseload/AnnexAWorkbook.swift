/// An Annex A workbook (`.xlsx`, Office Open XML SpreadsheetML) read as its sheets' rows of
/// text: the ZIP container (``ZipArchive``), the workbook part's sheets and relationships, the
/// shared strings and each worksheet's cells. Formulas are not evaluated (their cached values are
/// read); styles are not read, so a number in a date column is taken as a serial date (the 1900
/// or 1904 date system, as the workbook says).
struct AnnexAWorkbook {
  /// One sheet: its name and rows of cell text by column (empty where a cell is absent), with
  /// each row's number in the sheet.
  struct Sheet {
    let name: String
    let rows: [(number: Int, cells: [String])]
  }

  /// The sheets, in the workbook's order.
  let sheets: [Sheet]
  /// Whether serial dates count from 1904 (`workbookPr date1904`).
  let date1904: Bool

  /// The most columns a sheet may have (Excel's own limit, XFD).
  static let maximumColumns = 16_384
  /// The most rows a sheet may have (Excel's own limit).
  static let maximumRows = 1_048_576
  /// The largest workbook file read, in bytes.
  static let maximumFileSize = 256 << 20
  /// The most cells kept for all the sheets together, counting the empty cells before a filled
  /// one in its row: a bound on memory, as a cell far to the right costs a row of empty ones.
  /// Far beyond an inspection workbook (150,000 rows of 50 columns is 7.5 million).
  static let maximumCells = 8_000_000

  /// Reads the workbook in `bytes`.
  /// - Throws: ``CaseloadReadError`` naming the part or sheet and the problem.
  init(bytes: [UInt8]) throws(CaseloadReadError) {
    let archive: ZipArchive
    do throws(ZipError) {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw CaseloadReadError(.workbook(error.description))
    }
    let workbook = try Self.part("xl/workbook.xml", of: archive, required: true)
    var sheetList: [(name: String, relationship: String)] = []
    var date1904 = false
    try Self.parse(workbook ?? [], part: "xl/workbook.xml") {
      (parser, event) throws(CaseloadReadError) in
      guard case .startElement(let name, _) = event else { return }
      if Self.local(name) == "sheet", let sheetName = parser.attribute("name"),
        let id = parser.attributes.first(where: { Self.local($0.name) == "id" })?.value
      {
        sheetList.append((sheetName, id))
      } else if Self.local(name) == "workbookPr", let value = parser.attribute("date1904") {
        date1904 = value == "1" || value == "true"
      }
    }
    var targets: [String: String] = [:]
    let relationships = try Self.part("xl/_rels/workbook.xml.rels", of: archive, required: true)
    try Self.parse(relationships ?? [], part: "xl/_rels/workbook.xml.rels") {
      (parser, event) throws(CaseloadReadError) in
      guard case .startElement(let name, _) = event, Self.local(name) == "Relationship",
        let id = parser.attribute("Id"), let target = parser.attribute("Target")
      else { return }
      targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    let shared = try Self.sharedStrings(archive)
    var sheets: [Sheet] = []
    var cells = 0
    for (name, relationship) in sheetList {
      guard let path = targets[relationship] else {
        throw CaseloadReadError(.workbook("the workbook names a sheet with no part"), sheet: name)
      }
      guard let bytes = try Self.part(path, of: archive, required: false) else {
        throw CaseloadReadError(.workbook("the sheet's part \(path) is missing"), sheet: name)
      }
      do throws(CaseloadReadError) {
        sheets.append(
          Sheet(name: name, rows: try Self.rows(bytes, part: path, shared: shared, cells: &cells)))
      } catch {
        var located = error
        located.sheet = name
        throw located
      }
    }
    self.sheets = sheets
    self.date1904 = date1904
  }

  /// The day a serial number stands for, if `text` is one: days since 31 December 1899 in the
  /// 1900 date system (which counts a 29 February 1900 that never was, so serials from 61 are a
  /// day later than a count would give), or since 1 January 1904.
  static func serialDay(_ text: String, date1904: Bool) -> CalendarDay? {
    guard let value = Double(text), value.isFinite, value >= 1, value < 2_958_466 else {
      return nil
    }
    let serial = Int(value)
    let epoch =
      date1904
      ? CalendarDay(1904, 1, 1)
      : serial >= 61 ? CalendarDay(1899, 12, 30) : CalendarDay(1899, 12, 31)
    guard date1904 || serial != 60 else { return nil }
    return epoch.advanced(by: serial)
  }

  // MARK: - Parts

  private static func part(_ path: String, of archive: ZipArchive, required: Bool)
    throws(CaseloadReadError) -> [UInt8]?
  {
    let bytes: [UInt8]?
    do throws(ZipError) {
      bytes = try archive.contents(ofEntryNamed: path)
    } catch {
      throw CaseloadReadError(.workbook(error.description))
    }
    if bytes == nil, required {
      throw CaseloadReadError(.workbook("no \(path): not a SpreadsheetML workbook"))
    }
    return bytes
  }

  /// Runs `handle` on every event of the XML `bytes`, locating a syntax error by the part.
  private static func parse(
    _ bytes: [UInt8], part: String,
    _ handle: (XMLPullParser, XMLEvent) throws(CaseloadReadError) -> Void
  ) throws(CaseloadReadError) {
    var parser = XMLPullParser(bytes: bytes, limits: limits)
    while true {
      let event: XMLEvent?
      do throws(XMLSyntaxError) {
        event = try parser.next()
      } catch {
        throw CaseloadReadError(.workbook("\(part): \(error)"))
      }
      guard let event else { return }
      try handle(parser, event)
    }
  }

  private static let limits = XMLPullParser.Limits(maximumDepth: 32, maximumTextLength: 32_767)

  /// A name without its namespace prefix (`r:id` is `id`).
  private static func local(_ name: String) -> Substring {
    name.split(separator: ":").last ?? Substring(name)
  }

  /// The shared strings table: each `si`'s text, its rich-text runs joined, phonetic runs left
  /// out.
  private static func sharedStrings(_ archive: ZipArchive) throws(CaseloadReadError) -> [String] {
    guard let bytes = try part("xl/sharedStrings.xml", of: archive, required: false) else {
      return []
    }
    var strings: [String] = []
    var current = ""
    var path: [Substring] = []
    try parse(bytes, part: "xl/sharedStrings.xml") { (_, event) throws(CaseloadReadError) in
      switch event {
      case .startElement(let name, _):
        path.append(local(name))
        if path.last == "si" { current = "" }
      case .endElement:
        if path.popLast() == "si" { strings.append(current) }
      case .text(let text, _):
        if path.last == "t", !path.contains("rPh") { current += text }
      }
    }
    return strings
  }

  /// The rows of a worksheet part, as text by column.
  private static func rows(
    _ bytes: [UInt8], part: String, shared: [String], cells stored: inout Int
  ) throws(CaseloadReadError) -> [(number: Int, cells: [String])] {
    var rows: [(number: Int, cells: [String])] = []
    var cells: [String] = []
    var rowNumber = 0
    var column = -1
    var type = ""
    var value = ""
    var path: [Substring] = []
    try parse(bytes, part: part) { (parser, event) throws(CaseloadReadError) in
      switch event {
      case .startElement(let name, _):
        let name = local(name)
        path.append(name)
        if name == "row" {
          rowNumber = parser.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
          guard rowNumber >= 1, rowNumber <= maximumRows, rowNumber > (rows.last?.number ?? 0)
          else {
            throw CaseloadReadError(
              .workbook("a row number is out of order or out of range"), line: rowNumber)
          }
          cells = []
          column = -1
        } else if name == "c" {
          let reference = parser.attribute("r")
          guard let next = reference.map(columnIndex) ?? column + 1, next > column,
            next < maximumColumns
          else {
            throw CaseloadReadError(
              .workbook("a cell reference is out of order or out of range"), line: rowNumber)
          }
          column = next
          type = parser.attribute("t") ?? "n"
          value = ""
        }
      case .text(let text, _):
        if path.last == "v" || (path.last == "t" && path.contains("is")) {
          if value.utf8.count + text.utf8.count <= CaseloadFile.maximumFieldLength * 4 {
            value += text
          }
        }
      case .endElement:
        let name = path.popLast()
        if name == "c" {
          var text = value
          if type == "s" {
            guard let index = Int(value), shared.indices.contains(index) else {
              throw CaseloadReadError(
                .workbook("a cell refers to a shared string that does not exist"),
                line: rowNumber, column: column + 1, columnName: columnName(column))
            }
            text = shared[index]
          }
          // An empty cell (one with a style only) is kept as the cells before a filled one.
          guard !text.isEmpty else { return }
          guard stored + column + 1 - cells.count <= maximumCells else {
            throw CaseloadReadError(
              .workbook(
                "the sheets have more than \(maximumCells) cells, counting the empty cells "
                  + "before a filled one"),
              line: rowNumber, column: column + 1, columnName: columnName(column))
          }
          stored += column + 1 - cells.count
          if cells.count < column { cells += repeatElement("", count: column - cells.count) }
          cells.append(text)
        } else if name == "row" {
          rows.append((rowNumber, cells))
        }
      }
    }
    return rows
  }

  /// The 0-based column of a cell reference such as `AB12`, or `nil` when it has no letters.
  static func columnIndex(_ reference: String) -> Int? {
    var index = 0
    var letters = 0
    for byte in reference.utf8 {
      guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { break }
      index = index * 26 + Int(byte - UInt8(ascii: "A")) + 1
      letters += 1
      guard letters <= 3 else { return nil }
    }
    return letters == 0 ? nil : index - 1
  }

  /// The letters of the 0-based `column`: 0 is A, 27 is AB.
  static func columnName(_ column: Int) -> String {
    var name = ""
    var rest = column + 1
    while rest > 0 {
      let remainder = (rest - 1) % 26
      name = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(remainder))) + name
      rest = (rest - 1) / 26
    }
    return name
  }
}
