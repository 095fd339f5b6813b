import PracticeKit

/// `practice sources`: what the library ships, where it comes from, and what is not verified.
enum SourcesCommand {
  static let help = """
    Usage: practice sources [--facts] [--tag TAG[,TAG]] [--unverified] [--domain ID] [--format F]

    Lists, per domain of the standard registry, its facts by verification tag (V verified against
    the primary source, S secondary, U unverified), its timescales, calendars and catalogues of
    reference data, and every source it cites.

    Options:
      --facts       instead, every fact (V, S and U) with its identifier, tag, statement, note and
                    sources: unverified first, then secondary, then verified, each tag in the
                    order the domains register them
      --tag TAGS    only the facts with these tags (implies --facts): V, S or U, or verified,
                    secondary, unverified; several separated by commas or given as repeated
                    --tag options
      --unverified  the facts not verified against their primary source: the same as --tag U,S
      --domain ID   only this domain (core, law, education, audit, telecare, kit)
    \(Arguments.formatHelp(column: 16))
      -h, --help    this help

    Examples:
      practice sources --domain law --tag V       every verified fact of the law domain
      practice sources --facts --json             every fact, as JSON
    """

  static func run(_ words: [String], registry: PracticeRegistry = .standard)
    throws(CommandError) -> String
  {
    let arguments = try Arguments(
      words, valued: ["--domain", "--format"], repeatable: ["--tag"],
      flags: ["--facts", "--unverified", "--json"])
    if arguments.wantsHelp { return help + "\n" }
    _ = try arguments.positionals(named: [])
    var domains = registry.domains
    if let id = arguments.values["--domain"] {
      guard let domain = registry.domain(DomainID(rawValue: id)) else {
        let known = registry.domains.map(\.id.rawValue).joined(separator: ", ")
        throw .usage("--domain must be one of: \(known)")
      }
      domains = [domain]
    }
    let format = try arguments.format()
    guard let tags = try selectedTags(arguments) else {
      let summaries = domains.map(DomainSummary.init)
      return format.render(Document(domains: summaries)) { report(summaries) }
    }
    let facts = domains.flatMap { domain in
      domain.facts.filter { tags.contains($0.provenance.verification) }.map {
        ListedFact(domain: domain.id.rawValue, fact: $0)
      }
    }
    // Weakest tag first; registration order within a tag (a stable sort).
    let ordered = Verification.allCases.flatMap { tag in facts.filter { $0.tag == tag.tag } }
    let document = FactDocument(facts: ordered)
    return format.render(document) {
      report(document, unverifiedOnly: tags == [.unverified, .secondary])
    }
  }

  /// The tags `--facts`, `--tag` and `--unverified` select, or nil for the summary.
  private static func selectedTags(_ arguments: Arguments) throws(CommandError)
    -> Set<Verification>?
  {
    let unverified = arguments.flags.contains("--unverified")
    let words = (arguments.repeated["--tag"] ?? []).flatMap { $0.split(separator: ",") }
    if unverified, !words.isEmpty {
      throw .usage("--unverified and --tag cannot be combined (--unverified is --tag U,S)")
    }
    if unverified { return [.unverified, .secondary] }
    var tags = Set<Verification>()
    for word in words {
      let name = word.lowercased()
      guard
        let tag = Verification.allCases.first(where: {
          $0.tag.lowercased() == name || $0.rawValue == name
        })
      else {
        throw .usage("--tag must be V, S or U (or verified, secondary, unverified)")
      }
      tags.insert(tag)
    }
    if !tags.isEmpty { return tags }
    return arguments.flags.contains("--facts") ? Set(Verification.allCases) : nil
  }

  /// The domains' summaries as a report: a section per domain.
  private static func report(_ domains: [DomainSummary]) -> PracticeReport {
    PracticeReport(
      title: "What PracticeKit ships and where it comes from",
      sections: domains.map { domain in
        var blocks: [PracticeReport.Block] = [
          .paragraph(domain.summary),
          .table(
            .init(
              caption: "Contents", columns: ["What", "Count"],
              rows: [
                ["Facts", domain.facts.total.groupedText],
                ["Verified (V)", domain.facts.verified.groupedText],
                ["Secondary (S)", domain.facts.secondary.groupedText],
                ["Unverified (U)", domain.facts.unverified.groupedText],
                ["Timescales", domain.timescales.groupedText],
                ["Calendars", domain.calendars.groupedText],
                ["Sources", domain.sources.count.groupedText],
              ])),
        ]
        if !domain.catalogues.isEmpty {
          blocks.append(
            .table(
              .init(
                caption: "Catalogues", columns: ["Catalogue", "Title", "Entries", "Weakest tag"],
                rows: domain.catalogues.map {
                  [$0.id, $0.title, $0.entryCount.groupedText, $0.verification.tag]
                })))
        }
        blocks.append(.list(domain.sources.map(\.description)))
        return .init(id: domain.id, title: "\(domain.title) (\(domain.id))", blocks: blocks)
      })
  }

