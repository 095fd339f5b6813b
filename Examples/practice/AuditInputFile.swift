#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading the file an audit subcommand is given.
enum AuditInputFile {
  /// The bytes of the file at `path`; a data error (exit 1) naming the argument when it cannot
  /// be read.
  static func bytes(at path: String) throws(CommandError) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .data("cannot read the file '\(path)'")
    }
    return Array(data)
  }
}
