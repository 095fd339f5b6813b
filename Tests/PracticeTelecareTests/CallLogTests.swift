import PracticeTelecare
import Testing

@Suite("Alarm-call logs and call-handling measures")
struct CallLogTests {
  static let target = ResponseTarget.providerDefined(minutes: 45)

  @Test("a hand-computed log: 60 s and 180 s answered exactly count as within")
  func measures() {
    let log = AlarmCallLog.read(csv: Samples.callLog)
    #expect(log.problems.isEmpty)
    #expect(log.calls.count == 10)
    let measures = CallHandlingMeasures(calls: log.calls, target: Self.target)
    #expect(measures.calls == 10)
    #expect(measures.answered == 9)
    // Within 60 s: C1 30, C2 60, C7 45 (across midnight), C8 10, C9 20.
    #expect(measures.answeredWithinFirst == 5)
    // Within 180 s: those and C3 61, C4 180, C10 90; not C5 181 or the unanswered C6.
    #expect(measures.answeredWithinSecond == 8)
    #expect(measures.shareWithinFirst == 0.5)
    #expect(measures.shareWithinSecond == 0.8)
    // 10 20 30 45 60 61 90 180 181: the fifth.
    #expect(measures.medianAnswerSeconds == 60)
    #expect(measures.falseAlarms == 1)
    #expect(measures.faults == 1)
    #expect(measures.responses.dispatched == 2)
    #expect(measures.responses.arrived == 2)
    // C9 arrives at exactly 45:00 (within), C10 at 45:01 (not).
    #expect(measures.responses.arrivedWithinTarget == 1)
    #expect(measures.meetsFirst == false)
    #expect(measures.meetsSecond == false)
    #expect(
      measures.findings.map(\.code.rawValue) == [
        "telecare.calls.below-60s-standard", "telecare.calls.below-180s-standard",
      ])
  }

  static func call(_ id: String, answeredAfter seconds: Int?) throws -> AlarmCall {
    let raised = try LocalDateTime(iso8601: "2025-03-01T10:00:00")
    return AlarmCall(
      callID: id, installation: "I", device: "pendant", raisedAt: raised,
      answeredAt: try seconds.map { s throws in
        try LocalDateTime(day: raised.day, secondOfDay: raised.secondOfDay + s)
      })
  }

  @Test(
    "the 97.5% and 99% thresholds, compared exactly", arguments: [(39, 40, true), (38, 40, false)])
  func thresholds(within: Int, total: Int, meets: Bool) throws {
    var calls: [AlarmCall] = []
    for index in 0..<total {
      calls.append(try Self.call("C\(index)", answeredAfter: index < within ? 60 : 61))
    }
    let measures = CallHandlingMeasures(calls: calls, target: Self.target)
    #expect(measures.meetsFirst == meets)
    #expect(measures.shareWithinFirst == Double(within) / Double(total))
    let hundred = try (0..<100).map { try Self.call("D\($0)", answeredAfter: $0 == 0 ? nil : 180) }
    #expect(CallHandlingMeasures(calls: hundred, target: Self.target).meetsSecond == true)
    let short = try (0..<100).map { try Self.call("E\($0)", answeredAfter: $0 < 2 ? nil : 180) }
    #expect(CallHandlingMeasures(calls: short, target: Self.target).meetsSecond == false)
  }

  @Test("a response target too large to count in seconds is met by every arrival")
  func hugeTarget() {
    let calls = AlarmCallLog.read(csv: Samples.callLog).calls
    let target = ResponseTarget.providerDefined(minutes: Int.max)
    #expect(CallHandlingMeasures(calls: calls, target: target).responses.arrivedWithinTarget == 2)
  }

  @Test("an empty log: no shares to meet, no median")
  func empty() {
    let measures = CallHandlingMeasures(calls: [], target: Self.target)
    #expect(measures.shareWithinFirst == 0)
    #expect(measures.meetsFirst == nil)
    #expect(measures.medianAnswerSeconds == nil)
    #expect(measures.findings.isEmpty)
  }

  @Test("an even number of answered calls: the median is the mean of the middle two")
  func evenMedian() throws {
    let calls = try [10, 20, 31, 40].enumerated().map {
      try Self.call("C\($0.offset)", answeredAfter: $0.element)
    }
    #expect(CallHandlingMeasures(calls: calls, target: Self.target).medianAnswerSeconds == 25.5)
  }

  @Test("bad rows are reported by line and column and skipped; reading goes on")
  func badRows() {
    let log = AlarmCallLog.read(csv: Samples.badCallLog)
    #expect(log.calls.map(\.callID) == ["G1", "G2"])
    let problems = log.problems.map { ($0.line, $0.column, $0.rule) }
    #expect(problems.count == 7)
    #expect(problems[0] == (3, 4, .invalidDateTime))
    #expect(problems[1] == (4, 1, .fieldCount(expected: 9, found: 4)))
    #expect(problems[2] == (5, 5, .beforeEarlierEvent("raised_at")))
    #expect(problems[3] == (6, 1, .emptyRequired))
    #expect(problems[4] == (7, 1, .duplicateCallID))
    #expect(problems[5] == (8, 9, .arrivalWithoutDispatch))
    #expect(problems[6] == (9, 4, .invalidDateTime))
    // Messages name the place and rule, never a value.
    for problem in log.problems {
      #expect(!problem.description.contains("2025"))
      #expect(!problem.description.contains("I-1"))
    }
    #expect(log.problems[0].description.hasPrefix("line 3, column 4 (raised_at)"))
  }

  @Test("a header without a required column, an unterminated quote, an empty file")
  func brokenFiles() {
    let missing = AlarmCallLog.read(csv: "call_id,installation\nC1,I\n")
    #expect(missing.calls.isEmpty)
    #expect(missing.problems.map(\.rule) == [.missingColumn("device")])
    let header = AlarmCallLog.columns.joined(separator: ",")
    let quote = AlarmCallLog.read(
      csv: header + "\nC1,I,pendant,2025-03-01T10:00:00,,,,,\n\"C2,I,pendant\n")
    #expect(quote.calls.count == 1)
    #expect(quote.problems.map(\.line) == [3])
    #expect(AlarmCallLog.read(csv: "").problems.count == 1)
    let reordered = AlarmCallLog.read(
      csv:
        "device,call_id,installation,raised_at,answered_at,closed_at,outcome,dispatched_at,arrived_at\n"
        + "pendant,C1,I,2025-03-01T10:00:00,,,,,\n")
    #expect(reordered.calls.first?.device == "pendant")
    #expect(AlarmCallLog.read(contentsOfFile: "/nonexistent/calls.csv").problems.count == 1)
  }
}

