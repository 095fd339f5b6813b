/// A realistic options analysis in the form Re B-S [2013] EWCA Civ 1146 requires: every
/// realistic option with its pros and cons, compared together (holistically, not one after
/// another), the no-order option considered (Children Act 1989 s1(5)), and, where adoption is
/// proposed, reasoning that "nothing else will do" (Re B [2013] UKSC 33).
///
/// ``findings()`` reports what is missing from the analysis; it never chooses an option.
public struct RealisticOptionsAnalysis: DecisionSupportDocument, Hashable {
  /// A kind of realistic option for a child's future.
  public enum OptionKind: String, Sendable, Hashable, Codable, CaseIterable,
    CustomStringConvertible
  {
    /// No order (s1(5)).
    case noOrder
    /// A supervision order (s31(1)(b)).
    case supervisionOrder
    /// Placement with family or friends under a child arrangements order.
    case childArrangementsOrder
    /// A special guardianship order (s14A).
    case specialGuardianship
    /// Long-term fostering under a care order.
    case longTermFostering
    /// Adoption, through a placement order (Adoption and Children Act 2002 s21).
    case adoption
    /// Another option, described in the option's ``RealisticOption/summary``.
    case other

    /// A short name, for example "special guardianship order".
    public var description: String {
      switch self {
      case .noOrder: "no order"
      case .supervisionOrder: "supervision order"
      case .childArrangementsOrder: "child arrangements order (family or friends)"
      case .specialGuardianship: "special guardianship order"
      case .longTermFostering: "long-term fostering under a care order"
      case .adoption: "adoption (placement order)"
      case .other: "other option"
      }
    }
  }

  /// One realistic option and its analysis.
  public struct RealisticOption: Sendable, Hashable, Codable {
    /// What kind of option it is.
    public var kind: OptionKind
    /// A short description (who would care for the child, with what support), if given.
    public var summary: String?
    /// The arguments for the option.
    public var pros: [String]
    /// The arguments against it.
    public var cons: [String]
    /// Whether the practitioner records the option as analysed.
    public var analysed: Bool

    /// Creates an option.
    public init(
      _ kind: OptionKind, summary: String? = nil, pros: [String] = [], cons: [String] = [],
      analysed: Bool = true
    ) {
      self.kind = kind
      self.summary = summary
      self.pros = pros
      self.cons = cons
      self.analysed = analysed
    }

    /// Whether the option is marked analysed and has at least one recorded pro and one con.
    public var hasBalancedAnalysis: Bool {
      analysed && pros.contains { !$0.isBlank } && cons.contains { !$0.isBlank }
    }
  }

  /// `1`.
  public static let currentSchemaVersion = 1

  /// The document's schema version.
  public var schemaVersion: Int
  /// The child or case the analysis concerns (pseudonymise before export), if given.
  public var subject: String?
  /// The realistic options, in the order the practitioner lists them.
  public var options: [RealisticOption]
  /// The option recommended, if one is.
  public var recommended: OptionKind?
  /// Why the recommended option is preferred, weighed against the others.
  public var reasoning: String?
  /// Where adoption is recommended: why nothing else will do (necessity and proportionality).
  public var nothingElseWillDo: String?

  /// Creates an analysis.
  public init(
    subject: String? = nil, options: [RealisticOption] = [], recommended: OptionKind? = nil,
    reasoning: String? = nil, nothingElseWillDo: String? = nil
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.subject = subject
    self.options = options
    self.recommended = recommended
    self.reasoning = reasoning
    self.nothingElseWillDo = nothingElseWillDo
  }

