import PracticeKit
import Testing

@testable import practice

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("practice telecare")
struct TelecareCommandTests {
  static let today = CalendarDay(2025, 6, 2)

  /// A person who lacks capacity: exit sensor and GPS, best interests without a less restrictive
  /// option, means-tested charge quoted, analogue line, no review plan.
  static let proposal = """
    {
      "schemaVersion": 1,
      "preparedOn": "2025-05-01",
      "person": {"pseudonym": "P-0042", "aims": ["to keep walking to the shop"]},
      "needs": ["gets lost outdoors"],
      "notAddressed": ["loneliness"],
      "wellbeing": ["control", "participation"],
      "devices": [{"type": "pendant", "alertsCarer": false},
                  {"type": "gpsLocator", "alertsCarer": true}],
      "responders": [{"role": "keyHolder", "agreed": true}],
      "carers": [{"relationship": "son", "consulted": true, "effectConsidered": true}],
      "handsOnCare": {"currentHoursPerWeek": 7, "replacedHoursPerWeek": 0,
                      "agreementRecorded": false},
      "privacy": {"discussed": true, "dataSharedWith": ["monitoring centre", "son"]},
      "capacity": [{"decision": "to wear a GPS locator", "devices": ["pendant", "gpsLocator"],
                    "assessedOn": "2025-04-28", "outcome": "lacksCapacity",
                    "practicableStepsTaken": true, "unableTo": ["retain"],
                    "impairmentOrDisturbance": true}],
      "bestInterests": {"decidedOn": "2025-04-30", "decision": "GPS locator",
                        "considered": ["notOnAppearanceOrCondition", "regainingCapacity",
                                       "participation", "wishesAndFeelings", "beliefsAndValues",
                                       "otherFactors", "viewsOfOthers"],
                        "consulted": ["carer"]},
      "liberty": {"consideredOn": "2025-04-30", "amountsToDeprivation": false,
                  "courtOfProtectionApplication": false},
      "costs": {"policy": {"kind": "meansTested", "fullWeeklyPence": 500,
                           "minimumIncomeGuaranteeWeeklyPence": 22865},
                "weeklyIncomePence": 23165, "equipmentToMeetOrPreventNeeds": true,
                "quotedToPersonOn": "2025-04-29"},
      "connectivity": {"line": "analogue", "lastSuccessfulTestCall": "2025-05-20"},
      "changes": []
    }
    """

