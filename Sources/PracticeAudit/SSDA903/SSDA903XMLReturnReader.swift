extension SSDA903 {
  /// Reads the XML form of the return (the DfE's schema: root `EXPSSDA903`, a `CHILD` per child
  /// holding one `HEADER` and its `EPISODE`s) into the same tables as the CSV form.
  ///
  /// Streamed with ``XMLPullParser``, which parses a file ahead on another thread (a few batches
  /// of events) while the rows are made: only the current child's header and group are held, so
  /// memory does not depend on the file's size (beyond the rows the model keeps). Each group
  /// becomes a row of its table and goes through the same checks as a CSV row:
  /// - `HEADER`: a Header row (CHILDID is CHILD); a UASC row when DUC is given; an AD1 row when
  ///   an adoption field (DATE_INT … LS_ADOPTR) is; an OC3 row when IN_TOUCH, ACTIV or ACCOM is;
  /// - inside `HEADER`: `AREVIEW` (Reviews), `AMISSING` (Missing), `PERMANENCE` (PrevPerm),
  ///   `OC2` (OC2), `AD_PLACED` (PlacedAdoption), each with the child's CHILD and DOB;
  /// - `EPISODE` (Episodes; PL is PLACE), with the child's CHILD.
  ///
  /// Problems are ``SourceDataIssue``s naming the line and element path (`EPISODE/DECOM`), never
  /// the value: an unknown element is skipped with its content, a repeated one keeps the first,
  /// text between elements is ignored, and XML that is not well formed ends the file (the rows
  /// of the children already closed are kept).
  struct XMLReturnReader {
    let year: CollectionYear
    let file: String

    /// The return's root element.
    static let rootElement = "EXPSSDA903"
    /// The longest element value kept, in bytes; the rest of a longer one is dropped.
    static let maximumValueLength = 4_096

    /// The tables the XML form holds (all but SWEpisodes and DoLo).
    static let tables: [Table] = [
      .header, .episodes, .reviews, .uasc, .oc2, .oc3, .ad1, .placedAdoption, .prevPerm,
      .missing,
    ]

    /// The leaves of `HEADER`, in the schema's order.
    static let headerLeaves = [
      "CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC", "DATE_INT", "DATE_MATCH",
      "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM",
      "MOTHER", "MC_DOB",
    ]

    /// The groups that each make one row: their element, table and leaves; EPISODE is in CHILD,
    /// the others in HEADER.
    static let groups: [(element: String, table: Table, leaves: [String])] = [
      (
        "EPISODE", .episodes,
        [
          "DECOM", "RNE", "LS", "CIN", "PL", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER",
          "DEC", "REC", "REASON_PLACE_CHANGE",
        ]
      ),
      ("AREVIEW", .reviews, ["REVIEW", "REVIEW_CODE"]),
      ("AMISSING", .missing, ["MISSING", "MIS_START", "MIS_END"]),
      ("PERMANENCE", .prevPerm, ["PREV_PERM", "LA_PERM", "DATE_PERM"]),
      (
        "OC2", .oc2,
        [
          "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
          "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
          "INTERVENTION_OFFERED",
        ]
      ),
      (
        "AD_PLACED", .placedAdoption, ["DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
      ),
    ]

    /// The header's leaves that make the optional rows derived from it, each present when one
    /// of its fields is given.
    static let headerTables: [(table: Table, given: [String])] = [
      (.uasc, ["DUC"]),
      (.ad1, ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]),
      (.oc3, ["IN_TOUCH", "ACTIV", "ACCOM"]),
    ]

    /// The element a table's column is read from: CHILD is HEADER's CHILDID, PLACE is PL.
    static func leaf(for column: String) -> String {
      switch column {
      case "CHILD": "CHILDID"
      case "PLACE": "PL"
      default: column
      }
    }

    /// Reads the document into `result`.
    func read(_ parser: XMLPullParser, into result: inout Return) {
      var state = State(year: year, file: file)
      var stopped = false
      do throws(XMLSyntaxError) {
        // A file is parsed ahead on another thread; a document in memory is small enough not to
        // need it.
        try parser.forEachEvent(readingAhead: parser.readsFile) { event in
          switch event {
          case .startElement(let name, let location):
            stopped = !state.start(name, at: location, into: &result)
            return !stopped
          case .text(let text, let location): state.text(text, at: location, into: &result)
          case .endElement: state.end(into: &result)
          }
          return true
        }
        if stopped { return }
      } catch {
        result.issues.append(
          SourceDataIssue(
            file: file, line: error.location.line, column: "byte \(error.location.column)",
            rule: .malformedXML, detail: "\(error.rule)"))
      }
      state.finish(into: &result)
    }
  }
}

extension SSDA903.XMLReturnReader {
  /// The leaves of one element being read (the header, or a group), reused from child to child.
  struct Record {
    let element: String
    let leaves: [String]
    let index: [String: Int]
    var values: [String?]
    var lines: [Int]
    var seen: [Bool]
    /// The leaf expected next: leaves usually come in the schema's order, so a name is most
    /// often found by one comparison rather than a hash.
    var cursor = 0

