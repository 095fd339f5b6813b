/// One attribute of an element, as ``XMLPullParser/attributes`` gives it.
public struct XMLAttribute: Sendable, Hashable {
  /// The attribute's qualified name as written, for example `r:id`.
  public let name: String
  /// Its value, with references decoded.
  public let value: String

  /// Creates an attribute.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// One thing an ``XMLPullParser`` found in a document.
public enum XMLEvent: Sendable, Hashable {
  /// An element starts (`<name …>` or `<name …/>`); its attributes are in
  /// ``XMLPullParser/attributes`` until the next event.
  case startElement(name: String, location: XMLLocation)
  /// An element ends (`</name>`, or straight after the start of `<name/>`).
  case endElement(name: String, location: XMLLocation)
  /// Text inside an element that is not only white space, with references decoded (CDATA
  /// sections too). A run of text interrupted by a comment comes as two events.
  case text(String, location: XMLLocation)
}

/// A streaming, hand-written XML parser: the subset of XML 1.0 that statutory returns use.
///
/// Call ``next()`` until it returns `nil`. What it does, and refuses, on purpose:
/// - Reads a file a chunk at a time: memory depends on the chunk size and ``Limits``, never on the
///   size of the document.
/// - Refuses document type declarations and every other `<!…>` declaration, so entities can be
///   neither defined nor expanded (the "billion laughs" attack is refused, not expanded); only the
///   five predefined entity references and character references are decoded.
/// - Bounds nesting depth and the length of every name and text run (``Limits``).
/// - Checks well-formedness: matching end tags, one root element, no text outside it, quoted
///   attribute values, valid UTF-8 in names and text. A start's attributes are kept until the
///   next event (``attributes``), at most ``Limits/maximumAttributes`` of them.
/// - Skips comments, processing instructions (including the XML declaration) and a UTF-8
///   byte-order mark; does not report white-space-only text.
///
/// Errors name the line and byte column and the rule broken, never the document's text. After an
/// error the parser is finished and ``next()`` returns `nil`.
public struct XMLPullParser: Sendable {
  /// Bounds on the resources one document may use.
  public struct Limits: Sendable, Hashable, Codable {
    /// The deepest nesting of elements allowed.
    public var maximumDepth: Int
    /// The longest element or attribute name, in bytes.
    public var maximumNameLength: Int
    /// The longest run of text or attribute value, in bytes.
    public var maximumTextLength: Int
    /// The most attributes one element may have.
    public var maximumAttributes: Int

    /// Creates limits; the defaults are far beyond any statutory return or workbook part.
    public init(
      maximumDepth: Int = 64, maximumNameLength: Int = 256, maximumTextLength: Int = 65_536,
      maximumAttributes: Int = 256
    ) {
      self.maximumDepth = max(1, maximumDepth)
      self.maximumNameLength = max(1, maximumNameLength)
      self.maximumTextLength = max(1, maximumTextLength)
      self.maximumAttributes = max(1, maximumAttributes)
    }
  }

  /// The default number of bytes read from a file at a time.
  public static let defaultChunkSize = 65_536

  enum Source: Sendable {
    case memory
    case file(ChunkedFile, chunkSize: Int)
  }

  /// The limits this parser applies.
  public let limits: Limits
  // Internal: read-ahead asks whether the parser streams a file.
  let source: Source
  private var buffer: [UInt8]
  private var position = 0
  private var end: Int
  private var fileOffset = 0
  private var exhausted: Bool
  private var line = 1
  private var column = 1
  private var started = false
  private var finished = false
  private var sawRoot = false
  private var openElements: [String] = []
  private var pendingEnd: (name: String, location: XMLLocation)?
  private var token: [UInt8] = []
  private var scratch: [UInt8] = []
  /// Recently seen names by a hash of their bytes: element names repeat, so each is made into a
  /// `String` once; a fixed table keeps memory flat whatever the document holds.
  private var names = [(bytes: [UInt8], name: String)?](repeating: nil, count: 512)

  /// Creates a parser over bytes held in memory.
  public init(bytes: [UInt8], limits: Limits = Limits()) {
    self.limits = limits
    source = .memory
    buffer = bytes
    end = bytes.count
    exhausted = true
  }

  /// Creates a parser over a string's UTF-8 encoding.
  public init(string: String, limits: Limits = Limits()) {
    self.init(bytes: Array(string.utf8), limits: limits)
  }

