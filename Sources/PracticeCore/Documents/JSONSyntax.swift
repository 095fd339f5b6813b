/// Finds where JSON text (RFC 8259, UTF-8) first breaks the grammar, so that a malformed document
/// is reported with a line and column rather than only "not valid JSON".
///
/// Used after a decoder has rejected the text: it locates, it does not decode. Nesting deeper than
/// ``maximumDepth`` is reported as an error, so a hostile document cannot exhaust the stack.
enum JSONSyntax {
  /// The deepest nesting of arrays and objects accepted (the limit Foundation's decoder applies).
  static let maximumDepth = 512

  /// Why the text is not JSON.
  enum Rule: String, Sendable, Hashable, Codable {
    case empty = "the document is empty"
    case unexpectedCharacter = "a character that JSON does not allow here"
    case unexpectedEnd = "the document ends too soon"
    case unterminatedString = "a string that is never closed"
    case invalidEscape = "an invalid escape in a string"
    case controlCharacterInString = "a control character inside a string"
    case invalidNumber = "an invalid number"
    case invalidUTF8 = "bytes that are not UTF-8"
    case tooDeep = "arrays or objects nested more than 512 deep"
    case trailingContent = "more text after the end of the document"
  }

  /// A syntax error's place: 1-based line and byte column (a UTF-8 byte-order mark not counted).
  struct Failure: Error, Hashable {
    var rule: Rule
    var line: Int
    var column: Int
  }

  /// The first syntax error in `bytes`, or `nil` when the text is well-formed JSON.
  static func firstError(in bytes: [UInt8]) -> Failure? {
    var scanner = Scanner(bytes: bytes)
    do {
      try scanner.document()
      return nil
    } catch {
      return error
    }
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        index = 3
        lineStart = 3
      }
    }

    func failure(_ rule: Rule) -> Failure {
      Failure(rule: rule, line: line, column: index - lineStart + 1)
    }

    /// Scans the whole text iteratively (an explicit stack of open containers, so hostile
    /// nesting cannot overflow the thread's stack).
    mutating func document() throws(Failure) {
      skipWhitespace()
      guard index < bytes.count else { throw failure(.empty) }
      var open: [UInt8] = []  // the closing bracket of each open array or object
      var atValue = true
      while true {
        if atValue {
          guard index < bytes.count else { throw failure(.unexpectedEnd) }
          let byte = bytes[index]
          if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            guard open.count < JSONSyntax.maximumDepth else { throw failure(.tooDeep) }
            let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == closing {
              index += 1
            } else {
              open.append(closing)
              if closing == UInt8(ascii: "}") { try key() }
              continue
            }
          } else {
            try scalar()
          }
        }
        // After a complete value: close containers, or move to the next member.
        skipWhitespace()
        guard let closing = open.last else { break }
        guard index < bytes.count else { throw failure(.unexpectedEnd) }
        if bytes[index] == closing {
          open.removeLast()
          index += 1
          atValue = false
          continue
        }
        guard bytes[index] == UInt8(ascii: ",") else { throw failure(.unexpectedCharacter) }
        index += 1
        skipWhitespace()
        if closing == UInt8(ascii: "}") { try key() }
        atValue = true
      }
      guard index == bytes.count else { throw failure(.trailingContent) }
    }

    mutating func skipWhitespace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0D: index += 1
        case 0x0A:
          index += 1
          line += 1
          lineStart = index
        default: return
        }
      }
    }

    /// An object member's key and colon, leaving `index` at its value.
    mutating func key() throws(Failure) {
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      guard bytes[index] == UInt8(ascii: "\"") else { throw failure(.unexpectedCharacter) }
      try string()
      skipWhitespace()
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      guard bytes[index] == UInt8(ascii: ":") else { throw failure(.unexpectedCharacter) }
      index += 1
      skipWhitespace()
    }

    /// A string, number or literal at `index`.
    mutating func scalar() throws(Failure) {
      switch bytes[index] {
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      default: throw failure(.unexpectedCharacter)
      }
    }

    mutating func string() throws(Failure) {
      let start = (index, line, lineStart)
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
          index += 1
          return
        case UInt8(ascii: "\\"):
          index += 1
          guard index < bytes.count else { break }
          switch bytes[index] {
          case UInt8(ascii: "u"):
            let digits = bytes[(index + 1)..<min(index + 5, bytes.count)]
            guard digits.count == 4, digits.allSatisfy(\.isHexDigit) else {
              throw failure(.invalidEscape)
            }
            index += 5
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 1
          default: throw failure(.invalidEscape)
          }
        case 0..<0x20: throw failure(.controlCharacterInString)
        case 0x80...:
          guard let length = UTF8Sequence.length(in: bytes, at: index) else {
            throw failure(.invalidUTF8)
          }
          index += length
        default: index += 1
        }
      }
      (index, line, lineStart) = start
      throw failure(.unterminatedString)
    }

    mutating func number() throws(Failure) {
      func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
        }
        return index - start
      }
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      if bytes[index] == UInt8(ascii: "0") {
        index += 1
      } else if digits() == 0 {
        throw failure(.invalidNumber)
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { throw failure(.invalidNumber) }
      }
      if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
        index += 1
        if index < bytes.count,
          bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
        {
          index += 1
        }
        guard digits() > 0 else { throw failure(.invalidNumber) }
      }
    }

    mutating func literal(_ word: StaticString) throws(Failure) {
      let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      guard bytes[index...].starts(with: expected) else { throw failure(.unexpectedCharacter) }
      index += expected.count
    }
  }
}

extension UInt8 {
  fileprivate var isHexDigit: Bool {
    (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
  }
}
