/// A neutral citation found in text: where it is, what it says, and whether it is valid.
public struct CitationMatch: Sendable, Hashable {
  /// The citation's position as UTF-8 offsets into the scanned string (`text.utf8`): the
  /// opening bracket up to and excluding the byte after the last part read.
  public let utf8Range: Range<Int>
  /// The citation exactly as written in the text (including any unusual spacing).
  public let text: String
  /// The parsed citation, or why it is not valid.
  public let result: Result<NeutralCitation, CitationError>

  /// Creates a match.
  public init(utf8Range: Range<Int>, text: String, result: Result<NeutralCitation, CitationError>) {
    self.utf8Range = utf8Range
    self.text = text
    self.result = result
  }

  /// The citation, if valid.
  public var citation: NeutralCitation? {
    if case .success(let citation) = result { return citation }
    return nil
  }

  /// Why the citation is not valid, if it is not.
  public var error: CitationError? {
    if case .failure(let error) = result { return error }
    return nil
  }

  /// Whether the citation is valid.
  public var isValid: Bool { citation != nil }

  /// The match's range as `String.Index` values in `string`, which must be the scanned string;
  /// `nil` if the offsets do not fit it.
  public func range(in string: String) -> Range<String.Index>? {
    let utf8 = string.utf8
    guard utf8Range.lowerBound >= 0, utf8Range.upperBound <= utf8.count,
      let lower = utf8.index(
        utf8.startIndex, offsetBy: utf8Range.lowerBound, limitedBy: utf8.endIndex),
      let upper = utf8.index(lower, offsetBy: utf8Range.count, limitedBy: utf8.endIndex)
    else { return nil }
    return lower..<upper
  }
}

extension NeutralCitation {
  /// Finds every neutral citation in `text`, valid or not, in order.
  ///
  /// A candidate is a year in square brackets (one to nine digits), whitespace, and a capitalised
  /// code that is either a known court code or starts with `EW` or `UK` (so `[2013] UKHL 5` is
  /// reported as an unknown court while law-report citations such as `[2013] 2 FLR 1075` or
  /// `[2014] Fam 1` are not candidates). Each candidate is then parsed; one that fails is
  /// reported with the reason. Ranges are UTF-8 offsets (see ``CitationMatch/utf8Range``).
  /// Linear in the length of the text; never traps.
  public static func matches(in text: String) -> [CitationMatch] {
    let bytes = Array(text.utf8)
    var found: [CitationMatch] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == CitationGrammar.openBracket else {
        index += 1
        continue
      }
      if let outcome = CitationGrammar.parse(bytes, at: index, scanning: true) {
        let slice = bytes[index..<outcome.end]
        found.append(
          CitationMatch(
            utf8Range: index..<outcome.end, text: String(decoding: slice, as: UTF8.self),
            result: outcome.result))
        index = max(outcome.end, index + 1)
      } else {
        index += 1
      }
    }
    return found
  }
}

/// The hand-written citation grammar, over UTF-8 bytes. Every token the grammar accepts is ASCII
/// (or a whole no-break space), so the offsets it returns fall on scalar boundaries.
enum CitationGrammar {
  static let openBracket = UInt8(ascii: "[")
  static let closeBracket = UInt8(ascii: "]")
  static let openParen = UInt8(ascii: "(")
  static let closeParen = UInt8(ascii: ")")

  struct Outcome {
    var end: Int
    var result: Result<NeutralCitation, CitationError>
  }

