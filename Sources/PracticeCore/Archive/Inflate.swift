/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, written
/// from the RFC for reading the parts of an Office Open XML workbook; no dependency.
///
/// The output is bounded: decompression stops with ``InflateError/tooLarge(limit:)`` as soon as
/// it would pass the limit the caller gives, so a small input that expands without end (a
/// "zip bomb") costs at most that much memory.
public enum Inflate {
  /// Decompresses raw DEFLATE data (no zlib or gzip wrapper).
  ///
  /// - Parameters:
  ///   - input: The compressed bytes.
  ///   - limit: The most bytes the output may have.
  /// - Returns: The decompressed bytes.
  /// - Throws: ``InflateError`` for data that is not valid DEFLATE, ends early, or expands past
  ///   `limit`.
  public static func decompress(_ input: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
    var reader = BitReader(input)
    var output: [UInt8] = []
    var last = false
    while !last {
      last = try reader.bits(1) == 1
      switch try reader.bits(2) {
      case 0: try stored(&reader, into: &output, limit: limit)
      case 1: try huffman(&reader, FixedCodes.literals, FixedCodes.distances, &output, limit)
      case 2:
        let (literals, distances) = try dynamicCodes(&reader)
        try huffman(&reader, literals, distances, &output, limit)
      default: throw .invalidBlockType
      }
    }
    return output
  }

  private static func stored(_ reader: inout BitReader, into output: inout [UInt8], limit: Int)
    throws(InflateError)
  {
    reader.alignToByte()
    let length = try reader.bits(16)
    let complement = try reader.bits(16)
    guard length == ~complement & 0xFFFF else { throw .invalidStoredLength }
    guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
    try reader.copyBytes(length, into: &output)
  }

  /// The base lengths and extra bits of length codes 257...285 (RFC 1951 3.2.5).
  private static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  private static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  /// The base distances and extra bits of distance codes 0...29.
  private static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]
  /// The order in which code-length code lengths are sent (RFC 1951 3.2.7).
  private static let codeLengthOrder = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]

  private static func huffman(
    _ reader: inout BitReader, _ literals: HuffmanCode, _ distances: HuffmanCode,
    _ output: inout [UInt8], _ limit: Int
  ) throws(InflateError) {
    while true {
      let symbol = try literals.decode(&reader)
      if symbol < 256 {
        guard output.count < limit else { throw .tooLarge(limit: limit) }
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let index = symbol - 257
      guard index < lengthBase.count else { throw .invalidSymbol }
      let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
      let code = try distances.decode(&reader)
      guard code < distanceBase.count else { throw .invalidSymbol }
      let distance = distanceBase[code] + (try reader.bits(distanceExtra[code]))
      guard distance <= output.count else { throw .distanceTooFar }
      guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
      // Byte by byte: a match may overlap the bytes it produces.
      let start = output.count - distance
      for offset in 0..<length { output.append(output[start + offset]) }
    }
  }

  private static func dynamicCodes(_ reader: inout BitReader) throws(InflateError)
    -> (HuffmanCode, HuffmanCode)
  {
    let literalCount = try reader.bits(5) + 257
    let distanceCount = try reader.bits(5) + 1
    let codeLengthCount = try reader.bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
    var codeLengthLengths = [Int](repeating: 0, count: 19)
    for position in codeLengthOrder.prefix(codeLengthCount) {
      codeLengthLengths[position] = try reader.bits(3)
    }
    let codeLengths = try HuffmanCode(lengths: codeLengthLengths)
    var lengths: [Int] = []
    let total = literalCount + distanceCount
    while lengths.count < total {
      let symbol = try codeLengths.decode(&reader)
      switch symbol {
      case 0...15: lengths.append(symbol)
      case 16:
        guard let previous = lengths.last else { throw .invalidCodeLengths }
        lengths += repeatElement(previous, count: 3 + (try reader.bits(2)))
      case 17: lengths += repeatElement(0, count: 3 + (try reader.bits(3)))
      case 18: lengths += repeatElement(0, count: 11 + (try reader.bits(7)))
      default: throw .invalidCodeLengths
      }
    }
    guard lengths.count == total, lengths[256] > 0 else { throw .invalidCodeLengths }
    return (
      try HuffmanCode(lengths: Array(lengths[..<literalCount])),
      try HuffmanCode(lengths: Array(lengths[literalCount...]))
    )
  }

  /// The fixed Huffman codes of block type 1 (RFC 1951 3.2.6).
  private enum FixedCodes {
    static let literals: HuffmanCode = {
      let lengths =
        [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
        + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
      // Well-formed by construction (the RFC's table); the fallback is never taken.
      return (try? HuffmanCode(lengths: lengths)) ?? HuffmanCode()
    }()
    static let distances: HuffmanCode =
      (try? HuffmanCode(lengths: [Int](repeating: 5, count: 30))) ?? HuffmanCode()
  }
}

/// Why DEFLATE data could not be decompressed.
public enum InflateError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The data ended inside a block.
  case unexpectedEnd
  /// A block's type is the reserved value 3.
  case invalidBlockType
  /// A stored block's length does not match its complement.
  case invalidStoredLength
  /// A dynamic block's code lengths do not make a usable code.
  case invalidCodeLengths
  /// A code decodes to no symbol, or to a reserved one.
  case invalidSymbol
  /// A match refers back past the start of the output.
  case distanceTooFar
  /// The output would be larger than the limit (in bytes).
  case tooLarge(limit: Int)

  /// For example "the compressed data ends early".
  public var description: String {
    switch self {
    case .unexpectedEnd: "the compressed data ends early"
    case .invalidBlockType: "the compressed data has a block of the reserved type 3"
    case .invalidStoredLength: "a stored block's length does not match its check"
    case .invalidCodeLengths: "a block's Huffman code lengths are not valid"
    case .invalidSymbol: "the compressed data has a code that means nothing"
    case .distanceTooFar: "the compressed data refers back before its start"
    case .tooLarge(let limit): "the data expands to more than \(limit) bytes"
    }
  }
}

