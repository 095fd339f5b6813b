/// A fast, streaming RFC 4180 CSV reader working on UTF-8 bytes.
///
/// Call ``next()`` until it returns `nil`. Behaviour, beyond RFC 4180:
/// - A UTF-8 byte-order mark at the very start is skipped.
/// - CRLF, LF and a lone CR all end a line, mixed freely; inside quoted fields they are kept
///   exactly as written.
/// - A final line ending does not start a new record, so `a,b\n` is one record.
/// - Blank lines (no bytes between two line endings) are skipped by default
///   (``Options/skipsBlankLines``); otherwise each is a record with one empty field.
/// - With ``Options/hasHeader`` the first record is the header (see ``CSVHeader``) and is not
///   returned; every record can then be read by column name. Blank lines before the header are
///   always skipped.
/// - With ``Options/requiresUniformWidth`` every record must have as many fields as the header,
///   or without a header, as the first record.
/// - A field longer than ``maximumFieldBytes`` or a record longer than ``maximumRecordBytes`` is
///   an error at the place the limit was passed.
///
/// After an error the reader is finished and ``next()`` returns `nil`. Reading a file keeps one
/// chunk and the current record in memory, whatever the file's size. Copies of a reader read
/// independently (files are read with `pread` at each copy's own offset). The reader is an
/// iterator, not a value to compare, so it is not `Hashable`.
public struct CSVReader: Sendable {
  /// How to read the text.
  public struct Options: Hashable, Sendable, Codable {
    /// The field separator; RFC 4180 uses the comma.
    public var delimiter: CSVDelimiter
    /// Whether the first record holds column names.
    public var hasHeader: Bool
    /// Whether every record must have the same number of fields as the header or first record.
    public var requiresUniformWidth: Bool
    /// Whether blank lines are skipped rather than read as one-empty-field records.
    public var skipsBlankLines: Bool

    /// Creates options; the defaults read RFC 4180 text with a header, strictly.
    public init(
      delimiter: CSVDelimiter = .comma, hasHeader: Bool = true, requiresUniformWidth: Bool = true,
      skipsBlankLines: Bool = true
    ) {
      self.delimiter = delimiter
      self.hasHeader = hasHeader
      self.requiresUniformWidth = requiresUniformWidth
      self.skipsBlankLines = skipsBlankLines
    }
  }

  /// The default number of bytes read from a file at a time.
  public static let defaultChunkSize = 65_536

  /// The longest field read, in bytes (64 KiB, the XML reader's text cap): a longer one is
  /// ``CSVError/Rule/fieldTooLong(limit:)`` and ends reading, so a file of endless bytes (a link
  /// to a device, a corrupted export) cannot fill memory.
  public static let maximumFieldBytes = 65_536

  /// The longest record read, in bytes (1 MiB): a longer one is
  /// ``CSVError/Rule/recordTooLong(limit:)`` and ends reading.
  public static let maximumRecordBytes = 1_048_576

  /// The options this reader was created with.
  public let options: Options
  /// The header, once it has been read (by ``readHeader()`` or the first ``next()``).
  public private(set) var header: CSVHeader?

  private var scanner: CSVScanner
  private var headerPending: Bool
  private var expectedWidth: Int?
  private var finished = false

  /// Creates a reader over bytes held in memory.
  public init(bytes: [UInt8], options: Options = Options()) {
    self.options = options
    headerPending = options.hasHeader
    scanner = CSVScanner(bytes: bytes, delimiter: options.delimiter.byte)
  }

  /// Creates a reader over any sequence of bytes, collected into memory first.
  public init<Bytes: Sequence>(bytes: Bytes, options: Options = Options())
  where Bytes.Element == UInt8 {
    self.init(bytes: Array(bytes), options: options)
  }

  /// Creates a reader over a string's UTF-8 encoding.
  public init(string: String, options: Options = Options()) {
    self.init(bytes: Array(string.utf8), options: options)
  }

  /// Creates a reader that streams the file at `path`, `chunkSize` bytes at a time (clamped to
  /// 1 byte ... 16 MiB).
  ///
  /// - Throws: ``CSVError/Rule/cannotOpenFile(errno:)`` when the file cannot be opened,
  ///   ``CSVError/Rule/notARegularFile`` for a folder, device, FIFO or socket (see
  ///   ``ChunkedFile/init(path:)``).
  public init(
    contentsOfFile path: String, options: Options = Options(), chunkSize: Int = defaultChunkSize
  ) throws(CSVError) {
    let file: ChunkedFile
    do {
      file = try ChunkedFile(path: path)
    } catch {
      throw CSVError(
        error.isNotARegularFile ? .notARegularFile : .cannotOpenFile(errno: error.errno), line: 1,
        column: 1)
    }
    self.options = options
    headerPending = options.hasHeader
    scanner = try CSVScanner(
      file: file, chunkSize: min(max(1, chunkSize), 1 << 24), delimiter: options.delimiter.byte)
  }

