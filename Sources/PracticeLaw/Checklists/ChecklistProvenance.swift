// The secondary sources and provenance records shared by the decision-support checklists, so
// every statement names its source the same way. Tags follow the research notes (law.md §1.1,
// §1.2, §1.4, §6.1, §8).

extension Source {
  /// Two independent pages that reproduce the s1(3) welfare checklist word for word.
  static let welfareChecklistSecondary = [
    Source(
      .secondary, title: "Family Law Questions: the welfare checklist",
      url: "https://www.familylawquestions.co.uk/page9/page12/page17/"),
    Source(
      .secondary, title: "Voice of the Child: the welfare checklist",
      url: "https://www.voiceofthechild.org.uk"),
  ]

  /// A practitioner page on when the s1(3) checklist applies (s1(4)).
  static let section1SubsectionFourSecondary = Source(
    .secondary, title: "Hodgsons: the welfare checklist", url: "https://www.hodgsons-law.co.uk")

  /// Practitioner pages quoting the s1(5) no-order principle.
  static let noOrderPrincipleSecondary = [
    Source(
      .secondary, title: "i-law Litigation Letter (quoting s1(5))", url: "https://www.i-law.com"),
    Source(
      .secondary, title: "LexisNexis: The no order principle", url: "https://www.lexisnexis.co.uk"),
  ]

  /// Practitioner reports of the holdings in Re B and Re B-S.
  static let reBSecondary = Source(
    .secondary, title: "Local Government Lawyer (quoting Re B para 198)",
    url: "https://www.localgovernmentlawyer.co.uk")

  /// A report of Re B-S.
  static let reBSSecondary = Source(
    .secondary, title: "Family Law: Re B-S (15 October 2013)", url: "https://www.familylaw.co.uk")

  /// Pages listing the UNCRC general principles (arts 2, 3, 6, 12).
  static let uncrcGeneralPrinciplesSecondary = [
    Source(
      .secondary, title: "CRIN: General principles of the UNCRC",
      url: "https://archive.crin.org"),
    Source(
      .secondary, title: "Children's Rights Wales: UNCRC principles",
      url: "https://www.childrensrightswales.org.uk/uncrc-principles"),
  ]

  /// A report of Re Q [2019] EWHC 512 (Fam).
  static let reQSecondary = Source(
    .secondary, title: "Counsel magazine: Re Q (interim care order beyond 17)",
    url: "https://www.counselmagazine.co.uk")
}

/// Provenance records shared by the checklists.
enum ChecklistProvenance {
  /// A Children Act 1989 s31 or s38 statement read on legislation.gov.uk (V).
  static func partIV(_ locator: String) -> Provenance {
    Provenance(.verified, [.childrenAct1989(locator, path: "part/IV/2012-11-01")])
  }
}
