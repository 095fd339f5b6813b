/// One period of an audit cycle (a month, a quarter): its audits, and whether the improvement
/// loop (findings discussed between social worker, supervisor and senior manager) was in place.
public struct AuditPeriod: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, unique within the cycle, for example `2025-Q1`.
  public var id: String
  /// The first day of the period.
  public var start: CalendarDay
  /// The last day of the period.
  public var end: CalendarDay
  /// Whether audit findings were built into line management in this period.
  public var loopInPlace: Bool
  /// The audits done in the period.
  public var audits: [CaseAudit]

  /// Creates a period.
  public init(
    id: String, start: CalendarDay, end: CalendarDay, loopInPlace: Bool, audits: [CaseAudit]
  ) {
    self.id = id
    self.start = start
    self.end = end
    self.loopInPlace = loopInPlace
    self.audits = audits
  }
}

/// An audit cycle: a framework and the periods audited under it, in order. This is the document
/// `practice audit cases` reads.
///
/// Validation checks the framework, then every period (identifiers unique, start not after end,
/// periods in order without overlap) and every audit (its day inside its period, criteria and
/// grades defined by the framework), naming the path, for example
/// `periods[1].audits[3].grades.planning.grade`.
public struct AuditCycle: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// The schema version of this document.
  public var schemaVersion: Int
  /// The framework the audits use.
  public var framework: AuditFramework
  /// The periods, in order.
  public var periods: [AuditPeriod]

  /// Creates a cycle.
  public init(framework: AuditFramework, periods: [AuditPeriod]) {
    schemaVersion = Self.currentSchemaVersion
    self.framework = framework
    self.periods = periods
  }

  /// Checks the framework, the periods and every audit.
  public func validate() throws(DocumentDecodingError) {
    let root = AuditValidation()
    try framework.validate(root.appending(.key("framework")))
    guard !periods.isEmpty else { throw root.error(.emptyList, at: .key("periods")) }
    var ids = Set<String>()
    for (index, period) in periods.enumerated() {
      let validation = root.appending(.key("periods"), .index(index))
      guard ids.insert(period.id).inserted else {
        throw validation.error(.duplicateIdentifier, at: .key("id"))
      }
      guard period.start <= period.end else {
        throw validation.error(.invalidValue, at: .key("end"))
      }
      if index > 0, period.start <= periods[index - 1].end {
        throw validation.error(.invalidValue, at: .key("start"))
      }
      for (position, audit) in period.audits.enumerated() {
        let auditValidation = validation.appending(.key("audits"), .index(position))
        guard (period.start...period.end).contains(audit.day) else {
          throw auditValidation.error(.invalidValue, at: .key("day"))
        }
        try audit.validate(against: framework, auditValidation)
      }
    }
  }

  /// Every audit, in period order.
  public var audits: [CaseAudit] { periods.flatMap(\.audits) }
}

extension AuditCycle {
  /// The cycle with every case reference and staff reference (auditor, worker, moderator)
  /// replaced by its keyed pseudonym, for sharing outside the quality-assurance team. The same
  /// reference always gets the same pseudonym under one key, so re-audits still match.
  public func pseudonymised(with pseudonymiser: Pseudonymiser) -> AuditCycle {
    var copy = self
    for periodIndex in copy.periods.indices {
      for auditIndex in copy.periods[periodIndex].audits.indices {
        var audit = copy.periods[periodIndex].audits[auditIndex]
        audit.caseReference = pseudonymiser.pseudonym(for: audit.caseReference)
        audit.auditor = pseudonymiser.pseudonym(for: audit.auditor)
        audit.worker = audit.worker.map(pseudonymiser.pseudonym(for:))
        if let moderator = audit.moderation?.moderator {
          audit.moderation?.moderator = pseudonymiser.pseudonym(for: moderator)
        }
        copy.periods[periodIndex].audits[auditIndex] = audit
      }
    }
    return copy
  }
}
