#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where a generator writes: never over existing data unless `--replace` is given, so a
/// generated return never mixes with another one (a stray table in a folder is read by the next
/// audit).
enum GeneratedOutput {
  /// The option that allows replacing.
  static let replace = "--replace"

  /// Checks that `path` can receive a generated file: absent, or (with `replacing`) an existing
  /// regular file.
  static func prepareFile(_ path: String, replacing: Bool) throws(CommandError) {
    guard let existing = kind(of: path) else { return }
    guard existing == .typeRegular else {
      throw .data("'\(path)' exists and is not a regular file; give another file name")
    }
    guard replacing else {
      throw .data("'\(path)' already exists; give \(replace) to overwrite it")
    }
  }

  /// Makes `path` an empty folder ready for generated tables: created when absent; when it holds
  /// files, refused unless `replacing`, and then only CSV and XML files (what an audit would
  /// read) are removed: anything else in it is refused rather than deleted.
  static func prepareFolder(_ path: String, replacing: Bool) throws(CommandError) {
    let manager = FileManager.default
    if let existing = kind(of: path) {
      guard existing == .typeDirectory else {
        throw .data("'\(path)' exists and is not a folder; give a new or empty folder")
      }
      guard let names = try? manager.contentsOfDirectory(atPath: path) else {
        throw .data("the folder '\(path)' could not be read")
      }
      guard !names.isEmpty else { return }
      guard replacing else {
        throw .data(
          "the folder '\(path)' is not empty (\(names.count) entries); give \(replace) to "
            + "replace the tables in it, or choose an empty folder")
      }
      let tables = names.filter { name in
        let lower = name.lowercased()
        return (lower.hasSuffix(".csv") || lower.hasSuffix(".xml"))
          && kind(of: path + "/" + name) == .typeRegular
      }
      guard tables.count == names.count else {
        throw .data(
          "the folder '\(path)' holds files that are not CSV or XML tables; \(replace) removes "
            + "only tables: choose an empty folder")
      }
      for name in tables {
        do {
          try manager.removeItem(atPath: path + "/" + name)
        } catch {
          throw .data("could not remove a table from the folder '\(path)'")
        }
      }
      return
    }
    do {
      try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .data("could not create the folder '\(path)'")
    }
  }

  /// What is at `path` (a link is not followed); `nil` when nothing is.
  private static func kind(of path: String) -> FileAttributeType? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
  }
}
