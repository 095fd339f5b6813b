import PracticeCore
import PracticeTestSupport
import Testing

@Suite("Periods")
struct PeriodTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test(
    "last day of a period",
    arguments: [
      // s32(1)(a)(ii) CA 1989: 26 weeks beginning with the issue day → issue + 181 days.
      (26, Period.Unit.weeks, Period.Counting.beginningWith, "2024-01-10", "2024-07-09"),
      (26, .weeks, .beginningWith, "2014-04-22", "2014-10-20"),
      (26, .weeks, .after, "2024-01-10", "2024-07-10"),
      (7, .days, .after, "2024-02-26", "2024-03-04"),
      (1, .days, .beginningWith, "2024-02-29", "2024-02-29"),
      (8, .weeks, .after, "2024-12-31", "2025-02-25"),
      // Months: corresponding date after; the day before it when beginning with.
      (1, .months, .after, "2024-01-31", "2024-02-29"),
      (1, .months, .after, "2023-01-31", "2023-02-28"),
      (1, .months, .beginningWith, "2024-03-15", "2024-04-14"),
      (1, .months, .beginningWith, "2024-03-01", "2024-03-31"),
      (1, .months, .beginningWith, "2024-01-31", "2024-02-29"),
      (1, .months, .beginningWith, "2024-01-30", "2024-02-29"),
      (1, .months, .beginningWith, "2024-01-29", "2024-02-28"),
      (3, .months, .after, "2024-11-30", "2025-02-28"),
      (6, .months, .after, "2024-08-31", "2025-02-28"),
      (12, .months, .after, "2024-02-29", "2025-02-28"),
      // Working days (England and Wales): 20 working days after 1 December 2026.
      (20, .workingDays, .after, "2026-12-01", "2026-12-31"),
      (1, .workingDays, .beginningWith, "2026-12-24", "2026-12-24"),
      (1, .workingDays, .beginningWith, "2026-12-25", "2026-12-29"),
      (2, .workingDays, .after, "2026-12-24", "2026-12-30"),
    ])
  func lastDay(
    amount: Int, unit: Period.Unit, counting: Period.Counting, start: String, expected: String
  )
    throws
  {
    let period = try Period(amount, unit, counting: counting)
    let end = try period.lastDay(from: day(start), calendar: .englandAndWales)
    #expect(end.description == expected)
  }

  @Test("errors")
  func errors() throws {
    #expect(throws: Period.PeriodError.negativeAmount) { try Period(-1, .days) }
    #expect(throws: Period.PeriodError.needsWorkingCalendar) {
      try Period(3, .workingDays).lastDay(from: day("2024-01-01"))
    }
    #expect(throws: Period.PeriodError.needsTimeOfDay) {
      try Period(72, .hours).lastDay(from: day("2024-01-01"))
    }
    #expect(throws: Period.PeriodError.outOfRange) {
      try Period(Int.max, .weeks).lastDay(from: day("2024-01-01"))
    }
    #expect(throws: Period.PeriodError.outOfRange) {
      try Period(100_000, .months).lastDay(from: day("2024-01-01"))
    }
    #expect(throws: Period.PeriodError.outOfRange) {
      try Period(30, .workingDays).lastDay(from: day("2199-12-01"), calendar: .englandAndWales)
    }
  }

  @Test("hours run from a time of day")
  func hours() throws {
    // 72 hours (police protection, CA 1989 s46(6)) from 14:30 on Friday 20 November 2026.
    let end = try Period(72, .hours).end(fromDay: day("2026-11-20"), minuteOfDay: 14 * 60 + 30)
    #expect(end.day.description == "2026-11-23")
    #expect(end.minuteOfDay == 14 * 60 + 30)
    let late = try Period(8, .hours).end(fromDay: day("2024-02-28"), minuteOfDay: 23 * 60)
    #expect(late.day.description == "2024-02-29" && late.minuteOfDay == 7 * 60)
    #expect(throws: Period.PeriodError.outOfRange) {
      try Period(1, .hours).end(fromDay: day("2024-01-01"), minuteOfDay: 1440)
    }
    #expect(throws: Period.PeriodError.noFixedLength) {
      try Period(1, .months).end(fromDay: day("2024-01-01"), minuteOfDay: 0)
    }
  }

  @Test("description and Codable")
  func describe() throws {
    let period = try Period(26, .weeks, counting: .beginningWith)
    #expect(period.description == "26 weeks beginning with the day of the event")
    #expect(try Period(1, .workingDays).description == "1 working day after it")
    let json = try checkCodableRoundTrip(period)
    #expect(json == #"{"amount":26,"counting":"beginningWith","unit":"weeks"}"#)
  }
}

@Suite("Provenance and versions")
struct ProvenanceTests {
  func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

  @Test("effective periods")
  func effective() throws {
    let old = try EffectivePeriod(through: day("2014-04-21"))
    let new = EffectivePeriod.starting(try day("2014-04-22"))
    #expect(old.contains(try day("2014-04-21")))
    #expect(!old.contains(try day("2014-04-22")))
    #expect(new.contains(try day("2014-04-22")))
    #expect(!old.overlaps(new))
    #expect(EffectivePeriod.always.overlaps(new))
    #expect(throws: EffectivePeriod.ValidationError.endsBeforeItStarts) {
      try EffectivePeriod(from: day("2014-04-22"), through: day("2014-04-21"))
    }
    #expect(new.description == "from 2014-04-22")
    try checkCodableRoundTrip(old)
  }

  @Test("what applied on a day")
  func versioned() throws {
    let limit = try Versioned([
      (.starting(try day("2014-04-22")), "26 weeks"),
      (try EffectivePeriod(through: day("2014-04-21")), "no statutory limit"),
    ])
    #expect(limit.versions.first?.value == "no statutory limit")
    #expect(limit.value(on: try day("2014-04-21")) == "no statutory limit")
    #expect(limit.value(on: try day("2014-04-22")) == "26 weeks")
    let gap = try Versioned([
      (try EffectivePeriod(from: day("2020-01-01"), through: day("2020-12-31")), 1)
    ])
    #expect(gap.value(on: try day("2021-01-01")) == nil)
    #expect(throws: Versioned<Int>.ValidationError.overlapping(0, 1)) {
      try Versioned([(.starting(try day("2014-01-01")), 1), (.starting(try day("2015-01-01")), 2)])
    }
  }

  @Test("verification orders weakest first")
  func verification() throws {
    checkComparable(ascending: [Verification.unverified, .secondary, .verified])
    #expect([Verification.verified, .unverified, .secondary].min() == .unverified)
    #expect(Verification.secondary.tag == "S")
    let source = Source(
      .statute, title: "Children Act 1989", locator: "s32(1)(a)(ii)",
      url: "https://www.legislation.gov.uk/ukpga/1989/41/section/32")
    #expect(
      source.description
        == "Children Act 1989, s32(1)(a)(ii) <https://www.legislation.gov.uk/ukpga/1989/41/section/32>"
    )
    let sourced = Sourced(26, Provenance(.verified, [source]))
    try checkCodableRoundTrip(sourced)
    #expect(sourced.sources == [source])
  }

  @Test("the counting rules are facts with sources, registered by the core domain")
  func countingRules() {
    let ids = Set(Period.countingRules.map(\.id))
    #expect(ids.count == Period.countingRules.count)
    #expect(Period.countingRules.allSatisfy { !$0.provenance.sources.isEmpty })
    #expect(
      Period.countingRules.first { $0.id == "core.period.months-corresponding-date" }?.provenance
        .verification == .verified)
    #expect(ids.isSubset(of: CoreDomain().facts.map(\.id)))
  }
}
