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

  /// The file could not be opened: the operating system refused it, or it is not a regular file.
  public struct OpenError: Error, Sendable, Hashable {
    /// The operating system's error number; 0 when ``isNotARegularFile``.
    public let errno: Int32
    /// Whether the path was refused, unread, because it names a folder, a device, a FIFO or a
    /// socket (a symbolic link is followed to what it names): reading one can hang for ever or
    /// never end.
    public let isNotARegularFile: Bool

    init(errno: Int32) {
      self.errno = errno
      isNotARegularFile = false
    }

    init(notARegularFile: Void) {
      errno = 0
      isNotARegularFile = true
    }
  }

  private let descriptor: Int32
  /// The file's size in bytes when it was opened.
  public let byteCount: Int

  /// Opens the regular file at `path` for reading: the one place every file reader of the
  /// library opens a file (the CSV reader, the XML parser, JSON documents, the caseload).
  ///
  /// A FIFO, device, socket or folder is refused before anything is read from it: `stat` first
  /// (so a FIFO is never opened), then the opened descriptor is checked again with `fstat` (so a
  /// file swapped in between is caught too; it is opened non-blocking for that check).
  /// - Throws: ``OpenError`` with the operating system's error number, or
  ///   ``OpenError/isNotARegularFile``.
  public init(path: String) throws(OpenError) {
    var status = stat()
    guard stat(path, &status) == 0 else { throw OpenError(errno: errno) }
    guard Self.isRegular(status) else { throw OpenError(notARegularFile: ()) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw OpenError(errno: errno) }
    guard fstat(descriptor, &status) == 0, Self.isRegular(status) else {
      close(descriptor)
      throw OpenError(notARegularFile: ())
    }
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    self.descriptor = descriptor
    byteCount = Int(status.st_size)
  }

  /// The whole content of the regular file at `path`, refused unread when it is larger than
  /// `limit` bytes (and reading stops there should it grow while read): for documents read
  /// whole, such as JSON.
  /// - Throws: ``ContentsError``.
  public static func contents(atPath path: String, limit: Int) throws(ContentsError) -> [UInt8] {
    let file: ChunkedFile
    do {
      file = try ChunkedFile(path: path)
    } catch {
      throw error.isNotARegularFile ? .notARegularFile : .cannotOpen(errno: error.errno)
    }
    guard file.byteCount <= max(0, limit) else { throw .tooLarge(limit: limit) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(file.byteCount)
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      switch file.read(into: &chunk, at: bytes.count) {
      case .failed(let code): throw .cannotRead(errno: code)
      case .bytes(let count):
        guard bytes.count + count <= max(0, limit) else { throw .tooLarge(limit: limit) }
        bytes += chunk.prefix(count)
        if count < chunk.count { return bytes }
      }
    }
  }

  /// Why ``contents(atPath:limit:)`` read nothing.
  public enum ContentsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operating system refused to open it (its error number).
    case cannotOpen(errno: Int32)
    /// A folder, device, FIFO or socket: refused unread.
    case notARegularFile
    /// Reading failed part way (the operating system's error number).
    case cannotRead(errno: Int32)
    /// Larger than the limit, in bytes.
    case tooLarge(limit: Int)

    /// A sentence a non-programmer understands (it does not name the file: the caller does).
    public var description: String {
      switch self {
      case .cannotOpen(let code): "it could not be opened (operating system error \(code))"
      case .notARegularFile:
        "it is not a regular file (a folder, device, FIFO or socket) and is not read"
      case .cannotRead(let code): "reading it failed (operating system error \(code))"
      case .tooLarge(let limit): "it is larger than the \(limit) bytes allowed"
      }
    }
  }

  private static func isRegular(_ status: stat) -> Bool {
    (status.st_mode & S_IFMT) == S_IFREG
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
