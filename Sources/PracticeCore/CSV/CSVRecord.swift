/// The column names from a CSV file's first row, with lookup by name.
///
/// Names are trimmed of leading and trailing spaces and tabs (a UTF-8 byte-order mark at the start
/// of the file is removed before any parsing). Lookup is exact and case-sensitive; duplicate names
/// after trimming are rejected by the reader, so every name maps to one field.
public struct CSVHeader: Hashable, Sendable {
  /// The trimmed column names, in file order.
  public let names: [String]
  private let indexByName: [String: Int]

  /// Creates a header from raw names, trimming each; returns the 0-based positions of the first
  /// duplicate pair instead when two names collide.
  static func make(_ rawNames: [String]) -> Result<CSVHeader, DuplicateNames> {
    var names: [String] = []
    names.reserveCapacity(rawNames.count)
    var indexByName: [String: Int] = [:]
    for (position, raw) in rawNames.enumerated() {
      let name = trimmed(raw)
      if let earlier = indexByName[name] {
        return .failure(DuplicateNames(first: earlier, second: position))
      }
      indexByName[name] = position
      names.append(name)
    }
    return .success(CSVHeader(names: names, indexByName: indexByName))
  }

  private init(names: [String], indexByName: [String: Int]) {
    self.names = names
    self.indexByName = indexByName
  }

  /// Creates a header from column names, or returns `nil` when two names are equal after trimming.
  public init?(names rawNames: [String]) {
    guard case .success(let header) = Self.make(rawNames) else { return nil }
    self = header
  }

  /// The 0-based field index of the column called `name`, if there is one.
  public func index(of name: String) -> Int? { indexByName[name] }

  /// The number of columns.
  public var count: Int { names.count }

  struct DuplicateNames: Error {
    let first: Int
    let second: Int
  }

  private static func trimmed(_ name: String) -> String {
    let bytes = Array(name.utf8)
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    if start == 0, end == bytes.count { return name }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// One record (row) read from CSV text.
///
/// The record keeps its text as one string with the bounds of each field in it, which makes
/// reading a million-row file much cheaper than one `String` per field; each field's `String` is
/// made when it is asked for.
public struct CSVRecord: Hashable, Sendable {
  /// The record's text; field contents lie within it.
  private let text: String
  /// Start and end UTF-8 offsets of each field's content in `text`, two per field.
  private let fieldBounds: [Int]
  /// The 1-based physical line on which the record starts.
  public let line: Int
  /// The header of the file, when the reader was told the first row is a header.
  public let header: CSVHeader?

  init(text: String, fieldBounds: [Int], line: Int, header: CSVHeader? = nil) {
    self.text = text
    self.fieldBounds = fieldBounds
    self.line = line
    self.header = header
  }

  /// Creates a record from field values; the reader builds these, tests and callers may too.
  public init(fields: [String], line: Int, header: CSVHeader? = nil) {
    var text = ""
    var fieldBounds: [Int] = []
    fieldBounds.reserveCapacity(2 * fields.count)
    for field in fields {
      fieldBounds.append(text.utf8.count)
      text += field
      fieldBounds.append(text.utf8.count)
    }
    self.init(text: text, fieldBounds: fieldBounds, line: line, header: header)
  }

  /// The number of fields in this record.
  public var count: Int { fieldBounds.count / 2 }

  /// The field values in order, with quotes removed and doubled quotes undone.
  public var fields: [String] { (0..<count).map(field(at:)) }

  /// The field at 0-based `index`, or `nil` when the record has no such field.
  public subscript(index: Int) -> String? {
    index >= 0 && index < count ? field(at: index) : nil
  }

  /// The field in the column called `name`, or `nil` when there is no header, no such column, or
  /// this record is too short to have it.
  public subscript(name: String) -> String? {
    guard let index = header?.index(of: name) else { return nil }
    return self[index]
  }

  /// Records are equal when their lines, headers and field values are, however the fields were
  /// quoted in the source.
  public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
    guard lhs.line == rhs.line, lhs.count == rhs.count, lhs.header == rhs.header else {
      return false
    }
    return (0..<lhs.count).allSatisfy { lhs.slice(at: $0) == rhs.slice(at: $0) }
  }

  /// Hashes the line, header and field values, consistently with `==`.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(line)
    hasher.combine(header)
    hasher.combine(count)
    for index in 0..<count { hasher.combine(slice(at: index)) }
  }

  /// The field at a valid `index`; field boundaries always fall between Unicode scalars.
  private func slice(at index: Int) -> Substring {
    let utf8 = text.utf8
    let start = fieldBounds[2 * index]
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    let upper = utf8.index(lower, offsetBy: fieldBounds[2 * index + 1] - start)
    return text[lower..<upper]
  }

  private func field(at index: Int) -> String {
    let start = fieldBounds[2 * index]
    let end = fieldBounds[2 * index + 1]
    // Decoding straight from the contiguous UTF-8 skips String's index alignment work.
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    return fast ?? String(slice(at: index))
  }
}
