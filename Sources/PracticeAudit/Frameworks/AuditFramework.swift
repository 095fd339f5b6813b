/// One question an audit framework asks of a case file.
public struct AuditCriterion: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, unique within the framework, used as the key of grades in audits
  /// (for example `helpAndProtection`).
  public var id: String
  /// The question, for example "Is the child's plan specific, timely and reviewed?".
  public var question: String
  /// The theme it belongs to, for example "Planning" or "Respectful communication".
  public var theme: String
  /// The criterion's short name as people read it, for example "Respectful communication";
  /// `nil` shows the ``id``. (Optional so framework files written without it still decode.)
  public var label: String?
  /// Guidance for the auditor: what good looks like, where to find the evidence.
  public var guidance: String?
  /// Where the criterion comes from.
  public var sources: [Source]

  /// Creates a criterion.
  ///
  /// - Parameters:
  ///   - id: The stable identifier, unique within the framework.
  ///   - label: The short name shown to people; `nil` shows `id`.
  ///   - question: The question asked of the case file.
  ///   - theme: The theme it belongs to.
  ///   - guidance: Guidance for the auditor.
  ///   - sources: Where the criterion comes from.
  public init(
    id: String, label: String? = nil, question: String, theme: String, guidance: String? = nil,
    sources: [Source] = []
  ) {
    self.id = id
    self.label = label
    self.question = question
    self.theme = theme
    self.guidance = guidance
    self.sources = sources
  }
}

/// How a framework arrives at an audit's overall grade.
///
/// In JSON: `{"kind": "limiting", "criteria": ["safety"]}`, `{"kind": "median"}`,
/// `{"kind": "auditorsOwn"}` or `{"kind": "none"}`.
public enum OverallJudgementRule: Sendable, Hashable, Codable {
  /// A limiting judgement: the overall grade is the auditor's own overall (or, if none, the
  /// median of the criteria) but no better than the worst grade among the named criteria.
  case limiting(criteria: [String])
  /// The median of the criteria graded; with an even number, the worse of the two middle
  /// grades (the cautious choice).
  case median
  /// The auditor's own overall grade, with a finding when it is better than every criterion
  /// grade or worse than every criterion grade.
  case auditorsOwn
  /// No overall grade, as Ofsted's ILACS from April 2026 (`"kind": "none"`).
  case noOverallGrade

  private enum CodingKeys: String, CodingKey {
    case kind
    case criteria
  }

  private enum Kind: String, Codable {
    case limiting
    case median
    case auditorsOwn
    case none
  }

  /// Reads the rule from its `kind` and, for a limiting rule, its `criteria`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(Kind.self, forKey: .kind) {
    case .limiting:
      self = .limiting(criteria: try container.decode([String].self, forKey: .criteria))
    case .median: self = .median
    case .auditorsOwn: self = .auditorsOwn
    case .none: self = .noOverallGrade
    }
  }

  /// Writes the rule as its `kind` and, for a limiting rule, its `criteria`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .limiting(let criteria):
      try container.encode(Kind.limiting, forKey: .kind)
      try container.encode(criteria, forKey: .criteria)
    case .median: try container.encode(Kind.median, forKey: .kind)
    case .auditorsOwn: try container.encode(Kind.auditorsOwn, forKey: .kind)
    case .noOverallGrade: try container.encode(Kind.none, forKey: .kind)
    }
  }
}

