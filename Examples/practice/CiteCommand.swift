import PracticeKit

/// `practice cite TEXT...`: finds neutral citations in text and checks each one.
enum CiteCommand {
  static let help = """
    Usage: practice cite TEXT... [--format F]

    Finds every UK neutral citation in TEXT (all the words joined by spaces), for example
    "[2013] UKSC 33" or "[2014] EWHC 270 (Fam)", and checks each: the court exists, the form was
    in use that year, the number is sensible. Invalid citations are listed with the reason.
    Leading care-proceedings cases are named.

    Quote the text so the shell keeps the square brackets: practice cite "see [2013] UKSC 33".

    Options:
    \(Arguments.formatHelp(column: 15))
      -h, --help   this help
    """

  static func run(_ words: [String]) throws(CommandError) -> String {
    let arguments = try Arguments(words, valued: ["--format"], flags: ["--json"])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    guard !arguments.positionals.isEmpty else {
      throw .usage("cite needs some text to search; see practice cite --help")
    }
    let text = arguments.positionals.joined(separator: " ")
    let found = NeutralCitation.matches(in: text).map(Found.init)
    return format.render(Document(citations: found)) { report(found) }
  }

  /// The citations as a report: one table, a row per citation (the text renders it as one
  /// record per citation), or a sentence when there are none.
  static func report(_ found: [Found]) -> PracticeReport {
    let table = PracticeReport.Table(
      caption: "Neutral citations (\(found.count.groupedText))",
      columns: [
        "Citation", "Check", "Court", "Year", "Number", "Division", "Find Case Law", "Leading case",
      ],
      rows: found.map { citation in
        guard citation.valid, let court = citation.court, let code = citation.courtCode,
          let year = citation.year, let number = citation.number
        else {
          return [citation.text, "invalid: \(citation.reason ?? "not a valid neutral citation")"]
        }
        return [
          citation.text, "valid", "\(court) (\(code))", "\(year)", "\(number)",
          citation.division ?? "",
          citation.urlPath ?? "no path (a BAILII form; search BAILII instead)",
          citation.case ?? "",
        ]
      })
    return PracticeReport(
      title: "Neutral citations",
      sections: [
        .init(
          id: "citations", title: "Citations found",
          blocks: found.isEmpty ? [.paragraph("No neutral citations found.")] : [.table(table)])
      ])
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
  }

  private struct Document: Encodable {
    var schemaVersion = 1
    var citations: [Found]
  }
}
