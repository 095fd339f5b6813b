/// Events read from a generic case-management extract: a CSV file with the columns
/// `subject,kind,day` and, optionally, `team` and `worker` (in any order; other columns are
/// ignored). Days are `YYYY-MM-DD` or `DD/MM/YYYY`.
///
/// Bad rows are reported as ``SourceDataIssue``s (file, line, column, rule; never the value) and
/// skipped; the rest are read. When `team` or `worker` is present, each subject is allocated to
/// the team and worker named on its latest event (by day, then by line) that names them, so
/// that findings can be routed to whoever holds the case now.
public struct EventLog: Sendable, Hashable {
  /// Who a subject is allocated to.
  public struct Allocation: Sendable, Hashable, Codable {
    /// The team, when the extract names one.
    public var team: String?
    /// The worker, when the extract names one.
    public var worker: String?
    /// Creates an allocation.
    public init(team: String? = nil, worker: String? = nil) {
      self.team = team
      self.worker = worker
    }
  }

  /// The events read, in file order.
  public private(set) var events: [CaseEvent] = []
  /// Each subject's allocation, when the extract has `team` or `worker`.
  public private(set) var allocations: [String: Allocation] = [:]
  /// The problems found.
  public private(set) var issues: [SourceDataIssue] = []

  /// Reads an extract, reporting problems under the name `file`.
  public init(csv: CSVReader, file: String) {
    var csv = csv
    var latest: [String: (day: CalendarDay, allocation: Allocation)] = [:]
    // Allocations found before a malformed line are kept, like the events.
    defer { allocations = latest.mapValues(\.allocation) }
    do throws(CSVError) {
      guard let header = try csv.readHeader() else {
        issues.append(SourceDataIssue(file: file, line: 0, rule: .emptyFile))
        return
      }
      let required = ["subject", "kind", "day"]
      let missing = required.filter { header.index(of: $0) == nil }
      guard missing.isEmpty, let subjectIndex = header.index(of: "subject"),
        let kindIndex = header.index(of: "kind"), let dayIndex = header.index(of: "day")
      else {
        issues.append(
          SourceDataIssue(
            file: file, line: 1, rule: .unrecognisedTable,
            detail: "lacks " + missing.joined(separator: ", ")))
        return
      }
      let teamIndex = header.index(of: "team")
      let workerIndex = header.index(of: "worker")
      var rows = 0
      while let record = try csv.next() {
        rows += 1
        guard record.count == header.count else {
          issues.append(
            SourceDataIssue(
              file: file, line: record.line, rule: .raggedRow,
              detail: "\(record.count) fields, header has \(header.count)"))
          continue
        }
        var usable = true
        for (index, name) in [(subjectIndex, "subject"), (kindIndex, "kind")]
        where (record[index] ?? "").isEmpty {
          issues.append(
            SourceDataIssue(file: file, line: record.line, column: name, rule: .missingValue))
          usable = false
        }
        let text = record[dayIndex] ?? ""
        let format: CalendarDay.Format = text.contains("/") ? .statutoryReturn : .iso8601
        let day = try? CalendarDay(text, format: format)
        if day == nil {
          issues.append(
            SourceDataIssue(
              file: file, line: record.line, column: "day",
              rule: text.isEmpty ? .missingValue : .invalidDate,
              detail: text.isEmpty ? nil : "expected YYYY-MM-DD or DD/MM/YYYY"))
        }
        guard usable, let day, let subject = record[subjectIndex], let kind = record[kindIndex]
        else { continue }
        events.append(CaseEvent(subject: subject, kind: EventKind(rawValue: kind), day: day))
        let team = teamIndex.flatMap { record[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        let worker = workerIndex.flatMap { record[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        if team != nil || worker != nil, latest[subject].map({ $0.day <= day }) ?? true {
          latest[subject] = (day, Allocation(team: team, worker: worker))
        }
      }
      if rows == 0 { issues.append(SourceDataIssue(file: file, line: 1, rule: .noRows)) }
    } catch {
      issues.append(
        SourceDataIssue(
          file: file, line: error.line, column: "byte \(error.column)", rule: .malformedCSV,
          detail: "\(error.rule)"))
    }
  }
}
