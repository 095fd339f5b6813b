import PracticeKit

/// `practice sources`: what the library ships, where it comes from, and what is not verified.
enum SourcesCommand {
  static let help = """
    Usage: practice sources [--unverified] [--domain ID] [--json]

    Lists, per domain of the standard registry, its facts by verification tag (V verified against
    the primary source, S secondary, U unverified), its timescales, calendars and catalogues of
    reference data, and every source it cites.

    Options:
      --unverified  instead, every fact not verified against its primary source (tags U and S),
                    unverified first, with its identifier, statement and sources
      --domain ID   only this domain (core, law, education, audit, telecare)
      --json        a JSON document instead of the report
      -h, --help    this help
    """

  static func run(_ words: [String], registry: PracticeRegistry = .standard)
    throws(CommandError) -> String
  {
    let arguments = try Arguments(words, valued: ["--domain"], flags: ["--unverified", "--json"])
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
    if arguments.flags.contains("--unverified") {
      let facts = domains.flatMap { domain in
        domain.facts.filter { $0.provenance.verification != .verified }.map {
          UnverifiedFact(domain: domain.id.rawValue, fact: $0)
        }
      }
      // Unverified before secondary; registration order within a tag (a stable sort).
      let ordered = Verification.allCases.flatMap { tag in facts.filter { $0.tag == tag.tag } }
      return json ? JSON.render(UnverifiedDocument(facts: ordered)) : report(ordered)
    }
    let summaries = domains.map(DomainSummary.init)
    return json ? JSON.render(Document(domains: summaries)) : report(summaries)
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

  private static func report(_ facts: [UnverifiedFact]) -> String {
    let document = UnverifiedDocument(facts: facts)
    var lines = [
      "\(facts.count) facts are not verified against their primary source "
        + "(U unverified: \(document.unverified); S secondary: \(document.secondary)).",
      "",
    ]
    for fact in facts {
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

  /// A fact not verified against its primary source, with the domain that ships it.
  private struct UnverifiedFact: Encodable {
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

  private struct UnverifiedDocument: Encodable {
    var schemaVersion = 1
    var unverified: Int
    var secondary: Int
    var facts: [UnverifiedFact]

    init(facts: [UnverifiedFact]) {
      unverified = facts.count { $0.tag == Verification.unverified.tag }
      secondary = facts.count { $0.tag == Verification.secondary.tag }
      self.facts = facts
    }
  }
}