@Suite("Local date-times")
struct LocalDateTimeTests {
  @Test("parsing and wall-clock differences across midnight, month and year ends, leap days")
  func differences() throws {
    func seconds(_ a: String, _ b: String) throws -> Int {
      try LocalDateTime(iso8601: a).seconds(to: LocalDateTime(iso8601: b))
    }
    #expect(try seconds("2025-03-03T23:59:40", "2025-03-04T00:00:25") == 45)
    #expect(try seconds("2024-02-28T23:59:59", "2024-02-29T00:00:00") == 1)
    #expect(try seconds("2024-02-29T23:59:59", "2024-03-01T00:00:00") == 1)
    #expect(try seconds("2025-12-31T23:59:00", "2026-01-01T00:01:00") == 120)
    // Across the March clock change (01:00 GMT -> 02:00 BST) the wall clock gains an hour that
    // did not pass: the convention counts wall-clock time and does not correct it.
    #expect(try seconds("2025-03-30T00:59:00", "2025-03-30T02:01:00") == 3720)
    #expect(try LocalDateTime(iso8601: "2025-03-01 14:05:09").description == "2025-03-01T14:05:09")
  }

  @Test(
    "malformed date-times are rejected with a rule",
    arguments: [
      ("2025-02-29T10:00:00", LocalDateTime.ParseError.noSuchDay),
      ("2025-03-01T24:00:00", .noSuchTime), ("2025-03-01T10:60:00", .noSuchTime),
      ("2025-03-01T10:00", .wrongShape), ("2025-03-01", .wrongShape),
      ("2025-03-01T1a:00:00", .wrongShape), ("2025/03/01T10:00:00", .wrongShape),
    ])
  func malformed(text: String, error: LocalDateTime.ParseError) {
    #expect(throws: error) { try LocalDateTime(iso8601: text) }
  }
}
