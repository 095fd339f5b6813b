/// Well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
/// U+10FFFF), shared by the CSV scanner (which checks byte by byte across chunks) and the JSON
/// syntax locator (which checks a whole buffer).
enum UTF8Sequence {
  /// For the first byte of a multi-byte sequence: how many continuation bytes follow and the
  /// range the first of them must fall in (later ones are always 0x80...0xBF); `nil` for a byte
  /// that cannot start one (ASCII is a sequence of its own and is not asked about).
  static func lead(_ byte: UInt8) -> (continuations: Int, second: ClosedRange<UInt8>)? {
    switch byte {
    case 0xC2...0xDF: (1, 0x80...0xBF)
    case 0xE0: (2, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (2, 0x80...0xBF)
    case 0xED: (2, 0x80...0x9F)
    case 0xF0: (3, 0x90...0xBF)
    case 0xF1...0xF3: (3, 0x80...0xBF)
    case 0xF4: (3, 0x80...0x8F)
    default: nil
    }
  }

  /// The length of the well-formed sequence starting at `index`, or `nil` if it is ill-formed.
  static func length(in bytes: [UInt8], at index: Int) -> Int? {
    guard bytes[index] >= 0x80 else { return 1 }
    guard let lead = lead(bytes[index]), index + lead.continuations < bytes.count else {
      return nil
    }
    guard lead.second.contains(bytes[index + 1]) else { return nil }
    for offset in stride(from: 2, through: lead.continuations, by: 1)
    where !(0x80...0xBF).contains(bytes[index + offset]) {
      return nil
    }
    return lead.continuations + 1
  }
}
