#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

extension SSDA903 {
  /// Reads the CSV tables of one collection year's return.
  ///
  /// Each file is identified by its exact set of column names (file names do not matter); a
  /// file matching no table is reported, with the columns the closest table lacks. Every row is
  /// checked — required fields, DD/MM/YYYY dates, codes against the year's code lists, an end
  /// before its start, a review date without its code — and each problem becomes a
  /// ``SourceDataIssue`` naming file, line, column and rule, never the value. A row with a
  /// problem in a field the audits need (CHILD, DECOM, REVIEW) is left out of the model; any
  /// other problem leaves the row in. Reading never stops at a bad row; a file whose text breaks
  /// RFC 4180 loses only its remaining rows.
  public struct Reader: Sendable, Hashable {
    /// The collection year codes are checked against.
    public let year: CollectionYear

    /// Creates a reader for `year`.
    public init(year: CollectionYear) {
      self.year = year
    }

    /// Reads every `.csv` file in `directory`, in name order.
    public func read(directory: String) -> Return {
      var result = Return(year: year)
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: directory)
      } catch {
        result.issues.append(SourceDataIssue(file: directory, line: 0, rule: .unreadableFile))
        return result
      }
      for name in names.sorted() where name.lowercased().hasSuffix(".csv") {
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        do throws(CSVError) {
          let reader = try CSVReader(contentsOfFile: path, options: Self.options)
          read(reader, file: name, into: &result)
        } catch {
          result.issues.append(
            SourceDataIssue(
              file: name, line: 0, rule: .unreadableFile,
              detail: error.rule == .notARegularFile
                ? "not a regular file (a folder, device, FIFO or socket)" : nil))
        }
      }
      return result
    }

    /// Reads files held in memory, each with the name to report it by, in the order given.
    public func read(files: [(name: String, text: String)]) -> Return {
      var result = Return(year: year)
      for file in files {
        read(CSVReader(string: file.text, options: Self.options), file: file.name, into: &result)
      }
      return result
    }

    /// Width is checked here, row by row, so a ragged row is reported and skipped rather than
    /// ending the file.
    private static let options = CSVReader.Options(requiresUniformWidth: false)

    private func read(_ csv: CSVReader, file: String, into result: inout Return) {
      var csv = csv
      var table: Table?
      var count = 0
      do throws(CSVError) {
        guard let header = try csv.readHeader() else {
          result.issues.append(SourceDataIssue(file: file, line: 0, rule: .emptyFile))
          return
        }
        guard let identified = Table.identify(header.names) else {
          result.issues.append(unrecognised(header.names, file: file))
          return
        }
        table = identified
        var rows = RowChecker(table: identified, header: header, year: year, file: file)
        while let record = try csv.next() {
          count += 1
          rows.check(record, into: &result)
        }
        result.rowCounts[identified, default: 0] += count
        if count == 0 {
          result.issues.append(
            SourceDataIssue(file: file, line: 1, rule: .noRows, detail: identified.rawValue))
        }
      } catch {
        // The rows read before the break were used: count them.
        if let table { result.rowCounts[table, default: 0] += count }
        result.issues.append(
          SourceDataIssue(
            file: file, line: error.line, column: "byte \(error.column)", rule: .malformedCSV,
            detail: "\(error.rule)"))
      }
    }

    private func unrecognised(_ names: [String], file: String) -> SourceDataIssue {
      guard let closest = Table.closest(to: names) else {
        return SourceDataIssue(
          file: file, line: 1, rule: .unrecognisedTable, detail: "no SSDA903 column names")
      }
      var detail = "closest table \(closest.table.rawValue)"
      if !closest.missing.isEmpty {
        detail += " lacks " + closest.missing.joined(separator: ", ")
      }
      if closest.unknown > 0 {
        detail += "; \(closest.unknown) column name(s) belong to no SSDA903 table"
      }
      return SourceDataIssue(file: file, line: 1, rule: .unrecognisedTable, detail: detail)
    }
  }

  /// Checks the rows of one identified file and adds the usable ones to the return.
  private struct RowChecker {
    let table: Table
    let year: CollectionYear
    let file: String
    let width: Int
    let names: [String]
    let required: [Int]
    let dates: [Int]
    let codes: [(index: Int, list: CodeList)]
    /// The 0-based field of each column of the table, in ``Table/columns`` order.
    let fieldOf: [String: Int]
    let child: Int
    let fields: Fields
    /// The parsed dates of the current row, by column index (reused from row to row).
    var parsed: [CalendarDay?]

    /// The fields the model reads, looked up once per file rather than once per row.
    struct Fields {
      let birth, start, end, reasonNew, legalStatus, placement, reasonCeased, review,
        reviewCode: Int?
    }

    init(table: Table, header: CSVHeader, year: CollectionYear, file: String) {
      self.table = table
      self.year = year
      self.file = file
      width = header.count
      names = header.names
      var column: [String: Int] = [:]
      for name in table.columns { column[name] = header.index(of: name) }
      fieldOf = column
      child = column["CHILD"] ?? 0
      fields = Fields(
        birth: column["DOB"], start: column["DECOM"], end: column["DEC"],
        reasonNew: column["RNE"], legalStatus: column["LS"], placement: column["PLACE"],
        reasonCeased: column["REC"], review: column["REVIEW"], reviewCode: column["REVIEW_CODE"])
      required = table.requiredColumns.compactMap { column[$0] }.sorted()
      dates = table.dateColumns.compactMap { column[$0] }.sorted()
      codes = table.codeLists.compactMap { name, list in column[name].map { ($0, list) } }
        .sorted { $0.index < $1.index }
      parsed = Array(repeating: nil, count: width)
    }

    mutating func check(_ record: CSVRecord, into result: inout Return) {
      func issue(_ rule: SourceDataIssue.Rule, _ index: Int?, _ detail: String? = nil) {
        result.issues.append(
          SourceDataIssue(
            file: file, line: record.line, column: index.map { names[$0] }, rule: rule,
            detail: detail))
      }
      guard record.count == width else {
        issue(.raggedRow, nil, "\(record.count) fields, header has \(width)")
        return
      }
      var usable = true
      for index in required where (record[index] ?? "").isEmpty {
        issue(.missingValue, index)
        usable = false
      }
      for index in dates {
        parsed[index] = nil
        guard let text = record[index], !text.isEmpty else { continue }
        do throws(CalendarDay.ParseError) {
          parsed[index] = try Self.day(text)
        } catch {
          issue(.invalidDate, index, "expected a real day as DD/MM/YYYY")
          if required.contains(index) { usable = false }
        }
      }
      for (index, list) in codes {
        guard let text = record[index], !text.isEmpty else { continue }
        guard let years = list.years(of: text) else {
          issue(.unknownCode, index, "not a \(list.id) code")
          continue
        }
        if !years.contains(year.endingYear) { issue(.codeNotValidInYear, index, "\(year)") }
      }
      guard usable, let child = record[child] else { return }
      func field(_ index: Int?) -> String? {
        guard let index, let text = record[index], !text.isEmpty else { return nil }
        return text
      }
      func day(_ index: Int?) -> CalendarDay? { index.flatMap { parsed[$0] } }
      switch table {
      case .header:
        if let rule = result.admit(Child(id: child, birthDay: day(fields.birth))) {
          issue(rule, self.child)
        }
      case .episodes:
        guard let start = day(fields.start) else { return }
        var end = day(fields.end)
        if let ended = end, ended < start {
          issue(.endBeforeStart, fields.end)
          end = nil
        }
        let episode = Episode(
          child: child, start: start, end: end, reasonNew: field(fields.reasonNew),
          legalStatus: field(fields.legalStatus), placement: field(fields.placement),
          reasonCeased: field(fields.reasonCeased))
        if let rule = result.admit(episode) { issue(rule, fields.start) }
      case .reviews:
        let hasDate = field(fields.review) != nil
        let hasCode = field(fields.reviewCode) != nil
        if hasDate != hasCode {
          issue(.incompleteReview, hasDate ? fields.reviewCode : fields.review)
        }
        if let held = day(fields.review), let rule = result.admit(Review(child: child, day: held)) {
          issue(rule, fields.review)
        }
      default:
        break
      }
    }

    /// A DD/MM/YYYY date. The common case — ten ASCII bytes, digits around two slashes — is
    /// read straight from the UTF-8 (PracticeCore's parser is generic, and unspecialised across
    /// modules it dominates a national return's reading time); anything else goes to
    /// PracticeCore's parser, which decides what is wrong. Both build the day with the same
    /// validating initialiser, so they accept the same days.
    static func day(_ text: String) throws(CalendarDay.ParseError) -> CalendarDay {
      var text = text
      let fields = text.withUTF8 { bytes -> (Int, Int, Int)? in
        guard bytes.count == 10, bytes[2] == UInt8(ascii: "/"), bytes[5] == UInt8(ascii: "/")
        else { return nil }
        var valid = true
        func number(_ range: Range<Int>) -> Int {
          var value = 0
          for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            if digit > 9 { valid = false }
            value = value * 10 + Int(digit)
          }
          return value
        }
        let values = (number(0..<2), number(3..<5), number(6..<10))
        return valid ? values : nil
      }
      if let (day, month, year) = fields,
        let parsed = try? CalendarDay(year: year, month: month, day: day)
      {
        return parsed
      }
      return try CalendarDay(statutoryReturn: text)
    }
  }
}
