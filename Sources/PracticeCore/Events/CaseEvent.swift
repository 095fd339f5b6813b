/// The kind of thing that happened on a case: an open vocabulary of stable identifiers such as
/// `referral`, `assessmentCompleted`, `startedLookedAfter`, `review`.
///
/// Domain modules define their kinds as static members in extensions; third parties add their
/// own. Encoded as its raw string.
public struct EventKind: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The stable identifier.
  public let rawValue: String

  /// Creates a kind from its identifier.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Creates a kind from a string literal.
  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  /// Orders kinds by identifier.
  public static func < (lhs: EventKind, rhs: EventKind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The identifier.
  public var description: String { rawValue }
}

/// Something that happened to a subject (a child, a family, a case) on a day.
public struct CaseEvent: Sendable, Hashable, Codable, Comparable {
  /// The subject's identifier (pseudonymise it before export: see ``Pseudonymiser``).
  public var subject: String
  /// What happened.
  public var kind: EventKind
  /// The day it happened.
  public var day: CalendarDay

  /// Creates an event.
  public init(subject: String, kind: EventKind, day: CalendarDay) {
    self.subject = subject
    self.kind = kind
    self.day = day
  }

  /// Orders events by subject, then day, then kind.
  public static func < (lhs: CaseEvent, rhs: CaseEvent) -> Bool {
    (lhs.subject, lhs.day, lhs.kind) < (rhs.subject, rhs.day, rhs.kind)
  }
}