  /// Creates a parser that streams the file at `path`, `chunkSize` bytes at a time (clamped to
  /// 16 bytes ... 16 MiB).
  /// - Throws: ``XMLSyntaxError/Rule/cannotOpenFile(errno:)`` when the file cannot be opened,
  ///   ``XMLSyntaxError/Rule/notARegularFile`` for a folder, device, FIFO or socket.
  public init(
    contentsOfFile path: String, limits: Limits = Limits(), chunkSize: Int = defaultChunkSize
  ) throws(XMLSyntaxError) {
    self.limits = limits
    let file: ChunkedFile
    do {
      file = try ChunkedFile(path: path)
    } catch {
      throw XMLSyntaxError(
        error.isNotARegularFile ? .notARegularFile : .cannotOpenFile(errno: error.errno),
        at: XMLLocation(line: 1, column: 1))
    }
    source = .file(file, chunkSize: min(max(chunkSize, 16), 1 << 24))
    buffer = []
    end = 0
    exhausted = false
  }

  /// The attributes of the element whose start was the last event (empty after any other
  /// event), in document order, with references decoded.
  public private(set) var attributes: [XMLAttribute] = []

  /// The value of the attribute called `name` (the qualified name as written, for example
  /// `r:id`) of the element just started, if it has one.
  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// Where the parser is: the place just after the last event.
  public var location: XMLLocation { XMLLocation(line: line, column: column) }

  /// How many elements are open.
  public var depth: Int { openElements.count }

  /// The next event, or `nil` at the end of a well-formed document.
  /// - Throws: ``XMLSyntaxError`` for a document that is not well formed or cannot be read.
  public mutating func next() throws(XMLSyntaxError) -> XMLEvent? {
    guard !finished else { return nil }
    do {
      return try readEvent()
    } catch {
      finished = true
      throw error
    }
  }

  // MARK: - Events

  private mutating func readEvent() throws(XMLSyntaxError) -> XMLEvent? {
    if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
    if let pending = pendingEnd {
      pendingEnd = nil
      return .endElement(name: pending.name, location: pending.location)
    }
    if !started {
      started = true
      try skipByteOrderMark()
    }
    while true {
      let start = location
      guard let byte = try peek() else {
        if !openElements.isEmpty { throw XMLSyntaxError(.unexpectedEndOfDocument, at: start) }
        if !sawRoot { throw XMLSyntaxError(.noRootElement, at: start) }
        finished = true
        return nil
      }
      if byte == Byte.lessThan {
        advance(byte)
        if let event = try markup(start: start) { return event }
      } else if let event = try text(start: start) {
        return event
      }
    }
  }

  private mutating func text(start: XMLLocation) throws(XMLSyntaxError) -> XMLEvent? {
    token.removeAll(keepingCapacity: true)
    var blank = true
    while let byte = try peek(), byte != Byte.lessThan {
      let here = location
      if Byte.isForbidden(byte) { throw XMLSyntaxError(.forbiddenCharacter, at: here) }
      if byte == Byte.ampersand {
        advance(byte)
        token += try reference(at: here)
        blank = false
      } else {
        // The run of plain bytes up to the next markup, reference or end of the buffer, at once.
        let from = position
        while position < end {
          let plain = buffer[position]
          if plain == Byte.lessThan || plain == Byte.ampersand || Byte.isForbidden(plain) { break }
          if blank, !Byte.isSpace(plain) { blank = false }
          advance(plain)
        }
        token.append(contentsOf: buffer[from..<position])
      }
      if token.count > limits.maximumTextLength {
        throw XMLSyntaxError(.tokenTooLong(limit: limits.maximumTextLength), at: start)
      }
    }
    if openElements.isEmpty {
      if blank { return nil }
      // Bytes that are not UTF-8 here are most often a file saved as UTF-16 or Latin-1: say so.
      _ = try string(token, at: start)
      throw XMLSyntaxError(.textOutsideRootElement, at: start)
    }
    return blank ? nil : .text(try string(token, at: start), location: start)
  }

