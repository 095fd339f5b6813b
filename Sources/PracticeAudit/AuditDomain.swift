/// What PracticeAudit contributes to a ``PracticeRegistry``: the sources and facts of case-file
/// audit (frameworks, grading, agreement, the improvement loop) and of the statutory returns
/// (SSDA903 code lists, the review rule's conventions, the synthetic data's mixes), and catalogues
/// of the built-in frameworks and code lists.
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
    ] + Self.caseAuditSources + Self.returnsSources + Self.censusSources
  }
  /// The facts the domain asserts, each with its provenance.
  public var facts: [Fact] { Self.caseAuditFacts + Self.returnsFacts + Self.censusFacts }

  /// The ILACS judgement areas (time-versioned), the relationship-based practice framework and
  /// each SSDA903 code list.
  public var catalogues: [Catalogue] {
    let relationship = RelationshipPractice.framework
    let tag = relationship.provenance?.verification ?? .unverified
    return [
      Catalogue(
        id: "audit.ilacs.judgement-areas", title: "Ofsted ILACS judgement areas, by date",
        kind: .auditFramework, entries: IlacsJudgementArea.all.map(\.provenance)),
      Catalogue(
        id: "audit.framework.\(relationship.id)", title: relationship.title,
        kind: .auditFramework,
        entries: relationship.criteria.map { Provenance(tag, $0.sources) }),
    ]
      + SSDA903.CodeList.all.map { list in
        Catalogue(
          id: "audit.ssda903.\(list.id)", title: "SSDA903 \(list.title)", kind: .codeList,
          entries: list.codes.map(\.provenance))
      }
  }
}
