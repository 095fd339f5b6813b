/// A place in an XML document: the 1-based line and the 1-based **byte** column within it (for
/// ASCII text, the character position).
public struct XMLLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The 1-based line (a line feed ends a line).
  public let line: Int
  /// The 1-based byte column within the line.
  public let column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Orders locations by line, then column.
  public static func < (lhs: XMLLocation, rhs: XMLLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// "line L, column C".
  public var description: String { "line \(line), column \(column)" }
}

/// Why an XML document could not be read, with where. The description names the place and the
/// rule, never the document's text (the files hold personal data about children).
public struct XMLSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The rule the document broke.
  public enum Rule: Sendable, Hashable {
    /// A document type declaration (`<!DOCTYPE`) or another declaration (`<!ENTITY`,
    /// `<!ELEMENT`): refused, so entities are never defined or expanded ("billion laughs").
    case declarationRefused
    /// An entity reference other than the five predefined ones (`&lt;` `&gt;` `&amp;` `&apos;`
    /// `&quot;`) or a character reference.
    case undefinedEntity
    /// A character reference (`&#…;`) that is malformed or names no Unicode scalar value.
    case invalidCharacterReference
    /// A tag, comment, CDATA section or processing instruction is malformed.
    case malformedMarkup
    /// An attribute is malformed (no `=`, no quotes, or a `<` in its value).
    case malformedAttribute
    /// An end tag does not match the element it would close.
    case mismatchedEndTag
    /// An end tag appears with no element open.
    case unexpectedEndTag
    /// The document ended with elements still open, or inside markup.
    case unexpectedEndOfDocument
    /// Text other than white space appears outside the root element.
    case textOutsideRootElement
    /// A second root element.
    case multipleRootElements
    /// The document has no element at all.
    case noRootElement
    /// Elements are nested deeper than the parser allows.
    case nestingTooDeep(limit: Int)
    /// A name or a text run is longer than the parser allows.
    case tokenTooLong(limit: Int)
    /// An element has more attributes than the parser allows.
    case tooManyAttributes(limit: Int)
    /// The bytes are not valid UTF-8.
    case invalidUTF8
    /// A character XML 1.0 does not allow (§2.2 `Char`): a control character other than tab,
    /// line feed and carriage return (U+0000 to U+001F), written as itself or as a character
    /// reference, or U+FFFE or U+FFFF.
    case forbiddenCharacter
    /// The file could not be opened; `errno` is the operating system's error number.
    case cannotOpenFile(errno: Int32)
    /// Reading the file failed part way; `errno` is the operating system's error number.
    case cannotReadFile(errno: Int32)
    /// The path names a folder, device, FIFO or socket, not a regular file: refused unread.
    case notARegularFile
  }

  /// The rule that was broken.
  public let rule: Rule
  /// Where: the start of the offending markup or text.
  public let location: XMLLocation

  /// Creates an error.
  public init(_ rule: Rule, at location: XMLLocation) {
    self.rule = rule
    self.location = location
  }

  /// A plain-language explanation naming the place and the rule, never the data.
  public var description: String {
    let place = "Line \(location.line), column \(location.column)"
    switch rule {
    case .declarationRefused:
      return "\(place): document type and entity declarations are not accepted (they could "
        + "expand without limit); remove the <!DOCTYPE …> or <!ENTITY …> declaration."
    case .undefinedEntity:
      return "\(place): an entity reference other than &lt; &gt; &amp; &apos; &quot; is not "
        + "accepted."
    case .invalidCharacterReference:
      return "\(place): a character reference (&#…;) is malformed or names no character."
    case .malformedMarkup:
      return "\(place): this tag, comment or section is not well formed."
    case .malformedAttribute:
      return "\(place): an attribute is not well formed (write name=\"value\")."
    case .mismatchedEndTag:
      return "\(place): this end tag does not match the element that is open."
    case .unexpectedEndTag:
      return "\(place): this end tag closes no open element."
    case .unexpectedEndOfDocument:
      return "\(place): the document ends before every element is closed."
    case .textOutsideRootElement:
      return "\(place): text appears outside the document's root element."
    case .multipleRootElements:
      return "\(place): a document has one root element; a second one starts here."
    case .noRootElement:
      return "\(place): the document contains no element."
    case .nestingTooDeep(let limit):
      return "\(place): elements are nested more than \(limit) deep."
    case .tokenTooLong(let limit):
      return "\(place): a name or text here is longer than \(limit) bytes."
    case .tooManyAttributes(let limit):
      return "\(place): an element here has more than \(limit) attributes."
    case .invalidUTF8:
      return "\(place): the text here is not valid UTF-8; save the file as UTF-8."
    case .forbiddenCharacter:
      return "\(place): a control character that XML 1.0 does not allow (only tab, line feed "
        + "and carriage return are); remove it or correct the export."
    case .cannotOpenFile(let errno):
      return "The file cannot be opened (system error \(errno))."
    case .cannotReadFile(let errno):
      return "\(place): the file could not be read further (system error \(errno))."
    case .notARegularFile:
      return "The path is not a regular file (a folder, device, FIFO or socket) and is not read."
    }
  }
}
