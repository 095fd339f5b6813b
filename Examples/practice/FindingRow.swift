import PracticeKit

/// A finding as a command's JSON prints it (severity as its name, absent days as null).
struct FindingRow: Encodable {
  var code: FindingCode
  var severity: String
  var message: String
  @Nullable var dueDay: CalendarDay?
  @Nullable var actualDay: CalendarDay?

  init(_ finding: Finding) {
    code = finding.code
    severity = finding.severity.rawValue
    message = finding.message
    dueDay = finding.dueDay
    actualDay = finding.actualDay
  }

  /// The finding again, for the report's findings table.
  var finding: Finding {
    Finding(
      code: code, severity: FindingSeverity(rawValue: severity) ?? .information,
      message: message, dueDay: dueDay, actualDay: actualDay)
  }
}
