// The documents the SSDA903 reader, the review audit and the generator cite, in one place.

extension Source {
  /// A rule file of the DfE-commissioned SSDA903 validator (data-to-insight/csc-validator-be-903,
  /// MIT), which holds each code set.
  static func validator903(rule: String) -> Source {
    Source(
      .software, title: "csc-validator-be-903 (SSDA903 validator backend)",
      locator: "rule \(rule) (lac2022_23 to lac2026_27)",
      url: "https://github.com/data-to-insight/csc-validator-be-903",
      publisher: "Data to Insight")
  }

  /// The validator's table identification by exact column set (`config.py`, `ingress.py`).
  static let validator903Ingress = Source(
    .software, title: "csc-validator-be-903 (SSDA903 validator backend)",
    locator: "lac_validator/config.py, ingress.py",
    url: "https://github.com/data-to-insight/csc-validator-be-903", publisher: "Data to Insight")

  /// The DfE code wording as transcribed by data-to-insight/patch.
  static let dataToInsightPatch = Source(
    .secondary, title: "data-to-insight/patch: 903 drill-down (DfE code descriptions)",
    locator: "apps/016_903_drilldown/903_drilldown.py",
    url: "https://github.com/data-to-insight/patch", publisher: "Data to Insight")

  /// The Care Planning, Placement and Case Review (England) Regulations 2010 at `locator`.
  static func carePlanning2010(_ locator: String, path: String) -> Source {
    Source(
      .regulation, title: "Care Planning, Placement and Case Review (England) Regulations 2010",
      locator: locator, url: "https://www.legislation.gov.uk/uksi/2010/959/" + path,
      publisher: "legislation.gov.uk")
  }
}

extension AuditDomain {
  /// The sources of the statutory-returns work: the SSDA903 validator, the DfE code wording and
  /// the regulations the review audit applies.
  static var returnsSources: [Source] {
    [
      .validator903Ingress, .dataToInsightPatch,
      .carePlanning2010("reg 33", path: "part/6/made"),
      .carePlanning2010("reg 48", path: "part/9/made"),
    ]
  }

  /// The facts of the statutory-returns work: every code of every SSDA903 code list, the
  /// conventions of the review audit, and the generator's (unverified) mixes.
  static var returnsFacts: [Fact] {
    SSDA903.CodeList.all.flatMap { list in
      list.codes.map { code in
        Fact(
          id: "audit.ssda903.\(list.id).\(code.id)",
          statement: "\(list.title) code \(code.id): \(code.meaning); \(validity(code.years)).",
          provenance: code.provenance)
      }
    } + ReviewTimeliness.facts + [
      Fact(
        id: "audit.ssda903.generator.mixes",
        statement: "The synthetic SSDA903 generator's legal-status, placement and need mixes are "
          + "round shares shaped like the national statistics, for test data only.",
        provenance: SSDA903Generator.mixProvenance)
    ]
  }

  /// "valid in every collection year", "valid up to 2024/25", "valid from 2025/26".
  private static func validity(_ years: ClosedRange<Int>) -> String {
    let first = try? CollectionYear(endingIn: years.lowerBound)
    let last = try? CollectionYear(endingIn: years.upperBound)
    switch (years.lowerBound == 1900, years.upperBound == 9999) {
    case (true, true): return "valid in every collection year"
    case (true, false): return "valid up to \(last.map(String.init(describing:)) ?? "")"
    case (false, true): return "valid from \(first.map(String.init(describing:)) ?? "")"
    case (false, false):
      return "valid from \(first.map(String.init(describing:)) ?? "") to "
        + (last.map(String.init(describing:)) ?? "")
    }
  }
}
