import PracticeKit

/// `practice cite TEXT...`: finds neutral citations in text and checks each one.
enum CiteCommand {
  static let help = """
    Usage: practice cite TEXT... [--json]

    Finds every UK neutral citation in TEXT (all the words joined by spaces), for example
    "[2013] UKSC 33" or "[2014] EWHC 270 (Fam)", and checks each: the court exists, the form was
    in use that year, the number is sensible. Invalid citations are listed with the reason.
    Leading care-proceedings cases are named.

    Quote the text so the shell keeps the square brackets: practice cite "see [2013] UKSC 33".

    Options:
      --json       a JSON document instead of lines
      -h, --help   this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(words, flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    guard !arguments.positionals.isEmpty else {
      throw .usage("cite needs some text to search; see practice cite --help")
    }
    let text = arguments.positionals.joined(separator: " ")
    let found = NeutralCitation.matches(in: text).map(Found.init)
    if arguments.flags.contains("--json") {
      return JSON.render(Document(citations: found))
    }
    guard !found.isEmpty else { return "No neutral citations found.\n" }
    return found.map(\.lines).joined(separator: "\n")
  }

  /// One citation as the JSON document gives it.
  struct Found: Encodable {
    var text: String
    var start: Int
    var end: Int
    var valid: Bool
    var court: String?
    var courtCode: String?
    var year: Int?
    var number: Int?
    var division: String?
    var urlPath: String?
    var `case`: String?
    var reason: String?

    init(_ match: CitationMatch) {
      text = match.text
      start = match.utf8Range.lowerBound
      end = match.utf8Range.upperBound
      valid = match.isValid
      if let citation = match.citation {
        court = citation.court.name
        courtCode = citation.court.description
        year = citation.year
        number = citation.number
        division = citation.division
        urlPath = citation.urlPath
        `case` = LeadingCase.cited(as: citation).map { "\($0.shortName): \($0.name)" }
      }
      reason = match.error?.description
    }

    var lines: String {
      var lines = [text]
      if valid, let court, let courtCode, let year, let number {
        lines.append("  valid: \(court) (\(courtCode)), year \(year), number \(number)")
        if let division { lines.append("  division: \(division)") }
        lines.append(
          "  Find Case Law: " + (urlPath ?? "no path (a BAILII form; search BAILII instead)"))
        if let `case` { lines.append("  leading case: \(`case`)") }
      } else {
        lines.append("  invalid: \(reason ?? "not a valid neutral citation")")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  private struct Document: Encodable {
    var schemaVersion = 1
    var citations: [Found]
  }
}
