/// Why a caseload file or a list of caseload events cannot be read, and where.
///
/// The place is the file, then (for a workbook) the sheet, then the line (a CSV file's physical
/// line, 1-based) or the event's number (1-based, for events given in memory or a JSON
/// document's `events[n]`), then the column by number and name. The description never repeats a
/// value from the input: caseloads hold special-category personal data about children.
public struct CaseloadReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What was wrong.
  public enum Rule: Sendable, Hashable {
    /// The file could not be opened or read (not found, no permission, a directory).
    case cannotOpen
    /// The file is not a regular file (a device, a pipe).
    case notARegularFile
    /// The file is larger than the reader accepts (in bytes).
    case fileTooLarge(limit: Int)
    /// The file's form could not be recognised from its name or content.
    case unrecognisedFormat
    /// The CSV text breaks RFC 4180 (the error names its own line and byte column).
    case csv(CSVError)
    /// The JSON document is not a caseload document (the path and rule).
    case json(DocumentDecodingError)
    /// A required column is missing from the header.
    case missingColumn(String)
    /// The header is neither a caseload file's nor an Annex A list's (the columns it has).
    case unrecognisedColumns([String])
    /// An `.xlsx` workbook's container or parts cannot be read (what is wrong, naming the part,
    /// never a cell's value).
    case workbook(String)
    /// A required field is empty.
    case emptyField(String)
    /// The event name is not one of ``CaseloadEventName``.
    case unknownEvent
    /// The date is not a day in `YYYY-MM-DD` or `DD/MM/YYYY` form.
    case invalidDate(CalendarDay.ParseError)
    /// The detail is not what the event needs (the requirement, in words).
    case invalidDetail(String)
    /// A field is longer than the reader accepts (in bytes).
    case fieldTooLong(limit: Int)
    /// The file has more events than the reader accepts.
    case tooManyEvents(limit: Int)
    /// The file holds no events.
    case noEvents
  }

  /// What was wrong.
  public let rule: Rule
  /// The file, as given to the reader.
  public var file: String?
  /// The sheet of a workbook.
  public var sheet: String?
  /// The 1-based physical line of a CSV file or row of a sheet.
  public var line: Int?
  /// The 1-based number of the event in a list or JSON document.
  public var record: Int?
  /// The 1-based column (field) number.
  public var column: Int?
  /// The column's name.
  public var columnName: String?

  /// Creates an error.
  public init(
    _ rule: Rule, file: String? = nil, sheet: String? = nil, line: Int? = nil,
    record: Int? = nil, column: Int? = nil, columnName: String? = nil
  ) {
    self.rule = rule
    self.file = file
    self.sheet = sheet
    self.line = line
    self.record = record
    self.column = column
    self.columnName = columnName
  }

  /// For example `caseload.csv, line 14, column 4 (event): not a caseload event name`.
  public var description: String {
    var place: [String] = []
    if let file { place.append(file) }
    if let sheet { place.append("sheet \(sheet)") }
    if let line { place.append((sheet == nil ? "line " : "row ") + "\(line)") }
    if let record { place.append("event \(record)") }
    if let column {
      place.append("column \(column)" + (columnName.map { " (\($0))" } ?? ""))
    } else if let columnName {
      place.append("column \(columnName)")
    }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return prefix + problem
  }

  /// The header's size and the columns in it this reader knows: a name it does not know is
  /// never repeated (a file without a header has a child's details in its first row).
  private static func columnsSeen(_ names: [String]) -> String {
    let known = Set(
      (CaseloadFile.requiredColumns + [
        "detail", AnnexAList.childColumn, AnnexAList.teamColumn,
        AnnexAList.workerColumn,
      ]
        + AnnexAList.allCases.flatMap { $0.identifyingColumns + $0.eventColumns.map(\.column) })
        .map(AnnexAList.normalised))
    let recognised = names.filter { known.contains(AnnexAList.normalised($0)) }
    let count = "\(names.count) column\(names.count == 1 ? "" : "s")"
    guard !recognised.isEmpty else {
      return count + ", none of them one this reader knows (is the first row a header?)"
    }
    return count + "; those this reader knows: "
      + recognised.map { "'\($0)'" }.joined(separator: ", ")
  }

  /// The columns that make a header each Annex A list's, for example "List 3: 'Child Unique
  /// ID', 'Date of referral'".
  private static let listColumns = AnnexAList.allCases.map { list in
    "List \(list.rawValue): " + list.headerColumns.map { "'\($0)'" }.joined(separator: ", ")
  }.joined(separator: "; ")

  private var problem: String {
    switch rule {
    case .cannotOpen: "the file cannot be opened"
    case .notARegularFile: "not a regular file"
    case .fileTooLarge(let limit): "the file is larger than \(limit) bytes"
    case .unrecognisedFormat:
      "not a caseload file: name it .csv (header child,worker,team,event,date,detail) or .json"
    case .csv(let error): error.description
    case .json(let error): error.description
    case .missingColumn(let name):
      sheet == nil
        ? "the header has no column '\(name)'"
        : "the sheet's name makes it an Annex A list, but no row in its first 10 is that list's "
          + "header: it has no column '\(name)'"
    case .workbook(let problem): "the workbook cannot be read: \(problem)"
    case .unrecognisedColumns(let names):
      "neither a caseload file (columns child, worker, team, event, date, detail) nor an Annex A "
        + "list (expected for " + Self.listColumns + "); the header has " + Self.columnsSeen(names)
    case .emptyField(let name): "the \(name) is empty"
    case .unknownEvent:
      "not a caseload event name (one of: "
        + CaseloadEventName.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    case .invalidDate(let error):
      "the date cannot be read: \(error) (dates are YYYY-MM-DD or DD/MM/YYYY)"
    case .invalidDetail(let requirement): "the detail is not usable: \(requirement)"
    case .fieldTooLong(let limit): "the field is longer than \(limit) bytes"
    case .tooManyEvents(let limit): "the file has more than \(limit) events"
    case .noEvents: "the file holds no events"
    }
  }
}
