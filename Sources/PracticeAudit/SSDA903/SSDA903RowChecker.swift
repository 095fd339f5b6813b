extension SSDA903 {
  /// One row of a table, whichever form it was read from: the CSV reader's record or the XML
  /// reader's group of elements. Columns are numbered in ``Table/columns`` order.
  protocol TableRow {
    /// The row's text in `column`; `nil` (or empty) when absent.
    func text(_ column: Int) -> String?
    /// Where `column`'s value is (or would be), and the name to report it by: the CSV column's
    /// name, or the XML element's path.
    func place(of column: Int) -> (line: Int, name: String)
  }

  /// Checks the rows of one table from one file and adds the usable ones to the return: the one
  /// place for per-row checks, used by the CSV and XML readers alike.
  struct RowChecker {
    let table: Table
    let year: CollectionYear
    let file: String
    let required: [Int]
    let dates: [Int]
    let codes: [(index: Int, list: CodeList)]
    let fields: Fields
    /// The parsed dates of the current row, by column (reused from row to row).
    var parsed: [CalendarDay?]
    /// The date form each date column was first written in, to notice a column mixing them.
    var formats: [CalendarDay.Format?]
    /// The date columns already reported for mixing their forms (once per column and file).
    var mixed: Set<Int> = []

    /// The columns the model reads, by their place in ``Table/columns``.
    struct Fields {
      let child: Int
      let birth, start, end, reasonNew, legalStatus, placement, reasonCeased, review,
        reviewCode: Int?
    }

    /// The date forms a return may use: the DfE's, then ISO 8601.
    static let dateFormats: [CalendarDay.Format] = [.statutoryReturn, .iso8601]

    init(table: Table, year: CollectionYear, file: String) {
      self.table = table
      self.year = year
      self.file = file
      let columns = table.columns
      func index(_ name: String) -> Int? { columns.firstIndex(of: name) }
      fields = Fields(
        child: index("CHILD") ?? 0, birth: index("DOB"), start: index("DECOM"),
        end: index("DEC"), reasonNew: index("RNE"), legalStatus: index("LS"),
        placement: index("PLACE"), reasonCeased: index("REC"), review: index("REVIEW"),
        reviewCode: index("REVIEW_CODE"))
      required = table.requiredColumns.compactMap(index).sorted()
      dates = table.dateColumns.compactMap(index).sorted()
      codes = table.codeLists.compactMap { name, list in index(name).map { ($0, list) } }
        .sorted { $0.index < $1.index }
      parsed = Array(repeating: nil, count: columns.count)
      formats = Array(repeating: nil, count: columns.count)
    }

    mutating func check(_ row: some TableRow, into result: inout Return) {
      func issue(_ rule: SourceDataIssue.Rule, _ column: Int, _ detail: String? = nil) {
        let place = row.place(of: column)
        result.issues.append(
          SourceDataIssue(
            file: file, line: place.line, column: place.name, rule: rule, detail: detail))
      }
      func field(_ index: Int?) -> String? {
        guard let index, let text = row.text(index), !text.isEmpty else { return nil }
        return text
      }
      var usable = true
      for index in required where field(index) == nil {
        issue(.missingValue, index)
        usable = false
      }
      for index in dates {
        parsed[index] = nil
        guard let text = field(index) else { continue }
        do throws(CalendarDay.ParseError) {
          let (day, format) = try CalendarDay.parse(text, formats: Self.dateFormats)
          parsed[index] = day
          if let first = formats[index] {
            if first != format, mixed.insert(index).inserted {
              issue(.mixedDateFormats, index, "DD/MM/YYYY and YYYY-MM-DD in one column")
            }
          } else {
            formats[index] = format
          }
        } catch {
          issue(.invalidDate, index, "expected a real day as DD/MM/YYYY or YYYY-MM-DD")
          if required.contains(index) { usable = false }
        }
      }
      for (index, list) in codes {
        guard let text = field(index) else { continue }
        guard let years = list.years(of: text) else {
          issue(.unknownCode, index, "not a \(list.id) code")
          continue
        }
        if !years.contains(year.endingYear) { issue(.codeNotValidInYear, index, "\(year)") }
      }
      guard usable, let child = field(fields.child) else { return }
      func day(_ index: Int?) -> CalendarDay? { index.flatMap { parsed[$0] } }
      switch table {
      case .header:
        if let rule = result.admit(Child(id: child, birthDay: day(fields.birth))) {
          issue(rule, fields.child)
        }
      case .episodes:
        guard let start = day(fields.start) else { return }
        var end = day(fields.end)
        if let ended = end, ended < start, let column = fields.end {
          issue(.endBeforeStart, column)
          end = nil
        }
        let episode = Episode(
          child: child, start: start, end: end, reasonNew: field(fields.reasonNew),
          legalStatus: field(fields.legalStatus), placement: field(fields.placement),
          reasonCeased: field(fields.reasonCeased))
        if let rule = result.admit(episode), let column = fields.start { issue(rule, column) }
      case .reviews:
        let hasDate = field(fields.review) != nil
        let hasCode = field(fields.reviewCode) != nil
        if hasDate != hasCode, let column = hasDate ? fields.reviewCode : fields.review {
          issue(.incompleteReview, column)
        }
        if let held = day(fields.review), let rule = result.admit(Review(child: child, day: held)),
          let column = fields.review
        {
          issue(rule, column)
        }
      default:
        break
      }
    }
  }
}
