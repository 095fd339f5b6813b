/// A problem found while reading CSV text, with where it happened and which rule it broke.
///
/// `line` is the 1-based physical line of the input (a CRLF, a lone LF or a lone CR each end a
/// line, including inside quoted fields). `column` is the 1-based **byte** position within that
/// line, not counting a UTF-8 byte-order mark; for plain ASCII text it equals the character
/// position. Rules about a whole record (width, header names) point at column 1 of the line where
/// the record starts. The description never contains field contents, because CSV files handled by
/// this library hold personal data about children.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The rule of RFC 4180 (or of the reader's options) that the input broke.
  public enum Rule: Hashable, Sendable {
    /// A double quote appears inside a field that did not start with a quote.
    case quoteInUnquotedField
    /// Something other than a delimiter or line end follows the closing quote of a quoted field.
    case characterAfterClosingQuote
    /// A quoted field is still open at the end of the input; the position is its opening quote.
    case unterminatedQuotedField
    /// The bytes at this position are not valid UTF-8.
    case invalidUTF8
    /// A record has a different number of fields from the header (or from the first record).
    case fieldCountMismatch(expected: Int, found: Int)
    /// Two header columns (1-based field numbers) have the same name after trimming.
    case duplicateHeaderName(firstField: Int, secondField: Int)
    /// The file could not be opened; `errno` is the operating system's error number.
    case cannotOpenFile(errno: Int32)
    /// Reading the file failed part way; `errno` is the operating system's error number.
    case cannotReadFile(errno: Int32)
    /// The path names a folder, device, FIFO or socket, not a regular file: refused unread.
    case notARegularFile
    /// A field is longer than ``CSVReader/maximumFieldBytes`` (the limit, in bytes); the position
    /// is where the limit was passed.
    case fieldTooLong(limit: Int)
    /// A record is longer than ``CSVReader/maximumRecordBytes`` (the limit, in bytes); the
    /// position is where the limit was passed.
    case recordTooLong(limit: Int)
  }

  /// The rule that was broken.
  public let rule: Rule
  /// The 1-based physical line where the problem was found.
  public let line: Int
  /// The 1-based byte column within `line` where the problem was found.
  public let column: Int

  /// Creates an error for `rule` at `line` and `column`.
  public init(_ rule: Rule, line: Int, column: Int) {
    self.rule = rule
    self.line = line
    self.column = column
  }

  /// A plain-language explanation naming the place and the rule, never the data.
  public var description: String {
    let place = "Line \(line), column \(column)"
    switch rule {
    case .quoteInUnquotedField:
      return "\(place): a double quote appears inside a field that does not start with a quote. "
        + "Put the whole field in double quotes and write each quote inside it twice."
    case .characterAfterClosingQuote:
      return "\(place): after the closing quote of a quoted field only a delimiter or the end "
        + "of the line may follow."
    case .unterminatedQuotedField:
      return
        "\(place): the quoted field that opens here is never closed before the end of the file."
    case .invalidUTF8:
      return "\(place): the text here is not valid UTF-8; save the file as UTF-8 and try again."
    case .fieldCountMismatch(let expected, let found):
      return "\(place): this record has \(found) field\(found == 1 ? "" : "s") but every record "
        + "must have \(expected), the number set by the header or first record."
    case .duplicateHeaderName(let firstField, let secondField):
      return "\(place): header columns \(firstField) and \(secondField) have the same name; "
        + "each column name must be unique."
    case .cannotOpenFile(let code):
      return "The CSV file could not be opened (operating system error \(code))."
    case .cannotReadFile(let code):
      return "\(place): reading the CSV file failed (operating system error \(code))."
    case .notARegularFile:
      return "The path is not a regular file (a folder, device, FIFO or socket) and is not read."
    case .fieldTooLong(let limit):
      return "\(place): a field is longer than \(limit) bytes, more than any return holds; "
        + "the file is not read further."
    case .recordTooLong(let limit):
      return "\(place): a record is longer than \(limit) bytes, more than any return holds; "
        + "the file is not read further."
    }
  }
}