  private mutating func markup(start: XMLLocation) throws(XMLSyntaxError) -> XMLEvent? {
    let byte = try take(start)
    switch byte {
    case Byte.slash:
      return try endTag(start: start)
    case Byte.question:
      try skip(past: [Byte.question, Byte.greaterThan], start: start)
      return nil
    case Byte.exclamation:
      let next = try take(start)
      if next == Byte.hyphen {
        guard try take(start) == Byte.hyphen else {
          throw XMLSyntaxError(.malformedMarkup, at: start)
        }
        try skip(past: Array("-->".utf8), start: start)
        return nil
      }
      if next == Byte.openBracket {
        for expected in "CDATA[".utf8 where try take(start) != expected {
          throw XMLSyntaxError(.malformedMarkup, at: start)
        }
        return try characterData(start: start)
      }
      throw XMLSyntaxError(.declarationRefused, at: start)
    default:
      guard Byte.isNameStart(byte) else { throw XMLSyntaxError(.malformedMarkup, at: start) }
      return try startTag(first: byte, start: start)
    }
  }

  private mutating func startTag(first: UInt8, start: XMLLocation) throws(XMLSyntaxError)
    -> XMLEvent
  {
    if openElements.isEmpty, sawRoot {
      throw XMLSyntaxError(.multipleRootElements, at: start)
    }
    guard openElements.count < limits.maximumDepth else {
      throw XMLSyntaxError(.nestingTooDeep(limit: limits.maximumDepth), at: start)
    }
    let name = try readName(first: first, start: start)
    while true {
      let byte = try take(start)
      if Byte.isSpace(byte) { continue }
      if byte == Byte.greaterThan { break }
      if byte == Byte.slash {
        guard try take(start) == Byte.greaterThan else {
          throw XMLSyntaxError(.malformedMarkup, at: start)
        }
        sawRoot = true
        pendingEnd = (name, start)
        return .startElement(name: name, location: start)
      }
      guard Byte.isNameStart(byte) else { throw XMLSyntaxError(.malformedAttribute, at: start) }
      try skipAttribute(first: byte, start: start)
    }
    sawRoot = true
    openElements.append(name)
    return .startElement(name: name, location: start)
  }

  private mutating func endTag(start: XMLLocation) throws(XMLSyntaxError) -> XMLEvent {
    let first = try take(start)
    guard Byte.isNameStart(first) else { throw XMLSyntaxError(.malformedMarkup, at: start) }
    let name = try readName(first: first, start: start)
    var byte = try take(start)
    while Byte.isSpace(byte) { byte = try take(start) }
    guard byte == Byte.greaterThan else { throw XMLSyntaxError(.malformedMarkup, at: start) }
    guard let open = openElements.last else {
      throw XMLSyntaxError(.unexpectedEndTag, at: start)
    }
    guard open == name else { throw XMLSyntaxError(.mismatchedEndTag, at: start) }
    openElements.removeLast()
    return .endElement(name: name, location: start)
  }

  private mutating func characterData(start: XMLLocation) throws(XMLSyntaxError) -> XMLEvent? {
    guard !openElements.isEmpty else {
      throw XMLSyntaxError(.textOutsideRootElement, at: start)
    }
    token.removeAll(keepingCapacity: true)
    let terminator = Array("]]>".utf8)
    while !token.suffix(terminator.count).elementsEqual(terminator) {
      token.append(try take(start))
      if token.count > limits.maximumTextLength + terminator.count {
        throw XMLSyntaxError(.tokenTooLong(limit: limits.maximumTextLength), at: start)
      }
    }
    token.removeLast(terminator.count)
    return token.isEmpty ? nil : .text(try string(token, at: start), location: start)
  }

  // MARK: - Pieces of markup

  /// Reads a name whose first byte has been taken; the byte after it is left unread.
  private mutating func readName(first: UInt8, start: XMLLocation) throws(XMLSyntaxError)
    -> String
  {
    // FNV-1a, computed as the name is read.
    var hash: UInt32 = (2_166_136_261 ^ UInt32(first)) &* 16_777_619
    if let name = try nameInBuffer(hash: hash, start: start) { return name }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(first)
    while let byte = try peek(), Byte.isNameCharacter(byte) {
      advance(byte)
      scratch.append(byte)
      hash = (hash ^ UInt32(byte)) &* 16_777_619
      if scratch.count > limits.maximumNameLength {
        throw XMLSyntaxError(.tokenTooLong(limit: limits.maximumNameLength), at: start)
      }
    }
    let slot = Int(hash % UInt32(names.count))
    if let known = names[slot], known.bytes == scratch { return known.name }
    let name = try string(scratch, at: start)
    names[slot] = (scratch, name)
    return name
  }

