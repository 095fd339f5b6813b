/// Where a fact or rule comes from: a statute, a regulation, guidance, a judgment, a dataset.
///
/// Every fact and rule the library ships carries at least one `Source` (through ``Provenance``),
/// so that a deadline or an audit figure can always say where it comes from.
public struct Source: Sendable, Hashable, Codable, CustomStringConvertible {
  /// What kind of document a source is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An Act of Parliament.
    case statute
    /// A statutory instrument: regulations, rules or an order.
    case regulation
    /// A practice direction (for example FPR Practice Direction 12A).
    case practiceDirection
    /// Statutory guidance (for example Working Together to Safeguard Children).
    case statutoryGuidance
    /// Non-statutory guidance or an official web page (for example a GOV.UK page).
    case guidance
    /// A royal proclamation or other executive instrument published in The Gazette.
    case proclamation
    /// A court judgment.
    case caseLaw
    /// Official statistics.
    case officialStatistics
    /// A research paper or report.
    case research
    /// One of the documents the project was founded on.
    case seedDocument
    /// A published dataset.
    case dataset
    /// Parliamentary record (Hansard).
    case parliamentaryRecord
    /// A technical standard, for example an IETF RFC or a NIST FIPS publication.
    case technicalStandard
    /// Another implementation used as a cross-check (for example python-holidays).
    case software
    /// A secondary source: an article, encyclopaedia or practitioner commentary.
    case secondary
  }

  /// What kind of document this is.
  public var kind: Kind
  /// The document's title, for example "Children Act 1989".
  public var title: String
  /// Where in the document, for example "s32(1)(a)(ii)" or "Schedule 1 para 1".
  public var locator: String?
  /// A stable public address for the document.
  public var url: String?
  /// Who publishes it, for example "legislation.gov.uk" or "Department for Education".
  public var publisher: String?
  /// The document's date (enactment, publication or version), when it matters.
  public var date: CalendarDay?

  /// Creates a source.
  public init(
    _ kind: Kind, title: String, locator: String? = nil, url: String? = nil,
    publisher: String? = nil, date: CalendarDay? = nil
  ) {
    self.kind = kind
    self.title = title
    self.locator = locator
    self.url = url
    self.publisher = publisher
    self.date = date
  }

  /// A one-line citation: title, locator, date and address.
  public var description: String {
    var text = title
    if let locator { text += ", \(locator)" }
    if let date { text += " (\(date))" }
    if let url { text += " <\(url)>" }
    return text
  }
}

/// How far a fact has been checked against its primary source.
///
/// Ordered from least to most checked, so `min` over several facts gives the weakest link.
public enum Verification: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// Not checked against any source: shipped only when marked so, and listed by
  /// ``PracticeRegistry/unverifiedFacts``.
  case unverified
  /// Checked only through a secondary source that quotes or reports the primary one.
  case secondary
  /// Checked against the primary text (legislation.gov.uk, GOV.UK, the judgment, the dataset).
  case verified

  /// The single-letter tag used in the research notes: V, S or U.
  public var tag: String {
    switch self {
    case .verified: "V"
    case .secondary: "S"
    case .unverified: "U"
    }
  }

  /// The name, for example "verified".
  public var description: String { rawValue }

  /// Orders unverified < secondary < verified.
  public static func < (lhs: Verification, rhs: Verification) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .unverified: 0
    case .secondary: 1
    case .verified: 2
    }
  }
}

/// The sources of a fact or rule, how well it is verified, and any caveat.
public struct Provenance: Sendable, Hashable, Codable {
  /// The sources, most authoritative first.
  public var sources: [Source]
  /// How far the fact was checked against its primary source.
  public var verification: Verification
  /// A caveat: a disagreement between sources, a convention chosen, a projection.
  public var note: String?

  /// Creates a provenance record.
  public init(_ verification: Verification, _ sources: [Source], note: String? = nil) {
    self.sources = sources
    self.verification = verification
    self.note = note
  }
}

/// A value paired with where it comes from.
public struct Sourced<Value> {
  /// The value.
  public var value: Value
  /// Its sources and verification.
  public var provenance: Provenance

  /// Pairs `value` with `provenance`.
  public init(_ value: Value, _ provenance: Provenance) {
    self.value = value
    self.provenance = provenance
  }

  /// The value's sources.
  public var sources: [Source] { provenance.sources }
  /// The value's verification.
  public var verification: Verification { provenance.verification }
}

extension Sourced: Sendable where Value: Sendable {}
extension Sourced: Equatable where Value: Equatable {}
extension Sourced: Hashable where Value: Hashable {}
extension Sourced: Codable where Value: Codable {}

/// A statement the library ships as fact, with its provenance, so a caller can list and audit
/// what the library asserts (for example every unverified fact).
public struct Fact: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, for example `core.holidays.ew.newYearFrom1974`.
  public var id: String
  /// The statement in plain English.
  public var statement: String
  /// Where it comes from and how well it is verified.
  public var provenance: Provenance

  /// Creates a fact.
  public init(id: String, statement: String, provenance: Provenance) {
    self.id = id
    self.statement = statement
    self.provenance = provenance
  }
}
