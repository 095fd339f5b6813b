import PracticeKit

/// `--cases-csv FILE`: a command's case list as CSV, for a team to filter in a spreadsheet.
///
/// RFC 4180 through PracticeCore's ``CSVWriter`` (fields with commas, quotes or line breaks
/// quoted, quotes doubled). A field a spreadsheet would run as a formula is written with a leading
/// apostrophe (``CSVWriter/spreadsheetSafe(_:)``), so opening
/// the file never runs anything. The file is written as `--out` writes (in place, only to a
/// regular file) and a new one is created 0600: a case list names children, so it is private
/// whether or not they are pseudonymised.
enum CaseListCSV {
  /// The option's name.
  static let option = "--cases-csv"

  /// The option's lines in a command's help.
  static let help = """
      --cases-csv FILE         also write the case list to FILE as CSV for a spreadsheet (one
                               row per item, a header row, pseudonymised with --pseudonymise;
                               a field starting = + - @ is prefixed with ' so it is never run
                               as a formula; a new file is created 0600)
    """

  /// Writes `rows` under `header` to `path` and says, in one line, what was written.
  /// - Throws: a data error naming the path when it cannot be written.
  static func save(header: [String], rows: [[String]], to path: String)
    throws(CommandError) -> String
  {
    let text = CSVWriter().string(for: [header] + rows.map { $0.map(CSVWriter.spreadsheetSafe) })
    let message = try OutputFile.save(
      text, to: path, isPrivate: true,
      what: "the case list (\(rows.count) row\(rows.count == 1 ? "" : "s"))")
    return message.hasSuffix("\n") ? String(message.dropLast()) : message
  }
}
