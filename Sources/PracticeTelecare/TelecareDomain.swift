/// What PracticeTelecare contributes to a ``PracticeRegistry``.
///
/// At this stage the module provides its identity and the document it is founded on; devices,
/// proposals, the ethical review and charging arrive with later releases.
public struct TelecareDomain: PracticeDomain {
  /// Creates the telecare domain.
  public init() {}

  /// `telecare`.
  public var id: DomainID { "telecare" }
  /// "Telecare".
  public var title: String { "Telecare" }
  /// What the domain covers.
  public var summary: String {
    "The ethics, cost, consent and review of telecare prescribed by social workers."
  }
  /// The founding documents.
  public var sources: [Source] {
    [
      Source(
        .seedDocument, title: "Social Work Matters (The College of Social Work)",
        locator: "seed 004")
    ]
  }
}
