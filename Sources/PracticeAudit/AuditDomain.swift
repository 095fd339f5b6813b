/// What PracticeAudit contributes to a ``PracticeRegistry``.
///
/// At this stage the module provides its identity and the documents it is founded on; case-file
/// audits, agreement statistics, the timeliness engine and statutory returns arrive with later
/// releases.
public struct AuditDomain: PracticeDomain {
  /// Creates the audit domain.
  public init() {}

  /// `audit`.
  public var id: DomainID { "audit" }
  /// "Audit".
  public var title: String { "Audit" }
  /// What the domain covers.
  public var summary: String {
    "How the quality and timeliness of children's social work practice is audited, moderated and "
      + "improved."
  }
  /// The founding documents.
  public var sources: [Source] {
    [
      Source(
        .seedDocument,
        title: "Seed document 002: a study of parents using an Intensive Family Support Service "
          + "in northern England, on relationship-based practice",
        locator: "seed 002"),
      Source(
        .seedDocument, title: "Social Work Matters (The College of Social Work)",
        locator: "seed 004"),
    ] + Self.censusSources
  }
  /// The facts the module encodes, each with its provenance.
  public var facts: [Fact] { Self.censusFacts }
}
