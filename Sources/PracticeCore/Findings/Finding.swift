/// How serious a finding is, from least to most.
public enum FindingSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// For information: nothing to do.
  case information
  /// Worth considering: good practice not evidenced, or due soon.
  case advisory
  /// A concern: practice or data that needs attention.
  case concern
  /// A breach of a statutory requirement or of a principle the law sets (for example an overdue
  /// statutory review).
  case breach

  /// Orders information < advisory < concern < breach.
  public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  /// The name, for example "concern".
  public var description: String { rawValue }
}

/// One result of a rule applied to a case or a dataset: what was found, how serious it is, when
/// something was due and when it happened, and the sources of the rule.
///
/// Messages name the rule and the days, never other personal data from the input.
public struct Finding: Sendable, Hashable, Codable {
  /// The rule's stable code, for example `FindingCode.lawS32Overdue` (`law.s32.overdue` in
  /// JSON): tools may filter on it; its wording never changes.
  public var code: FindingCode
  /// How serious it is.
  public var severity: FindingSeverity
  /// What was found, in plain English.
  public var message: String
  /// The subject (child, case) it concerns, if any; pseudonymise before export.
  public var subject: String?
  /// The day by which something was due, if the rule is a timescale.
  public var dueDay: CalendarDay?
  /// The day it actually happened, if it did.
  public var actualDay: CalendarDay?
  /// Where the rule comes from.
  public var sources: [Source]

  /// Creates a finding.
  public init(
    code: FindingCode, severity: FindingSeverity, message: String, subject: String? = nil,
    dueDay: CalendarDay? = nil, actualDay: CalendarDay? = nil, sources: [Source] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.subject = subject
    self.dueDay = dueDay
    self.actualDay = actualDay
    self.sources = sources
  }
}
