import PracticeKit

/// Reading a whole input file a subcommand is given (a JSON document, a key file): regular
/// files only (a FIFO or a device would hang or never end), at most ``maximumBytes``.
enum AuditInputFile {
  /// The largest input file read whole: 1 GiB.
  static let maximumBytes = 1 << 30

  /// The bytes of the file at `path`; a data error (exit 1) naming the file and why when it
  /// cannot be read.
  static func bytes(at path: String, what: String = "the file") throws(CommandError) -> [UInt8] {
    do throws(ChunkedFile.ContentsError) {
      return try ChunkedFile.contents(atPath: path, limit: maximumBytes)
    } catch {
      throw .data("cannot read \(what) '\(path)': \(error)")
    }
  }
}
