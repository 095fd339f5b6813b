/// One item of the welfare checklist in the Children Act 1989 s1(3)(a)–(g).
///
/// Each item carries its statutory words, a short form and its provenance. The wording is
/// tagged secondary: two independent secondary pages reproduce it identically; the
/// legislation.gov.uk page for s1 was not retrieved.
public enum WelfareChecklistItem: String, Sendable, Hashable, Codable, CaseIterable,
  CodingKeyRepresentable, CustomStringConvertible
{
  /// (a) the child's ascertainable wishes and feelings, in the light of age and understanding.
  case wishesAndFeelings
  /// (b) physical, emotional and educational needs.
  case needs
  /// (c) the likely effect of any change in circumstances.
  case effectOfChange
  /// (d) age, sex, background and relevant characteristics.
  case ageSexBackground
  /// (e) harm suffered or at risk of being suffered.
  case harm
  /// (f) how capable each parent, and any other relevant person, is of meeting the child's needs.
  case parentalCapability
  /// (g) the range of powers available to the court under the Act.
  case rangeOfPowers

  /// The paragraph letter, `a` to `g`.
  public var letter: String {
    switch self {
    case .wishesAndFeelings: "a"
    case .needs: "b"
    case .effectOfChange: "c"
    case .ageSexBackground: "d"
    case .harm: "e"
    case .parentalCapability: "f"
    case .rangeOfPowers: "g"
    }
  }

  /// The locator, for example `s1(3)(a)`.
  public var locator: String { "s1(3)(\(letter))" }

  /// The statutory words, as reproduced by the secondary sources.
  public var statutoryText: String {
    switch self {
    case .wishesAndFeelings:
      "the ascertainable wishes and feelings of the child concerned (considered in the light of "
        + "his age and understanding)"
    case .needs: "his physical, emotional and educational needs"
    case .effectOfChange: "the likely effect on him of any change in his circumstances"
    case .ageSexBackground:
      "his age, sex, background and any characteristics of his which the court considers relevant"
    case .harm: "any harm which he has suffered or is at risk of suffering"
    case .parentalCapability:
      "how capable each of his parents, and any other person in relation to whom the court "
        + "considers the question to be relevant, is of meeting his needs"
    case .rangeOfPowers:
      "the range of powers available to the court under this Act in the proceedings in question"
    }
  }

  /// A short form for reports, for example "wishes and feelings".
  public var shortForm: String {
    switch self {
    case .wishesAndFeelings: "wishes and feelings"
    case .needs: "needs"
    case .effectOfChange: "effect of change"
    case .ageSexBackground: "age, sex and background"
    case .harm: "harm"
    case .parentalCapability: "parental capability"
    case .rangeOfPowers: "range of powers"
    }
  }

  /// The primary source: the Children Act 1989 at this item's locator.
  public var source: Source { .childrenAct1989(locator, path: "section/1") }

  /// Where the wording comes from and how well it is verified: (a) to (c) read on
  /// legislation.gov.uk, (d) to (g) only in secondary pages.
  public var provenance: Provenance {
    switch self {
    case .wishesAndFeelings, .needs, .effectOfChange:
      Provenance(
        .verified, [source, .childrenAct1989PartI(locator)] + Source.welfareChecklistSecondary,
        note: Source.section1Read)
    case .ageSexBackground, .harm, .parentalCapability, .rangeOfPowers:
      Provenance(
        .secondary, [source] + Source.welfareChecklistSecondary,
        note: "Two independent secondary pages reproduce identical wording; legislation.gov.uk's "
          + "Part I as at 14 October 1991 was read only as far as s1(3)(c).")
    }
  }

  /// `s1(3)(a) wishes and feelings`.
  public var description: String { "\(locator) \(shortForm)" }

  /// The seven items as facts, with ids `law.checklist.s1-3.a` to `law.checklist.s1-3.g`.
  public static var facts: [Fact] {
    allCases.map { item in
      Fact(
        id: "law.checklist.s1-3.\(item.letter)",
        statement: "Children Act 1989 \(item.locator): the court shall have regard in particular "
          + "to \(item.statutoryText).",
        provenance: item.provenance)
    }
  }
}

/// A record of the evidence on each item of the welfare checklist (Children Act 1989 s1(3)),
/// and what is missing.
///
/// The record never weighs the evidence or decides: ``findings()`` reports items with nothing
/// recorded and whether s1(4) requires the court to have regard to the checklist.
///
/// JSON (schema version 1):
/// ```json
/// { "schemaVersion": 1, "proceedings": "partIV",
///   "evidence": { "needs": [
///     { "text": "…", "sourceDocument": "SWET", "date": "2025-03-01" } ] } }
/// ```
public struct WelfareChecklist: DecisionSupportDocument, Hashable {
  /// The kind of proceedings, which decides whether s1(4) requires regard to the checklist.
  public enum Proceedings: String, Sendable, Hashable, Codable, CaseIterable {
    /// An opposed application to make, vary or discharge a section 8 order (s1(4)(a)).
    case opposedSection8
    /// An unopposed section 8 application: s1(4) does not require the checklist.
    case unopposedSection8
    /// Making, varying or discharging a care or supervision order under Part IV (s1(4)(b)).
    case partIV
    /// Other proceedings: s1(4) does not require the checklist (it may still help).
    case other

