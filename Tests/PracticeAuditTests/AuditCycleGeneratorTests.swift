import PracticeAudit
import Testing

@Suite("Synthetic audit cycles")
struct AuditCycleGeneratorTests {
  static let day = CalendarDay(2026, 4, 1)

  @Test("four quarters before the day, the loop from the third, the size asked for")
  func shape() {
    let cycle = AuditCycleGenerator(seed: 7, auditsPerPeriod: 12).cycle(endingBefore: Self.day)
    #expect(cycle.periods.map(\.loopInPlace) == [false, false, true, true])
    #expect(cycle.periods.allSatisfy { $0.audits.count == 12 })
    #expect(cycle.periods.last.map { $0.end < Self.day } == true)
    #expect(cycle.periods.first.map { $0.start == Self.day.advanced(by: -364) } == true)
  }

  @Test("the same seed gives the same audits; another seed, others")
  func seeded() {
    let first = AuditCycleGenerator(seed: 1).cycle(endingBefore: Self.day)
    #expect(first == AuditCycleGenerator(seed: 1).cycle(endingBefore: Self.day))
    #expect(first != AuditCycleGenerator(seed: 2).cycle(endingBefore: Self.day))
  }
}
