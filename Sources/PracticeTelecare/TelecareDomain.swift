/// What PracticeTelecare contributes to a `PracticeRegistry`: the device catalogue and the
/// twelve ethical questions (as catalogues and as facts), the charging, eligibility,
/// connectivity and call-answering rules, each with its provenance, and the sources they cite.
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

  /// The device catalogue (``DeviceCatalogue/standard``) and the ethical questions
  /// (``EthicalQuestion/all``), described for listing.
  public var catalogues: [Catalogue] {
    [
      Catalogue(
        id: "telecare.devices", title: "Telecare device types (trigger, alarm kind, generation)",
        kind: .devices,
        entries: DeviceCatalogue.standard.devices.map { device in
          // A device is as verified as its weakest part: description or generation.
          device.generation.map { generation in
            generation.verification < device.provenance.verification
              ? generation.provenance : device.provenance
          } ?? device.provenance
        }),
      Catalogue(
        id: "telecare.ethical-questions",
        title:
          "Questions to deliberate before prescribing telecare (EFORTT, MCA 2005, Care Act 2014)",
        kind: "ethicalFramework", entries: EthicalQuestion.all.map(\.provenance)),
    ]
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
