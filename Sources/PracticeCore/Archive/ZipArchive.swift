/// A ZIP archive read from its central directory (PKWARE APPNOTE 6.3, sections 4.3 and 4.4): the
/// container of an Office Open XML workbook (`.xlsx`). Written for that use, without dependency.
///
/// Entries stored or compressed with DEFLATE are read; anything else is refused with a clear
/// error rather than guessed at: ZIP64, encryption, other compression methods, archives split
/// over several disks. Every entry's CRC-32 is checked, and bounds apply to the archive's size,
/// each entry's expanded size, the total expanded, and the expansion ratio, so a hostile
/// archive costs bounded memory.
public struct ZipArchive: Sendable {
  /// One file in the archive.
  public struct Entry: Sendable, Hashable {
    /// The entry's name, for example `xl/workbook.xml`.
    public let name: String
    /// The compression method (0 stored, 8 DEFLATE).
    let method: Int
    let crc: UInt32
    let compressedSize: Int
    /// The size once expanded, as the central directory gives it.
    public let size: Int
    let localHeaderOffset: Int
  }

  /// Bounds on what one archive may hold.
  public struct Limits: Sendable, Hashable {
    /// The largest expanded entry, in bytes.
    public var maximumEntrySize: Int
    /// The most bytes all the entries may expand to, in total (checked against the sizes the
    /// central directory records, each of which is checked when the entry is read).
    public var maximumTotalSize: Int
    /// The largest ratio of an entry's expanded size to its compressed size.
    public var maximumRatio: Int
    /// The most entries.
    public var maximumEntries: Int

    /// Creates limits; the defaults are far beyond an inspection workbook.
    public init(
      maximumEntrySize: Int = 256 << 20, maximumTotalSize: Int = 1 << 30,
      maximumRatio: Int = 1_000, maximumEntries: Int = 10_000
    ) {
      self.maximumEntrySize = maximumEntrySize
      self.maximumTotalSize = maximumTotalSize
      self.maximumRatio = maximumRatio
      self.maximumEntries = maximumEntries
    }
  }

  /// The archive's entries, in central-directory order.
  public let entries: [Entry]
  private let bytes: [UInt8]
  private let limits: Limits