  /// Courts grouped by code, for lookup.
  static let formsByCode: [String: [Court]] = Dictionary(grouping: Court.all, by: \.code)
  /// Codes that take a bracketed suffix in some form.
  static let codesWithSuffix: Set<String> = Set(Court.all.filter { $0.suffix != nil }.map(\.code))
  /// Codes followed by a subdivision word (`EWCA Civ`).
  static let codesWithSubdivision: Set<String> = Set(
    Court.all.filter { $0.subdivision != nil }.map(\.code))

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || (byte >= 0x61 && byte <= 0x7A) }
  static func isWordByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
  }

  /// The length of the whitespace at `index` (space, tab, CR, LF, or U+00A0), or 0.
  static func whitespaceLength(_ bytes: [UInt8], _ index: Int) -> Int {
    guard index < bytes.count else { return 0 }
    switch bytes[index] {
    case 0x20, 0x09, 0x0A, 0x0D: return 1
    case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
    default: return 0
    }
  }

  /// Skips whitespace from `index`; returns the new index.
  static func skipWhitespace(_ bytes: [UInt8], _ index: Int) -> Int {
    var index = index
    while true {
      let length = whitespaceLength(bytes, index)
      if length == 0 { return index }
      index += length
    }
  }

  /// The end of the run of bytes from `index` satisfying `test`, reading at most `limit`.
  static func run(_ bytes: [UInt8], _ index: Int, limit: Int = .max, _ test: (UInt8) -> Bool)
    -> Int
  {
    var end = index
    while end < bytes.count, end - index < limit, test(bytes[end]) { end += 1 }
    return end
  }

  static func trimWhitespace(_ bytes: inout [UInt8]) {
    let start = skipWhitespace(bytes, 0)
    var end = bytes.count
    while end > start {
      if whitespaceLength(bytes, end - 1) == 1 {
        end -= 1
      } else if end - 2 >= start, whitespaceLength(bytes, end - 2) == 2 {
        end -= 2
      } else {
        break
      }
    }
    if start > 0 || end < bytes.count { bytes = Array(bytes[start..<end]) }
  }

  static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// Where a citation whose court or year is already known to be wrong most likely ends: after
  /// an optional subdivision word, an optional `B`, the digits of a number and an optional
  /// bracketed suffix; or at `index` if no number follows. Only used to report a sensible range.
  static func endOfLikelyNumber(_ bytes: [UInt8], _ index: Int) -> Int {
    var start = skipWhitespace(bytes, index)
    guard start > index else { return index }
    let wordEnd = run(bytes, start, limit: 16, isLetter)
    if wordEnd > start, wordEnd - start > 1 || bytes[start] != UInt8(ascii: "B") {
      let next = skipWhitespace(bytes, wordEnd)
      guard next > wordEnd else { return index }
      start = next
    }
    if start < bytes.count, bytes[start] == UInt8(ascii: "B") { start += 1 }
    let digitsEnd = run(bytes, start, limit: 12, isDigit)
    guard digitsEnd > start, digitsEnd >= bytes.count || !isWordByte(bytes[digitsEnd]) else {
      return index
    }
    let parenStart = skipWhitespace(bytes, digitsEnd)
    if parenStart > digitsEnd, parenStart < bytes.count, bytes[parenStart] == openParen {
      let suffixEnd = run(bytes, parenStart + 1, limit: 12) { isLetter($0) || isDigit($0) }
      if suffixEnd > parenStart + 1, suffixEnd < bytes.count, bytes[suffixEnd] == closeParen {
        return suffixEnd + 1
      }
    }
    return digitsEnd
  }

  /// Parses a citation starting at `start` (which should be `[`). When `scanning`, returns `nil`
  /// for text that does not look like a neutral citation at all; otherwise reports it as
  /// malformed.
  static func parse(_ bytes: [UInt8], at start: Int, scanning: Bool) -> Outcome? {
    func fail(_ end: Int, _ error: CitationError) -> Outcome {
      Outcome(end: end, result: .failure(error))
    }
    let notCandidate: Outcome? = scanning ? nil : fail(start, .malformed)
    guard start < bytes.count, bytes[start] == openBracket else { return notCandidate }

    // [YEAR]
    let yearStart = start + 1
    let yearEnd = run(bytes, yearStart, limit: 10, isDigit)
    let yearDigits = yearEnd - yearStart
    guard yearDigits >= 1, yearDigits <= 9, yearEnd < bytes.count, bytes[yearEnd] == closeBracket
    else { return notCandidate }
    let afterYear = yearEnd + 1

    // whitespace, then the court code
    let codeStart = skipWhitespace(bytes, afterYear)
    guard codeStart > afterYear else { return notCandidate }
    let codeEnd = run(bytes, codeStart, limit: 16, isLetter)
    guard codeEnd > codeStart, isUpper(bytes[codeStart]) else { return notCandidate }
    let code = string(bytes, codeStart..<codeEnd)
    let forms = formsByCode[code]
    if scanning, forms == nil {
      let looksLikeCourt =
        codeEnd - codeStart >= 3 && bytes[codeStart..<codeEnd].allSatisfy(isUpper)
        && (code.hasPrefix("EW") || code.hasPrefix("UK"))
      guard looksLikeCourt else { return nil }
    }
    if codeEnd < bytes.count, isWordByte(bytes[codeEnd]) {
      return fail(codeEnd, .malformed)
    }

    // The year: four digits, 1000-9999.
    guard yearDigits == 4, bytes[yearStart] != UInt8(ascii: "0") else {
      return fail(endOfLikelyNumber(bytes, codeEnd), .invalidYear)
    }
    var year = 0
    for byte in bytes[yearStart..<yearEnd] { year = year * 10 + Int(byte - 0x30) }

    guard let forms else { return fail(endOfLikelyNumber(bytes, codeEnd), .unknownCourt) }
    var position = codeEnd

    // EWCA Civ | Crim
    var subdivision: String?
    if codesWithSubdivision.contains(code) {
      let wordStart = skipWhitespace(bytes, position)
      let wordEnd = run(bytes, wordStart, limit: 16, isLetter)
      guard wordStart > position, wordEnd > wordStart else {
        return fail(position, .missingDivision(court: code))
      }
      let word = string(bytes, wordStart..<wordEnd)
      guard forms.contains(where: { $0.subdivision == word }) else {
        return fail(wordEnd, .unknownDivision(court: code))
      }
      subdivision = word
      position = wordEnd
    }

    // [B]NUMBER
    let numberArea = skipWhitespace(bytes, position)
    guard numberArea > position, numberArea < bytes.count else {
      return fail(position, .missingNumber)
    }
    var digitsStart = numberArea
    var prefix: String?
    if bytes[numberArea] == UInt8(ascii: "B"), numberArea + 1 < bytes.count,
      isDigit(bytes[numberArea + 1])
    {
      prefix = "B"
      digitsStart += 1
    }
    let digitsEnd = run(bytes, digitsStart, limit: 12, isDigit)
    guard digitsEnd > digitsStart else { return fail(position, .missingNumber) }
    position = digitsEnd
    if position < bytes.count, isWordByte(bytes[position]) {
      return fail(position, .malformed)
    }

    // (SUFFIX), only for codes that have suffixed forms
    var suffix: String?
    if codesWithSuffix.contains(code) {
      let parenStart = skipWhitespace(bytes, position)
      if parenStart > position, parenStart < bytes.count, bytes[parenStart] == openParen {
        let wordStart = parenStart + 1
        let wordEnd = run(bytes, wordStart, limit: 12) { isLetter($0) || isDigit($0) }
        if wordEnd > wordStart, isUpper(bytes[wordStart]), wordEnd < bytes.count,
          bytes[wordEnd] == closeParen
        {
          suffix = string(bytes, wordStart..<wordEnd)
          position = wordEnd + 1
        }
      }
    }

    // The number's own rules.
    let digitCount = digitsEnd - digitsStart
    if bytes[digitsStart] == UInt8(ascii: "0") {
      let allZero = bytes[digitsStart..<digitsEnd].allSatisfy { $0 == UInt8(ascii: "0") }
      return fail(position, allZero ? .zeroNumber : .leadingZero)
    }
    guard digitCount <= 6 else { return fail(position, .numberTooLarge) }
    var number = 0
    for byte in bytes[digitsStart..<digitsEnd] { number = number * 10 + Int(byte - 0x30) }

    // Find the form.
    let candidates = forms.filter { $0.subdivision == subdivision }
    guard
      let court = candidates.first(where: { $0.numberPrefix == prefix && $0.suffix == suffix })
    else {
      let display = subdivision.map { code + " " + $0 } ?? code
      if let suffix, !candidates.contains(where: { $0.suffix == suffix }) {
        return fail(position, .unknownDivision(court: display))
      }
      if suffix == nil, candidates.allSatisfy({ $0.suffix != nil || $0.numberPrefix != prefix }),
        candidates.contains(where: { $0.suffix != nil && $0.numberPrefix == prefix })
      {
        return fail(position, .missingDivision(court: display))
      }
      return fail(position, .unsupportedForm(court: display))
    }
    do {
      let citation = try NeutralCitation(year: year, court: court, number: number)
      return Outcome(end: position, result: .success(citation))
    } catch {
      return fail(position, error)
    }
  }
}