  /// The name whose first byte was just taken, when it ends inside the buffer (nearly always):
  /// read in place, with no copy unless the name is new; `nil` to read it byte by byte.
  private mutating func nameInBuffer(hash: UInt32, start: XMLLocation)
    throws(XMLSyntaxError) -> String?
  {
    let first = position - 1
    var index = position
    var running = hash
    while index < end, Byte.isNameCharacter(buffer[index]) {
      running = (running ^ UInt32(buffer[index])) &* 16_777_619
      index += 1
    }
    guard index < end, first >= 0 else { return nil }
    let count = index - first
    if count > limits.maximumNameLength {
      throw XMLSyntaxError(.tokenTooLong(limit: limits.maximumNameLength), at: start)
    }
    // A name holds no line feed, so only the column moves.
    column &+= index - position
    position = index
    let slot = Int(running % UInt32(names.count))
    let name = buffer.withUnsafeBufferPointer { bytes -> String? in
      let read = UnsafeBufferPointer(rebasing: bytes[first..<index])
      guard let known = names[slot], known.bytes.count == count,
        known.bytes.withUnsafeBufferPointer({ cached in
          (0..<count).allSatisfy { cached[$0] == read[$0] }
        })
      else { return nil }
      return known.name
    }
    if let name { return name }
    let bytes = Array(buffer[first..<index])
    let made = try string(bytes, at: start)
    names[slot] = (bytes, made)
    return made
  }

  private mutating func skipAttribute(first: UInt8, start: XMLLocation) throws(XMLSyntaxError) {
    let name = try readName(first: first, start: start)
    guard attributes.count < limits.maximumAttributes else {
      throw XMLSyntaxError(.tooManyAttributes(limit: limits.maximumAttributes), at: start)
    }
    var byte = try take(start)
    while Byte.isSpace(byte) { byte = try take(start) }
    guard byte == Byte.equals else { throw XMLSyntaxError(.malformedAttribute, at: start) }
    byte = try take(start)
    while Byte.isSpace(byte) { byte = try take(start) }
    guard byte == Byte.quote || byte == Byte.apostrophe else {
      throw XMLSyntaxError(.malformedAttribute, at: start)
    }
    let quote = byte
    var value: [UInt8] = []
    while true {
      let here = location
      let next = try take(start)
      if next == quote { break }
      if next == Byte.lessThan { throw XMLSyntaxError(.malformedAttribute, at: start) }
      if next == Byte.ampersand {
        value += try reference(at: here)
      } else {
        value.append(next)
      }
      if value.count > limits.maximumTextLength {
        throw XMLSyntaxError(.tokenTooLong(limit: limits.maximumTextLength), at: start)
      }
    }
    attributes.append(XMLAttribute(name: name, value: try string(value, at: start)))
  }

  /// The UTF-8 bytes of the reference whose `&` has been taken.
  private mutating func reference(at start: XMLLocation) throws(XMLSyntaxError) -> [UInt8] {
    var name: [UInt8] = []
    while true {
      guard let byte = try peek() else { throw XMLSyntaxError(.undefinedEntity, at: start) }
      advance(byte)
      if byte == Byte.semicolon { break }
      name.append(byte)
      guard name.count <= 10 else { throw XMLSyntaxError(.undefinedEntity, at: start) }
    }
    switch name {
    case Array("lt".utf8): return [Byte.lessThan]
    case Array("gt".utf8): return [Byte.greaterThan]
    case Array("amp".utf8): return [Byte.ampersand]
    case Array("apos".utf8): return [Byte.apostrophe]
    case Array("quot".utf8): return [Byte.quote]
    default:
      guard name.first == Byte.hash else { throw XMLSyntaxError(.undefinedEntity, at: start) }
      let hex = name.count > 1 && name[1] == UInt8(ascii: "x")
      let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
      guard !digits.isEmpty, digits.utf8.allSatisfy({ Byte.isHexDigit($0) }),
        let value = UInt32(digits, radix: hex ? 16 : 10), value != 0,
        let scalar = Unicode.Scalar(value)
      else { throw XMLSyntaxError(.invalidCharacterReference, at: start) }
      guard !Byte.isForbidden(scalar) else { throw XMLSyntaxError(.forbiddenCharacter, at: start) }
      return Array(String(Character(scalar)).utf8)
    }
  }

