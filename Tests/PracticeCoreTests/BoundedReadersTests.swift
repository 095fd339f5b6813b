import Foundation
import PracticeCore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The CSV field and record caps, and the regular-files-only rule of the one place files are
/// opened (``ChunkedFile``). Each case would hang, or grow without bound, without the rule.
@Suite("Bounded readers: field and record caps, regular files only")
struct BoundedReadersTests {
  /// A fresh temporary directory.
  static func directory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-bounded-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func records(_ text: [UInt8]) throws(CSVError) -> [CSVRecord] {
    var reader = CSVReader(bytes: text, options: CSVReader.Options(hasHeader: false))
    return try reader.readAll()
  }

  @Test("a field of 64 KiB is read; one byte more is a located error")
  func fieldCap() throws {
    let limit = CSVReader.maximumFieldBytes
    #expect(limit == 65_536)
    let field = [UInt8](repeating: UInt8(ascii: "x"), count: limit)
    #expect(try Self.records(Array("a,".utf8) + field + [0x0A]).first?.count == 2)
    #expect(throws: CSVError(.fieldTooLong(limit: limit), line: 2, column: limit + 4)) {
      try Self.records(Array("h\na,".utf8) + field + Array("y\n".utf8))
    }
    // Quoted, too.
    #expect(throws: CSVError.self) {
      try Self.records([0x22] + field + Array("y\"\n".utf8))
    }
  }

  @Test("a record of more than 1 MiB in short fields is a located error")
  func recordCap() throws {
    #expect(CSVReader.maximumRecordBytes == 1_048_576)
    let fields = [UInt8](repeating: UInt8(ascii: ","), count: 1_100_000)
    do throws(CSVError) {
      _ = try Self.records(Array("h\n".utf8) + fields + [0x0A])
      Issue.record("a record over the cap was read")
    } catch {
      #expect(error.rule == .recordTooLong(limit: 1_048_576))
      #expect(error.line == 2)
    }
  }

  @Test("a file of endless NUL bytes stops at the field cap, having read little of it")
  func endlessFile() throws {
    let path = try Self.directory() + "/nul.csv"
    // 3 MiB of NUL bytes in one field: streamed 64 KiB at a time, reading stops at the cap.
    try Data(Array("CHILD\n".utf8) + [UInt8](repeating: 0, count: 3 << 20)).write(
      to: URL(fileURLWithPath: path))
    var reader = try CSVReader(contentsOfFile: path)
    do {
      _ = try reader.readAll()
      Issue.record("an endless field was read")
    } catch {
      #expect(error.rule == .fieldTooLong(limit: CSVReader.maximumFieldBytes))
      #expect(error.line == 2)
    }
  }

  @Test("a FIFO is refused at once, not waited on for ever")
  func fifo() throws {
    let path = try Self.directory() + "/pipe.csv"
    #expect(mkfifo(path, 0o600) == 0)
    #expect(throws: CSVError(.notARegularFile, line: 1, column: 1)) {
      try CSVReader(contentsOfFile: path)
    }
    #expect(throws: ChunkedFile.ContentsError.notARegularFile) {
      try ChunkedFile.contents(atPath: path, limit: 1_000)
    }
    do {
      _ = try ChunkedFile(path: path)
      Issue.record("a FIFO was opened")
    } catch {
      #expect(error.isNotARegularFile && error.errno == 0)
    }
  }

  @Test("a link to /dev/zero, a directory and a device are refused; a missing file is not found")
  func devices() throws {
    let folder = try Self.directory()
    let link = folder + "/zero.csv"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
    for path in [link, "/dev/zero", "/dev/null", folder] {
      #expect(throws: CSVError(.notARegularFile, line: 1, column: 1), "\(path)") {
        try CSVReader(contentsOfFile: path)
      }
    }
    #expect(throws: ChunkedFile.ContentsError.cannotOpen(errno: ENOENT)) {
      try ChunkedFile.contents(atPath: folder + "/absent.json", limit: 10)
    }
  }

  @Test("a whole file is read up to its limit and refused beyond it")
  func contentsLimit() throws {
    let path = try Self.directory() + "/doc.json"
    let bytes = Array(repeating: UInt8(ascii: "7"), count: 70_000)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try ChunkedFile.contents(atPath: path, limit: 70_000) == bytes)
    #expect(throws: ChunkedFile.ContentsError.tooLarge(limit: 69_999)) {
      try ChunkedFile.contents(atPath: path, limit: 69_999)
    }
    #expect(
      ChunkedFile.ContentsError.notARegularFile.description
        == "it is not a regular file (a folder, device, FIFO or socket) and is not read")
  }
}
