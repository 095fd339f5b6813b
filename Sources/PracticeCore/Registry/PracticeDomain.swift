/// The stable identifier of a ``PracticeDomain``, for example `law` or `audit`.
public struct DomainID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The identifier.
  public let rawValue: String

  /// Creates an identifier.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Orders identifiers alphabetically.
  public static func < (lhs: DomainID, rhs: DomainID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The identifier.
  public var description: String { rawValue }
}

/// What one domain contributes to PracticeKit: its sources, facts, timescales and calendars.
///
/// Each domain module (law, education, audit, telecare) provides one conforming type; a third
/// party adds its own (a Welsh law pack, a local authority's audit tool) without touching the
/// library, then builds a ``PracticeRegistry`` that includes it. A domain registers nothing as a
/// side effect of being imported: registration is explicit.
///
/// Only ``id``, ``title`` and ``summary`` are required; every contribution defaults to empty.
public protocol PracticeDomain: Sendable {
  /// A stable identifier, unique within a registry.
  var id: DomainID { get }
  /// A name for people, for example "Law".
  var title: String { get }
  /// One sentence on what the domain covers.
  var summary: String { get }
  /// The documents the domain draws on.
  var sources: [Source] { get }
  /// The facts the domain asserts, each with its provenance.
  var facts: [Fact] { get }
  /// The timescales the domain defines.
  var timescales: [Timescale] { get }
  /// The bank holiday calendars the domain provides.
  var calendars: [BankHolidayCalendar] { get }
  /// The reference data the domain ships (code lists, audit frameworks, route tables...).
  var catalogues: [Catalogue] { get }
}

extension PracticeDomain {
  /// No sources by default.
  public var sources: [Source] { [] }
  /// No facts by default.
  public var facts: [Fact] { [] }
  /// No timescales by default.
  public var timescales: [Timescale] { [] }
  /// No calendars by default.
  public var calendars: [BankHolidayCalendar] { [] }
  /// No catalogues by default.
  public var catalogues: [Catalogue] { [] }
}

/// The domain PracticeCore itself contributes: the bank holiday calendars and their facts.
public struct CoreDomain: PracticeDomain {
  /// Creates the core domain.
  public init() {}

  /// `core`.
  public var id: DomainID { "core" }
  /// "Core".
  public var title: String { "Core" }
  /// What the core provides.
  public var summary: String {
    "Days, working-day calendars and UK bank holidays, periods, provenance, findings and data plumbing."
  }
  /// The three built-in bank holiday calendars.
  public var calendars: [BankHolidayCalendar] {
    [.englandAndWales, .scotland, .northernIreland]
  }
  /// The sources of the calendars' rules and changes, without duplicates.
  public var sources: [Source] {
    var seen = Set<Source>()
    return facts.flatMap(\.provenance.sources).filter { seen.insert($0).inserted }
  }
  /// The period counting rules, the disclosure-control conventions, and every holiday rule and
  /// one-off change of the built-in calendars.
  public var facts: [Fact] {
    Period.countingRules + CalendarDay.ageConventions + DisclosureControl.facts + UKCivilTime.facts
      + calendars.flatMap(\.facts)
  }
}
