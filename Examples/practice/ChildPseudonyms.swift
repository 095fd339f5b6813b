import PracticeKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--pseudonymise KEYFILE`, shared by the audits that list children (`audit 903`,
/// `audit cin`): one key file, one context, so the same key gives a child the same pseudonym in
/// both returns (local authorities use one child identifier in both) and another key unrelated
/// ones.
enum ChildPseudonyms {
  /// The option's name.
  static let option = "--pseudonymise"

  /// The option's lines in a command's help.
  static let help = """
      --pseudonymise KEYFILE   replace child identifiers by keyed pseudonyms (HMAC-SHA256, key
                               read from KEYFILE: exactly one final newline is dropped, so
                               echo and printf give the same key; then at least 16 bytes, not
                               all the same; the same key gives a child the same pseudonym in
                               audit 903 and audit cin)
    """

  /// The domain-separation context of the children's pseudonyms.
  static let context = "la.child"

  /// The pseudonymiser the command line asks for, or `nil` when it does not.
  /// - Throws: a data error (exit 1) when the key file cannot be read or its key is unusable
  ///   (see ``key(fromFile:)``).
  static func pseudonymiser(_ arguments: Arguments) throws(CommandError) -> Pseudonymiser? {
    guard let keyFile = arguments.values[option] else { return nil }
    let key = try key(fromFile: AuditInputFile.bytes(at: keyFile, what: "the key file"))
    return try CommandError.reportingData { () throws(Pseudonymiser.ConfigurationError) in
      try Pseudonymiser(key: key, context: context)
    }
  }

  /// The key in a key file's bytes: exactly one final newline ("\n", or "\r\n") is dropped, so a
  /// key written by `echo` and by `printf` is the same key; any other byte is part of the key.
  /// - Throws: a data error when the key is one byte repeated (not a secret anyone should use);
  ///   the length is checked by ``Pseudonymiser``. The message never repeats the key.
  static func key(fromFile bytes: [UInt8]) throws(CommandError) -> [UInt8] {
    var key = bytes
    if key.last == UInt8(ascii: "\n") {
      key.removeLast()
      if key.last == UInt8(ascii: "\r") { key.removeLast() }
    }
    if let first = key.first, key.count >= Pseudonymiser.minimumKeyLength,
      key.allSatisfy({ $0 == first })
    {
      throw .data(
        "the pseudonymisation key is one character repeated; use at least 16 bytes of random "
          + "data (for example: head -c 32 /dev/urandom | base64 > KEYFILE)")
    }
    return key
  }

  /// A warning for standard error when the key file named in `words` can be read by users other
  /// than its owner (group or others): anyone who can read the key can reverse the pseudonyms.
  static func warning(for words: [String]) -> String? {
    guard let index = words.firstIndex(of: option), index + 1 < words.count,
      let attributes = try? FileManager.default.attributesOfItem(atPath: words[index + 1]),
      let mode = attributes[.posixPermissions] as? Int, mode & 0o044 != 0
    else { return nil }
    return "practice: warning: the key file can be read by other users; "
      + "keep it private (chmod 600 KEYFILE)\n"
  }
}
