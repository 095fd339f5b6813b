/// The SHA-256 hash function (FIPS 180-4, section 6.2), in pure Swift.
///
/// Written without Foundation or CryptoKit so that pseudonyms are identical on every platform the
/// library runs on. Feed bytes with `update(_:)` as often as needed, then call
/// ``finalize()``; or use `hash(_:)` for a one-shot digest.
///
/// ```swift
/// SHA256.hash("abc").description
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct SHA256: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
  /// A 32-byte SHA-256 digest.
  public struct Digest: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 32 bytes of the digest, most significant first.
    public let bytes: [UInt8]

    /// Wraps digest bytes; internal so that every `Digest` really is 32 bytes long.
    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    /// The digest as 64 lower-case hexadecimal digits.
    public var description: String { hexadecimal(bytes) }
  }

  /// The block size in bytes: the unit SHA-256 compresses, and HMAC's key-pad length.
  public static let blockSize = 64

  /// Initial hash value H(0) (FIPS 180-4, 5.3.3).
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
    0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]
  /// Bytes waiting for a full 64-byte block.
  private var pending: [UInt8] = []
  /// Message length in bytes, modulo 2^64 (the padding records it in bits, modulo 2^64).
  private var length: UInt64 = 0

  /// Creates a hasher with nothing fed in yet.
  public init() {
    pending.reserveCapacity(Self.blockSize)
  }

  /// Feeds more bytes into the hash; splitting a message across calls gives the same digest.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      pending.append(byte)
      length &+= 1
      if pending.count == Self.blockSize {
        compress(pending)
        pending.removeAll(keepingCapacity: true)
      }
    }
  }

  /// Feeds the UTF-8 bytes of `text` into the hash.
  public mutating func update(_ text: String) {
    update(text.utf8)
  }

  /// The digest of everything fed in so far.
  ///
  /// The hasher itself is left unchanged (padding is applied to a copy), so more bytes can be fed
  /// in afterwards to hash a longer message.
  public func finalize() -> Digest {
    var copy = self
    let bitLength = length &* 8
    var padding: [UInt8] = [0x80]
    // Pad with zeros until 8 bytes short of a block boundary (FIPS 180-4, 5.1.1).
    let used = (pending.count + 1) % Self.blockSize
    let zeros = used <= 56 ? 56 - used : 120 - used
    padding.append(contentsOf: repeatElement(0, count: zeros))
    for shift in stride(from: 56, through: 0, by: -8) {
      padding.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    copy.update(padding)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    for word in copy.state {
      for shift in stride(from: 24, through: 0, by: -8) {
        bytes.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return Digest(bytes: bytes)
  }

  /// The SHA-256 digest of `bytes`.
  public static func hash(_ bytes: some Sequence<UInt8>) -> Digest {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The SHA-256 digest of the UTF-8 bytes of `text`.
  public static func hash(_ text: String) -> Digest {
    hash(text.utf8)
  }

  /// A summary that never shows the bytes fed in, which may be personal data.
  public var description: String { "SHA256(\(length) bytes fed)" }

  /// An empty mirror, so `dump` never shows the message bytes held back for the next block.
  public var customMirror: Mirror { Mirror(self, children: [:]) }

  /// Processes one 64-byte block (FIPS 180-4, 6.2.2).
  private mutating func compress(_ block: [UInt8]) {
    var schedule = [UInt32](repeating: 0, count: 64)
    for index in 0..<16 {
      let base = index * 4
      schedule[index] =
        UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16
        | UInt32(block[base + 2]) << 8 | UInt32(block[base + 3])
    }
    for index in 16..<64 {
      let w15 = schedule[index - 15]
      let w2 = schedule[index - 2]
      let sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >> 3)
      let sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >> 10)
      schedule[index] = schedule[index - 16] &+ sigma0 &+ schedule[index - 7] &+ sigma1
    }
    var a = state[0]
    var b = state[1]
    var c = state[2]
    var d = state[3]
    var e = state[4]
    var f = state[5]
    var g = state[6]
    var h = state[7]
    for index in 0..<64 {
      let sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
      let choice = (e & f) ^ (~e & g)
      let temp1 = h &+ sum1 &+ choice &+ roundConstants[index] &+ schedule[index]
      let sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
      let majority = (a & b) ^ (a & c) ^ (b & c)
      let temp2 = sum0 &+ majority
      h = g
      g = f
      f = e
      e = d &+ temp1
      d = c
      c = b
      b = a
      a = temp1 &+ temp2
    }
    state[0] &+= a
    state[1] &+= b
    state[2] &+= c
    state[3] &+= d
    state[4] &+= e
    state[5] &+= f
    state[6] &+= g
    state[7] &+= h
  }
}

/// Rotates a 32-bit word right by `count` bits (ROTR in FIPS 180-4).
private func rotateRight(_ word: UInt32, _ count: UInt32) -> UInt32 {
  (word >> count) | (word << (32 - count))
}

/// Lower-case hexadecimal digits of `bytes`, two per byte.
func hexadecimal(_ bytes: [UInt8]) -> String {
  let digits = Array("0123456789abcdef".utf8)
  var text: [UInt8] = []
  text.reserveCapacity(bytes.count * 2)
  for byte in bytes {
    text.append(digits[Int(byte >> 4)])
    text.append(digits[Int(byte & 0x0f)])
  }
  return String(decoding: text, as: UTF8.self)
}

/// The 64 round constants K (FIPS 180-4, 4.2.2): the first 32 bits of the fractional parts of the
/// cube roots of the first 64 primes.
private let roundConstants: [UInt32] = [
  0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
  0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
  0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
  0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
  0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
  0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
  0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
  0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
  0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
  0xc671_78f2,
]