    init(element: String, leaves: [String]) {
      self.element = element
      self.leaves = leaves
      index = Dictionary(uniqueKeysWithValues: leaves.enumerated().map { ($1, $0) })
      values = Array(repeating: nil, count: leaves.count)
      lines = Array(repeating: 0, count: leaves.count)
      seen = Array(repeating: false, count: leaves.count)
    }

    /// The position of the leaf called `name`, if it is one of this element's.
    mutating func leaf(named name: String) -> Int? {
      let position: Int
      if cursor < leaves.count, leaves[cursor] == name {
        position = cursor
      } else if let found = index[name] {
        position = found
      } else {
        return nil
      }
      cursor = position + 1
      return position
    }

    mutating func reset(line: Int) {
      cursor = 0
      for position in values.indices {
        values[position] = nil
        lines[position] = line
        seen[position] = false
      }
    }

    func isGiven(_ leaf: String) -> Bool {
      guard let position = index[leaf], let value = values[position] else { return false }
      return !value.isEmpty
    }
  }

  /// Where a table's column comes from: the header's leaf or the group's.
  enum Source {
    case header(Int)
    case group(Int)
    case absent
  }

  /// A header or group seen as a row of its table.
  struct Row: SSDA903.TableRow {
    let header: Record
    let group: Record?
    let sources: [Source]

    func text(_ column: Int) -> String? {
      switch sources[column] {
      case .header(let position): header.values[position]
      case .group(let position): group?.values[position]
      case .absent: nil
      }
    }

    func place(of column: Int) -> (line: Int, name: String) {
      switch sources[column] {
      case .header(let position):
        return (header.lines[position], header.element + "/" + header.leaves[position])
      case .group(let position):
        let record = group ?? header
        return (record.lines[position], record.element + "/" + record.leaves[position])
      case .absent:
        let record = group ?? header
        return (record.lines.first ?? 0, record.element)
      }
    }
  }

  /// What an open element is.
  enum Frame {
    case root, child, header
    case group(Int)
    case headerLeaf(Int)
    case groupLeaf(group: Int, leaf: Int)
    case skipped
  }

  /// The reading in progress.
  struct State {
    let year: CollectionYear
    let file: String
    var frames: [Frame] = []
    var header = Record(element: "HEADER", leaves: SSDA903.XMLReturnReader.headerLeaves)
    var groups = SSDA903.XMLReturnReader.groups.map {
      Record(element: $0.element, leaves: $0.leaves)
    }
    var sawHeader = false
    var leafText = ""
    var leafLine = 0
    /// Each table's checker and row count, by its place in ``SSDA903/XMLReturnReader/tables``
    /// (kept here rather than in the return's dictionary: one row costs no hashing).
    var checkers: [SSDA903.RowChecker?]
    var counts: [Int]
    var recognised = false
    /// Each table's columns' sources when read from the header, or from each group.
    let headerSources: [SSDA903.Table: [Source]]
    let groupSources: [[Source]]

    init(year: CollectionYear, file: String) {
      self.year = year
      self.file = file
      let reader = SSDA903.XMLReturnReader.self
      checkers = Array(repeating: nil, count: reader.tables.count)
      counts = Array(repeating: 0, count: reader.tables.count)
      let headerIndex = Dictionary(
        uniqueKeysWithValues: reader.headerLeaves.enumerated().map { ($1, $0) })
      func fromHeader(_ column: String) -> Source {
        headerIndex[reader.leaf(for: column)].map(Source.header) ?? .absent
      }
      headerSources = Dictionary(
        uniqueKeysWithValues: ([.header] + reader.headerTables.map(\.table)).map { table in
          (table, table.columns.map(fromHeader))
        })
      groupSources = reader.groups.map { group in
        group.table.columns.map { column in
          if column == "CHILD" || column == "DOB" { return fromHeader(column) }
          return group.leaves.firstIndex(of: reader.leaf(for: column)).map(Source.group)
            ?? .absent
        }
      }
    }

    /// Handles an element's start; `false` when the document is not a return (stop reading).
    mutating func start(_ name: String, at location: XMLLocation, into result: inout SSDA903.Return)
      -> Bool
    {
      let reader = SSDA903.XMLReturnReader.self
      guard let frame = frames.last else {
        guard name == reader.rootElement else {
          result.issues.append(
            SourceDataIssue(
              file: file, line: location.line, column: nil, rule: .unrecognisedDocument,
              detail: "root element \(name), expected \(reader.rootElement)"))
          return false
        }
        recognised = true
        frames.append(.root)
        return true
      }
      var next = Frame.skipped
      switch frame {
      case .root where name == "CHILD":
        header.reset(line: location.line)
        sawHeader = false
        next = .child
      case .child where name == "HEADER":
        if sawHeader {
          note(.repeatedElement, "CHILD/HEADER", location.line, into: &result)
        } else {
          sawHeader = true
          header.reset(line: location.line)
          next = .header
        }
      case .child where name == "EPISODE":
        groups[0].reset(line: location.line)
        next = .group(0)
      case .header:
        if let leaf = header.leaf(named: name) {
          next = .headerLeaf(leaf)
        } else if let group = groups.indices.dropFirst().first(where: { groups[$0].element == name }
        ) {
          groups[group].reset(line: location.line)
          next = .group(group)
        } else {
          unknown(name, in: "HEADER", location.line, into: &result)
        }
      case .group(let group):
        if let leaf = groups[group].leaf(named: name) {
          next = .groupLeaf(group: group, leaf: leaf)
        } else {
          unknown(name, in: groups[group].element, location.line, into: &result)
        }
      case .skipped:
        break
      default:
        unknown(name, in: path(of: frame), location.line, into: &result)
      }
      leafText = ""
      leafLine = location.line
      frames.append(next)
      return true
    }

