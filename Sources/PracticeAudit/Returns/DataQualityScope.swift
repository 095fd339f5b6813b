/// What a return's data-quality check covered: each rule applied, the DfE validation codes it
/// corresponds to where one exists, and the plain statement that it is not the DfE validation.
///
/// A report shows this beside its findings, so "no findings" is never read as "a clean return":
/// only these rules were applied. Built by the library (``SSDA903/checksApplied``,
/// ``CINDataRule/checksApplied``) so an app shows the same statement as the `practice` tool.
public struct DataQualityScope: Sendable, Hashable, Codable {
  /// One rule applied.
  public struct Check: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The library's name for the rule, as findings carry it (for example `invalidDate`).
    public let rule: String
    /// What the rule checks, in plain words.
    public let summary: String
    /// The DfE validation rule codes that check the same thing (in part or in whole); empty
    /// when the DfE validation has no such rule.
    public let dfeCodes: [String]

    /// Creates a check.
    public init(rule: String, summary: String, dfeCodes: [String] = []) {
      self.rule = rule
      self.summary = summary
      self.dfeCodes = dfeCodes
    }

    /// For example "invalidDate: dates are real days (DfE 102, 141)".
    public var description: String { "\(rule): \(summary)\(codesText)" }

    /// The rule in words alone, for a reader who does not know the rule names: "Dates are
    /// real days (DfE 102, 141)".
    public var plainDescription: String { sentence + codesText }

    /// The summary as a sentence, its first letter capitalised ("Dates are real days").
    public var sentence: String { summary.prefix(1).uppercased() + summary.dropFirst() }

    private var codesText: String {
      dfeCodes.isEmpty ? " (no DfE rule)" : " (DfE " + dfeCodes.joined(separator: ", ") + ")"
    }
  }

  /// The return checked, for example "SSDA903 return".
  public let collection: String
  /// The rules applied, in the order they are listed.
  public let checks: [Check]
  /// Where the DfE codes come from.
  public let provenance: Provenance

  /// Creates a scope.
  public init(collection: String, checks: [Check], provenance: Provenance) {
    self.collection = collection
    self.checks = checks
    self.provenance = provenance
  }

  /// The statement a report prints: that these are the only rules applied, and that this is not
  /// the DfE validation.
  public var caveat: String {
    "Only the \(checks.count) rules listed were applied to the \(collection). This is not the "
      + "full DfE validation, which applies many more rules: run the DfE validator before "
      + "submitting."
  }

  /// The statement as lines of text: the rules applied with their DfE codes, the caveat and
  /// the citation.
  public var statement: [String] {
    ["Rules applied (\(checks.count)):"] + checks.map { "  \($0)" } + [caveat, citation]
  }

  /// Where the codes come from, with the verification tag: "DfE codes: csc-validator-be-903
  /// (...) [S]".
  public var citation: String {
    let titles = provenance.sources.map(\.title).joined(separator: "; ")
    return "DfE codes from \(titles) [\(provenance.verification.tag)]"
  }
}