    /// Whether s1(4) requires the court to have regard to the checklist.
    public var checklistRequired: Bool {
      switch self {
      case .opposedSection8, .partIV: true
      case .unopposedSection8, .other: false
      }
    }
  }

  /// `1`.
  public static let currentSchemaVersion = 1

  /// The document's schema version.
  public var schemaVersion: Int
  /// The child or case the record concerns (pseudonymise before export), if given.
  public var subject: String?
  /// The kind of proceedings, if known.
  public var proceedings: Proceedings?
  /// The evidence recorded on each item; an item absent or with only blank entries is not
  /// addressed.
  public var evidence: [WelfareChecklistItem: [EvidenceEntry]]

  /// Creates a record.
  public init(
    subject: String? = nil, proceedings: Proceedings? = nil,
    evidence: [WelfareChecklistItem: [EvidenceEntry]] = [:]
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.subject = subject
    self.proceedings = proceedings
    self.evidence = evidence
  }

  /// Whether `item` has at least one recorded (non-blank) entry.
  public func isAddressed(_ item: WelfareChecklistItem) -> Bool {
    evidence[item]?.addresses ?? false
  }

  /// The items with nothing recorded, in statutory order.
  public var unaddressedItems: [WelfareChecklistItem] {
    WelfareChecklistItem.allCases.filter { !isAddressed($0) }
  }

  /// What is missing: one `law.s1-3.item-not-addressed` finding per item with nothing recorded
  /// (a concern where s1(4) requires the checklist or the proceedings are not stated, advisory
  /// otherwise), and one `law.s1-4.applicability` note on whether s1(4) requires it.
  public func findings() -> [Finding] {
    let required = proceedings?.checklistRequired ?? true
    var findings = [Self.applicabilityFinding(proceedings, subject: subject)]
    for item in unaddressedItems {
      findings.append(
        Finding(
          code: .lawWelfareChecklistItemNotAddressed, severity: required ? .concern : .advisory,
          message:
            "Welfare checklist \(item.locator) (\(item.shortForm)) has no evidence recorded.",
          subject: subject, sources: [item.source]))
    }
    return findings
  }

  private static func applicabilityFinding(_ proceedings: Proceedings?, subject: String?)
    -> Finding
  {
    let message: String
    switch proceedings {
    case .opposedSection8?:
      message =
        "s1(4)(a): the court must have regard to the checklist on an opposed section 8 "
        + "application."
    case .partIV?:
      message =
        "s1(4)(b): the court must have regard to the checklist when considering a care or "
        + "supervision order under Part IV."
    case .unopposedSection8?, .other?:
      message =
        "s1(4) does not require the checklist in these proceedings; it applies to opposed "
        + "section 8 applications and Part IV orders, and remains a useful structure."
    case nil:
      message =
        "Proceedings not stated: s1(4) requires the checklist on opposed section 8 "
        + "applications and Part IV (care or supervision) orders."
    }
    return Finding(
      code: .lawWelfareChecklistApplicability, severity: .information, message: message,
      subject: subject,
      sources: [.childrenAct1989("s1(4)", path: "section/1")])
  }

  /// Facts for the paramountcy principle (s1(1)), the checklist items (s1(3)) and when the
  /// checklist applies (s1(4)); ids `law.checklist.s1-1`, `law.checklist.s1-3.*`,
  /// `law.checklist.s1-4`.
  public static var facts: [Fact] {
    [
      Fact(
        id: "law.checklist.s1-1",
        statement: "Children Act 1989 s1(1): when a court determines a question about a child's "
          + "upbringing, the child's welfare shall be the court's paramount consideration.",
        provenance: Provenance(
          .verified,
          [
            .childrenAct1989("s1(1)", path: "section/1"), .childrenAct1989PartI("s1(1)"),
            Source(
              .secondary, title: "IFLG: welfare checklist definition",
              url: "https://www.iflg.uk.com/definition/welfare-checklist"),
          ],
          note: Source.section1Read))
    ] + WelfareChecklistItem.facts + [
      Fact(
        id: "law.checklist.s1-4",
        statement: "Children Act 1989 s1(4): the court must have regard to the s1(3) checklist on "
          + "(a) an opposed application to make, vary or discharge a section 8 order and (b) "
          + "making, varying or discharging an order under Part IV.",
        provenance: Provenance(
          .secondary,
          [.childrenAct1989("s1(4)", path: "section/1"), .section1SubsectionFourSecondary],
          note: "Whether s1(4) also covers special guardianship (s14A) applications is "
            + "unverified and not encoded."))
    ]
  }
}
