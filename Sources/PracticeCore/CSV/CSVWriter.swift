/// Writes records as RFC 4180 CSV text.
///
/// A field is quoted only when it must be: when it contains the delimiter, a double quote, CR or
/// LF, starts or ends with a space or tab (so tools that trim unquoted fields keep them), starts
/// with a UTF-8 byte-order mark, or is the only field of its row and empty (so the row is not read
/// back as a blank line). Quotes inside a quoted field are doubled. Every row, including the last,
/// ends with the chosen line ending. ``CSVReader`` reads the output back to the same fields; a row
/// with no fields at all cannot be represented and is written as an empty line.
public struct CSVWriter: Hashable, Sendable, Codable {
  /// The bytes written after each row.
  public enum LineEnding: String, Hashable, Sendable, Codable {
    /// CR LF, as RFC 4180 requires.
    case crlf
    /// A single LF, as most Unix tools expect.
    case lf
  }

  /// The field separator.
  public var delimiter: CSVDelimiter
  /// The row terminator.
  public var lineEnding: LineEnding

  /// Creates a writer; the defaults produce strict RFC 4180 text.
  public init(delimiter: CSVDelimiter = .comma, lineEnding: LineEnding = .crlf) {
    self.delimiter = delimiter
    self.lineEnding = lineEnding
  }

  /// Appends one row, with its line ending, to `output`.
  public func write<Row: Sequence>(row: Row, to output: inout [UInt8])
  where Row.Element: StringProtocol {
    var iterator = row.makeIterator()
    var next = iterator.next()
    var isFirst = true
    while let field = next {
      next = iterator.next()
      if !isFirst { output.append(delimiter.byte) }
      appendField(field.utf8, isOnlyField: isFirst && next == nil, to: &output)
      isFirst = false
    }
    switch lineEnding {
    case .crlf: output.append(contentsOf: [0x0D, 0x0A])
    case .lf: output.append(0x0A)
    }
  }

  /// Appends one row, with its line ending, to `output`.
  public func write<Row: Sequence>(row: Row, to output: inout String)
  where Row.Element: StringProtocol {
    var bytes: [UInt8] = []
    write(row: row, to: &bytes)
    output += String(decoding: bytes, as: UTF8.self)
  }

  /// The CSV bytes for `rows`.
  public func bytes<Rows: Sequence>(for rows: Rows) -> [UInt8]
  where Rows.Element: Sequence, Rows.Element.Element: StringProtocol {
    var output: [UInt8] = []
    for row in rows { write(row: row, to: &output) }
    return output
  }

  /// The CSV text for `rows`.
  public func string<Rows: Sequence>(for rows: Rows) -> String
  where Rows.Element: Sequence, Rows.Element.Element: StringProtocol {
    String(decoding: bytes(for: rows), as: UTF8.self)
  }

  /// `field` as it is safe to give a spreadsheet: one a spreadsheet would run as a formula
  /// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a plain number such
  /// as `-2`) gets a leading apostrophe, which spreadsheets show as text and do not run.
  ///
  /// Apply it to the fields of CSV meant for people's spreadsheets (reports, case lists), not to
  /// data meant to be read back, which it would change.
  ///
  /// - Parameter field: A field's text.
  public static func spreadsheetSafe(_ field: String) -> String {
    let isNumber =
      Double(field) != nil
      && field.unicodeScalars.allSatisfy { "+-.0123456789eE".unicodeScalars.contains($0) }
    guard let first = field.unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(first), !isNumber
    else { return field }
    return "'" + field
  }

  private func appendField<Field: Collection>(
    _ field: Field, isOnlyField: Bool, to output: inout [UInt8]
  ) where Field.Element == UInt8 {
    guard needsQuotes(field, isOnlyField: isOnlyField) else {
      output.append(contentsOf: field)
      return
    }
    let quote = UInt8(ascii: "\"")
    output.append(quote)
    for byte in field {
      if byte == quote { output.append(quote) }
      output.append(byte)
    }
    output.append(quote)
  }

  private func needsQuotes<Field: Collection>(_ field: Field, isOnlyField: Bool) -> Bool
  where Field.Element == UInt8 {
    guard let first = field.first else { return isOnlyField }
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    if first == space || first == tab || field.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
    var last = first
    for byte in field {
      switch byte {
      case delimiter.byte, UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"): return true
      default: last = byte
      }
    }
    return last == space || last == tab
  }
}