/// A case-file audit framework: the criteria, the grading scale and the overall-judgement rule.
///
/// Frameworks are values a local authority writes in JSON (`AuditFramework(json:)`) and the
/// library validates: criterion identifiers unique and not blank, the scale well formed, a
/// limiting rule naming only criteria the framework defines. Errors name the path, for example
/// `criteria[3].id` or `overallRule.criteria[0]`. The built-in frameworks are
/// ``ilacsAligned(on:)`` and `RelationshipPractice.framework`.
public struct AuditFramework: JSONDocument, Hashable, Identifiable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// The schema version of this document.
  public var schemaVersion: Int
  /// A stable identifier, for example `ofsted-ilacs-aligned`.
  public var id: String
  /// A title for people.
  public var title: String
  /// The grading scale.
  public var scale: GradingScale
  /// The criteria, in the order the audit asks them.
  public var criteria: [AuditCriterion]
  /// How the overall grade is reached.
  public var overallRule: OverallJudgementRule
  /// Where the framework comes from and how far it is verified, when known.
  public var provenance: Provenance?

  /// Creates a framework; ``validate()`` checks it.
  public init(
    id: String, title: String, scale: GradingScale, criteria: [AuditCriterion],
    overallRule: OverallJudgementRule, provenance: Provenance? = nil
  ) {
    schemaVersion = Self.currentSchemaVersion
    self.id = id
    self.title = title
    self.scale = scale
    self.criteria = criteria
    self.overallRule = overallRule
    self.provenance = provenance
  }

  /// The criterion with this identifier.
  public func criterion(_ id: String) -> AuditCriterion? {
    criteria.first { $0.id == id }
  }

  /// Checks the framework: a well-formed scale, at least one criterion, identifiers unique and
  /// not blank, a limiting rule naming at least one defined criterion.
  public func validate() throws(DocumentDecodingError) {
    try validate(AuditValidation())
  }

  /// ``validate()`` with paths under `validation` (a framework inside a larger document).
  func validate(_ validation: AuditValidation) throws(DocumentDecodingError) {
    try scale.validate(validation.appending(.key("scale")))
    guard !criteria.isEmpty else { throw validation.error(.emptyList, at: .key("criteria")) }
    var ids = Set<String>()
    for (index, criterion) in criteria.enumerated() {
      guard !criterion.id.trimmingSpaces.isEmpty else {
        throw validation.error(.invalidValue, at: .key("criteria"), .index(index), .key("id"))
      }
      guard ids.insert(criterion.id).inserted else {
        throw validation.error(
          .duplicateIdentifier, at: .key("criteria"), .index(index), .key("id"))
      }
    }
    if case .limiting(let limiting) = overallRule {
      guard !limiting.isEmpty else {
        throw validation.error(.emptyList, at: .key("overallRule"), .key("criteria"))
      }
      for (index, id) in limiting.enumerated() where !ids.contains(id) {
        throw validation.error(
          .unknownReference, at: .key("overallRule"), .key("criteria"), .index(index))
      }
    }
  }

  /// The overall grade for criterion grades `grades` (criterion id → grade id) and the
  /// auditor's own overall, under ``overallRule``, with findings where the rule changed or
  /// questions the auditor's grade.
  ///
  /// Grades the scale does not define are ignored (documents are validated when read).
  public func overallJudgement(grades: [String: String], auditorsOverall: String?)
    -> OverallJudgement
  {
    let ranks = criteria.compactMap { grades[$0.id] }.compactMap(scale.rank(of:)).sorted()
    let auditors = auditorsOverall.flatMap { scale.rank(of: $0) != nil ? $0 : nil }
    switch overallRule {
    case .noOverallGrade:
      return OverallJudgement(grade: nil, findings: [])
    case .median:
      guard !ranks.isEmpty else { return OverallJudgement(grade: auditors, findings: []) }
      // The upper middle index is the worse of the two middle grades for an even count.
      return OverallJudgement(grade: scale.grades[ranks[ranks.count / 2]].id, findings: [])
    case .auditorsOwn:
      guard let auditors else {
        return OverallJudgement(
          grade: nil,
          findings: [
            Finding(
              code: .auditOverallMissing, severity: .concern,
              message: "The framework asks for the auditor's overall grade and none is recorded.")
          ])
      }
      guard let best = ranks.first, let worst = ranks.last, let rank = scale.rank(of: auditors)
      else { return OverallJudgement(grade: auditors, findings: []) }
      guard rank < best || rank > worst else {
        return OverallJudgement(grade: auditors, findings: [])
      }
      let direction = rank < best ? "better than every" : "worse than every"
      return OverallJudgement(
        grade: auditors,
        findings: [
          Finding(
            code: .auditOverallContradictsCriteria, severity: .advisory,
            message: "The auditor's overall grade is \(direction) criterion grade; "
              + "record why, or moderate.")
        ])
    case .limiting(let limiting):
      let base = auditors ?? (ranks.isEmpty ? nil : scale.grades[ranks[ranks.count / 2]].id)
      let limits = limiting.compactMap { grades[$0] }.filter { scale.rank(of: $0) != nil }
      guard let base else { return OverallJudgement(grade: nil, findings: []) }
      let worstLimit = limits.reduce(base) { scale.worse($0, $1) }
      guard worstLimit != base, scale.isBetter(base, than: worstLimit) else {
        return OverallJudgement(grade: base, findings: [])
      }
      let findings =
        auditors == nil
        ? []
        : [
          Finding(
            code: .auditOverallLimited, severity: .advisory,
            message: "The overall grade is limited to the worst grade of the limiting criteria; "
              + "the auditor's own overall grade was better.")
        ]
      return OverallJudgement(grade: worstLimit, findings: findings)
    }
  }
}

/// An audit's overall grade under its framework's rule, with findings about how it was reached.
public struct OverallJudgement: Sendable, Hashable, Codable {
  /// The overall grade id, or `nil` when the rule gives none.
  public var grade: String?
  /// Findings: the auditor's grade limited, contradicting the criteria, or missing.
  public var findings: [Finding]
}
