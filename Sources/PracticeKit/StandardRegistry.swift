extension PracticeRegistry {
  /// Every built-in domain, in a fixed order: core, law, education, audit, telecare, kit.
  ///
  /// Apps that want a subset build their own registry from the individual domains.
  public static let standard: PracticeRegistry = {
    let domains: [any PracticeDomain] = [
      CoreDomain(), LawDomain(), EducationDomain(), AuditDomain(), TelecareDomain(),
      CaseloadDomain(),
    ]
    // The built-in ids are distinct literals; an empty registry is unreachable but total.
    return (try? PracticeRegistry(domains)) ?? PracticeRegistry.empty
  }()
}
