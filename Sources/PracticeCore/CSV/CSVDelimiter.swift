/// The single ASCII byte that separates fields in a record.
///
/// It can be any ASCII character except the double quote, CR and LF, which would make the text
/// ambiguous; that is checked once here so readers and writers never need to.
public struct CSVDelimiter: Hashable, Sendable, Codable {
  /// The delimiter's ASCII byte value.
  public let byte: UInt8

  /// Creates a delimiter, or returns `nil` when `scalar` is not ASCII or is a quote, CR or LF.
  public init?(_ scalar: Unicode.Scalar) {
    guard scalar.isASCII, scalar != "\"", scalar != "\r", scalar != "\n" else { return nil }
    byte = UInt8(truncatingIfNeeded: scalar.value)
  }

  private init(validByte: UInt8) { byte = validByte }

  /// The comma, RFC 4180's delimiter.
  public static let comma = CSVDelimiter(validByte: UInt8(ascii: ","))
  /// The semicolon, common where the comma is the decimal separator.
  public static let semicolon = CSVDelimiter(validByte: UInt8(ascii: ";"))
  /// The horizontal tab, for tab-separated values.
  public static let tab = CSVDelimiter(validByte: UInt8(ascii: "\t"))
  /// The vertical bar.
  public static let pipe = CSVDelimiter(validByte: UInt8(ascii: "|"))

  /// Decodes a delimiter, rejecting bytes that `init(_:)` would reject.
  public init(from decoder: any Decoder) throws {
    let value = try decoder.singleValueContainer().decode(UInt8.self)
    guard let delimiter = CSVDelimiter(Unicode.Scalar(value)) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "Not a usable CSV delimiter."))
    }
    self = delimiter
  }

  /// Encodes the delimiter as its byte value.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(byte)
  }
}
