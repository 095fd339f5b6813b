import PracticeLaw
import Testing

@Suite("Care proceedings timetable")
struct CareProceedingsTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test(
    "the s32 limit: 26 weeks beginning with the issue day (issue + 181 days)",
    arguments: [
      ("2025-01-06", "2025-07-06"),  // Monday → Sunday
      ("2024-11-22", "2025-05-22"),  // issued on a Friday
      ("2024-01-10", "2024-07-09"),  // across 29 February
      ("2014-04-22", "2014-10-20"),  // the first day of the limit
      ("2025-06-26", "2025-12-24"),  // ends on Christmas Eve; bank holidays do not move it
      ("2025-06-28", "2025-12-26"),  // ends on Boxing Day
    ])
  func limit(issued: String, expected: String) throws {
    let proceedings = try CareProceedings(issued: day(issued))
    #expect(proceedings.statutoryLimit?.description == expected)
    #expect(proceedings.finalDeadline?.description == expected)
  }

  @Test("issued before 22 April 2014: no limit, an information finding, no extensions allowed")
  func transitional() throws {
    let proceedings = try CareProceedings(issued: day("2014-04-21"))
    #expect(proceedings.statutoryLimit == nil && proceedings.finalDeadline == nil)
    let status = proceedings.status(on: try day("2015-01-01"))
    #expect(status.findings.map(\.code.rawValue).contains("law.s32.no-limit"))
    #expect(!status.findings.map(\.code.rawValue).contains("law.s32.overdue"))
    #expect(throws: ProceedingsError.noLimitToExtend) {
      try CareProceedings(
        issued: day("2014-04-21"),
        extensions: [TimetableExtension(granted: day("2014-09-01"), weeks: 8, reason: "x")])
    }
  }

  @Test(
    "extensions end 8 weeks at most after the later of the period's end and the grant",
    arguments: [
      ("2025-06-30", 8, "2025-08-31"),  // granted before the limit
      ("2025-07-06", 8, "2025-08-31"),  // granted on the limit's last day
      ("2025-07-07", 8, "2025-09-01"),  // granted the day after
      ("2025-07-20", 4, "2025-08-17"),  // granted well after the limit
      ("2025-02-01", 1, "2025-07-13"),  // granted early, one week
    ])
  func extensionEnd(granted: String, weeks: Int, end: String) throws {
    let proceedings = try CareProceedings(
      issued: day("2025-01-06"),
      extensions: [TimetableExtension(granted: day(granted), weeks: weeks, reason: "expert")])
    #expect(proceedings.finalDeadline?.description == end)
  }

  @Test("two extensions chain from the extended end; accumulating extensions are a finding")
  func chainedExtensions() throws {
    let proceedings = try CareProceedings(
      issued: day("2025-01-06"),
      extensions: [
        TimetableExtension(granted: day("2025-08-25"), weeks: 4, reason: nil),
        TimetableExtension(granted: day("2025-06-30"), weeks: 8, reason: "assessment"),
      ])
    // Sorted by the day granted: 2025-08-31, then 4 weeks after the later of that and 08-25.
    #expect(proceedings.extendedLimits.map(\.description) == ["2025-08-31", "2025-09-28"])
    let codes = proceedings.status(on: try day("2025-09-01")).findings.map(\.code.rawValue)
    #expect(codes.contains("law.s32.extensions-accumulating"))
    #expect(codes.contains("law.s32.extension-without-reason"))
    #expect(!codes.contains("law.s32.extension-after-expiry"))
    // Before the second extension is granted only one counts.
    let early = proceedings.status(on: try day("2025-07-01")).findings.map(\.code.rawValue)
    #expect(!early.contains("law.s32.extensions-accumulating"))
  }

  @Test("an extension granted after the period ended is reported")
  func lateExtension() throws {
    let proceedings = try CareProceedings(
      issued: day("2025-01-06"),
      extensions: [TimetableExtension(granted: day("2025-07-07"), weeks: 8, reason: "x")])
    let finding = proceedings.status(on: try day("2025-07-08")).findings.first {
      $0.code.rawValue == "law.s32.extension-after-expiry"
    }
    #expect(finding?.dueDay == (try day("2025-07-06")))
    #expect(finding?.actualDay == (try day("2025-07-07")))
  }

  @Test("invalid extensions and days are rejected with their position")
  func invalid() throws {
    #expect(throws: ProceedingsError.extensionLength(1)) {
      try CareProceedings(
        issued: day("2025-01-06"),
        extensions: [TimetableExtension(granted: day("2025-06-30"), weeks: 9)])
    }
    #expect(throws: ProceedingsError.extensionLength(1)) {
      try CareProceedings(
        issued: day("2025-01-06"),
        extensions: [TimetableExtension(granted: day("2025-06-30"), weeks: 0)])
    }
    #expect(throws: ProceedingsError.extensionBeforeIssue(1)) {
      try CareProceedings(
        issued: day("2025-01-06"),
        extensions: [TimetableExtension(granted: day("2025-01-05"), weeks: 2)])
    }
    #expect(throws: ProceedingsError.unknownStage) {
      try CareProceedings(
        issued: day("2025-01-06"), stageDays: [.init(rawValue: "nonsense"): day("2025-02-01")])
    }
    #expect(throws: ProceedingsError.beforeIssue("disposal")) {
      try CareProceedings(issued: day("2025-01-06"), disposed: day("2025-01-05"))
    }
  }

  @Test("status: week n, days remaining; the last day is not overdue, the day after is")
  func status() throws {
    let proceedings = try CareProceedings(
      issued: day("2025-01-06"),
      preProceedings: PreProceedings(
        letterBeforeProceedings: day("2024-11-01"), meeting: day("2024-11-08")))
    let first = proceedings.status(on: try day("2025-01-06"))
    #expect(first.week == 1 && first.daysRemaining == 181)
    #expect(first.nextStage?.stage.id == .allocation)  // issuing is the issue stage
    #expect(proceedings.status(on: try day("2025-01-12")).week == 1)
    #expect(proceedings.status(on: try day("2025-01-13")).week == 2)
    let last = proceedings.status(on: try day("2025-07-06"))
    #expect(last.week == 26 && last.daysRemaining == 0)
    #expect(!last.findings.map(\.code.rawValue).contains("law.s32.overdue"))
    let after = proceedings.status(on: try day("2025-07-07"))
    #expect(after.daysRemaining == -1)
    let overdue = after.findings.first { $0.code.rawValue == "law.s32.overdue" }
    #expect(overdue?.severity == .breach)
    #expect(overdue?.dueDay == (try day("2025-07-06")))
    #expect(proceedings.status(on: try day("2025-01-05")).week == nil)
  }

  @Test("disposal: on the last day is in time, the day after is a breach")
  func disposal() throws {
    let inTime = try CareProceedings(issued: day("2025-01-06"), disposed: day("2025-07-06"))
    let status = inTime.status(on: try day("2025-09-01"))
    #expect(status.isDisposed && status.nextStage == nil)
    #expect(!status.findings.contains { $0.code.rawValue.hasPrefix("law.s32.") })
    let late = try CareProceedings(issued: day("2025-01-06"), disposed: day("2025-07-07"))
    #expect(
      late.status(on: try day("2025-09-01")).findings.map(\.code.rawValue).contains(
        "law.s32.disposed-late"))
  }

  @Test("PLO stages in business days over Christmas, and in calendar days")
  func stages() throws {
    let proceedings = try CareProceedings(issued: day("2026-12-18"))
    let byID = Dictionary(uniqueKeysWithValues: proceedings.schedule().map { ($0.stage.id, $0) })
    #expect(byID[.issue]?.latest == (try day("2026-12-18")))
    #expect(byID[.allocation]?.latest == (try day("2026-12-21")))
    #expect(byID[.cmh]?.earliest == (try day("2027-01-07")))
    #expect(byID[.cmh]?.latest == (try day("2027-01-15")))
    // Two clear business days (Wed 13, Thu 14) before a CMH on Friday 15 January: Tuesday 12th.
    #expect(byID[.cmhAdvocatesMeeting]?.latest == (try day("2027-01-12")))
    #expect(byID[.irhAdvocatesMeeting]?.latest == nil || byID[.irh]?.day == nil)
    #expect(byID[.finalHearing]?.latest == proceedings.finalDeadline)
    #expect(byID[.cmh]?.stage.provenance.verification == .secondary)
    #expect(
      PublicLawOutline.pd12A2014.stages.first { $0.id == .fcmh }?.provenance.verification
        == .unverified)
    #expect(byID[.finalHearing]?.stage.provenance.verification == .verified)

    let listed = try CareProceedings(
      issued: day("2026-12-18"),
      stageDays: [.cmh: day("2027-01-11"), .irh: day("2027-05-20")])
    let listedByID = Dictionary(uniqueKeysWithValues: listed.schedule().map { ($0.stage.id, $0) })
    // CMH Monday 11 January: Thursday 7 and Friday 8 are clear, so Wednesday 6th (the 2nd
    // business day before would be the 7th). IRH Thursday 20 May: 11–19 May are the 7 clear days.
    #expect(listedByID[.cmhAdvocatesMeeting]?.latest == (try day("2027-01-06")))
    #expect(listedByID[.irhAdvocatesMeeting]?.latest == (try day("2027-05-10")))

    let calendarDays = try CareProceedings(
      issued: day("2026-12-18"), outline: PublicLawOutline.pd12A2014.counting(.calendarDays))
    let cmh = calendarDays.schedule().first { $0.stage.id == .cmh }
    #expect(cmh?.earliest == (try day("2026-12-29")))
    #expect(cmh?.latest == (try day("2027-01-04")))
  }

  @Test("the issue stage is held on the issue day, as the tool has always shown it")
  func issueStageHeld() throws {
    let proceedings = try CareProceedings(issued: day("2026-12-18"))
    #expect(proceedings.stageDays[.issue] == (try day("2026-12-18")))
    let status = proceedings.status(on: try day("2026-12-21"))
    #expect(status.nextStage?.stage.id == .allocation)
    #expect(!status.findings.contains { $0.message.hasPrefix("Issue (Day 1)") })
    // A day given for the stage is kept.
    let given = try CareProceedings(
      issued: day("2026-12-18"), stageDays: [.issue: day("2026-12-21")])
    #expect(given.stageDays[.issue] == (try day("2026-12-21")))
  }

  @Test("stage findings: overdue when not held, late when held after the latest day")
  func stageFindings() throws {
    let proceedings = try CareProceedings(
      issued: day("2026-12-18"), stageDays: [.issue: day("2026-12-18")])
    let codes = proceedings.status(on: try day("2027-01-18")).findings.map(\.code.rawValue)
    #expect(codes.contains("law.plo.stage-overdue"))
    let late = try CareProceedings(
      issued: day("2026-12-18"),
      stageDays: [
        .issue: day("2026-12-18"), .allocation: day("2026-12-21"), .cmh: day("2027-01-18"),
      ])
    let lateCodes = late.status(on: try day("2027-01-19")).findings
    #expect(
      lateCodes.contains {
        $0.code.rawValue == "law.plo.stage-late" && $0.actualDay == (try? day("2027-01-18"))
      })
  }

  @Test("pre-proceedings findings: no letter, meeting before letter, over 16 weeks")
  func preProceedings() throws {
    let issued = try day("2025-06-02")
    #expect(
      PreProceedings().findings(issued: issued).map(\.code.rawValue) == [
        "law.preproceedings.no-letter"
      ])
    let long = PreProceedings(
      letterBeforeProceedings: try day("2025-01-06"), meeting: try day("2025-01-03"))
    let codes = long.findings(issued: issued).map(\.code.rawValue)
    #expect(
      codes == ["law.preproceedings.meeting-before-letter", "law.preproceedings.over-16-weeks"])
    // 16 weeks beginning with the letter: the last day is letter + 111 days.
    #expect(long.expectedEnd == (try day("2025-04-27")))
    let onTime = PreProceedings(
      letterBeforeProceedings: try day("2025-01-06"), meeting: try day("2025-01-13"))
    #expect(onTime.findings(issued: try day("2025-04-27")).isEmpty)
    #expect(
      onTime.findings(issued: try day("2025-04-28")).map(\.code.rawValue) == [
        "law.preproceedings.over-16-weeks"
      ])
    #expect(PreProceedings.expectedDuration.verification == .secondary)
  }

  @Test("finding messages never contain the extension's reason")
  func privacy() throws {
    let proceedings = try CareProceedings(
      issued: day("2025-01-06"),
      extensions: [
        TimetableExtension(granted: day("2025-06-30"), weeks: 8, reason: "MARKER-Smith"),
        TimetableExtension(granted: day("2025-08-30"), weeks: 8, reason: "MARKER-Jones"),
      ])
    let messages = proceedings.status(on: try day("2025-12-01")).findings.map(\.message)
    #expect(!messages.isEmpty && messages.allSatisfy { !$0.contains("MARKER") })
  }
}

