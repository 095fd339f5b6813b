import PracticeTelecare
import Testing

@Suite("Charging and eligibility")
struct ChargingTests {
  static let meansTested = ChargingPolicy.meansTested(
    fullWeeklyPence: 500, minimumIncomeGuaranteeWeeklyPence: 20_000)

  @Test(
    "means-tested: nothing up to the guarantee, the excess above it, the full charge beyond",
    arguments: [
      (19_999, 0), (20_000, 0), (20_001, 1), (20_499, 499), (20_500, 500), (20_501, 500),
      (0, 0),
    ])
  func meansTestedBoundaries(income: Int, expected: Int) throws {
    let charge = try Self.meansTested.weeklyCharge(band: nil, weeklyIncomePence: income)
    #expect(charge.pence == expected)
    #expect(!charge.isMaximum)
  }

  @Test("means-tested without an income: the full charge, marked as a maximum")
  func meansTestedWithoutIncome() throws {
    let charge = try Self.meansTested.weeklyCharge(band: nil, weeklyIncomePence: nil)
    #expect(charge.pence == 500)
    #expect(charge.isMaximum)
  }

  @Test("flat and banded policies")
  func flatAndBanded() throws {
    #expect(
      try ChargingPolicy.flat(weeklyPence: 450).weeklyCharge(band: nil, weeklyIncomePence: 1).pence
        == 450)
    let banded = ChargingPolicy.banded([
      .init(name: "monitoring", weeklyPence: 300),
      .init(name: "monitoring and response", weeklyPence: 650),
    ])
    #expect(
      try banded.weeklyCharge(band: "monitoring and response", weeklyIncomePence: nil).pence == 650)
    #expect(throws: ChargingPolicy.ChargingError.unknownBand) {
      try banded.weeklyCharge(band: "gold", weeklyIncomePence: nil)
    }
    #expect(throws: ChargingPolicy.ChargingError.unknownBand) {
      try banded.weeklyCharge(band: nil, weeklyIncomePence: nil)
    }
    #expect(throws: ChargingPolicy.ChargingError.negativeAmount) {
      try ChargingPolicy.flat(weeklyPence: -1).weeklyCharge(band: nil, weeklyIncomePence: nil)
    }
    #expect(
      try ChargingPolicy.flat(weeklyPence: 100_000_000).weeklyCharge(
        band: nil, weeklyIncomePence: nil
      ).pence == 100_000_000)
    #expect(throws: ChargingPolicy.ChargingError.implausibleAmount) {
      try ChargingPolicy.flat(weeklyPence: Int.max).weeklyCharge(band: nil, weeklyIncomePence: nil)
    }
    let huge = ChargeQuote(monitoringWeeklyPence: Int.max, isMaximum: false, equipment: .free)
    #expect(huge.monitoringAnnualPence == Int.max)
  }

  @Test("a quote separates free equipment from the weekly and annual monitoring charge")
  func quote() throws {
    let record = CostRecord(
      policy: Self.meansTested, weeklyIncomePence: 20_250, equipmentToMeetOrPreventNeeds: true)
    let quote = try record.quote()
    #expect(quote.monitoringWeeklyPence == 250)
    #expect(quote.monitoringAnnualPence == 13_000)
    #expect(quote.equipment == .free)
    let selfFunded = CostRecord(
      policy: .flat(weeklyPence: 450), equipmentToMeetOrPreventNeeds: false)
    #expect(try selfFunded.quote().equipment == .notCoveredByPolicy)
    #expect(ChargeQuote.equipmentRule.provenance.verification == .secondary)
  }

  @Test(
    "pounds",
    arguments: [(0, "£0.00"), (5, "£0.05"), (450, "£4.50"), (23_400, "£234.00"), (-120, "-£1.20")])
  func pounds(pence: Int, text: String) {
    #expect(ChargeQuote.pounds(pence) == text)
  }

  @Test(
    "the eligibility framework of an assessment's day",
    arguments: [
      (CalendarDay(2003, 3, 31), nil), (CalendarDay(2003, 4, 1), .fairAccessToCareServices),
      (CalendarDay(2015, 3, 31), .fairAccessToCareServices),
      (CalendarDay(2015, 4, 1), EligibilityFramework.careAct2014),
    ] as [(CalendarDay, EligibilityFramework?)])
  func framework(day: CalendarDay, expected: EligibilityFramework?) {
    #expect(EligibilityFramework.applying(on: day) == expected)
  }

  @Test("Care Act criteria need an impairment, two outcomes and a significant impact")
  func careActCriteria() {
    var record = EligibilityRecord(
      assessedOn: CalendarDay(2015, 4, 1), outcomesUnableToAchieve: [.nutrition, .homeSafety],
      arisesFromImpairmentOrIllness: true, significantImpactOnWellbeing: true)
    #expect(record.meetsCareActCriteria == true)
    record.outcomesUnableToAchieve = [.nutrition, .nutrition]
    #expect(record.meetsCareActCriteria == false)
    record.outcomesUnableToAchieve = [.nutrition, .homeSafety]
    record.significantImpactOnWellbeing = false
    #expect(record.meetsCareActCriteria == false)
    record.assessedOn = CalendarDay(2015, 3, 31)
    #expect(record.meetsCareActCriteria == nil)
    #expect(
      record.findings(subject: nil).map(\.code.rawValue) == ["telecare.eligibility.wrong-framework"]
    )
    record.outcomesUnableToAchieve = nil
    record.facsBand = .critical
    #expect(record.findings(subject: nil).isEmpty)
  }
}
