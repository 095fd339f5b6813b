import Foundation
import PracticeCore
import PracticeTestSupport
import Testing

@Suite("ZIP archives, DEFLATE and CRC-32")
struct ArchiveTests {
  /// Raw DEFLATE made with Python's zlib (wbits -15) while developing.
  static let fixed: [UInt8] = [203, 72, 205, 201, 201, 87, 200, 64, 144, 0]
  static let stored: [UInt8] = [1, 3, 0, 252, 255, 97, 98, 99]
  static let dynamic = [UInt8](
    Data(
      base64Encoded:
        "Y2BkYmZhZWPn4OTi5uHl4xcQFBIWERUTl5CUkpaRlZNXUFRSVlFVU9fQ1NLW0dXTNzA0MjYxNTO3sLSytrG1s3dwdHJ2cXVz9/D08vbx9fMPCAwKDgkNC4+IjIqOiY2LT0hMSk5JTUvPyMzKzsnNyy8oLCouKS0rr6isqq6pratvaGxqbmlta+/o7Oru6e3rnzBx0uQpU6dNnzFz1uw5c+fNX7Bw0eIlS5ctX7Fy1eo1a9et37Bx0+YtW7dt37Fz1+49e/ftP3Dw0OEjR48dP3Hy1OkzZ8+dv3Dx0uUrV69dv3Hz1u07d+/df/Dw0eMnT589f/Hy1es3b9+9//Dx0+cvX799//Hz1+8/f//9Zxjh/nfOyMxJUQjNyywsTVXwdNFxSSxJVchPUyhKTUstKkrM4RpVMKpgVMGoglEFowpGFQwqBQA="
    ) ?? Data())
  /// A million zero bytes, compressed to 985.
  static let bomb = [UInt8](
    Data(
      base64Encoded:
        "7cEBAQAAAIIg/69uSEABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACvBg=="
    ) ?? Data())

