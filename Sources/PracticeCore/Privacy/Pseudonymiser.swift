/// Keyed pseudonymisation of identifiers (for example a child's ID in a statutory return) for
/// export: the pseudonym is HMAC-SHA256(key, UTF-8 identifier), hex-encoded.
///
/// - Stable: the same key (and context) always gives the same pseudonym for the same identifier,
///   so records about one child can still be linked across rows and across years.
/// - Not reversible without the key: HMAC is a keyed one-way function, so a recipient cannot
///   recover the identifier, nor check a guessed identifier, unless they hold the key. (An
///   unkeyed hash would not do: identifiers such as UPNs are drawn from a small enough space that
///   anyone could hash every candidate and look the pseudonym up.)
/// - Key management is the caller's job: generate the key from a cryptographically secure source,
///   store it apart from the exported data, and never send it with the export. Whoever holds the
///   key can re-identify every record; destroying it makes the export irreversibly pseudonymous.
///
/// Identifiers are used byte for byte: "a1" and "A1 " give different pseudonyms, so normalise
/// (trim, upper-case) before calling if the source data is inconsistent.
///
/// Domain separation: with a `context` (for example "SSDA903 export to researcher X, 2026"), the
/// identifier is keyed with HMAC-SHA256(key, UTF-8 context) instead of the key itself, so the same
/// child gets unrelated pseudonyms in two exports and the two cannot be joined. Without a context
/// the pseudonym is plain HMAC-SHA256(key, identifier), which any HMAC implementation reproduces.
///
/// The value holds the key, so `description`, `debugDescription` and `dump` never show it.
public struct Pseudonymiser: Sendable, Hashable, CustomStringConvertible,
  CustomDebugStringConvertible, CustomReflectable
{
  /// Why a pseudonymiser could not be made. The key itself is never included.
  public enum ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The key is shorter than ``Pseudonymiser/minimumKeyLength`` bytes.
    case keyTooShort
    /// The requested pseudonym length is outside
    /// ``Pseudonymiser/minimumLength``...``Pseudonymiser/maximumLength`` hex digits.
    case lengthOutOfRange

    /// The rule broken, in plain words.
    public var description: String {
      switch self {
      case .keyTooShort:
        "The pseudonymisation key is too short: it must be at least \(minimumKeyLength) bytes "
          + "(128 bits) of random data, so that nobody can guess it and re-identify children."
      case .lengthOutOfRange:
        "The pseudonym length must be between \(minimumLength) and \(maximumLength) "
          + "hexadecimal digits."
      }
    }
  }

  /// The shortest key accepted, in bytes.
  ///
  /// 16 bytes is 128 bits, the usual floor for a symmetric key: a shorter (or password-like) key
  /// could be found by trying every candidate against a few known identifier–pseudonym pairs, and
  /// then every record in the export could be re-identified.
  public static let minimumKeyLength = 16
  /// The shortest pseudonym, in hex digits: 16 digits (64 bits) keeps accidental collisions
  /// negligible for any realistic number of children (about 1 in 10^8 for a million identifiers).
  public static let minimumLength = 16
  /// The full HMAC-SHA256 output: 64 hex digits (256 bits).
  public static let maximumLength = 64

  /// Sources for the algorithms used: RFC 2104 (HMAC), RFC 4231 (HMAC-SHA256 test vectors) and
  /// FIPS 180-4 (SHA-256). Verified: the implementation reproduces every published test vector.
  public static let provenance = Provenance(
    .verified, [.fips180, .rfc2104, .rfc4231],
    note: "Verified by the tests against every FIPS 180-4 example and all seven RFC 4231 cases.")

  /// HMAC prepared with the (context-derived) key.
  private let hmac: HMACSHA256
  /// How many hex digits of the code are kept.
  public let length: Int

  /// Creates a pseudonymiser.
  ///
  /// - Parameters:
  ///   - key: at least ``minimumKeyLength`` bytes of secret random data.
  ///   - context: an optional purpose string for domain separation; `nil` means none.
  ///   - length: hex digits kept, ``minimumLength``...``maximumLength``; default the full 64.
  /// - Throws: ``ConfigurationError`` when the key is too short or the length out of range.
  public init(key: [UInt8], context: String? = nil, length: Int = 64) throws(ConfigurationError) {
    guard key.count >= Self.minimumKeyLength else { throw .keyTooShort }
    guard (Self.minimumLength...Self.maximumLength).contains(length) else {
      throw .lengthOutOfRange
    }
    if let context {
      let derived = HMACSHA256.authenticationCode(for: context, key: key)
      hmac = HMACSHA256(key: derived.bytes)
    } else {
      hmac = HMACSHA256(key: key)
    }
    self.length = length
  }

  /// The pseudonym for `identifier`: lower-case hex, ``length`` digits long.
  public func pseudonym(for identifier: String) -> String {
    var code = hmac
    code.update(identifier)
    return String(code.finalize().description.prefix(length))
  }

  /// A fixed text that never shows the key.
  public var description: String { "Pseudonymiser(key: hidden, length: \(length))" }

  /// A fixed text that never shows the key.
  public var debugDescription: String { description }

  /// A mirror with only the length, so `dump` and debuggers never show the key.
  public var customMirror: Mirror { Mirror(self, children: ["length": length]) }
}

extension Source {
  /// FIPS 180-4, the Secure Hash Standard that defines SHA-256.
  static let fips180 = Source(
    .technicalStandard, title: "FIPS PUB 180-4: Secure Hash Standard (SHS)", locator: "section 6.2",
    url: "https://doi.org/10.6028/NIST.FIPS.180-4", publisher: "NIST")
  /// RFC 2104, which defines HMAC.
  static let rfc2104 = Source(
    .technicalStandard, title: "RFC 2104: HMAC: Keyed-Hashing for Message Authentication",
    url: "https://www.rfc-editor.org/rfc/rfc2104", publisher: "IETF")
  /// RFC 4231, the HMAC-SHA256 test vectors.
  static let rfc4231 = Source(
    .technicalStandard,
    title: "RFC 4231: Identifiers and Test Vectors for HMAC-SHA-224, HMAC-SHA-256, "
      + "HMAC-SHA-384, and HMAC-SHA-512",
    locator: "section 4", url: "https://www.rfc-editor.org/rfc/rfc4231", publisher: "IETF")
}
