/// A validated UK neutral citation, for example `[2013] UKSC 33` or `[2014] EWHC 270 (Fam)`.
///
/// ```swift
/// let citation = try NeutralCitation("[2013] EWCA Civ 1146")
/// citation.court.name      // "Court of Appeal (Civil Division)"
/// citation.urlPath         // "ewca/civ/2013/1146"
/// try NeutralCitation("[2010] EWFC 3")   // throws CitationError.beforeCourt(...)
/// ```
///
/// Parsing is case-sensitive (court codes are written in capitals) and accepts any run of
/// spaces, tabs, line breaks or no-break spaces between the parts; ``description`` is the
/// canonical form with single spaces. Encoded as that canonical string.
public struct NeutralCitation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The year in square brackets.
  public let year: Int
  /// The citation form and the court it names.
  public let court: Court
  /// The judgment's number within the court and year (without any `B` prefix).
  public let number: Int

  /// Creates a citation from its parts, checking them as the parser does.
  /// - Throws: ``CitationError`` for a number below 1 or above 999 999, a year outside
  ///   1000–9999, or a year outside the form's years of use.
  public init(year: Int, court: Court, number: Int) throws(CitationError) {
    guard (1000...9999).contains(year) else { throw .invalidYear }
    guard number >= 1 else { throw .zeroNumber }
    guard number <= NeutralCitation.maximumNumber else { throw .numberTooLarge }
    if let first = court.firstYear, year < first {
      throw .beforeCourt(court: court.description, firstYear: first)
    }
    if let last = court.lastYear, year > last {
      throw .afterCourt(court: court.description, lastYear: last)
    }
    self.year = year
    self.court = court
    self.number = number
  }

  /// Parses and validates `text`, which must be one citation (surrounding whitespace is ignored).
  /// - Throws: ``CitationError`` naming what is wrong; the error never contains the text.
  public init(_ text: some StringProtocol) throws(CitationError) {
    var bytes = Array(text.utf8)
    CitationGrammar.trimWhitespace(&bytes)
    guard let outcome = CitationGrammar.parse(bytes, at: 0, scanning: false) else {
      throw .malformed
    }
    switch outcome.result {
    case .success(let citation):
      guard outcome.end == bytes.count else { throw .trailingText }
      self = citation
    case .failure(let error):
      throw error
    }
  }

  /// The largest number accepted: six digits.
  public static let maximumNumber = 999_999

  /// The division, tier or chamber, for example `Civ`, `Fam`, `B` or `T2`; `nil` if none.
  public var division: String? { court.division }

  /// The canonical citation, for example `[2014] EWCC B44 (Fam)`.
  public var description: String {
    var text = "[\(year)] " + court.code
    if let subdivision = court.subdivision { text += " " + subdivision }
    text += " " + (court.numberPrefix ?? "") + String(number)
    if let suffix = court.suffix { text += " (" + suffix + ")" }
    return text
  }

  /// The judgment's path on The National Archives' Find Case Law, for example
  /// `ewca/civ/2013/1146` or `ewfc/b/2025/79`; `nil` for BAILII-only forms.
  public var urlPath: String? {
    court.urlPrefix.map { "\($0)/\(year)/\(number)" }
  }

  /// The judgment's address on Find Case Law, where the form has one.
  public var findCaseLawURL: String? {
    urlPath.map { "https://caselaw.nationalarchives.gov.uk/" + $0 }
  }

  /// Encodes the canonical citation string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Decodes and validates a citation string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try NeutralCitation(text)
    } catch {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not a valid neutral citation: \(error)")
    }
  }
}

/// Why text is not a valid neutral citation.
///
/// Descriptions name what is wrong and, where it helps, the library's own data (a court's code
/// and years); they never repeat the text that was checked.
public enum CitationError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// Not in the shape `[YEAR] CODE NUMBER`: a missing bracket, space or part.
  case malformed
  /// The bracketed year is not four digits from 1000 to 9999.
  case invalidYear
  /// The court code is not one the library knows (for example `UKHL`, which no parser here
  /// accepts).
  case unknownCourt
  /// The court needs a division, tier or chamber (`EWCA Civ`, `EWHC … (Fam)`) and none was given.
  case missingDivision(court: String)
  /// The court is known but the division, tier or chamber is not one of its.
  case unknownDivision(court: String)
  /// The court is known but this arrangement of prefix and suffix is not one of its forms (for
  /// example a `B` number for the Upper Tribunal).
  case unsupportedForm(court: String)
  /// No judgment number follows the court.
  case missingNumber
  /// The judgment number is 0.
  case zeroNumber
  /// The judgment number is written with a leading zero.
  case leadingZero
  /// The judgment number has more than six digits.
  case numberTooLarge
  /// The year is before the form came into use.
  case beforeCourt(court: String, firstYear: Int)
  /// The year is after the form went out of use.
  case afterCourt(court: String, lastYear: Int)
  /// More text follows a complete citation (when parsing one citation).
  case trailingText

  /// A stable code for the reason, for example `citation.unknown-court`.
  public var code: String {
    switch self {
    case .malformed: "citation.malformed"
    case .invalidYear: "citation.invalid-year"
    case .unknownCourt: "citation.unknown-court"
    case .missingDivision: "citation.missing-division"
    case .unknownDivision: "citation.unknown-division"
    case .unsupportedForm: "citation.unsupported-form"
    case .missingNumber: "citation.missing-number"
    case .zeroNumber: "citation.zero-number"
    case .leadingZero: "citation.leading-zero"
    case .numberTooLarge: "citation.number-too-large"
    case .beforeCourt: "citation.before-court"
    case .afterCourt: "citation.after-court"
    case .trailingText: "citation.trailing-text"
    }
  }

  /// What is wrong, in plain English.
  public var description: String {
    switch self {
    case .malformed:
      "not in the form [YEAR] COURT NUMBER (a bracket, space or part is missing)"
    case .invalidYear: "the year in square brackets must be four digits"
    case .unknownCourt: "the court code is not a recognised neutral-citation court"
    case .missingDivision(let court):
      "\(court) citations need a division, tier or chamber"
    case .unknownDivision(let court):
      "the division, tier or chamber is not one of \(court)'s"
    case .unsupportedForm(let court):
      "this arrangement of number prefix and suffix is not a form \(court) citations take"
    case .missingNumber: "the judgment number is missing"
    case .zeroNumber: "the judgment number must be 1 or more"
    case .leadingZero: "the judgment number must not start with 0"
    case .numberTooLarge: "the judgment number has more than six digits"
    case .beforeCourt(let court, let firstYear):
      "\(court) citations begin in \(firstYear); the year is earlier"
    case .afterCourt(let court, let lastYear):
      "\(court) citations end in \(lastYear); the year is later"
    case .trailingText: "there is more text after the citation"
    }
  }
}
