/// One alarm call from a monitoring centre's log.
public struct AlarmCall: Sendable, Hashable, Codable {
  /// The call's identifier in the log.
  public var callID: String
  /// The installation (the person's home system) it came from; pseudonymise before export.
  public var installation: String
  /// The device that raised it, for example `pendant`.
  public var device: String
  /// When the alarm was raised.
  public var raisedAt: LocalDateTime
  /// When a call handler answered; `nil` when the call was never answered.
  public var answeredAt: LocalDateTime?
  /// When the call was closed.
  public var closedAt: LocalDateTime?
  /// The outcome as logged, lower-cased, for example `false-alarm`; may be empty.
  public var outcome: String
  /// When a responder was dispatched; `nil` when none was.
  public var dispatchedAt: LocalDateTime?
  /// When the responder arrived; `nil` when they did not (or it was not logged).
  public var arrivedAt: LocalDateTime?

  /// Creates a call.
  public init(
    callID: String, installation: String, device: String, raisedAt: LocalDateTime,
    answeredAt: LocalDateTime? = nil, closedAt: LocalDateTime? = nil, outcome: String = "",
    dispatchedAt: LocalDateTime? = nil, arrivedAt: LocalDateTime? = nil
  ) {
    self.callID = callID
    self.installation = installation
    self.device = device
    self.raisedAt = raisedAt
    self.answeredAt = answeredAt
    self.closedAt = closedAt
    self.outcome = outcome
    self.dispatchedAt = dispatchedAt
    self.arrivedAt = arrivedAt
  }

  /// Seconds from raised to answered; `nil` when unanswered.
  public var answerSeconds: Int? { answeredAt.map { raisedAt.seconds(to: $0) } }

  /// Seconds from raised (the centre receiving the call) to the responder's arrival.
  public var arrivalSeconds: Int? { arrivedAt.map { raisedAt.seconds(to: $0) } }

  /// Outcomes logged as a false or accidental alarm.
  public static let falseAlarmOutcomes: Set<String> = ["false-alarm", "false alarm", "accidental"]
  /// Outcomes logged as a device or line fault.
  public static let faultOutcomes: Set<String> = ["fault", "device-fault", "technical-fault"]

  /// Whether the outcome is a false or accidental alarm.
  public var isFalseAlarm: Bool { Self.falseAlarmOutcomes.contains(outcome) }
  /// Whether the outcome is a fault.
  public var isFault: Bool { Self.faultOutcomes.contains(outcome) }
}

/// Reads alarm-call logs: CSV with the header
/// `call_id,installation,device,raised_at,answered_at,closed_at,outcome,dispatched_at,arrived_at`
/// (columns in any order), ISO 8601 local date-times, empty cells for events that did not
/// happen.
///
/// A bad row is reported and skipped; reading goes on. Only a break in the CSV itself (an
/// unterminated quote) ends reading, at the line reported. Problems name the line, column and
/// rule, never a value.
public enum AlarmCallLog {
  /// The columns, in the documented order.
  public static let columns = [
    "call_id", "installation", "device", "raised_at", "answered_at", "closed_at", "outcome",
    "dispatched_at", "arrived_at",
  ]

  /// A problem with one row, or with the file.
  public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule broken.
    public enum Rule: Sendable, Hashable {
      /// The CSV itself is broken.
      case csv(CSVError.Rule)
      /// The header lacks a column.
      case missingColumn(String)
      /// The row has a different number of fields from the header.
      case fieldCount(expected: Int, found: Int)
      /// A required cell is empty.
      case emptyRequired
      /// A cell is not a local date-time `YYYY-MM-DDTHH:MM:SS`.
      case invalidDateTime
      /// A time is earlier than the event it follows (answered before raised, arrived before
      /// dispatched); across a March clock change this can be the change, not an error.
      case beforeEarlierEvent(String)
      /// An arrival without a dispatch.
      case arrivalWithoutDispatch
      /// A call id seen on an earlier row.
      case duplicateCallID
    }

    /// The 1-based line.
    public var line: Int
    /// The 1-based column (field number), or the CSV byte column for a CSV error.
    public var column: Int
    /// The column's name, when the problem is in one cell.
    public var columnName: String?
    /// The rule broken.
    public var rule: Rule

