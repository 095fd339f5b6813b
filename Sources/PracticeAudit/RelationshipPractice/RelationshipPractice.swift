/// How parents perceive a practitioner's power (Dumbrill 2006, as reported by Holt and Kelly).
public enum PowerUse: String, Sendable, Hashable, Codable, CaseIterable {
  /// Power used over them, as control.
  case over
  /// Power used with them: occasionally control, but also support and advocacy.
  case with
}

/// How parents respond to the power they perceive (Dumbrill 2006).
public enum ParentalResponseToPower: String, Sendable, Hashable, Codable, CaseIterable {
  /// Openly challenging practitioners.
  case fighting
  /// "Playing the game": disguised compliance.
  case playingTheGame
  /// Working together with practitioners in partnership.
  case workingTogether
}

/// The relationship-based practice framework built from the seed documents, and its facts.
public enum RelationshipPractice {
  /// A case audit of relationship-based practice on Ofsted's scale, overall grade the median:
  /// - Mason's four elements parents named (seed 002): respectful communication (trust, honesty,
  ///   feeling safe), a shared goal, practical assistance and understanding parents' own needs,
  ///   reliability (being available);
  /// - Dumbrill's power (seed 000): used over or with parents, and their response (fighting,
  ///   "playing the game", working together);
  /// - Holland's five aspects of trusted availability (seed 004): proximity, temporal,
  ///   biographies, style, scope;
  /// - the four relationships a social worker cultivates (seed 003): self, clients,
  ///   organisation, partners.
  ///
  /// The elements are the sources'; the questions and the choice of scale and rule are this
  /// library's (so the framework is tagged secondary).
  public static let framework = AuditFramework(
    id: "relationship-based-practice", title: "Relationship-based practice case audit",
    scale: .ofsted, criteria: criteria, overallRule: .median,
    provenance: Provenance(
      .secondary,
      [
        .mason2012("section \"Developing positive relationships\""),
        .holtAndKelly2018("Dumbrill 2006"), hollandSource,
        .communityCare2017("Tiffany Green"),
      ],
      note: "Elements from the seeds; questions, scale and median rule chosen by this library."))

  private static let hollandSource = Source.socialWorkMatters(
    "'Slow but sure', Sally Holland: aspects of trust in the neighbourhood")

  private static let criteria: [AuditCriterion] = {
    let mason = "Mason: what makes the relationship work (parents' view)"
    let power = "Power: used over or with parents (Dumbrill)"
    let holland = "Trusted availability (Holland)"
    let four = "The four relationships (Green, BASW)"
    let masonSource = Source.mason2012("section \"Developing positive relationships\"")
    let dumbrill = Source.holtAndKelly2018("Dumbrill (2006) on power")
    let green = Source.communityCare2017("Tiffany Green: four key relationships")
    return [
      AuditCriterion(
        id: "respectfulCommunication", label: "Respectful communication",
        question: "Does the record show respectful communication: trust, honesty and the "
          + "parents feeling safe?", theme: mason, sources: [masonSource]),
      AuditCriterion(
        id: "sharedGoal", label: "Shared goals",
        question: "Are the goals negotiated and shared with the family?",
        theme: mason, sources: [masonSource]),
      AuditCriterion(
        id: "practicalAssistance", label: "Practical assistance",
        question: "Is there practical assistance, and understanding of the parents' own needs?",
        theme: mason, sources: [masonSource]),
      AuditCriterion(
        id: "reliability", label: "Reliability",
        question: "Is the worker reliable: available when the family needs them, including "
          + "in a crisis?", theme: mason, sources: [masonSource]),
      AuditCriterion(
        id: "powerWith", label: "Power used with parents",
        question: "Is power used with the parents (advocacy, support) rather than over them?",
        theme: power,
        guidance: "Parents who feel power used over them tend to fight or 'play the game' "
          + "(disguised compliance); those who feel it used with them tend to work together.",
        sources: [dumbrill]),
      AuditCriterion(
        id: "proximity", label: "Proximity",
        question: "Proximity: are workers local and known in the neighbourhood?", theme: holland,
        sources: [hollandSource]),
      AuditCriterion(
        id: "temporal", label: "Available over time",
        question: "Temporal: is help available out of hours, and over time (longevity)?",
        theme: holland, sources: [hollandSource]),
      AuditCriterion(
        id: "biographies", label: "Known to the family",
        question: "Biographies: do workers know the family and are they known by it?",
        theme: holland, sources: [hollandSource]),
      AuditCriterion(
        id: "style", label: "Informal style",
        question: "Style: is the approach informal and approachable?",
        theme: holland, sources: [hollandSource]),
      AuditCriterion(
        id: "scope", label: "Scope of help",
        question: "Scope: do workers help with whatever the family needs, dependably?",
        theme: holland, sources: [hollandSource]),
      AuditCriterion(
        id: "relationshipWithSelf", label: "Relationship with self",
        question: "Self: does the worker show awareness of their role, values and biases?",
        theme: four, sources: [green]),
      AuditCriterion(
        id: "relationshipWithClients", label: "Relationship with child and family",
        question: "Clients: is there a quality relationship with the child and family?",
        theme: four, sources: [green]),
      AuditCriterion(
        id: "relationshipWithOrganisation", label: "Relationship with the organisation",
        question: "Organisation: does supervision with the line manager model the relationship?",
        theme: four, sources: [green]),
      AuditCriterion(
        id: "relationshipWithPartners", label: "Relationship with partners",
        question: "Partners: do partner agencies share the work and their safeguarding "
          + "responsibility?", theme: four, sources: [green]),
    ]
  }()

  /// The elements the framework asserts, as facts.
  static var facts: [Fact] {
    [
      Fact(
        id: "audit.rbp.mason.elements",
        statement: "Parents using an intensive family support service named four elements of a "
          + "positive relationship: respectful communication (trust, honesty, feeling safe); a "
          + "shared goal; practical assistance and understanding parents' own needs; "
          + "reliability (being available).",
        provenance: Provenance(
          .verified, [.mason2012("section \"Developing positive relationships\"")])),
      Fact(
        id: "audit.rbp.dumbrill.power",
        statement: "Dumbrill (2006): parents perceived power as used over them (control) or with "
          + "them (support); they responded by fighting workers, 'playing the game' by feigning "
          + "co-operation, or working with them.",
        provenance: Provenance(
          .secondary,
          [
            Source(
              .research,
              title: "Dumbrill GC (2006) Parental experience of child protection intervention: "
                + "a qualitative study. Child Abuse & Neglect 30(1), 27–37",
              locator: "abstract",
              url: "https://experts.mcmaster.ca/display/publication1440097",
              publisher: "McMaster University (the author's institution)"),
            .holtAndKelly2018("Dumbrill (2006) on power"),
          ],
          note: "The abstract was read in McMaster University's record of the paper, not on the "
            + "publisher's page: parents \"fought workers by openly opposing them, 'played the "
            + "game' by feigning co-operation, or worked with them\". Holt and Kelly's gloss, "
            + "'disguised compliance', is not Dumbrill's term.")),
      Fact(
        id: "audit.rbp.holland.trustedAvailability",
        statement: "Holland's aspects of trust in the neighbourhood: proximity, temporal "
          + "aspects, biographies, style, scope.",
        provenance: Provenance(.verified, [hollandSource])),
      Fact(
        id: "audit.rbp.fourRelationships",
        statement: "Four key relationships a social worker cultivates: with the self, clients, "
          + "their organisation (via line managers) and partners.",
        provenance: Provenance(.verified, [.communityCare2017("Tiffany Green")])),
    ]
  }
}
