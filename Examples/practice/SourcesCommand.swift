import PracticeKit

/// `practice sources`: what the library ships, where it comes from, and what is not verified.
enum SourcesCommand {
  static let help = """
    Usage: practice sources [--facts] [--tag TAG[,TAG]] [--unverified] [--domain ID] [--json]

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
      --json        a JSON document instead of the report
      -h, --help    this help

    Examples:
      practice sources --domain law --tag V       every verified fact of the law domain
      practice sources --facts --json             every fact, as JSON
    """

  static func run(_ words: [String], registry: PracticeRegistry = .standard)
    throws(CommandError) -> String
  {
    let arguments = try Arguments(
      words, valued: ["--domain"], repeatable: ["--tag"],
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
    let json = arguments.flags.contains("--json")
    guard let tags = try selectedTags(arguments) else {
      let summaries = domains.map(DomainSummary.init)
      return json ? JSON.render(Document(domains: summaries)) : report(summaries)
    }
    let facts = domains.flatMap { domain in
      domain.facts.filter { tags.contains($0.provenance.verification) }.map {
        ListedFact(domain: domain.id.rawValue, fact: $0)
      }
    }
    // Weakest tag first; registration order within a tag (a stable sort).
    let ordered = Verification.allCases.flatMap { tag in facts.filter { $0.tag == tag.tag } }
    let document = FactDocument(facts: ordered)
    return json
      ? JSON.render(document) : report(document, unverifiedOnly: tags == [.unverified, .secondary])
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

  private static func report(_ domains: [DomainSummary]) -> String {
    var lines: [String] = []
    for domain in domains {
      lines.append("\(domain.title) (\(domain.id)): \(domain.summary)")
      lines.append(
        "  facts: \(domain.facts.text); "
          + "timescales: \(domain.timescales); calendars: \(domain.calendars); "
          + "sources: \(domain.sources.count)")
      for catalogue in domain.catalogues {
        lines.append(
          "  catalogue \(catalogue.id): \(catalogue.title) — \(catalogue.entryCount) entries, "
            + "weakest tag \(catalogue.verification.tag)")
      }
      for source in domain.sources { lines.append("  - \(source)") }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private static func report(_ document: FactDocument, unverifiedOnly: Bool) -> String {
    let counts = document.counts
    var lines = [
      unverifiedOnly
        ? "\(counts.total) facts are not verified against their primary source "
          + "(U unverified: \(counts.unverified); S secondary: \(counts.secondary))."
        : "\(counts.total) facts (V verified: \(counts.verified); S secondary: "
          + "\(counts.secondary); U unverified: \(counts.unverified)).",
      "",
    ]
    for fact in document.facts {
      lines.append("[\(fact.tag)] \(fact.id) (\(fact.domain)): \(fact.statement)")
      if let note = fact.note { lines.append("    note: \(note)") }
      for source in fact.sources { lines.append("    - \(source)") }
    }
    return lines.joined(separator: "\n") + "\n"
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

    var text: String { "\(total): V \(verified), S \(secondary), U \(unverified)" }
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