  static func file(_ name: String, _ contents: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "practice-telecare-\(UInt64.random(in: 0...UInt64.max))-\(name)")
    try Data(contents.utf8).write(to: url)
    return url.path
  }

  @Test("review: open questions, findings and the cost, never 'approved'")
  func review() throws {
    let path = try Self.file("proposal.json", Self.proposal)
    let text = Practice.run(["telecare", "review", path], today: Self.today)
    #expect(text.exitCode == 0)
    #expect(text.standardError.isEmpty)
    let output = text.standardOutput
    #expect(output.contains("Telecare ethical review: P-0042, 2025-06-02"))
    #expect(output.contains("Monitoring £3.00 a week, £156.00 a year; equipment free"))
    #expect(output.contains("No less restrictive option is recorded (MCA 2005 s1(6))"))
    #expect(output.contains("  An analogue alarm: plan its replacement before the switchover"))
    // Codes are for JSON; people read the message.
    #expect(!output.contains("telecare.best-interests"))
    #expect(output.contains("\nQuestion 12: When is the review"))
    #expect(output.contains("\nOpen: to be discussed (source V). No review plan."))
    #expect(output.contains("Open questions\n--------------\nQuestions 12."))
    #expect(output.contains("does not approve or reject"))
    #expect(!output.contains("approved"))
    let json = Practice.run(
      ["telecare", "review", path, "--json", "--on", "2026-01-01"], today: Self.today)
    #expect(json.exitCode == 0)
    #expect(json.standardOutput.contains("\"monitoringWeeklyPence\" : 300"))
    #expect(json.standardOutput.contains("\"monitoringAnnualPence\" : 15600"))
    #expect(json.standardOutput.contains("\"openQuestions\" : [\n    12\n  ]"))
    #expect(json.standardOutput.contains("telecare.connectivity.analogue-past-original-target"))
    #expect(json.standardOutput.contains("Mental Capacity Act 2005, s4"))
    #expect(output.contains("\nQuestion 4: Does any device restrict movement"))
  }

  @Test("review: a malformed proposal is a data error naming the path, not the value")
  func malformedProposal() throws {
    let path = try Self.file(
      "bad.json",
      Self.proposal.replacing(
        "\"gpsLocator\", \"alertsCarer\"", with: "\"jetpack\", \"alertsCarer\""))
    let outcome = Practice.run(["telecare", "review", path], today: Self.today)
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardOutput.isEmpty)
    #expect(outcome.standardError.contains("devices[1].type: value not allowed here"))
    #expect(!outcome.standardError.contains("jetpack"))
    let missing = Practice.run(["telecare", "review", "/nonexistent/p.json"], today: Self.today)
    #expect(missing.exitCode == 1)
  }

  static let log = """
    call_id,installation,device,raised_at,answered_at,closed_at,outcome,dispatched_at,arrived_at
    C1,I-1,pendant,2025-03-01T10:00:00,2025-03-01T10:01:00,,advice,,
    C2,I-1,pendant,2025-03-01T11:00:00,2025-03-01T11:03:00,,advice,,
    C3,I-1,pendant,2025-03-01T12:00:00,2025-03-01T12:03:01,,advice,2025-03-01T12:04:00,2025-03-01T12:45:00
    C4,I-2,pendant,2025-03-01T13:00:00,,,,,
    B1,I-2,pendant,2025-03-01T14:00:00,not a time,,,,

    """

  @Test("calls: shares of all calls, 60 and 180 seconds exactly within, JSON keys")
  func calls() throws {
    let path = try Self.file("calls.csv", Self.log)
    let json = Practice.run(["telecare", "calls", path, "--json"], today: Self.today)
    #expect(json.exitCode == 0)
    let output = json.standardOutput
    #expect(output.contains("\"calls\" : 4"))
    #expect(output.contains("\"answeredWithin60s\" : 0.25"))
    #expect(output.contains("\"answeredWithin180s\" : 0.5"))
    #expect(output.contains("\"medianAnswerSeconds\" : 180"))
    #expect(output.contains("\"dispatched\" : 1"))
    #expect(output.contains("\"arrivedWithinTarget\" : 1"))
    #expect(output.contains("\"targetMinutes\" : 45"))
    #expect(output.contains("\"line\" : 6"))
    #expect(!output.contains("not a time"))
    let text = Practice.run(
      ["telecare", "calls", path, "--target-minutes", "30"], today: Self.today)
    #expect(
      text.standardOutput.contains(
        "  Answered within 60 s (share of all calls)   25.0%  TSA QSF 97.5%: not met\n"))
    #expect(text.standardOutput.contains("  Arrived within 30 minutes of the alarm      0      "))
    #expect(text.standardOutput.contains("  Median answer time                          180 s\n"))
    #expect(text.standardOutput.contains("  6     5       line 6, column 5 (answered_at)"))
  }

  @Test("feedback: one installation's summary for the social worker")
  func feedback() throws {
    let path = try Self.file("feedback.csv", Self.log)
    let words = [
      "telecare", "feedback", path, "--installation", "I-1", "--from", "2025-03-01", "--through",
      "2025-03-07",
    ]
    let text = Practice.run(words + ["--no-activity-days", "6"], today: Self.today)
    #expect(text.exitCode == 0)
    #expect(text.standardOutput.contains("  Alarms a week                      3.0\n"))
    #expect(text.standardOutput.contains("  pendant  3\n"))
    #expect(text.standardOutput.contains("  Answered after 60 s                2\n"))
    #expect(text.standardOutput.contains("  Longest run of days with no alarm  6\n"))
    #expect(text.standardOutput.contains("in a row with no alarm: check the system works"))
    #expect(!text.standardOutput.contains("telecare.feedback.no-activity"))
    let json = Practice.run(words + ["--json"], today: Self.today).standardOutput
    #expect(json.contains("\"alarmsPerWeek\" : 3"))
    #expect(json.contains("\"longestDaysWithoutActivity\" : 6"))
    #expect(!json.contains("telecare.feedback.no-activity"))
    #expect(Practice.run(Array(words.dropLast(2)), today: Self.today).exitCode == 2)
    let reversed = ["telecare", "feedback", path, "--installation", "I-1", "--from", "2025-03-07"]
    #expect(Practice.run(reversed + ["--through", "2025-03-01"], today: Self.today).exitCode == 1)
  }

  @Test("usage and data errors")
  func errors() throws {
    #expect(Practice.run(["telecare"], today: Self.today).exitCode == 2)
    #expect(Practice.run(["telecare", "audit", "x"], today: Self.today).exitCode == 2)
    #expect(
      Practice.run(["telecare", "calls", "x.csv", "--target-minutes", "0"], today: Self.today)
        .exitCode == 2)
    #expect(
      Practice.run(["telecare", "--help"], today: Self.today).standardOutput.contains(
        "Usage: practice telecare"))
    let path = try Self.file("header.csv", "call_id,installation\nC1,I\n")
    let outcome = Practice.run(["telecare", "calls", path], today: Self.today)
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardError.contains("the header has no column device"))
    #expect(Practice.run(["--help"], today: Self.today).standardOutput.contains("telecare"))
  }
}