    /// For example `line 4, column 4 (raised_at): not a local date-time YYYY-MM-DDTHH:MM:SS`.
    public var description: String {
      let place = "line \(line), column \(column)" + (columnName.map { " (\($0))" } ?? "")
      switch rule {
      case .csv(let rule): return CSVError(rule, line: line, column: column).description
      case .missingColumn(let name): return "line \(line): the header has no column \(name)"
      case .fieldCount(let expected, let found):
        return "line \(line): \(found) fields, but the header has \(expected); row skipped"
      case .emptyRequired: return "\(place): required, but empty; row skipped"
      case .invalidDateTime:
        return "\(place): not a local date-time YYYY-MM-DDTHH:MM:SS; row skipped"
      case .beforeEarlierEvent(let earlier):
        return "\(place): earlier than \(earlier); row skipped"
      case .arrivalWithoutDispatch:
        return "\(place): an arrival with no dispatched_at; row skipped"
      case .duplicateCallID: return "\(place): this call id is on an earlier row; row skipped"
      }
    }
  }

  /// The calls read and the problems found, in line order.
  public struct Result: Sendable, Hashable {
    /// The calls of the rows that passed every rule.
    public var calls: [AlarmCall]
    /// The problems, one per skipped row (plus any problem with the file).
    public var problems: [Problem]
  }

  /// Reads a log from CSV text.
  public static func read(csv text: String) -> Result {
    read(CSVReader(string: text, options: options))
  }

  /// Reads a log from a file, streaming.
  public static func read(contentsOfFile path: String) -> Result {
    do {
      return read(try CSVReader(contentsOfFile: path, options: options))
    } catch {
      return Result(calls: [], problems: [Problem(line: 1, column: 1, rule: .csv(error.rule))])
    }
  }

  // Width is checked here, row by row, so a short row is skipped rather than ending the read.
  private static let options = CSVReader.Options(requiresUniformWidth: false)

  private static func read(_ reader: CSVReader) -> Result {
    var reader = reader
    var result = Result(calls: [], problems: [])
    let header: CSVHeader
    do {
      guard let read = try reader.readHeader() else {
        result.problems.append(Problem(line: 1, column: 1, rule: .missingColumn(columns[0])))
        return result
      }
      header = read
    } catch {
      result.problems.append(
        Problem(line: error.line, column: error.column, rule: .csv(error.rule)))
      return result
    }
    var indices: [Int] = []
    for name in columns {
      guard let index = header.index(of: name) else {
        result.problems.append(Problem(line: 1, column: 1, rule: .missingColumn(name)))
        return result
      }
      indices.append(index)
    }
    var seen = Set<String>()
    for next in reader.results {
      switch next {
      case .failure(let error):
        result.problems.append(
          Problem(line: error.line, column: error.column, rule: .csv(error.rule)))
      case .success(let record):
        guard record.count == header.count else {
          result.problems.append(
            Problem(
              line: record.line, column: 1,
              rule: .fieldCount(expected: header.count, found: record.count)))
          continue
        }
        switch call(from: record, indices: indices) {
        case .success(let call):
          guard seen.insert(call.callID).inserted else {
            result.problems.append(
              Problem(
                line: record.line, column: indices[0] + 1, columnName: columns[0],
                rule: .duplicateCallID))
            continue
          }
          result.calls.append(call)
        case .failure(let problem):
          result.problems.append(problem)
        }
      }
    }
    return result
  }

  private static func call(from record: CSVRecord, indices: [Int])
    -> Swift.Result<
      AlarmCall, Problem
    >
  {
    func problem(_ column: Int, _ rule: Problem.Rule) -> Problem {
      Problem(
        line: record.line, column: indices[column] + 1, columnName: columns[column], rule: rule)
    }
    func text(_ column: Int) -> String {
      (record[indices[column]] ?? "").trimmingWhitespace
    }
    for required in 0...3 where text(required).isEmpty {
      return .failure(problem(required, .emptyRequired))
    }
    var times: [Int: LocalDateTime] = [:]
    for column in [3, 4, 5, 7, 8] where !text(column).isEmpty {
      guard let time = try? LocalDateTime(iso8601: text(column)) else {
        return .failure(problem(column, .invalidDateTime))
      }
      times[column] = time
    }
    guard let raised = times[3] else { return .failure(problem(3, .emptyRequired)) }
    // Each event must not precede the one it follows.
    let order: [(later: Int, earlier: Int)] = [(4, 3), (5, 3), (5, 4), (7, 3), (8, 7)]
    for (later, earlier) in order {
      if let laterTime = times[later], let earlierTime = times[earlier], laterTime < earlierTime {
        return .failure(problem(later, .beforeEarlierEvent(columns[earlier])))
      }
    }
    if times[8] != nil, times[7] == nil { return .failure(problem(8, .arrivalWithoutDispatch)) }
    return .success(
      AlarmCall(
        callID: text(0), installation: text(1), device: text(2), raisedAt: raised,
        answeredAt: times[4], closedAt: times[5], outcome: text(6).lowercased(),
        dispatchedAt: times[7], arrivedAt: times[8]))
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingWhitespace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