  /// Reads the central directory of the archive `bytes`.
  /// - Throws: ``ZipError`` when the bytes are not a ZIP archive this reader accepts.
  public init(bytes: [UInt8], limits: Limits = Limits()) throws(ZipError) {
    self.bytes = bytes
    self.limits = limits
    let end = try Self.endOfCentralDirectory(bytes)
    let count = Self.uint16(bytes, end + 10)
    let directorySize = Int(Self.uint32(bytes, end + 12))
    let directoryOffset = Int(Self.uint32(bytes, end + 16))
    guard Self.uint16(bytes, end + 4) == 0, Self.uint16(bytes, end + 6) == 0 else {
      throw .unsupported("an archive split over several disks")
    }
    guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF else { throw .unsupported("ZIP64") }
    guard count <= limits.maximumEntries else {
      throw .tooManyEntries(limit: limits.maximumEntries)
    }
    guard directoryOffset <= end, directorySize <= end - directoryOffset else {
      throw .malformed("the central directory lies outside the archive")
    }
    var entries: [Entry] = []
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= end, Self.uint32(bytes, offset) == 0x0201_4B50 else {
        throw .malformed("a central directory entry is missing")
      }
      let flags = Self.uint16(bytes, offset + 8)
      let nameLength = Self.uint16(bytes, offset + 28)
      let extraLength = Self.uint16(bytes, offset + 30)
      let commentLength = Self.uint16(bytes, offset + 32)
      guard offset + 46 + nameLength <= end else {
        throw .malformed("a central directory entry runs past its end")
      }
      let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
      guard flags & 1 == 0 else { throw .unsupported("encryption (entry \(name))") }
      let compressed = Self.uint32(bytes, offset + 20)
      let size = Self.uint32(bytes, offset + 24)
      let local = Self.uint32(bytes, offset + 42)
      guard compressed != 0xFFFF_FFFF, size != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
        throw .unsupported("ZIP64 (entry \(name))")
      }
      entries.append(
        Entry(
          name: name, method: Self.uint16(bytes, offset + 10), crc: Self.uint32(bytes, offset + 16),
          compressedSize: Int(compressed), size: Int(size), localHeaderOffset: Int(local)))
      offset += 46 + nameLength + extraLength + commentLength
    }
    // Each entry is checked to expand to exactly its recorded size, so the recorded sizes bound
    // what reading every entry costs.
    guard entries.reduce(0, { $0 + $1.size }) <= limits.maximumTotalSize else {
      throw .totalTooLarge(limit: limits.maximumTotalSize)
    }
    self.entries = entries
  }

  /// The entry called `name`, if the archive has one.
  public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

  /// The expanded bytes of `entry`, their CRC-32 checked.
  /// - Throws: ``ZipError`` naming the entry.
  public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
    let name = entry.name
    guard entry.size <= limits.maximumEntrySize else {
      throw .tooLarge(entry: name, limit: limits.maximumEntrySize)
    }
    guard entry.size <= max(entry.compressedSize, 1) * limits.maximumRatio else {
      throw .ratioTooHigh(entry: name, limit: limits.maximumRatio)
    }
    let header = entry.localHeaderOffset
    guard header <= bytes.count - 30, Self.uint32(bytes, header) == 0x0403_4B50 else {
      throw .malformed("the local header of \(name) is missing")
    }
    let start = header + 30 + Self.uint16(bytes, header + 26) + Self.uint16(bytes, header + 28)
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw .malformed("the data of \(name) runs past the end of the archive")
    }
    let data = Array(bytes[start..<start + entry.compressedSize])
    let expanded: [UInt8]
    switch entry.method {
    case 0: expanded = data
    case 8:
      do throws(InflateError) {
        expanded = try Inflate.decompress(data, limit: entry.size)
      } catch {
        throw .inflate(entry: name, error)
      }
    default: throw .unsupported("compression method \(entry.method) (entry \(name))")
    }
    guard expanded.count == entry.size else {
      throw .malformed("\(name) expands to a size other than the one recorded")
    }
    guard CRC32.checksum(expanded) == entry.crc else { throw .checksumMismatch(entry: name) }
    return expanded
  }

  /// The expanded bytes of the entry called `name`, or `nil` when there is none.
  /// - Throws: ``ZipError`` naming the entry.
  public func contents(ofEntryNamed name: String) throws(ZipError) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try contents(of: entry)
  }

  /// The offset of the end-of-central-directory record: searched back from the end, past a
  /// comment of up to 65,535 bytes.
  private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(ZipError) -> Int {
    guard bytes.count >= 22 else { throw .notAnArchive }
    let lowest = max(0, bytes.count - 22 - 65_535)
    var offset = bytes.count - 22
    while offset >= lowest {
      if uint32(bytes, offset) == 0x0605_4B50 { return offset }
      offset -= 1
    }
    throw .notAnArchive
  }

  private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
    guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
    return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
    return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
      | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
  }
}

/// Why a ZIP archive or one of its entries could not be read. Entry names are the archive's
/// own (`xl/worksheets/sheet1.xml`), never data.
public enum ZipError: Error, Sendable, Hashable, CustomStringConvertible {
  /// No end-of-central-directory record: not a ZIP archive (or cut short).
  case notAnArchive
  /// The archive's structure is broken (what is wrong).
  case malformed(String)
  /// The archive uses a feature this reader does not (which).
  case unsupported(String)
  /// More entries than the limit.
  case tooManyEntries(limit: Int)
  /// An entry expands past the limit (in bytes).
  case tooLarge(entry: String, limit: Int)
  /// The entries together would expand past the limit (in bytes).
  case totalTooLarge(limit: Int)
  /// An entry claims to expand by more than the limit ratio.
  case ratioTooHigh(entry: String, limit: Int)
  /// An entry's DEFLATE data is broken.
  case inflate(entry: String, InflateError)
  /// An entry's CRC-32 does not match its data.
  case checksumMismatch(entry: String)

  /// For example "xl/workbook.xml: the data does not match its CRC-32".
  public var description: String {
    switch self {
    case .notAnArchive:
      "not a ZIP archive (an .xlsx workbook is one), or one cut short: no central directory"
    case .malformed(let what): "the archive is damaged: \(what)"
    case .unsupported(let what): "the archive uses \(what), which this reader does not read"
    case .tooManyEntries(let limit): "the archive has more than \(limit) entries"
    case .tooLarge(let entry, let limit): "\(entry): expands to more than \(limit) bytes"
    case .totalTooLarge(let limit): "the entries together expand to more than \(limit) bytes"
    case .ratioTooHigh(let entry, let limit):
      "\(entry): expands more than \(limit) times its compressed size"
    case .inflate(let entry, let error): "\(entry): \(error)"
    case .checksumMismatch(let entry): "\(entry): the data does not match its CRC-32"
    }
  }
}

/// The CRC-32 of ISO 3309 and ITU-T V.42 (polynomial 0xEDB88320, reflected), as ZIP uses it.
public enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// The checksum of `bytes` (`123456789` gives 0xCBF43926).
  public static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
