import PracticeCore
import Testing

/// Bytes of a string, for test vectors given as text.
private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
  // Expected digests: the NIST "Example Algorithms" for SHA-256 (csrc.nist.gov, cited by
  // FIPS 180-4), cross-checked with Python's hashlib.sha256.
  @Test(
    "NIST example messages",
    arguments: [
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
          + "lmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func nistExamples(message: String, expected: String) {
    #expect(SHA256.hash(message).description == expected)
    #expect(SHA256.hash(bytes(message)).description == expected)
    #expect(SHA256.hash(message).bytes.count == 32)
  }

  @Test("One million 'a'")
  func millionA() {
    var hasher = SHA256()
    let chunk = [UInt8](repeating: 0x61, count: 1000)
    for _ in 0..<1000 { hasher.update(chunk) }
    #expect(
      hasher.finalize().description
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("Incremental updates across every split point equal the one-shot digest")
  func incrementalSplits() {
    // 0..<200 crosses the 55/56/64-byte padding boundaries and several blocks.
    let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200] {
      let prefix = Array(message.prefix(length))
      let oneShot = SHA256.hash(prefix)
      for split in 0...length {
        var hasher = SHA256()
        hasher.update(prefix[..<split])
        hasher.update(prefix[split...])
        #expect(hasher.finalize() == oneShot, "length \(length), split \(split)")
      }
      var byteByByte = SHA256()
      for byte in prefix { byteByByte.update(CollectionOfOne(byte)) }
      #expect(byteByByte.finalize() == oneShot)
    }
  }

  @Test("finalize leaves the hasher able to continue")
  func finalizeIsNonDestructive() {
    var hasher = SHA256()
    hasher.update("ab")
    #expect(hasher.finalize() == SHA256.hash("ab"))
    hasher.update("c")
    #expect(hasher.finalize() == SHA256.hash("abc"))
  }

  @Test("Descriptions never show the bytes fed in")
  func descriptionHidesInput() {
    var hasher = SHA256()
    hasher.update("secret-child-id")
    #expect(!String(describing: hasher).contains("secret"))
    var dumped = ""
    dump(hasher, to: &dumped)
    #expect(!dumped.contains("115"))  // 's' as a byte
  }
}

@Suite("HMAC-SHA256 (RFC 2104, RFC 4231)")
struct HMACSHA256Tests {
  /// One RFC 4231 section 4 test case: key, data, expected HMAC-SHA-256 (hex).
  struct Vector: Sendable, CustomTestStringConvertible {
    let number: Int
    let key: [UInt8]
    let data: [UInt8]
    let expected: String
    var testDescription: String { "RFC 4231 test case \(number)" }
  }

