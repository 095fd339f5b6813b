/// What PracticeTelecare contributes to a ``PracticeRegistry``: the device catalogue's facts,
/// the twelve ethical questions, the charging, eligibility, connectivity and call-answering
/// rules, each with its provenance, and the sources they cite.
///
/// PracticeDomain has no slot for catalogues yet: the catalogue is ``DeviceCatalogue/standard``
/// and the questions ``EthicalQuestion/all``.
public struct TelecareDomain: PracticeDomain {
  /// Creates the telecare domain.
  public init() {}

  /// `telecare`.
  public var id: DomainID { "telecare" }
  /// "Telecare".
  public var title: String { "Telecare" }
  /// What the domain covers.
  public var summary: String {
    "The ethics, cost, consent, connectivity and review of telecare prescribed by social "
      + "workers, and monitoring-centre performance fed back to them."
  }

  /// Every source the facts cite, without duplicates, and the seed.
  public var sources: [Source] {
    var seen = Set<Source>()
    return (facts.flatMap(\.provenance.sources) + [.crossedLines])
      .filter { seen.insert($0).inserted }
  }

  /// The devices, the questions, and the charging, eligibility, connectivity and
  /// call-answering rules.
  public var facts: [Fact] {
    DeviceCatalogue.standard.facts + EthicalQuestion.facts
      + [ChargeQuote.equipmentRule, ChargeQuote.minimumIncomeRule] + EligibilityFramework.facts
      + ConnectivityCheck.facts
      + [
        CallAnsweringStandard.qualityStandardsFramework.fact,
        Fact(
          id: "telecare.response-target",
          statement: "Responder arrival targets are set by the response provider; the library "
            + "has no national figure.",
          provenance: ResponseTarget.providerDefined(minutes: 45).provenance),
        Fact(
          id: "telecare.consent.not-one-off",
          statement: "Installation and consent are ongoing, not one-off: systems evolve with "
            + "changing needs, with feedback built in; initial informed consent is not adequate.",
          provenance: Provenance(.verified, [.efortt("Conclusions"), .efortCordis, .crossedLines])),
      ]
  }
}