  /// Skips everything up to and including `terminator` (comments, processing instructions).
  private mutating func skip(past terminator: [UInt8], start: XMLLocation) throws(XMLSyntaxError) {
    var window: [UInt8] = []
    while window != terminator {
      if window.count == terminator.count { window.removeFirst() }
      window.append(try take(start))
    }
  }

  private mutating func skipByteOrderMark() throws(XMLSyntaxError) {
    guard try peek() == 0xEF else { return }
    // A chunk holds at least 16 bytes, so the mark is never split across two.
    if position + 3 <= end, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
      position += 3
    }
  }

  private func string(_ bytes: [UInt8], at start: XMLLocation) throws(XMLSyntaxError) -> String {
    // ASCII, nearly all of a statutory return, is valid UTF-8 without U+FFFE or U+FFFF: decoded
    // straight, skipping the generic validation (unspecialised, it dominated reading time).
    if !bytes.contains(where: { $0 >= 0x80 }) {
      return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
    guard let string = String(validating: bytes, as: UTF8.self) else {
      throw XMLSyntaxError(.invalidUTF8, at: start)
    }
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF: rare, so only a text holding EF is searched.
    if bytes.contains(0xEF), string.unicodeScalars.contains(where: Byte.isForbidden) {
      throw XMLSyntaxError(.forbiddenCharacter, at: start)
    }
    return string
  }

  // MARK: - Bytes

  @inline(__always)
  private mutating func peek() throws(XMLSyntaxError) -> UInt8? {
    if position == end, try !refill() { return nil }
    return buffer[position]
  }

  @inline(__always)
  private mutating func advance(_ byte: UInt8) {
    position &+= 1
    if byte == Byte.lineFeed {
      line &+= 1
      column = 1
    } else {
      column &+= 1
    }
  }

  /// The next byte, consumed; the end of the input here is inside the markup that began at
  /// `start`.
  private mutating func take(_ start: XMLLocation) throws(XMLSyntaxError) -> UInt8 {
    guard let byte = try peek() else {
      throw XMLSyntaxError(.unexpectedEndOfDocument, at: start)
    }
    if Byte.isForbidden(byte) { throw XMLSyntaxError(.forbiddenCharacter, at: location) }
    advance(byte)
    return byte
  }

  private mutating func refill() throws(XMLSyntaxError) -> Bool {
    guard case .file(let file, let chunkSize) = source, !exhausted else { return false }
    if buffer.count != chunkSize { buffer = [UInt8](repeating: 0, count: chunkSize) }
    switch file.read(into: &buffer, at: fileOffset) {
    case .bytes(let count):
      fileOffset += count
      position = 0
      end = count
      exhausted = count == 0
      return count > 0
    case .failed(let errno):
      throw XMLSyntaxError(.cannotReadFile(errno: errno), at: location)
    }
  }
}

/// The bytes of XML's syntax.
private enum Byte {
  static let lessThan = UInt8(ascii: "<")
  static let greaterThan = UInt8(ascii: ">")
  static let ampersand = UInt8(ascii: "&")
  static let semicolon = UInt8(ascii: ";")
  static let slash = UInt8(ascii: "/")
  static let question = UInt8(ascii: "?")
  static let exclamation = UInt8(ascii: "!")
  static let hyphen = UInt8(ascii: "-")
  static let openBracket = UInt8(ascii: "[")
  static let equals = UInt8(ascii: "=")
  static let quote = UInt8(ascii: "\"")
  static let apostrophe = UInt8(ascii: "'")
  static let hash = UInt8(ascii: "#")
  static let lineFeed = UInt8(ascii: "\n")

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// A control character XML 1.0's `Char` production leaves out: U+0000 to U+001F except tab,
  /// line feed and carriage return. (Every other byte is either allowed or part of a multi-byte
  /// UTF-8 sequence, checked when the text is decoded.)
  @inline(__always)
  static func isForbidden(_ byte: UInt8) -> Bool {
    byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
  }

  /// A character XML 1.0 does not allow: the control characters above, U+FFFE and U+FFFF.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 ? isForbidden(UInt8(scalar.value)) : scalar.value | 1 == 0xFFFF
  }

  static func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
      || byte == 0x3A || byte >= 0x80
  }

  static func isNameCharacter(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
  }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
      || (byte >= 0x41 && byte <= 0x46)
  }
}