/// Reads a DEFLATE stream's bits, least significant first.
struct BitReader {
  private let bytes: [UInt8]
  private var position = 0
  private var buffer = 0
  private var count = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next `n` bits (0 to 16) as a number, first bit lowest.
  mutating func bits(_ n: Int) throws(InflateError) -> Int {
    while count < n {
      guard position < bytes.count else { throw .unexpectedEnd }
      buffer |= Int(bytes[position]) << count
      position += 1
      count += 8
    }
    let value = buffer & ((1 << n) - 1)
    buffer >>= n
    count -= n
    return value
  }

  /// Drops the bits left in the current byte.
  mutating func alignToByte() {
    buffer = 0
    count = 0
  }

  /// Copies `n` whole bytes (after ``alignToByte()``).
  mutating func copyBytes(_ n: Int, into output: inout [UInt8]) throws(InflateError) {
    guard n <= bytes.count - position else { throw .unexpectedEnd }
    output += bytes[position..<position + n]
    position += n
  }
}

/// A canonical Huffman code (RFC 1951 3.2.2), decoded a bit at a time by code length.
struct HuffmanCode {
  /// How many codes have each length 0...15.
  private var counts = [Int](repeating: 0, count: 16)
  /// The symbols in code order.
  private var symbols: [Int] = []

  /// An empty code: decodes nothing.
  init() {}

  /// The code with these lengths by symbol (0: the symbol is not used).
  init(lengths: [Int]) throws(InflateError) {
    for length in lengths {
      guard (0...15).contains(length) else { throw .invalidCodeLengths }
      counts[length] += 1
    }
    counts[0] = 0
    // Over-subscribed code lengths cannot be decoded; incomplete ones are allowed (RFC 1951
    // permits a single distance code).
    var left = 1
    for length in 1...15 {
      left = left * 2 - counts[length]
      guard left >= 0 else { throw .invalidCodeLengths }
    }
    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
    symbols = [Int](repeating: 0, count: lengths.count)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      symbols[offsets[length]] = symbol
      offsets[length] += 1
    }
  }

  /// The next symbol.
  func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      code |= try reader.bits(1)
      let count = counts[length]
      if code - first < count { return symbols[index + code - first] }
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    throw .invalidSymbol
  }
}
