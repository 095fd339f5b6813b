/// One of the twelve questions to deliberate before prescribing telecare (telecare research
/// notes §8), each traced to its sources: the EFORTT framework, the Mental Capacity Act 2005,
/// the Care Act 2014, the TSA standards, the DHSC switchover plans and the seed.
///
/// EFORTT's own framing: "this is not a checklist for 'yes/no' answers, but a framework for
/// mature debate and aid to decision making". The questions are a synthesis; EFORTT's Table 1
/// beyond its third row was not retrieved, so each question cites what was.
public struct EthicalQuestion: Sendable, Hashable, Codable, Identifiable {
  /// 1–12.
  public var id: Int
  /// A short name, for example `consent`.
  public var topic: String
  /// The question.
  public var text: String
  /// Where it comes from.
  public var provenance: Provenance

  /// The twelve questions.
  public static let all: [EthicalQuestion] = [
    EthicalQuestion(
      id: 1, topic: "aims",
      text: "What does the person want telecare to help with, and what problems will it not "
        + "address?",
      provenance: Provenance(
        .verified, [.efortt("Table 1, row 2"), .careAct("s1(3)(a)-(b)", section: 1)])),
    EthicalQuestion(
      id: 2, topic: "consent",
      text: "Has the person consented? Is capacity assessed for this decision, and when will "
        + "consent be revisited?",
      provenance: Provenance(
        .verified,
        [
          .mentalCapacityAct("s1-s3", section: 1), .efortt("Abstract; Conclusions"), .scie2010,
          .crossedLines,
        ])),
    EthicalQuestion(
      id: 3, topic: "bestInterests",
      text: "If capacity is lacking: is there a best-interests record, who was consulted, and "
        + "is there a less restrictive option?",
      provenance: Provenance(
        .verified,
        [.mentalCapacityAct("s1(5)-(6)", section: 1), .mentalCapacityAct("s4", section: 4)])),
    EthicalQuestion(
      id: 4, topic: "liberty",
      text: "Does any device restrict movement or add to continuous supervision and control? Is "
        + "deprivation of liberty considered, and is the Court of Protection route needed?",
      provenance: Provenance(
        .verified,
        [.mentalCapacityAct("s6(4)(b)", section: 6), .cheshireWest, .researchInPractice2023],
        note: "That GPS or exit sensors contribute to a deprivation of liberty is reasoning, "
          + "not a decided case.")),
    EthicalQuestion(
      id: 5, topic: "privacy",
      text: "Who is connected: who sees the data, and who owns and controls it?",
      provenance: Provenance(.verified, [.efortt("Table 1, row 3"), .scie2010])),
    EthicalQuestion(
      id: 6, topic: "responders",
      text: "Who responds, within what time, and is a key holder or responder agreed?",
      provenance: Provenance(
        .secondary, [.qsfCallAnswering, .mascotResponseAim],
        note: "No national response-time requirement was found; providers set their own.")),
    EthicalQuestion(
      id: 7, topic: "handsOnCare",
      text: "Does telecare replace any hands-on care? If so, why, and with what agreement?",
      provenance: Provenance(.verified, [.efortt("Abstract"), .efortCordis, .crossedLines])),
    EthicalQuestion(
      id: 8, topic: "cost",
      text: "What does it cost the person (equipment and monitoring), and has a financial "
        + "assessment been done?",
      provenance: Provenance(.verified, [.chargingRegulations, .crossedLines])),
    EthicalQuestion(
      id: 9, topic: "wellbeing",
      text: "Which well-being aspects (Care Act 2014 s1(2)(a)-(i)) does it support or risk?",
      provenance: Provenance(.verified, [.careAct("s1(2)", section: 1)])),
    EthicalQuestion(
      id: 10, topic: "carers",
      text: "What is the effect on carers, and is a carer's alert wanted?",
      provenance: Provenance(
        .verified, [.careAct("s2(1)(b),(d)", section: 2)],
        note: "The Nuffield Council (2009) on carers' needs is cited in the notes; not linked.")),
    EthicalQuestion(
      id: 11, topic: "connectivity",
      text: "Is the connection digital-ready, with battery backup, and when was the last test "
        + "call?",
      provenance: Provenance(.verified, [.dhscActionPlan2022, .telecareNationalActionPlan])),
    EthicalQuestion(
      id: 12, topic: "review",
      text: "When is the review, and what feedback from the monitoring centre and installer "
        + "will reach the social worker?",
      provenance: Provenance(.verified, [.efortt("Conclusions"), .crossedLines])),
  ]

  /// Each question as a fact.
  public static var facts: [Fact] {
    all.map {
      Fact(id: "telecare.question.\($0.topic)", statement: $0.text, provenance: $0.provenance)
    }
  }
}
