import PracticeTelecare
import Testing

@Suite("Connectivity")
struct ConnectivityTests {
  static func codes(_ record: ConnectivityRecord, on day: CalendarDay) -> [String] {
    ConnectivityCheck().findings(for: record, on: day).map(\.code.rawValue)
  }

  static let analogue = ConnectivityRecord(
    line: .analogue, batteryBackupHours: nil, lastSuccessfulTestCall: CalendarDay(2025, 12, 20))

  @Test(
    "analogue lines around the original target and the revised switch-off",
    arguments: [
      (CalendarDay(2025, 12, 30), "telecare.connectivity.analogue"),
      (CalendarDay(2025, 12, 31), "telecare.connectivity.analogue"),
      (CalendarDay(2026, 1, 1), "telecare.connectivity.analogue-past-original-target"),
      (CalendarDay(2027, 1, 30), "telecare.connectivity.analogue-past-original-target"),
      (CalendarDay(2027, 1, 31), "telecare.connectivity.analogue-past-original-target"),
      (CalendarDay(2027, 2, 1), "telecare.connectivity.analogue-after-switchoff"),
    ])
  func analogue(day: CalendarDay, code: String) {
    var record = Self.analogue
    record.lastSuccessfulTestCall = day
    #expect(Self.codes(record, on: day) == [code])
  }

  @Test(
    "converters are an interim measure from the National Action Plan (11 February 2025)",
    arguments: [
      (CalendarDay(2025, 2, 10), false), (CalendarDay(2025, 2, 11), true),
      (CalendarDay(2025, 2, 12), true),
    ])
  func converter(day: CalendarDay, flagged: Bool) {
    let record = ConnectivityRecord(
      line: .converter, batteryBackupHours: 2, lastSuccessfulTestCall: day)
    #expect(
      Self.codes(record, on: day).contains("telecare.connectivity.converter-interim") == flagged)
  }

  @Test(
    "battery backup: under one hour or not recorded is a concern; exactly one hour is not",
    arguments: [(0.99, "telecare.connectivity.backup-under-one-hour"), (1.0, nil), (8.0, nil)]
      as [(Double, String?)])
  func backup(hours: Double, code: String?) {
    let day = CalendarDay(2025, 6, 2)
    let record = ConnectivityRecord(
      line: .digital, batteryBackupHours: hours, lastSuccessfulTestCall: day)
    #expect(Self.codes(record, on: day) == (code.map { [$0] } ?? []))
    let unrecorded = ConnectivityRecord(
      line: .digital, batteryBackupHours: nil, lastSuccessfulTestCall: day)
    #expect(Self.codes(unrecorded, on: day) == ["telecare.connectivity.backup-not-recorded"])
  }

  @Test(
    "test calls: due within a calendar month of the last (31 January runs to 28 February)",
    arguments: [
      (CalendarDay(2025, 1, 31), CalendarDay(2025, 2, 28), false),
      (CalendarDay(2025, 1, 31), CalendarDay(2025, 3, 1), true),
      (CalendarDay(2024, 1, 31), CalendarDay(2024, 2, 29), false),
      (CalendarDay(2024, 1, 31), CalendarDay(2024, 3, 1), true),
      (CalendarDay(2025, 5, 2), CalendarDay(2025, 6, 2), false),
      (CalendarDay(2025, 5, 2), CalendarDay(2025, 6, 3), true),
    ])
  func testCalls(last: CalendarDay, day: CalendarDay, overdue: Bool) {
    let record = ConnectivityRecord(
      line: .digital, batteryBackupHours: 4, lastSuccessfulTestCall: last)
    #expect(
      Self.codes(record, on: day).contains("telecare.connectivity.test-call-overdue") == overdue)
  }

  @Test("a configurable interval, and no test call at all")
  func interval() throws {
    let check = ConnectivityCheck(testCallInterval: try Period(7, .days))
    let record = ConnectivityRecord(
      line: .digital, batteryBackupHours: 4, lastSuccessfulTestCall: CalendarDay(2025, 6, 1))
    #expect(check.findings(for: record, on: CalendarDay(2025, 6, 8)).isEmpty)
    #expect(
      check.findings(for: record, on: CalendarDay(2025, 6, 9)).map(\.code.rawValue) == [
        "telecare.connectivity.test-call-overdue"
      ])
    let never = ConnectivityRecord(
      line: .digital, batteryBackupHours: 4, lastSuccessfulTestCall: nil)
    #expect(
      check.findings(for: never, on: CalendarDay(2025, 6, 9)).map(\.code.rawValue) == [
        "telecare.connectivity.no-test-call"
      ])
  }
}