  // Typed from RFC 4231 section 4.2-4.8 and checked with Python's hmac module.
  static let vectors: [Vector] = [
    Vector(
      number: 1, key: [UInt8](repeating: 0x0b, count: 20), data: bytes("Hi There"),
      expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    Vector(
      number: 2, key: bytes("Jefe"), data: bytes("what do ya want for nothing?"),
      expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    Vector(
      number: 3, key: [UInt8](repeating: 0xaa, count: 20),
      data: [UInt8](repeating: 0xdd, count: 50),
      expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    Vector(
      number: 4, key: Array(1...25), data: [UInt8](repeating: 0xcd, count: 50),
      expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
    // Case 5 is published truncated to 128 bits (32 hex digits).
    Vector(
      number: 5, key: [UInt8](repeating: 0x0c, count: 20), data: bytes("Test With Truncation"),
      expected: "a3b6167473100ee06e0c796c2955552b"),
    Vector(
      number: 6, key: [UInt8](repeating: 0xaa, count: 131),
      data: bytes("Test Using Larger Than Block-Size Key - Hash Key First"),
      expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    Vector(
      number: 7, key: [UInt8](repeating: 0xaa, count: 131),
      data: bytes(
        "This is a test using a larger than block-size key and a larger than block-size data. "
          + "The key needs to be hashed before being used by the HMAC algorithm."),
      expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ]

  @Test("RFC 4231 test cases 1-7", arguments: vectors)
  func rfc4231(vector: Vector) {
    let code = HMACSHA256.authenticationCode(for: vector.data, key: vector.key)
    #expect(code.description.prefix(vector.expected.count) == vector.expected)
    #expect(code.bytes.count == 32)
  }

  @Test("Incremental updates equal the one-shot code", arguments: vectors)
  func incremental(vector: Vector) {
    let oneShot = HMACSHA256.authenticationCode(for: vector.data, key: vector.key)
    for split in [0, 1, vector.data.count / 2, vector.data.count] {
      var hmac = HMACSHA256(key: vector.key)
      hmac.update(vector.data[..<split])
      hmac.update(vector.data[split...])
      #expect(hmac.finalize() == oneShot)
    }
  }

  @Test("Descriptions never show the key")
  func descriptionHidesKey() {
    let hmac = HMACSHA256(key: bytes("Jefe"))
    #expect(hmac.description == "HMACSHA256(key: hidden)")
    #expect(String(reflecting: hmac) == "HMACSHA256(key: hidden)")
    var dumped = ""
    dump(hmac, to: &dumped)
    #expect(!dumped.contains("state"))
  }
}

@Suite("Pseudonymiser")
struct PseudonymiserTests {
  static let key: [UInt8] = Array(0..<32)

  // Expected values from Python: hmac.new(bytes(range(32)), id.encode(), hashlib.sha256);
  // with a context the key is hmac.new(key, context.encode(), hashlib.sha256).digest().
  @Test("Pseudonym is HMAC-SHA256(key, UTF-8 identifier) in hex")
  func plainPseudonym() throws {
    let pseudonymiser = try Pseudonymiser(key: Self.key)
    #expect(
      pseudonymiser.pseudonym(for: "UPN-A123456789012")
        == "4eb4d3ed45ee0625d092ef8fb793a9097b2718f6a069a42e380b7948d8677e13")
    #expect(
      pseudonymiser.pseudonym(for: "Zoë")
        == "895eaa5b6ad2cd8a4aadf561368adafa408a261c6abf62b7d2b3de638877e91b")
  }

  @Test("Context separates domains: same ID, different exports, unrelated pseudonyms")
  func contextSeparation() throws {
    let export = try Pseudonymiser(key: Self.key, context: "SSDA903 export 2026")
    let other = try Pseudonymiser(key: Self.key, context: "CIN census export 2026")
    let plain = try Pseudonymiser(key: Self.key)
    let id = "UPN-A123456789012"
    #expect(
      export.pseudonym(for: id)
        == "062b02d97f4084a6c88dcc225c632f48c876eab88964af2d31629ca27f1bedf6")
    #expect(export.pseudonym(for: id) != other.pseudonym(for: id))
    #expect(export.pseudonym(for: id) != plain.pseudonym(for: id))
  }

  @Test("Stable for the same key, different for another key or identifier")
  func stability() throws {
    let first = try Pseudonymiser(key: Self.key)
    let again = try Pseudonymiser(key: Self.key)
    let otherKey = try Pseudonymiser(key: Array(1...32))
    #expect(first.pseudonym(for: "A") == again.pseudonym(for: "A"))
    #expect(first.pseudonym(for: "A") != otherKey.pseudonym(for: "A"))
    #expect(first.pseudonym(for: "A") != first.pseudonym(for: "a"))
    #expect(first.pseudonym(for: "A") != first.pseudonym(for: "A "))
  }

  @Test("Truncation keeps a prefix of the given length", arguments: [16, 17, 32, 64])
  func truncation(length: Int) throws {
    let full = try Pseudonymiser(key: Self.key).pseudonym(for: "UPN-A123456789012")
    let short = try Pseudonymiser(key: Self.key, length: length).pseudonym(
      for: "UPN-A123456789012")
    #expect(short.count == length)
    #expect(full.hasPrefix(short))
  }

  @Test("Default length is the full 64 hex digits")
  func defaultLength() throws {
    let pseudonymiser = try Pseudonymiser(key: Self.key)
    #expect(pseudonymiser.length == 64)
    #expect(pseudonymiser.pseudonym(for: "").count == 64)
  }

  @Test("Keys shorter than 16 bytes are rejected", arguments: [0, 1, 4, 15])
  func shortKey(length: Int) {
    #expect(throws: Pseudonymiser.ConfigurationError.keyTooShort) {
      try Pseudonymiser(key: [UInt8](repeating: 7, count: length))
    }
  }

  @Test("A 16-byte key is accepted")
  func minimumKey() throws {
    _ = try Pseudonymiser(key: [UInt8](repeating: 7, count: 16))
  }

  @Test("Lengths outside 16...64 are rejected", arguments: [-1, 0, 15, 65, Int.max])
  func badLength(length: Int) {
    #expect(throws: Pseudonymiser.ConfigurationError.lengthOutOfRange) {
      try Pseudonymiser(key: Self.key, length: length)
    }
  }

  @Test("Errors explain the rule in plain words")
  func errorWording() {
    #expect(Pseudonymiser.ConfigurationError.keyTooShort.description.contains("16 bytes"))
    #expect(
      Pseudonymiser.ConfigurationError.lengthOutOfRange.description.contains("between 16 and 64"))
  }

  @Test("The key never appears in descriptions or dumps")
  func keyHidden() throws {
    let key = bytes("SUPERSECRETKEY-0123456789")
    let pseudonymiser = try Pseudonymiser(key: key)
    #expect(pseudonymiser.description == "Pseudonymiser(key: hidden, length: 64)")
    #expect(String(reflecting: pseudonymiser) == pseudonymiser.description)
    var dumped = ""
    dump(pseudonymiser, to: &dumped)
    #expect(!dumped.contains("SUPERSECRET"))
    #expect(!dumped.contains("hmac"))
    #expect(dumped.contains("length: 64"))
  }

  @Test("Provenance cites FIPS 180-4, RFC 2104 and RFC 4231, verified")
  func provenance() {
    let provenance = Pseudonymiser.provenance
    #expect(provenance.verification == .verified)
    let titles = provenance.sources.map(\.title).joined(separator: " | ")
    #expect(titles.contains("FIPS PUB 180-4"))
    #expect(titles.contains("RFC 2104"))
    #expect(titles.contains("RFC 4231"))
  }
}