  /// Reads the header now, if the options say there is one, and returns it.
  ///
  /// Returns `nil` without a header option, or when the input is empty.
  public mutating func readHeader() throws(CSVError) -> CSVHeader? {
    try readHeader(inFirst: 1) { _ in true }
  }

  /// Reads the header now, if the options say there is one: the first of the first `limit`
  /// records (blank lines skipped) whose fields `isHeader` accepts. Records before it (a title,
  /// a note above a table saved from a spreadsheet) are skipped, whatever their width; uniform
  /// width, if required, is checked from the header on. When none of them is accepted, the first
  /// record is the header, as ``readHeader()`` reads it (the caller then reports it as it would
  /// any header it does not recognise).
  ///
  /// Returns `nil` without a header option, or when the input is empty.
  /// - Parameters:
  ///   - limit: how many records may be read to find the header (at least 1).
  ///   - isHeader: whether a record's fields are the header.
  public mutating func readHeader(inFirst limit: Int, where isHeader: ([String]) -> Bool)
    throws(CSVError) -> CSVHeader?
  {
    guard headerPending, !finished else { return header }
    headerPending = false
    var first: (names: [String], line: Int)?
    var chosen: (names: [String], line: Int)?
    for _ in 0..<max(1, limit) {
      guard
        let raw = try guarded({ (scanner: inout CSVScanner) throws(CSVError) in
          try scanner.nextRecord(skippingBlankLines: true)
        })
      else { break }
      let record = CSVRecord(text: raw.text, fieldBounds: raw.fieldBounds, line: raw.line)
      if first == nil { first = (record.fields, raw.line) }
      if isHeader(record.fields) {
        chosen = (record.fields, raw.line)
        break
      }
    }
    guard let (names, line) = chosen ?? first else { return nil }
    if chosen == nil, limit > 1 {
      // The records read after the first are gone; the caller reports the first as the header.
      finished = true
    }
    switch CSVHeader.make(names) {
    case .success(let made):
      header = made
      expectedWidth = made.count
      return made
    case .failure(let duplicate):
      finished = true
      throw CSVError(
        .duplicateHeaderName(firstField: duplicate.first + 1, secondField: duplicate.second + 1),
        line: line, column: 1)
    }
  }

  /// Returns the next record, or `nil` at the end of the input (or after an error).
  public mutating func next() throws(CSVError) -> CSVRecord? {
    if headerPending { _ = try readHeader() }
    let skipsBlank = options.skipsBlankLines
    guard
      let raw = try guarded({ (scanner: inout CSVScanner) throws(CSVError) in
        try scanner.nextRecord(skippingBlankLines: skipsBlank)
      })
    else { return nil }
    if options.requiresUniformWidth {
      if let expectedWidth {
        guard raw.fieldCount == expectedWidth else {
          finished = true
          throw CSVError(
            .fieldCountMismatch(expected: expectedWidth, found: raw.fieldCount),
            line: raw.line, column: 1)
        }
      } else {
        expectedWidth = raw.fieldCount
      }
    }
    return CSVRecord(text: raw.text, fieldBounds: raw.fieldBounds, line: raw.line, header: header)
  }

  /// Reads every remaining record.
  public mutating func readAll() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    while let record = try next() { records.append(record) }
    return records
  }

  /// The remaining records as a `Sequence` of results, ending after the first failure, for use
  /// with `for`-`in`.
  public var results: Results { Results(reader: self) }

  /// A sequence of each remaining record or the error that stopped reading.
  public struct Results: Sequence, IteratorProtocol, Sendable {
    var reader: CSVReader

    /// Returns the next record or error, or `nil` once the input or an error has ended reading.
    public mutating func next() -> Result<CSVRecord, CSVError>? {
      do throws(CSVError) {
        guard let record = try reader.next() else { return nil }
        return .success(record)
      } catch {
        return .failure(error)
      }
    }
  }

  /// Runs a scanner step, marking the reader finished when the step ends the input or fails.
  private mutating func guarded(
    _ step: (inout CSVScanner) throws(CSVError) -> CSVScanner.RawRecord?
  ) throws(CSVError) -> CSVScanner.RawRecord? {
    guard !finished else { return nil }
    do throws(CSVError) {
      guard let raw = try step(&scanner) else {
        finished = true
        return nil
      }
      return raw
    } catch {
      finished = true
      throw error
    }
  }
}
