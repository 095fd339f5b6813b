#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// A file open for reading in chunks with `pread`, shared by the streaming readers (CSV here, the
/// census XML in PracticeAudit): copies of a reader each keep their own offset and the descriptor
/// itself is never mutated; it is closed when the last reader lets go of it.
public final class ChunkedFile: Sendable {
  /// The result of filling a buffer.
  public enum ReadOutcome: Sendable, Hashable {
    /// This many bytes were read; fewer than the buffer holds only at the end of the file.
    case bytes(Int)
    /// Reading failed with the operating system's error number.
    case failed(errno: Int32)
  }

  /// The file could not be opened; `errno` is the operating system's error number.
  public struct OpenError: Error, Sendable, Hashable {
    /// The operating system's error number.
    public let errno: Int32
  }

  private let descriptor: Int32

  /// Opens the file at `path` for reading.
  /// - Throws: ``OpenError`` with the operating system's error number.
  public init(path: String) throws(OpenError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw OpenError(errno: errno) }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Fills `buffer` from `offset` as far as the file allows; zero bytes means the end of the file.
  public func read(into buffer: inout [UInt8], at offset: Int) -> ReadOutcome {
    var filled = 0
    while filled < buffer.count {
      let count = buffer.withUnsafeMutableBytes { raw in
        pread(
          descriptor, raw.baseAddress.map { $0 + filled }, raw.count - filled,
          off_t(offset + filled))
      }
      if count > 0 {
        filled += count
      } else if count == 0 {
        break
      } else if errno != EINTR {
        return .failed(errno: errno)
      }
    }
    return .bytes(filled)
  }
}
