/// A grade given to one criterion, with the evidence the auditor relied on.
public struct CriterionGrade: Sendable, Hashable, Codable {
  /// The grade's identifier on the framework's scale.
  public var grade: String
  /// Where on the file the evidence is (never copy personal data into it).
  public var evidence: String?

  /// Creates a criterion grade.
  public init(_ grade: String, evidence: String? = nil) {
    self.grade = grade
    self.evidence = evidence
  }
}

/// An action an audit sets: what, who owns it (by role), and when it is due and was done.
public struct AuditAction: Sendable, Hashable, Codable {
  /// What is to be done.
  public var action: String
  /// The role that owns it, for example "team manager".
  public var ownerRole: String
  /// The day it is due.
  public var due: CalendarDay
  /// The day it was completed, if it has been.
  public var completed: CalendarDay?

  /// Creates an action.
  public init(_ action: String, ownerRole: String, due: CalendarDay, completed: CalendarDay? = nil)
  {
    self.action = action
    self.ownerRole = ownerRole
    self.due = due
    self.completed = completed
  }

  /// Whether it was completed on or before its due day.
  public var isCompletedOnTime: Bool { completed.map { $0 <= due } ?? false }
}

/// A moderator's re-grading of an audit. The audit keeps both sets of grades.
public struct Moderation: Sendable, Hashable, Codable {
  /// Who moderated (a pseudonymous staff reference).
  public var moderator: String
  /// Their role, for example "quality assurance officer".
  public var moderatorRole: String
  /// The day of moderation.
  public var day: CalendarDay
  /// The moderator's grades, keyed by criterion id.
  public var grades: [String: CriterionGrade]
  /// The moderator's own overall grade, if the framework asks for one.
  public var overall: String?
  /// The moderator's note.
  public var note: String?

  /// Creates a moderation.
  public init(
    moderator: String, moderatorRole: String, day: CalendarDay,
    grades: [String: CriterionGrade], overall: String? = nil, note: String? = nil
  ) {
    self.moderator = moderator
    self.moderatorRole = moderatorRole
    self.day = day
    self.grades = grades
    self.overall = overall
    self.note = note
  }
}

/// Who took part in discussing an audit's findings.
public enum DiscussionRole: String, Sendable, Hashable, Codable, CaseIterable {
  /// The case's social worker.
  case socialWorker
  /// Their supervisor (team manager).
  case supervisor
  /// A senior manager (or senior professional).
  case seniorManager
}

/// The discussion of an audit's findings: the step that made Hammersmith and Fulham's audits
/// improve practice sustainably (seed 004).
public struct AuditDiscussion: Sendable, Hashable, Codable {
  /// The day of the discussion.
  public var day: CalendarDay
  /// Who took part.
  public var participants: [DiscussionRole]
  /// Whether a senior manager rehearsed with the worker and supervisor how the case fell short
  /// "of a standard that the courts would expect".
  public var rehearsedCourtStandard: Bool

  /// Creates a discussion record.
  public init(day: CalendarDay, participants: [DiscussionRole], rehearsedCourtStandard: Bool) {
    self.day = day
    self.participants = participants
    self.rehearsedCourtStandard = rehearsedCourtStandard
  }

  /// Whether the social worker, supervisor and a senior manager all took part.
  public var includesAllThreeRoles: Bool {
    Set(participants).count == DiscussionRole.allCases.count
  }
}

/// One case-file audit: the case (pseudonymous), the auditor, the grades with evidence, the
/// overall grade, strengths, areas for improvement, actions, and any moderation and discussion.
public struct CaseAudit: Sendable, Hashable, Codable {
  /// A pseudonymous case reference (see ``Pseudonymiser``).
  public var caseReference: String
  /// The auditor (a pseudonymous staff reference).
  public var auditor: String
  /// The auditor's role, for example "team manager" or "peer reviewer".
  public var auditorRole: String
  /// The team holding the case, for measures by team.
  public var team: String?
  /// The case's social worker (a pseudonymous staff reference), for measures by worker.
  public var worker: String?
  /// The day of the audit.
  public var day: CalendarDay
  /// The grades, keyed by criterion id; a criterion left out was not applicable.
  public var grades: [String: CriterionGrade]
  /// The auditor's own overall grade, if given.
  public var overall: String?
  /// Strengths found.
  public var strengths: [String]
  /// Areas for improvement found.
  public var areasForImprovement: [String]
  /// Actions set.
  public var actions: [AuditAction]
  /// The moderator's re-grading, if moderated.
  public var moderation: Moderation?
  /// The discussion of the findings, if held.
  public var discussion: AuditDiscussion?

