/// A problem in a data file (an SSDA903 table, an event extract) found while reading it: where
/// (file, line, column) and which rule — never the value, which may be personal data about a
/// child. The row is skipped or the field ignored, and reading goes on.
public struct SourceDataIssue: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The rule a file or row broke.
  public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file could not be opened or read.
    case unreadableFile
    /// The file has no header line.
    case emptyFile
    /// The header matches no known table (``SourceDataIssue/detail`` names missing columns).
    case unrecognisedTable
    /// The file has a header but no rows.
    case noRows
    /// The text breaks RFC 4180 (an unclosed quote, bad UTF-8); the rest of the file is lost.
    case malformedCSV
    /// A row has more or fewer fields than the header; the row is skipped.
    case raggedRow
    /// A required field is blank; the row is skipped.
    case missingValue
    /// A date is not a real day written as the file requires; the field is ignored (the row is
    /// skipped when the date is required).
    case invalidDate
    /// A code is in no list for the column.
    case unknownCode
    /// A code exists but is not valid in the collection year.
    case codeNotValidInYear
    /// An end date is before its start date.
    case endBeforeStart
    /// A review date without a participation code, or a code without a date.
    case incompleteReview
    /// One column (or XML element) holds dates in both DD/MM/YYYY and YYYY-MM-DD: each is read,
    /// but the export is inconsistent. Reported once per column and file, at the first row that
    /// differs from the column's first date.
    case mixedDateFormats
    /// An XML file whose root element is not the SSDA903 return's (`EXPSSDA903`); the file is
    /// not read (``SourceDataIssue/detail`` names the root found and the one expected).
    case unrecognisedDocument
    /// The XML is not well formed (``SourceDataIssue/detail`` names the rule, as
    /// ``XMLSyntaxError`` does); the rest of the file is lost.
    case malformedXML
    /// An XML element the return's schema does not have there; it and its content are skipped.
    case unknownElement
    /// An XML element that may appear once is repeated; the first is used.
    case repeatedElement
    /// Text directly inside an XML element that holds only other elements; it is ignored.
    case strayText
    /// A folder holds more than one form of the return (an XML file beside CSV tables, or two
    /// XML files): a return is CSV tables or one XML file. Every file is read; a child or row
    /// given in more than one is found as a repeat and counted once.
    case severalForms
    /// The child is already in a Header row (a row pasted twice, a second header file): the row
    /// is not counted again.
    case repeatedChild
    /// An episode or review the same as one already read (same child, dates and codes): a row
    /// pasted twice or a second copy of a table. It is not counted again.
    case repeatedRow
    /// An episode whose days overlap those of another episode of the same child, in whatever
    /// order the rows come (one starts before the other ends, or while it is still open): the
    /// episodes are one period of care, counted once.
    case overlappingEpisode

    /// The problem in a few plain words, as reports print it ("Date not a real day"); JSON keeps
    /// the rule's name.
    public var label: String {
      switch self {
      case .unreadableFile: "File could not be read"
      case .emptyFile: "File has no header line"
      case .unrecognisedTable: "File is not a table of the return"
      case .noRows: "Table has no rows"
      case .malformedCSV: "CSV text is malformed; the rest of the file is lost"
      case .raggedRow: "Row has more or fewer fields than the header"
      case .missingValue: "Required field is blank"
      case .invalidDate: "Date is not a real day in the file's format"
      case .unknownCode: "Code is in no code list for the column"
      case .codeNotValidInYear: "Code is not valid in the collection year"
      case .endBeforeStart: "End date is before the start date"
      case .incompleteReview: "Review has a date or a participation code, not both"
      case .mixedDateFormats: "Column mixes DD/MM/YYYY and YYYY-MM-DD dates"
      case .unrecognisedDocument: "XML file is not an SSDA903 return"
      case .malformedXML: "XML is not well formed; the rest of the file is lost"
      case .unknownElement: "XML element the return does not have there"
      case .repeatedElement: "XML element repeated that may appear once"
      case .strayText: "Text where the XML holds only elements"
      case .severalForms: "Folder holds more than one form of the return"
      case .repeatedChild: "Child already in the Header table"
      case .repeatedRow: "Row given twice"
      case .overlappingEpisode: "Episodes of one child overlap"
      }
    }
  }

  /// The file's name as given to the reader.
  public let file: String
  /// The 1-based line (1 is the header line; 0 for the whole file).
  public let line: Int
  /// The column's name when the problem is in one field (for the XML return, the element's path
  /// such as `EPISODE/DECOM`); for malformed CSV, the byte position in the line ("byte 12").
  public let column: String?
  /// The rule broken.
  public let rule: Rule
  /// More about the rule (the expected format, the missing columns); never input values.
  public let detail: String?

  /// Creates an issue.
  public init(file: String, line: Int, column: String? = nil, rule: Rule, detail: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.rule = rule
    self.detail = detail
  }

  /// For example "episodes.csv line 12, column DECOM: invalidDate (expected DD/MM/YYYY)".
  public var description: String { located(rule.rawValue) }

  /// The same in words, for people: "episodes.csv line 12, column DECOM: Date is not a real
  /// day in the file's format (expected DD/MM/YYYY)".
  public var sentence: String { located(rule.label) }

  private func located(_ what: String) -> String {
    var place = line > 0 ? "\(file) line \(line)" : file
    if let column { place += ", column \(column)" }
    return "\(place): \(what)" + (detail.map { " (\($0))" } ?? "")
  }
}