  /// The facts as a report: their counts, then a table per tag, weakest first.
  private static func report(_ document: FactDocument, unverifiedOnly: Bool) -> PracticeReport {
    let counts = document.counts
    let preface =
      unverifiedOnly
      ? "\(counts.total.groupedText) facts are not verified against their primary source "
        + "(U unverified: \(counts.unverified); S secondary: \(counts.secondary))."
      : "\(counts.total.groupedText) facts (V verified: \(counts.verified); S secondary: "
        + "\(counts.secondary); U unverified: \(counts.unverified))."
    let sections = Verification.allCases.compactMap { tag -> PracticeReport.Section? in
      let facts = document.facts.filter { $0.tag == tag.tag }
      guard !facts.isEmpty else { return nil }
      let name = tag.rawValue.prefix(1).uppercased() + tag.rawValue.dropFirst()
      return .init(
        id: tag.rawValue, title: "\(name) (\(tag.tag))",
        blocks: [
          .table(
            .init(
              caption: "\(name) facts (\(facts.count.groupedText))",
              columns: ["Fact", "Tag", "Identifier", "Domain", "Note", "Sources"],
              rows: facts.map {
                [
                  $0.statement, $0.tag, $0.id, $0.domain, $0.note ?? "",
                  $0.sources.map(\.description).joined(separator: "; "),
                ]
              }))
        ])
    }
    return PracticeReport(
      title: unverifiedOnly ? "Facts not verified" : "Facts", preface: [preface],
      sections: sections)
  }

  /// One domain's contributions, counted.
  private struct DomainSummary: Encodable {
    var id: String
    var title: String
    var summary: String
    var facts: TagCounts
    var timescales: Int
    var calendars: Int
    var catalogues: [Catalogue]
    var sources: [Source]

    init(_ domain: any PracticeDomain) {
      id = domain.id.rawValue
      title = domain.title
      summary = domain.summary
      facts = TagCounts(domain.facts.map(\.provenance.verification))
      timescales = domain.timescales.count
      calendars = domain.calendars.count
      catalogues = domain.catalogues
      sources = domain.sources
    }
  }

  /// How many facts carry each verification tag.
  private struct TagCounts: Encodable {
    var total: Int
    var verified: Int
    var secondary: Int
    var unverified: Int

    init(total: Int, verified: Int, secondary: Int, unverified: Int) {
      self.total = total
      self.verified = verified
      self.secondary = secondary
      self.unverified = unverified
    }

    init(_ tags: [Verification]) {
      total = tags.count
      verified = tags.count { $0 == .verified }
      secondary = tags.count { $0 == .secondary }
      unverified = tags.count { $0 == .unverified }
    }

  }

  private struct Document: Encodable {
    var schemaVersion = 1
    var domains: [DomainSummary]
  }

  /// A fact with the domain that ships it.
  private struct ListedFact: Encodable {
    var domain: String
    var id: String
    var tag: String
    var statement: String
    @Nullable var note: String?
    var sources: [Source]

    init(domain: String, fact: Fact) {
      self.domain = domain
      id = fact.id
      tag = fact.provenance.verification.tag
      statement = fact.statement
      note = fact.provenance.note
      sources = fact.provenance.sources
    }
  }

  /// The facts listed, with their counts by tag (`unverified` and `secondary` at the top level
  /// as in schema version 1).
  private struct FactDocument: Encodable {
    var schemaVersion = 1
    var unverified: Int
    var secondary: Int
    var verified: Int
    var facts: [ListedFact]

    init(facts: [ListedFact]) {
      unverified = facts.count { $0.tag == Verification.unverified.tag }
      secondary = facts.count { $0.tag == Verification.secondary.tag }
      verified = facts.count { $0.tag == Verification.verified.tag }
      self.facts = facts
    }

    var counts: TagCounts {
      TagCounts(
        total: facts.count, verified: verified, secondary: secondary, unverified: unverified)
    }
  }
}
