import PracticeKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The result of running the tool: what to print where, and the exit code.
struct Outcome: Equatable {
  var exitCode: Int32 = 0
  var standardOutput = ""
  var standardError = ""
}

/// The JSON documents the tool prints: camelCase keys, `schemaVersion` first in meaning
/// (keys are sorted so output is stable), ISO dates.
enum JSON {
  static func render(_ value: some Encodable) -> String { JSONOutput.text(value) }
}

// swift-format-ignore: UseSynthesizedInitializer
/// An optional that JSON documents write as `null` when absent, so a reader sees every key
/// (synthesized `Encodable` leaves a plain optional out).
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
  var wrappedValue: Value?

  // Explicit: the compiler needs it to build memberwise initializers of types using the wrapper.
  init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--out FILE`: a result written in place, so an existing file keeps its mode, owner and links,
/// and nothing but a regular file is ever written.
enum OutputFile {
  /// Writes `text` to `path` and says what was written.
  ///
  /// An existing regular file is truncated and rewritten (a 0600 file stays 0600; a hard link
  /// stays linked); a symbolic link, a device, a folder or anything else is refused. A new file
  /// is created with mode 0600 when `isPrivate` (unsuppressed or case-level output), otherwise
  /// 0644, both narrowed by the umask.
  /// - Throws: a data error naming the path (never the content) when it cannot be written.
  static func save(_ text: String, to path: String, isPrivate: Bool, what: String)
    throws(CommandError) -> String
  {
    var status = stat()
    let exists = lstat(path, &status) == 0
    if exists && (status.st_mode & S_IFMT) != S_IFREG {
      throw .data("'\(path)' is not a regular file; output is written only to regular files")
    }
    let flags = exists ? O_WRONLY | O_TRUNC | O_NOFOLLOW : O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW
    let descriptor = open(path, flags, isPrivate ? 0o600 : 0o644)
    guard descriptor >= 0 else { throw .data("the file '\(path)' could not be opened for writing") }
    var written = 0
    var failed = false
    var bytes = text
    bytes.withUTF8 { buffer in
      while written < buffer.count {
        let count = write(
          descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else {
          failed = true
          return
        }
        written += count
      }
    }
    if close(descriptor) != 0 { failed = true }
    if failed { throw .data("the file '\(path)' could not be written (is the disk full?)") }
    let mode = exists ? "kept its mode" : (isPrivate ? "mode 0600" : "mode 0644")
    return "wrote \(what) to \(path) (\(written) bytes; \(mode))\n"
  }
}