  /// What is missing from the analysis:
  /// - `law.re-b-s.option-not-analysed` (concern), one per option not marked analysed or
  ///   lacking pros or cons;
  /// - `law.re-b-s.linear-analysis` (concern) when fewer than two options have a balanced
  ///   analysis, so the options are not compared together;
  /// - `law.s1-5.no-order-not-considered` (concern) when no-order is not among the options;
  /// - `law.re-b.nothing-else-will-do-not-recorded` (concern) when adoption is recommended
  ///   without "nothing else will do" reasoning;
  /// - `law.re-b-s.recommendation-not-reasoned` (advisory) when an option is recommended
  ///   without reasoning, and `law.re-b-s.recommendation-not-among-options` (concern) when it
  ///   is not one of the options analysed.
  public func findings() -> [Finding] {
    var findings: [Finding] = []
    let reBS = Source.reBS2013()
    for (index, option) in options.enumerated() where !option.hasBalancedAnalysis {
      var missing: [String] = []
      if !option.analysed { missing.append("not marked analysed") }
      if !option.pros.contains(where: { !$0.isBlank }) { missing.append("no pros") }
      if !option.cons.contains(where: { !$0.isBlank }) { missing.append("no cons") }
      findings.append(
        Finding(
          code: .lawReBSOptionNotAnalysed, severity: .concern,
          message: "Option \(index + 1) (\(option.kind)): "
            + missing.joined(separator: ", ") + "; each realistic option needs its pros and cons.",
          subject: subject, sources: [reBS]))
    }
    if options.count(where: \.hasBalancedAnalysis) < 2 {
      findings.append(
        Finding(
          code: .lawReBSLinearAnalysis, severity: .concern,
          message: "Fewer than two options have their pros and cons analysed: the analysis is "
            + "not a holistic comparison of the realistic options.",
          subject: subject, sources: [reBS]))
    }
    if !options.contains(where: { $0.kind == .noOrder }) {
      findings.append(
        Finding(
          code: .lawNoOrderNotConsidered, severity: .concern,
          message: "The no-order option is not among the options: s1(5) requires an order to be "
            + "better for the child than making no order at all.",
          subject: subject, sources: [.childrenAct1989("s1(5)", path: "section/1")]))
    }
    if recommended == .adoption && nothingElseWillDo.isBlank {
      findings.append(
        Finding(
          code: .lawReBNothingElseWillDoNotRecorded, severity: .concern,
          message: "Adoption is recommended without recorded reasoning that nothing else will do "
            + "(necessity and proportionality).",
          subject: subject, sources: [.reB2013(), reBS]))
    }
    if let recommended {
      if reasoning.isBlank {
        findings.append(
          Finding(
            code: .lawReBSRecommendationNotReasoned, severity: .advisory,
            message: "The recommended option (\(recommended)) has no recorded reasoning weighing "
              + "it against the other options.",
            subject: subject, sources: [reBS]))
      }
      if !options.contains(where: { $0.kind == recommended }) {
        findings.append(
          Finding(
            code: .lawReBSRecommendationNotAmongOptions, severity: .concern,
            message: "The recommended option (\(recommended)) is not one of the options analysed.",
            subject: subject, sources: [reBS]))
      }
    }
    return findings
  }

  /// Facts for the no-order principle and the two judgments; ids `law.checklist.s1-5`,
  /// `law.checklist.re-b.citation`, `law.checklist.re-b.holding`,
  /// `law.checklist.re-b-s.citation`, `law.checklist.re-b-s.holding`.
  public static var facts: [Fact] {
    [
      Fact(
        id: "law.checklist.s1-5",
        statement: "Children Act 1989 s1(5): where the court is considering whether to make one "
          + "or more orders, it shall not make an order unless it considers that doing so would be "
          + "better for the child than making no order at all.",
        provenance: Provenance(
          .secondary,
          [.childrenAct1989("s1(5)", path: "section/1")] + Source.noOrderPrincipleSecondary,
          note: "legislation.gov.uk's Part I as at 14 October 1991 was read only as far as "
            + "s1(3)(c); the s1(5) wording is as the practitioner pages quote it.")),
      Fact(
        id: "law.checklist.re-b.citation",
        statement: "In the matter of B (a Child) [2013] UKSC 33: UK Supreme Court (Lord Neuberger "
          + "P, Lady Hale, Lord Kerr, Lord Clarke, Lord Wilson), judgment 12 June 2013.",
        provenance: Provenance(.verified, [.reB2013("heading: court, panel and date")])),
      Fact(
        id: "law.checklist.re-b.holding",
        statement: "Re B [2013] UKSC 33: a care order with a plan for adoption is a very extreme "
          + "step, lawful only where necessary and proportionate under ECHR art 8, where "
          + "\"nothing else will do\".",
        provenance: Provenance(
          .secondary, [.reB2013("para 198"), .reBSecondary],
          note: "Holding and the para 198 quotation checked only through secondary reports.")),
      Fact(
        id: "law.checklist.re-b-s.citation",
        statement: "Re B-S (Children) [2013] EWCA Civ 1146: Court of Appeal (Lord Dyson MR, Sir "
          + "James Munby P, Black LJ), judgment 17 September 2013.",
        provenance: Provenance(.verified, [.reBS2013("heading: court, panel and date")])),
      Fact(
        id: "law.checklist.re-b-s.holding",
        statement: "Re B-S [2013] EWCA Civ 1146: a non-consensual adoption needs evidence and a "
          + "reasoned, holistic (not linear) analysis of all the realistic options, each with "
          + "its pros and cons, because adoption is a last resort where nothing else will do.",
        provenance: Provenance(
          .secondary, [.reBS2013(), .reBSSecondary],
          note: "Holding checked only through secondary reports; paragraph numbers unverified.")),
    ]
  }
}
