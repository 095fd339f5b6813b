/// HMAC-SHA256 (RFC 2104 with SHA-256, tested against RFC 4231), in pure Swift.
///
/// A keyed hash: without the key nobody can compute or check the code, and the code reveals
/// nothing useful about the key. Feed the message with `update(_:)` and call ``finalize()``, or
/// use `authenticationCode(for:key:)` for a one-shot code.
///
/// The key is held (as the two padded key blocks) inside the value, so `description`,
/// `debugDescription` and `dump` are overridden to never show it.
public struct HMACSHA256: Sendable, Hashable, CustomStringConvertible,
  CustomDebugStringConvertible, CustomReflectable
{
  /// The inner hash, already fed the key XOR ipad block.
  private var inner: SHA256
  /// The outer hash, already fed the key XOR opad block.
  private let outer: SHA256

  /// Prepares HMAC-SHA256 with `key` (RFC 2104, section 2).
  ///
  /// A key longer than the 64-byte block is first hashed to 32 bytes, as RFC 2104 requires; a
  /// shorter key is padded with zeros. Any key length is accepted here (RFC 4231 test case 2 uses
  /// a 4-byte key); callers that need a minimum strength check it themselves, as ``Pseudonymiser``
  /// does.
  public init(key: [UInt8]) {
    var block = key.count > SHA256.blockSize ? SHA256.hash(key).bytes : key
    block.append(contentsOf: repeatElement(0, count: SHA256.blockSize - block.count))
    var inner = SHA256()
    inner.update(block.map { $0 ^ 0x36 })
    var outer = SHA256()
    outer.update(block.map { $0 ^ 0x5c })
    self.inner = inner
    self.outer = outer
  }

  /// Feeds more message bytes; splitting a message across calls gives the same code.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    inner.update(bytes)
  }

  /// Feeds the UTF-8 bytes of `text`.
  public mutating func update(_ text: String) {
    inner.update(text.utf8)
  }

  /// The authentication code of everything fed in so far: SHA256(K ⊕ opad ‖ SHA256(K ⊕ ipad ‖ m)).
  public func finalize() -> SHA256.Digest {
    var outer = outer
    outer.update(inner.finalize().bytes)
    return outer.finalize()
  }

  /// The HMAC-SHA256 code of `message` under `key`.
  public static func authenticationCode(
    for message: some Sequence<UInt8>, key: [UInt8]
  ) -> SHA256.Digest {
    var hmac = HMACSHA256(key: key)
    hmac.update(message)
    return hmac.finalize()
  }

  /// The HMAC-SHA256 code of the UTF-8 bytes of `message` under `key`.
  public static func authenticationCode(for message: String, key: [UInt8]) -> SHA256.Digest {
    authenticationCode(for: message.utf8, key: key)
  }

  /// A fixed text that never shows the key.
  public var description: String { "HMACSHA256(key: hidden)" }

  /// A fixed text that never shows the key.
  public var debugDescription: String { description }

  /// An empty mirror, so `dump` and debuggers' summaries never show the key material.
  public var customMirror: Mirror { Mirror(self, children: [:]) }
}
