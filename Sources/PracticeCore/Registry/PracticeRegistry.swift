/// An immutable set of ``PracticeDomain``s, in registration order, with unique ids.
///
/// ```swift
/// let registry = try PracticeRegistry([CoreDomain(), MyCouncilAuditDomain()])
/// for fact in registry.unverifiedFacts { print(fact.id, fact.statement) }
/// ```
///
/// PracticeKit provides `PracticeRegistry.standard` with every built-in domain. Lists are always
/// in registration order (never dictionary order), so output is the same on every run.
public struct PracticeRegistry: Sendable {
  /// The domains, in registration order.
  public let domains: [any PracticeDomain]

  /// Why a registry cannot be built.
  public enum RegistryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Two domains share an id.
    case duplicateDomain(DomainID)

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .duplicateDomain(let id): "two domains have the id \"\(id)\"; ids must be unique"
      }
    }
  }

  /// Creates a registry.
  /// - Throws: ``RegistryError/duplicateDomain(_:)`` when two domains share an id.
  public init(_ domains: [any PracticeDomain]) throws(RegistryError) {
    var seen = Set<DomainID>()
    for domain in domains where !seen.insert(domain.id).inserted {
      throw .duplicateDomain(domain.id)
    }
    self.domains = domains
  }

  /// A registry with no domains.
  public static let empty = PracticeRegistry(validated: [])

  private init(validated domains: [any PracticeDomain]) {
    self.domains = domains
  }

  /// A registry with `domain` appended.
  /// - Throws: ``RegistryError/duplicateDomain(_:)`` when its id is already registered.
  public func adding(_ domain: any PracticeDomain) throws(RegistryError) -> PracticeRegistry {
    try PracticeRegistry(domains + [domain])
  }

  /// The domain with `id`, if registered.
  public func domain(_ id: DomainID) -> (any PracticeDomain)? {
    domains.first { $0.id == id }
  }

  /// Every domain's sources, without duplicates, in registration order.
  public var sources: [Source] {
    var seen = Set<Source>()
    return domains.flatMap(\.sources).filter { seen.insert($0).inserted }
  }

  /// Every domain's facts, in registration order.
  public var facts: [Fact] { domains.flatMap(\.facts) }

  /// The facts not verified against their primary source (secondary or unverified).
  public var unverifiedFacts: [Fact] { facts.filter { $0.provenance.verification != .verified } }

  /// Every domain's timescales, in registration order.
  public var timescales: [Timescale] { domains.flatMap(\.timescales) }

  /// The timescale with `id`, if any domain defines it.
  public func timescale(_ id: String) -> Timescale? { timescales.first { $0.id == id } }

  /// Every domain's calendars, in registration order.
  public var calendars: [BankHolidayCalendar] { domains.flatMap(\.calendars) }

  /// The calendar with `id` (for example `england-and-wales`), if any domain provides it.
  public func calendar(_ id: String) -> BankHolidayCalendar? { calendars.first { $0.id == id } }

  /// Every domain's catalogues, in registration order.
  public var catalogues: [Catalogue] { domains.flatMap(\.catalogues) }

  /// The catalogue with `id` (for example `law.provisions`), if any domain ships it.
  public func catalogue(_ id: String) -> Catalogue? { catalogues.first { $0.id == id } }
}
