import Foundation
import PracticeKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every file reader opens files in one place (`ChunkedFile`), which refuses anything but a
/// regular file: these would otherwise wait for ever (a FIFO) or never end (/dev/zero).
@Suite("Every file reader: regular files only")
struct RegularFilesTests {
  /// A FIFO and a link to /dev/zero, each with the given extension, in a new folder.
  static func specials(_ ext: String) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-special-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let fifo = folder + "/pipe." + ext
    #expect(mkfifo(fifo, 0o600) == 0)
    let zero = folder + "/zero." + ext
    try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
    return [fifo, zero]
  }

  @Test("the XML parser and the census reader refuse a FIFO and /dev/zero")
  func xml() throws {
    for path in try Self.specials("xml") {
      #expect(throws: XMLSyntaxError.self) { try CINCensusReader(contentsOfFile: path) }
      do throws(XMLSyntaxError) {
        _ = try XMLPullParser(contentsOfFile: path)
        Issue.record("\(path) was opened")
      } catch {
        #expect(error.rule == .notARegularFile)
        #expect(error.description.contains("not a regular file"))
      }
    }
  }

  @Test("the caseload reader refuses a FIFO and /dev/zero, as CSV and as JSON")
  func caseload() throws {
    for path in try Self.specials("csv") + (try Self.specials("json")) {
      do throws(CaseloadReadError) {
        _ = try CaseloadFile.events(contentsOfFile: path)
        Issue.record("\(path) was read")
      } catch {
        #expect(error.rule == .notARegularFile, "\(path)")
        #expect(error.file == path)
      }
    }
  }
}
