import PracticeKit

/// A figure as a command prints it after the disclosure-control gate: a number, or the symbol
/// that stands in for it ("c" withheld, "z" not applicable, ":" not available). JSON carries the
/// number, or the symbol as a string.
enum PublishedFigure: Encodable, Equatable, CustomStringConvertible {
  case count(Int)
  case symbol(String)

  init(_ value: PublishedValue) {
    switch value {
    case .count(let count), .percentage(let count): self = .count(count)
    default: self = .symbol(value.description)
    }
  }

  /// The count with thousands separators, or the symbol.
  var description: String {
    switch self {
    case .count(let count): PublishedValue.count(count).reportText
    case .symbol(let symbol): symbol
    }
  }

  /// As a percentage: "64%", or the symbol.
  var percentText: String {
    switch self {
    case .count(let count): "\(count)%"
    case .symbol(let symbol): symbol
    }
  }

  /// The number, or `nil` for a symbol.
  var number: Int? {
    if case .count(let count) = self { return count }
    return nil
  }

  /// Whether it is a number (not a symbol).
  var isNumber: Bool { number != nil }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .count(let count): try container.encode(count)
    case .symbol(let symbol): try container.encode(symbol)
    }
  }
}