  @Test("CRC-32 gives the standard check value")
  func crc() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }

  @Test("stored, fixed-Huffman and dynamic-Huffman blocks decompress")
  func blocks() throws {
    #expect(try Inflate.decompress(Self.stored, limit: 10) == Array("abc".utf8))
    #expect(try Inflate.decompress(Self.fixed, limit: 100) == Array("hello hello hello".utf8))
    let expected =
      (0..<512).map { UInt8($0 % 256) }
      + Array(String(repeating: "Child Unique ID,Date of referral\n", count: 60).utf8)
    let dynamic = try Inflate.decompress(Self.dynamic, limit: 10_000)
    #expect(dynamic == expected)
    #expect(CRC32.checksum(dynamic) == 1_692_076_943)
    #expect(try Inflate.decompress(Self.bomb, limit: 1_000_000).count == 1_000_000)
  }

  @Test("broken or expanding data is an error, never a crash or an unbounded output")
  func badData() {
    #expect(throws: InflateError.tooLarge(limit: 1_000)) {
      try Inflate.decompress(Self.bomb, limit: 1_000)
    }
    #expect(throws: InflateError.unexpectedEnd) {
      try Inflate.decompress(Array(Self.dynamic.prefix(40)), limit: 10_000)
    }
    #expect(throws: InflateError.invalidBlockType) { try Inflate.decompress([0x07], limit: 10) }
    #expect(throws: InflateError.invalidStoredLength) {
      try Inflate.decompress([1, 3, 0, 0, 0, 97, 98, 99], limit: 10)
    }
    // A fixed block whose first code is a match (length 3, distance 1) with no output yet.
    #expect(throws: InflateError.distanceTooFar) {
      try Inflate.decompress([0x03, 0x02], limit: 10)
    }
    #expect(throws: InflateError.unexpectedEnd) { try Inflate.decompress([], limit: 10) }
    // Every short input decodes or fails cleanly.
    for first in UInt8.min...UInt8.max {
      for second in [UInt8(0), 0x55, 0xFF] {
        _ = try? Inflate.decompress([first, second, first ^ second], limit: 64)
      }
    }
  }

  @Test("entries are listed and read; a CRC mismatch, encryption or junk is refused by name")
  func zip() throws {
    let bytes = TestZip.archive([("a.txt", Array("first".utf8)), ("dir/b.xml", Array("<b/>".utf8))])
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.map(\.name) == ["a.txt", "dir/b.xml"])
    #expect(try archive.contents(ofEntryNamed: "dir/b.xml") == Array("<b/>".utf8))
    #expect(try archive.contents(ofEntryNamed: "missing") == nil)
    let corrupt = try ZipArchive(bytes: TestZip.archive([("a.txt", [1, 2, 3])], crc: 7))
    #expect(throws: ZipError.checksumMismatch(entry: "a.txt")) {
      try corrupt.contents(ofEntryNamed: "a.txt")
    }
    #expect(throws: ZipError.unsupported("encryption (entry a.txt)")) {
      try ZipArchive(bytes: TestZip.archive([("a.txt", [1])], flags: 1))
    }
    #expect(throws: ZipError.notAnArchive) { try ZipArchive(bytes: Array("not a zip".utf8)) }
    #expect(throws: ZipError.notAnArchive) { try ZipArchive(bytes: Array(bytes.prefix(30))) }
    let limited = try ZipArchive(
      bytes: bytes, limits: ZipArchive.Limits(maximumEntrySize: 4))
    #expect(throws: ZipError.tooLarge(entry: "a.txt", limit: 4)) {
      try limited.contents(ofEntryNamed: "a.txt")
    }
    // Every truncation of an archive is refused or read, never a crash.
    for length in 0..<bytes.count {
      if let archive = try? ZipArchive(bytes: Array(bytes.prefix(length))) {
        for entry in archive.entries { _ = try? archive.contents(of: entry) }
      }
    }
  }

  /// A one-entry archive (`a.txt`, "abc") with a little-endian `value` of `width` bytes written
  /// at `field` of its central directory entry (10 method, 20 compressed size, 24 size), or at
  /// `local` of its local header.
  static func patched(field: Int? = nil, local: Int? = nil, value: UInt32, width: Int = 4)
    -> [UInt8]
  {
    var bytes = TestZip.archive([("a.txt", Array("abc".utf8))])
    let directory = 30 + 5 + 3
    let offset = field.map { directory + $0 } ?? local ?? 0
    for index in 0..<width { bytes[offset + index] = UInt8(value >> (8 * UInt32(index)) & 0xFF) }
    return bytes
  }

  @Test("declared sizes, ratios and methods beyond the reader are refused by name, never read")
  func limits() throws {
    // The sizes recorded for all entries together are bounded before any is read.
    let two = TestZip.archive([("a.txt", [1, 2, 3]), ("b.txt", [4, 5, 6])])
    #expect(throws: ZipError.totalTooLarge(limit: 5)) {
      try ZipArchive(bytes: two, limits: ZipArchive.Limits(maximumTotalSize: 5))
    }
    #expect(
      try ZipArchive(bytes: two, limits: ZipArchive.Limits(maximumTotalSize: 6)).entries.count == 2)
    // A huge declared size: refused from the directory alone (the default total is 1 GiB).
    #expect(throws: ZipError.totalTooLarge(limit: 1 << 30)) {
      try ZipArchive(bytes: Self.patched(field: 24, value: 0xFFFF_FFFE))
    }
    let huge = try ZipArchive(
      bytes: Self.patched(field: 24, value: 300 << 20),
      limits: ZipArchive.Limits(maximumRatio: .max))
    #expect(throws: ZipError.tooLarge(entry: "a.txt", limit: 256 << 20)) {
      try huge.contents(ofEntryNamed: "a.txt")
    }
    // A zip bomb's ratio: 3 bytes that claim to expand to 3 MB.
    let bomb = try ZipArchive(bytes: Self.patched(field: 24, value: 3_000_000))
    #expect(throws: ZipError.ratioTooHigh(entry: "a.txt", limit: 1_000)) {
      try bomb.contents(ofEntryNamed: "a.txt")
    }
    #expect(throws: ZipError.unsupported("ZIP64 (entry a.txt)")) {
      try ZipArchive(bytes: Self.patched(field: 20, value: 0xFFFF_FFFF))
    }
    let bzip2 = try ZipArchive(bytes: Self.patched(field: 10, value: 12, width: 2))
    #expect(throws: ZipError.unsupported("compression method 12 (entry a.txt)")) {
      try bzip2.contents(ofEntryNamed: "a.txt")
    }
    let signature = try ZipArchive(bytes: Self.patched(local: 0, value: 0x0403_4B51))
    #expect(throws: ZipError.malformed("the local header of a.txt is missing")) {
      try signature.contents(ofEntryNamed: "a.txt")
    }
    let short = try ZipArchive(bytes: Self.patched(field: 24, value: 2))
    #expect(throws: ZipError.malformed("a.txt expands to a size other than the one recorded")) {
      try short.contents(ofEntryNamed: "a.txt")
    }
    // Every single-byte change to an archive is refused or read, never a crash.
    let bytes = TestZip.archive([("a.txt", Array("abc".utf8))])
    for index in bytes.indices {
      var changed = bytes
      changed[index] ^= 0xA5
      if let archive = try? ZipArchive(bytes: changed) {
        for entry in archive.entries { _ = try? archive.contents(of: entry) }
      }
    }
  }
}
