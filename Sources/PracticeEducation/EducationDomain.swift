/// What PracticeEducation contributes to a ``PracticeRegistry``.
///
/// At this stage the module provides its identity and the document it is founded on; routes into
/// social work, eligibility, practice learning and workforce statistics arrive with later releases.
public struct EducationDomain: PracticeDomain {
  /// Creates the education domain.
  public init() {}

  /// `education`.
  public var id: DomainID { "education" }
  /// "Education".
  public var title: String { "Education" }
  /// What the domain covers.
  public var summary: String {
    "The routes by which social workers in England are educated and trained, and the workforce "
      + "they join."
  }
  /// The founding documents.
  public var sources: [Source] {
    [
      Source(
        .seedDocument,
        title: "Hayes, Special Report: Social Work With Children and Families - Policy context "
          + "(4 May 2017)",
        locator: "seed 003")
    ]
  }
}