@Suite("Readable descriptions")
struct ProceedingsDescriptionTests {
  @Test("a status reads as one line, with the days left or past the deadline")
  func status() throws {
    let proceedings = try CareProceedings(issued: try CalendarDay(iso8601: "2025-01-06"))
    let last = proceedings.status(on: try CalendarDay(iso8601: "2025-07-06"))
    #expect(
      last.description.hasPrefix("2025-07-06: week 26; final deadline 2025-07-06 (the last day)"))
    let after = proceedings.status(on: try CalendarDay(iso8601: "2025-07-08"))
    #expect(after.description.contains("final deadline 2025-07-06 (2 days ago)"))
    #expect(after.description.hasSuffix("finding") || after.description.hasSuffix("findings"))
    let first = proceedings.status(on: try CalendarDay(iso8601: "2025-01-06"))
    #expect(first.description.contains("(181 days left); next: Allocation and standard directions"))
  }

  @Test("a due item reads with its 1-based number and its status in words")
  func dueItem() throws {
    let item = DueItem(
      timescale: "law.cpr2010.reg33.reviews", subject: "c1", index: 1,
      triggerDay: try CalendarDay(iso8601: "2025-01-06"),
      countedFrom: try CalendarDay(iso8601: "2025-01-27"),
      dueDay: try CalendarDay(iso8601: "2025-04-27"),
      actualDay: try CalendarDay(iso8601: "2025-04-29"), status: .late)
    #expect(item.number == 2)
    #expect(
      item.description == "c1, law.cpr2010.reg33.reviews item 2: due 2025-04-27, late (2025-04-29)")
    #expect(DueItem.Status.notYetDue.description == "not yet due")
  }
}
