/// The public-law orders (and police protection) a children's social worker meets, with the
/// provision that creates each, its duration and extension rules and its age limits.
public enum CourtOrderKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Care order, Children Act 1989 s31(1)(a).
  case careOrder
  /// Interim care order, s38.
  case interimCareOrder
  /// Supervision order, s31(1)(b) and Schedule 3.
  case supervisionOrder
  /// Interim supervision order, s38.
  case interimSupervisionOrder
  /// Emergency protection order, s44–s45.
  case emergencyProtectionOrder
  /// Child assessment order, s43.
  case childAssessmentOrder
  /// Police protection, s46 (a power of a constable, not a court order).
  case policeProtection
  /// Placement order, Adoption and Children Act 2002 s21.
  case placementOrder
  /// Special guardianship order, Children Act 1989 s14A.
  case specialGuardianshipOrder
  /// Child arrangements order, Children Act 1989 s8 (from 22 April 2014).
  case childArrangementsOrder

  /// The order's name.
  public var name: String {
    switch self {
    case .careOrder: "Care order"
    case .interimCareOrder: "Interim care order"
    case .supervisionOrder: "Supervision order"
    case .interimSupervisionOrder: "Interim supervision order"
    case .emergencyProtectionOrder: "Emergency protection order"
    case .childAssessmentOrder: "Child assessment order"
    case .policeProtection: "Police protection"
    case .placementOrder: "Placement order"
    case .specialGuardianshipOrder: "Special guardianship order"
    case .childArrangementsOrder: "Child arrangements order"
    }
  }

  /// Whether the court must be satisfied of the s31(2) threshold (or, for interim orders, of
  /// reasonable grounds for believing it is met, s38(2)).
  public var requiresThreshold: Bool {
    switch self {
    case .careOrder, .supervisionOrder, .interimCareOrder, .interimSupervisionOrder: true
    default: false
    }
  }

  /// The creating provision, duration, extension and age rules in words, with their sources.
  public var rules: Sourced<OrderRules> {
    switch self {
    case .careOrder:
      rules(
        "CA 1989 s31(1)(a)", duration: "Until the child is 18 unless discharged earlier (s91(12)).",
        extension: "None.", age: "Cannot be made once the child is 17 (16 if married) (s31(3)).",
        .secondary,
        [
          .childrenAct1989("s31", path: "section/31"),
          .childrenAct1989("s91(12)", path: "section/91"),
        ],
        note: "s31(3) was read on legislation.gov.uk; s91(12) was not reached there (only its "
          + "identical Northern Ireland counterpart, art 179(12)), so the duration is secondary.")
    case .interimCareOrder, .interimSupervisionOrder:
      rules(
        "CA 1989 s38(1)",
        duration: "Since 22 April 2014: the period the order specifies, ending at the latest on "
          + "disposal of the application. Before: at most 8 weeks for the first order and 4 weeks "
          + "for each later one.",
        extension: "A further interim order.",
        age: "Cannot run past the day before the child's 17th birthday (16th if married) "
          + "(Re Q [2019] EWHC 512 (Fam)).",
        .secondary, [.childrenAct1989("s38", path: "section/38"), .reQ2019])
    case .supervisionOrder:
      rules(
        "CA 1989 s31(1)(b); Schedule 3",
        duration: "One year beginning with the day it is made (Schedule 3 para 6(1)).",
        extension: "On the supervisor's application, for such period as the court specifies, "
          + "but not beyond three years beginning with the day it was made (para 6(3)–(4)).",
        age: "Cannot be made once the child is 17 (16 if married) (s31(3)).",
        .secondary, [.childrenAct1989("Schedule 3 para 6", path: "schedule/3")],
        note: "The stored copies of Schedule 3 on legislation.gov.uk end before para 6; its "
          + "words are as the T v Wakefield report and practitioner pages quote them.")
    case .emergencyProtectionOrder:
      rules(
        "CA 1989 s44", duration: "At most eight days (s45(1)).",
        extension: "Once only, by at most seven days (s45(4)–(6)).", age: "Under 18.",
        .secondary, [.childrenAct1989("s45", path: "section/45")])
    case .childAssessmentOrder:
      rules(
        "CA 1989 s43",
        duration: "At most 7 days beginning with the day the assessment is to begin (s43(5)).",
        extension: "None.", age: "Under 18.", .verified,
        [.childrenAct1989("s43(5)", path: "section/43")])
    case .policeProtection:
      rules(
        "CA 1989 s46", duration: "At most 72 hours (s46(6)).", extension: "None.",
        age: "Under 18.", .secondary, [.childrenAct1989("s46(6)", path: "section/46")])
    case .placementOrder:
      rules(
        "Adoption and Children Act 2002 s21",
        duration: "Until revoked, an adoption order is made, or the child reaches 18, marries or "
          + "forms a civil partnership (s21(4)).",
        extension: "None.", age: "Under 18.", .secondary,
        [
          .adoptionAndChildrenAct2002("s21(4)", path: "section/21"),
          .placementOrderDurationSecondary,
        ])
    case .specialGuardianshipOrder:
      rules(
        "CA 1989 s14A", duration: "Until the child is 18 (s91(13)).", extension: "None.",
        age: "Under 18.", .secondary,
        [
          .childrenAct1989("s14A", path: "section/14A"),
          .childrenAct1989("s91(13)", path: "section/91"),
        ],
        note: "s14A makes the order but sets no end: the end at 18 is s91(13)'s general rule "
          + "for orders under the Act. Neither was reached on legislation.gov.uk (s91 only as "
          + "far as s91(2A)); the rule is as practitioner sources give it.")
    case .childArrangementsOrder:
      rules(
        "CA 1989 s8 (as amended by CAFA 2014 s12 from 22 April 2014)",
        duration: "An order that regulates only with whom and when the child lives: until 18 "
          + "(s9(6B), s91(11)). Any other: until 16 unless the circumstances are exceptional "
          + "(s9(6), s91(10)).",
        extension: "None.",
        age: "No new order for a child of 16 or over unless exceptional (s9(7)).",
        .secondary,
        [
          .childrenAct1989("s9(6)–(6B)", path: "section/9"),
          .childrenAct1989("s91(10)–(11)", path: "section/91"), .commencementOrder2014,
        ],
        note: "s9(6)–(6B) were read on legislation.gov.uk: the 16-year limit does not apply to an "
          + "order whose arrangements \"relate only to\" with whom and when the child is to "
          + "live. s9(7) and s91(10)–(11) were not reached; they are as practitioner pages give "
          + "them.")
    }
  }

  private func rules(
    _ provision: String, duration: String, extension extensionRule: String, age: String,
    _ verification: Verification, _ sources: [Source], note: String? = nil
  ) -> Sourced<OrderRules> {
    Sourced(
      OrderRules(
        creatingProvision: provision, duration: duration, extensionRule: extensionRule,
        ageLimit: age),
      Provenance(verification, sources, note: note))
  }
}

/// An order's rules in words.
public struct OrderRules: Sendable, Hashable, Codable {
  /// The provision that creates the order.
  public let creatingProvision: String
  /// How long it lasts.
  public let duration: String
  /// Whether and how it can be extended.
  public let extensionRule: String
  /// The age limits on making it or on how long it runs.
  public let ageLimit: String
}
