/// What PracticeLaw contributes to a ``PracticeRegistry``.
///
/// At this stage the module provides its identity and the documents it is founded on; the care
/// proceedings timetable, statutory timescales, orders and case law arrive with later releases.
public struct LawDomain: PracticeDomain {
  /// Creates the law domain.
  public init() {}

  /// `law`.
  public var id: DomainID { "law" }
  /// "Law".
  public var title: String { "Law" }
  /// What the domain covers.
  public var summary: String {
    "The law that frames and times care proceedings in England: statutes, the Public Law Outline, "
      + "statutory timescales and case law."
  }
  /// The founding documents.
  public var sources: [Source] {
    [
      Source(
        .statute, title: "Children Act 1989", url: "https://www.legislation.gov.uk/ukpga/1989/41",
        publisher: "legislation.gov.uk"),
      Source(
        .seedDocument,
        title: "Holt and Kelly, Limits to Partnership Working: developing relationship based "
          + "approaches with children and their families",
        locator: "seed 000"),
    ]
  }
}
