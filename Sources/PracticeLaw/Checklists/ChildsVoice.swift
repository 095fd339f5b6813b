/// A record of the child's voice: their wishes and feelings (Children Act 1989 s1(3)(a); UNCRC
/// art 12), the child's age and understanding, how they were ascertained and when.
///
/// ``findings()`` reports what is not recorded; it never judges the weight the child's views
/// should carry.
public struct ChildsVoice: DecisionSupportDocument, Hashable {
  /// `1`.
  public static let currentSchemaVersion = 1

  /// The document's schema version.
  public var schemaVersion: Int
  /// The child the record concerns (pseudonymise before export), if given.
  public var subject: String?
  /// The child's wishes and feelings, in the child's words where possible.
  public var wishesAndFeelings: [EvidenceEntry]
  /// A note on the child's age and understanding, in the light of which the wishes are weighed.
  public var ageAndUnderstanding: String?
  /// How the wishes and feelings were ascertained (direct work, observation, an advocate, a
  /// letter to the judge).
  public var howAscertained: String?
  /// When they were ascertained.
  public var ascertainedOn: CalendarDay?

  /// Creates a record.
  public init(
    subject: String? = nil, wishesAndFeelings: [EvidenceEntry] = [],
    ageAndUnderstanding: String? = nil, howAscertained: String? = nil,
    ascertainedOn: CalendarDay? = nil
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.subject = subject
    self.wishesAndFeelings = wishesAndFeelings
    self.ageAndUnderstanding = ageAndUnderstanding
    self.howAscertained = howAscertained
    self.ascertainedOn = ascertainedOn
  }

  /// What is not recorded:
  /// - `law.art12.wishes-not-recorded` (concern) when no wishes and feelings are recorded;
  /// - `law.art12.age-understanding-not-noted` (concern) when wishes are recorded without a note
  ///   of the child's age and understanding;
  /// - `law.art12.method-not-recorded` (advisory) when recorded wishes do not say how they were
  ///   ascertained;
  /// - `law.art12.date-not-recorded` (advisory) when recorded wishes have no date (neither
  ///   ``ascertainedOn`` nor a date on an entry).
  public func findings() -> [Finding] {
    let sources: [Source] = [
      WelfareChecklistItem.wishesAndFeelings.source, .uncrc("art 12"),
    ]
    guard wishesAndFeelings.addresses else {
      return [
        Finding(
          code: .lawArt12WishesNotRecorded, severity: .concern,
          message: "The child's wishes and feelings are not recorded (s1(3)(a); UNCRC art 12).",
          subject: subject, sources: sources)
      ]
    }
    var findings: [Finding] = []
    if ageAndUnderstanding.isBlank {
      findings.append(
        Finding(
          code: .lawArt12AgeUnderstandingNotNoted, severity: .concern,
          message: "Wishes and feelings are recorded without a note of the child's age and "
            + "understanding, in the light of which s1(3)(a) requires them to be considered.",
          subject: subject, sources: sources))
    }
    if howAscertained.isBlank {
      findings.append(
        Finding(
          code: .lawArt12MethodNotRecorded, severity: .advisory,
          message: "The record does not say how the child's wishes and feelings were ascertained.",
          subject: subject, sources: sources))
    }
    let dated =
      ascertainedOn != nil || wishesAndFeelings.contains { $0.isRecorded && $0.date != nil }
    if !dated {
      findings.append(
        Finding(
          code: .lawArt12DateNotRecorded, severity: .advisory,
          message: "The record does not say when the child's wishes and feelings were ascertained.",
          subject: subject, sources: sources))
    }
    return findings
  }

  /// The UNCRC general principles as facts; ids `law.checklist.uncrc.art2`, `…art3`, `…art6`,
  /// `…art12`.
  public static var facts: [Fact] {
    let principles = [
      ("2", "non-discrimination"),
      ("3", "the best interests of the child"),
      ("6", "the right to life, survival and development"),
      ("12", "respect for the views of the child (the right to be heard)"),
    ]
    return principles.map { article, title in
      Fact(
        id: "law.checklist.uncrc.art\(article)",
        statement: "UNCRC art \(article) is a general principle of the Convention: \(title).",
        provenance: Provenance(
          .secondary,
          [.uncrc("art \(article)")] + Source.uncrcGeneralPrinciplesSecondary
            + [.generalComment12Copy],
          note: "General Comment No. 12 (2009) para 2, read in a copy of the UN document on a "
            + "document-sharing site: the Committee \"has identified article 12 as one of the four "
            + "general principles of the Convention, the others being the right to "
            + "non-discrimination, the right to life and development, and the primary "
            + "consideration of the child's best interests\". Secondary until the OHCHR text of "
            + "the general comment is read."))
    }
  }
}