    mutating func text(_ text: String, at location: XMLLocation, into result: inout SSDA903.Return)
    {
      switch frames.last {
      case .headerLeaf, .groupLeaf:
        // Values are codes, dates and identifiers: a longer one is cut, so memory stays bounded
        // even for text split by comments.
        let length = leafText.utf8.count + text.utf8.count
        if length <= SSDA903.XMLReturnReader.maximumValueLength {
          if leafText.isEmpty { leafText = text } else { leafText += text }
        }
      case .skipped, nil:
        break
      case .some(let frame):
        note(.strayText, path(of: frame), location.line, into: &result)
      }
    }

    mutating func end(into result: inout SSDA903.Return) {
      guard let frame = frames.popLast() else { return }
      switch frame {
      case .headerLeaf(let leaf):
        Self.store(leafText, line: leafLine, in: &header, leaf, file: file, into: &result)
      case .groupLeaf(let group, let leaf):
        Self.store(leafText, line: leafLine, in: &groups[group], leaf, file: file, into: &result)
      case .group(let group):
        let row = Row(header: header, group: groups[group], sources: groupSources[group])
        check(row, SSDA903.XMLReturnReader.groups[group].table, into: &result)
      case .header:
        check(
          Row(header: header, group: nil, sources: headerSources[.header] ?? []), .header,
          into: &result)
        for (table, given) in SSDA903.XMLReturnReader.headerTables
        where given.contains(where: header.isGiven) {
          check(
            Row(header: header, group: nil, sources: headerSources[table] ?? []), table,
            into: &result)
        }
      case .root, .child, .skipped:
        break
      }
    }

    private mutating func check(
      _ row: Row, _ table: SSDA903.Table, into result: inout SSDA903.Return
    ) {
      guard let slot = SSDA903.XMLReturnReader.tables.firstIndex(of: table) else { return }
      counts[slot] += 1
      if checkers[slot] == nil {
        checkers[slot] = SSDA903.RowChecker(table: table, year: year, file: file)
      }
      checkers[slot]?.check(row, into: &result)
    }

    /// Adds the tables' row counts to the return once the document is read (or broke off):
    /// every table the XML form holds, with zero rows when none was given.
    func finish(into result: inout SSDA903.Return) {
      guard recognised else { return }
      for (slot, table) in SSDA903.XMLReturnReader.tables.enumerated() {
        result.rowCounts[table, default: 0] += counts[slot]
      }
    }

    /// Keeps a leaf's value, or reports it repeated.
    private static func store(
      _ text: String, line: Int, in record: inout Record, _ leaf: Int, file: String,
      into result: inout SSDA903.Return
    ) {
      guard !record.seen[leaf] else {
        result.issues.append(
          SourceDataIssue(
            file: file, line: line, column: record.element + "/" + record.leaves[leaf],
            rule: .repeatedElement))
        return
      }
      record.seen[leaf] = true
      record.lines[leaf] = line
      record.values[leaf] = trimmed(text)
    }

    private func path(of frame: Frame) -> String {
      switch frame {
      case .root: SSDA903.XMLReturnReader.rootElement
      case .child: "CHILD"
      case .header: "HEADER"
      case .group(let group): groups[group].element
      case .headerLeaf(let leaf): "HEADER/" + header.leaves[leaf]
      case .groupLeaf(let group, let leaf): groups[group].element + "/" + groups[group].leaves[leaf]
      case .skipped: "?"
      }
    }

    private func unknown(
      _ name: String, in parent: String, _ line: Int, into result: inout SSDA903.Return
    ) {
      result.issues.append(
        SourceDataIssue(
          file: file, line: line, column: parent + "/" + name, rule: .unknownElement,
          detail: "skipped with its content"))
    }

    private func note(
      _ rule: SourceDataIssue.Rule, _ element: String, _ line: Int,
      into result: inout SSDA903.Return
    ) {
      result.issues.append(
        SourceDataIssue(file: file, line: line, column: element, rule: rule, detail: nil))
    }

    /// The text without surrounding ASCII white space; `nil` when nothing is left.
    static func trimmed(_ text: String) -> String? {
      let bytes = text.utf8
      guard let first = bytes.firstIndex(where: { !isSpace($0) }),
        let last = bytes.lastIndex(where: { !isSpace($0) })
      else { return nil }
      return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex)
        ? text : String(decoding: bytes[first...last], as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
  }
}