  /// Creates an audit.
  public init(
    caseReference: String, auditor: String, auditorRole: String, team: String? = nil,
    worker: String? = nil, day: CalendarDay, grades: [String: CriterionGrade],
    overall: String? = nil, strengths: [String] = [], areasForImprovement: [String] = [],
    actions: [AuditAction] = [], moderation: Moderation? = nil,
    discussion: AuditDiscussion? = nil
  ) {
    self.caseReference = caseReference
    self.auditor = auditor
    self.auditorRole = auditorRole
    self.team = team
    self.worker = worker
    self.day = day
    self.grades = grades
    self.overall = overall
    self.strengths = strengths
    self.areasForImprovement = areasForImprovement
    self.actions = actions
    self.moderation = moderation
    self.discussion = discussion
  }

  /// The overall judgement under `framework`'s rule.
  public func overallJudgement(in framework: AuditFramework) -> OverallJudgement {
    framework.overallJudgement(grades: grades.mapValues(\.grade), auditorsOverall: overall)
  }

  /// The audit's result: the overall grade when the framework's rule gives one, otherwise the
  /// worst criterion grade (so with no overall grade an audit is good or better only when every
  /// criterion is).
  public func result(in framework: AuditFramework) -> String? {
    Self.result(grades: grades.mapValues(\.grade), overall: overall, in: framework)
  }

  /// The moderator's result, computed the same way from the moderator's grades.
  public func moderatedResult(in framework: AuditFramework) -> String? {
    moderation.flatMap {
      Self.result(grades: $0.grades.mapValues(\.grade), overall: $0.overall, in: framework)
    }
  }

  static func result(grades: [String: String], overall: String?, in framework: AuditFramework)
    -> String?
  {
    if let grade = framework.overallJudgement(grades: grades, auditorsOverall: overall).grade {
      return grade
    }
    let ranks = framework.criteria.compactMap { grades[$0.id] }.compactMap(framework.scale.rank)
    return ranks.max().map { framework.scale.grades[$0].id }
  }

  /// Findings where the moderator disagrees with the auditor, criterion by criterion and on the
  /// result: `audit.moderation.disagreement`, a concern when the two grades lie on different
  /// sides of "good or better" or two or more points apart, advisory otherwise.
  public func moderationFindings(in framework: AuditFramework) -> [Finding] {
    guard let moderation else { return [] }
    var findings: [Finding] = []
    for criterion in framework.criteria {
      guard let first = grades[criterion.id]?.grade,
        let second = moderation.grades[criterion.id]?.grade, first != second
      else { continue }
      findings.append(
        disagreement(first, second, about: "criterion '\(criterion.id)'", in: framework))
    }
    if let first = result(in: framework), let second = moderatedResult(in: framework),
      first != second
    {
      findings.append(disagreement(first, second, about: "the overall result", in: framework))
    }
    return findings
  }

  private func disagreement(
    _ first: String, _ second: String, about subject: String, in framework: AuditFramework
  ) -> Finding {
    let scale = framework.scale
    let distance = abs((scale.rank(of: first) ?? 0) - (scale.rank(of: second) ?? 0))
    let crosses = scale.isGoodOrBetter(first) != scale.isGoodOrBetter(second)
    return Finding(
      code: .auditModerationDisagreement,
      severity: crosses || distance >= 2 ? .concern : .advisory,
      message: "The moderator graded \(subject) \(distance) point\(distance == 1 ? "" : "s") "
        + "away from the auditor"
        + (crosses ? ", on the other side of good or better." : "."),
      subject: caseReference)
  }

  /// Checks the audit against `framework`: every graded criterion defined, every grade on the
  /// scale, the moderation likewise.
  func validate(against framework: AuditFramework, _ validation: AuditValidation)
    throws(DocumentDecodingError)
  {
    guard !caseReference.trimmingSpaces.isEmpty else {
      throw validation.error(.invalidValue, at: .key("caseReference"))
    }
    try Self.validate(grades: grades, overall: overall, against: framework, validation)
    if let moderation {
      try Self.validate(
        grades: moderation.grades, overall: moderation.overall, against: framework,
        validation.appending(.key("moderation")))
    }
  }

  private static func validate(
    grades: [String: CriterionGrade], overall: String?, against framework: AuditFramework,
    _ validation: AuditValidation
  ) throws(DocumentDecodingError) {
    for criterionID in grades.keys.sorted() {
      guard framework.criterion(criterionID) != nil else {
        throw validation.error(.unknownReference, at: .key("grades"), .key(criterionID))
      }
      if let grade = grades[criterionID], framework.scale.rank(of: grade.grade) == nil {
        throw validation.error(
          .unknownReference, at: .key("grades"), .key(criterionID), .key("grade"))
      }
    }
    if let overall, framework.scale.rank(of: overall) == nil {
      throw validation.error(.unknownReference, at: .key("overall"))
    }
  }
}
