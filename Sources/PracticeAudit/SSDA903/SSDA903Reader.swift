#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

extension SSDA903 {
  /// Reads one collection year's return, as CSV tables or as the DfE's XML form.
  ///
  /// A CSV file is identified by its exact set of column names (file names do not matter); a
  /// file matching no table is reported, with the columns the closest table lacks. An `.xml` file
  /// is read as the XML return (root `EXPSSDA903`, one `CHILD` per child holding its `HEADER` and
  /// `EPISODE`s), streamed with ``XMLPullParser`` into the same tables. Every row, from either
  /// form, goes through the same checks — required fields, dates (DD/MM/YYYY, the DfE form, or
  /// YYYY-MM-DD; a column mixing the two is reported), codes against the year's code lists, an
  /// end before its start, a review date without its code — and each problem becomes a
  /// ``SourceDataIssue`` naming file, line and column (or element), never the value. A row with a
  /// problem in a field the audits need (CHILD, DECOM, REVIEW) is left out of the model; any
  /// other problem leaves the row in. Reading never stops at a bad row; a file whose text breaks
  /// RFC 4180 or is not well-formed XML loses only its remaining rows.
  public struct Reader: Sendable, Hashable {
    /// The collection year codes are checked against.
    public let year: CollectionYear

    /// Creates a reader for `year`.
    public init(year: CollectionYear) {
      self.year = year
    }

    /// Reads `path`: a folder (``read(directory:)``), or one `.xml` return or `.csv` table.
    public func read(path: String) -> Return {
      if (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil {
        return read(directory: path)
      }
      var result = Return(year: year)
      guard Self.isReturnFile(path) else {
        result.skippedFiles.append(path)
        return result
      }
      read(file: path, name: path, into: &result)
      return result
    }

    /// Reads every `.csv` and `.xml` file in `directory`, in name order; other files are listed
    /// in ``Return/skippedFiles``.
    public func read(directory: String) -> Return {
      var result = Return(year: year)
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: directory)
      } catch {
        result.issues.append(SourceDataIssue(file: directory, line: 0, rule: .unreadableFile))
        return result
      }
      let xml = names.filter(Self.isXML).count
      let csv = names.filter { Self.isReturnFile($0) && !Self.isXML($0) }.count
      if xml > 1 || (xml == 1 && csv > 0) {
        result.issues.append(
          SourceDataIssue(
            file: directory, line: 0, rule: .severalForms,
            detail:
              "\(xml) XML and \(csv.counted("CSV file")); all were read, and a row given in both "
              + "is counted once"))
      }
      for name in names.sorted() {
        guard Self.isReturnFile(name) else {
          if !name.hasPrefix(".") { result.skippedFiles.append(name) }
          continue
        }
        let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        read(file: path, name: name, into: &result)
      }
      return result
    }

    /// Reads files held in memory, each with the name to report it by, in the order given: a
    /// name ending `.xml` is read as the XML return, any other as a CSV table.
    public func read(files: [(name: String, text: String)]) -> Return {
      var result = Return(year: year)
      for file in files {
        if Self.isXML(file.name) {
          XMLReturnReader(year: year, file: file.name)
            .read(XMLPullParser(string: file.text), into: &result)
        } else {
          read(CSVReader(string: file.text, options: Self.options), file: file.name, into: &result)
        }
      }
      return result
    }

    /// Reads the XML return that `parser` streams (a file, or bytes in memory), reporting its
    /// problems as in `file`.
    public func read(xml parser: XMLPullParser, file: String) -> Return {
      var result = Return(year: year)
      XMLReturnReader(year: year, file: file).read(parser, into: &result)
      return result
    }

    private static func isXML(_ name: String) -> Bool { name.lowercased().hasSuffix(".xml") }

    private static func isReturnFile(_ name: String) -> Bool {
      isXML(name) || name.lowercased().hasSuffix(".csv")
    }

    private func read(file path: String, name: String, into result: inout Return) {
      if Self.isXML(name) {
        do throws(XMLSyntaxError) {
          let parser = try XMLPullParser(contentsOfFile: path)
          XMLReturnReader(year: year, file: name).read(parser, into: &result)
        } catch {
          result.issues.append(unreadable(name, notARegularFile: error.rule == .notARegularFile))
        }
        return
      }
      do throws(CSVError) {
        let reader = try CSVReader(contentsOfFile: path, options: Self.options)
        read(reader, file: name, into: &result)
      } catch {
        result.issues.append(unreadable(name, notARegularFile: error.rule == .notARegularFile))
      }
    }

    private func unreadable(_ name: String, notARegularFile: Bool) -> SourceDataIssue {
      SourceDataIssue(
        file: name, line: 0, rule: .unreadableFile,
        detail: notARegularFile ? "not a regular file (a folder, device, FIFO or socket)" : nil)
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
        let fieldOf = identified.columns.map { header.index(of: $0) ?? 0 }
        var rows = RowChecker(table: identified, year: year, file: file)
        while let record = try csv.next() {
          count += 1
          guard record.count == header.count else {
            result.issues.append(
              SourceDataIssue(
                file: file, line: record.line, rule: .raggedRow,
                detail: "\(record.count) fields, header has \(header.count)"))
            continue
          }
          rows.check(CSVRow(record: record, fieldOf: fieldOf, table: identified), into: &result)
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
          file: file, line: 1, rule: .unrecognisedTable,
          detail: "\(names.count.counted("column")), none an SSDA903 column name")
      }
      var detail = "closest table \(closest.table.rawValue)"
      if !closest.missing.isEmpty {
        detail += " lacks " + closest.missing.joined(separator: ", ")
      }
      if closest.unknown > 0 {
        detail +=
          "; \(closest.unknown.counted("column name")) "
          + (closest.unknown == 1 ? "belongs" : "belong") + " to no SSDA903 table"
      }
      return SourceDataIssue(file: file, line: 1, rule: .unrecognisedTable, detail: detail)
    }
  }

  /// A CSV record seen as a row of its table (the header's order mapped to the table's).
  private struct CSVRow: TableRow {
    let record: CSVRecord
    let fieldOf: [Int]
    let table: Table

    func text(_ column: Int) -> String? { record[fieldOf[column]] }

    func place(of column: Int) -> (line: Int, name: String) {
      (record.line, table.columns[column])
    }
  }
}
