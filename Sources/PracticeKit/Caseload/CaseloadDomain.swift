/// What PracticeKit itself contributes to a `PracticeRegistry`: the facts its caseload reader
/// rests on, so that `practice sources` and ``PracticeRegistry/unverifiedFacts`` list them with
/// every other domain's. Today these are the Annex A lists' columns (``AnnexAList/provenance``)
/// and the two conventions for what Annex A cannot say (``AnnexAList/conventions``).
public struct CaseloadDomain: PracticeDomain {
  /// Creates the domain.
  public init() {}

  /// `kit`: the facts' identifiers begin `kit.`.
  public var id: DomainID { "kit" }
  /// "Caseloads".
  public var title: String { "Caseloads" }
  /// What the domain covers.
  public var summary: String {
    "How a live caseload and Ofsted's Annex A lists are read as events for what is due: the "
      + "lists' columns and the conventions for what Annex A cannot say."
  }

  /// Every source the facts cite, without duplicates.
  public var sources: [Source] {
    var seen = Set<Source>()
    return facts.flatMap(\.provenance.sources).filter { seen.insert($0).inserted }
  }

  /// The lists' columns, then the conventions.
  public var facts: [Fact] {
    [
      Fact(
        id: "kit.annexA.columns",
        statement:
          "Ofsted's Annex A lists 1 to 11 are recognised by their column names; lists 3, 4, 5, "
          + "7 and 8 give caseload events (for example List 8's 'Date Started to be Looked "
          + "After' is a looked-after start), with the row's allocated team and worker.",
        provenance: AnnexAList.provenance)
    ] + AnnexAList.conventions
  }
}
