/// A collection of reference data a domain ships — the provisions it applies, a code list, an audit
/// framework, a table of training routes, a device catalogue — described for listing in a
/// ``PracticeRegistry``.
///
/// A catalogue does not hold its entries (their types belong to the domain module); it names the
/// collection, counts its entries and summarises their provenance, so that `practice sources` and
/// the combined report can say what the library knows and how well each part is verified.
public struct Catalogue: Sendable, Hashable, Codable, Identifiable {
  /// What kind of reference data a catalogue holds.
  public struct Kind: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
  {
    /// The kind's name, for example `codeList`.
    public let rawValue: String
    /// Creates a kind.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a kind from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The kind's name.
    public var description: String { rawValue }

    /// Provisions of statutes and regulations.
    public static let provisions: Kind = "provisions"
    /// Kinds of court order and their rules.
    public static let courtOrders: Kind = "courtOrders"
    /// Courts and leading cases.
    public static let caseLaw: Kind = "caseLaw"
    /// Stages of a procedure, such as the Public Law Outline.
    public static let procedure: Kind = "procedure"
    /// Codes of a statutory return and their meanings.
    public static let codeList: Kind = "codeList"
    /// A case-file audit framework.
    public static let auditFramework: Kind = "auditFramework"
    /// Routes into a profession.
    public static let routes: Kind = "routes"
    /// Published statistics.
    public static let statistics: Kind = "statistics"
    /// Devices or equipment.
    public static let devices: Kind = "devices"
  }

  /// A stable identifier, for example `law.provisions`.
  public var id: String
  /// A name for people, for example "Provisions of statutes and regulations".
  public var title: String
  /// What kind of data it holds.
  public var kind: Kind
  /// How many entries it holds.
  public var entryCount: Int
  /// The weakest verification of any entry: a catalogue is only as verified as its least
  /// verified entry.
  public var verification: Verification
  /// Every source its entries cite, without duplicates, in first-cited order.
  public var sources: [Source]

  /// Describes a catalogue from the provenance of each of its entries.
  public init(id: String, title: String, kind: Kind, entries: [Provenance]) {
    var seen = Set<Source>()
    self.id = id
    self.title = title
    self.kind = kind
    self.entryCount = entries.count
    self.verification = entries.map(\.verification).min() ?? .verified
    self.sources = entries.flatMap(\.sources).filter { seen.insert($0).inserted }
  }
}
