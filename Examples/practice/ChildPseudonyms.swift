import PracticeKit

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
                               read from KEYFILE, at least 16 bytes; the same key gives a child
                               the same pseudonym in audit 903 and audit cin)
    """

  /// The domain-separation context of the children's pseudonyms.
  static let context = "la.child"

  /// The pseudonymiser the command line asks for, or `nil` when it does not.
  /// - Throws: a data error (exit 1) when the key file cannot be read or is too short.
  static func pseudonymiser(_ arguments: Arguments) throws(CommandError) -> Pseudonymiser? {
    guard let keyFile = arguments.values[option] else { return nil }
    let key = try AuditInputFile.bytes(at: keyFile, what: "the key file")
    return try CommandError.reportingData { () throws(Pseudonymiser.ConfigurationError) in
      try Pseudonymiser(key: Array(key), context: context)
    }
  }
}
