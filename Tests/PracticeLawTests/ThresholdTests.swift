import PracticeLaw
import Testing

@Suite("Threshold (CA 1989 s31(2), s38(2))")
struct ThresholdTests {
  static let recorded = [EvidenceEntry("recorded", sourceDocument: "chronology")]

  @Test(
    "limb findings for final orders",
    arguments: [
      // (a) addressed, (b)(i) addressed, (b)(ii) addressed → expected codes
      (
        false, false, false,
        [
          "law.s31-2.significant-harm-not-addressed", "law.s31-2.attribution-not-addressed",
        ]
      ),
      (true, false, false, ["law.s31-2.attribution-not-addressed"]),
      (false, true, false, ["law.s31-2.significant-harm-not-addressed"]),
      (false, false, true, ["law.s31-2.significant-harm-not-addressed"]),
      (true, true, false, []),
      (true, false, true, []),
      (true, true, true, []),
    ])
  func finalOrder(harm: Bool, care: Bool, control: Bool, codes: [String]) throws {
    for order in [ThresholdAssessment.OrderSought.careOrder, .supervisionOrder] {
      let assessment = ThresholdAssessment(
        orderSought: order, dateOfBirth: try day("2015-06-01"), married: false,
        significantHarm: harm ? Self.recorded : [],
        careNotReasonable: care ? Self.recorded : [EvidenceEntry("")],
        beyondParentalControl: control ? Self.recorded : [])
      let findings = assessment.findings(on: try day("2025-06-01"))
      #expect(findings.map(\.code.rawValue) == codes)
      #expect(findings.allSatisfy { $0.severity == .concern })
    }
  }

  @Test(
    "interim orders use the s38(2) test",
    arguments: [
      ThresholdAssessment.OrderSought.interimCareOrder, .interimSupervisionOrder,
    ])
  func interim(order: ThresholdAssessment.OrderSought) throws {
    let assessment = ThresholdAssessment(orderSought: order, dateOfBirth: try day("2015-06-01"))
    let findings = assessment.findings(on: try day("2025-06-01"))
    #expect(
      findings.map(\.code.rawValue) == [
        "law.s38-2.significant-harm-not-addressed", "law.s38-2.attribution-not-addressed",
      ])
    #expect(findings.allSatisfy { $0.sources.first?.locator == "s38(2)" })
  }

  @Test("no threshold findings for other orders")
  func otherOrder() throws {
    let assessment = ThresholdAssessment(orderSought: .other)
    #expect(assessment.findings(on: try day("2025-06-01")).isEmpty)
  }

  @Test("a missing date of birth is reported, not guessed")
  func missingDateOfBirth() throws {
    let assessment = ThresholdAssessment(
      orderSought: .careOrder, significantHarm: Self.recorded, careNotReasonable: Self.recorded)
    let findings = assessment.findings(on: try day("2025-06-01"))
    #expect(findings.map(\.code.rawValue) == ["law.s31-3.date-of-birth-not-recorded"])
    #expect(findings.first?.severity == .advisory)
  }

  @Test(
    "age bar finding for a care order on and after the 17th birthday",
    arguments: [
      ("2008-06-01", false, "2025-05-31", false),
      ("2008-06-01", false, "2025-06-01", true),
      ("2008-06-01", false, "2025-06-02", true),
      ("2009-06-01", true, "2025-05-31", false),
      ("2009-06-01", true, "2025-06-01", true),
      ("2009-06-01", false, "2025-06-01", false),
    ])
  func ageBarFinding(born: String, married: Bool, on: String, barred: Bool) throws {
    let assessment = ThresholdAssessment(
      subject: "C2", orderSought: .careOrder, dateOfBirth: try day(born), married: married,
      significantHarm: Self.recorded, careNotReasonable: Self.recorded)
    let findings = assessment.findings(on: try day(on))
    #expect(findings.map(\.code.rawValue) == (barred ? ["law.s31-3.age-bar"] : []))
    if barred {
      #expect(findings.first?.severity == .breach)
      #expect(findings.first?.actualDay == (try day(on)))
      #expect(findings.first?.sources.first?.locator == "s31(3)")
    }
  }

  @Test("the interim age bar also cites Re Q")
  func interimAgeBar() throws {
    let assessment = ThresholdAssessment(
      orderSought: .interimCareOrder, dateOfBirth: try day("2008-06-01"),
      significantHarm: Self.recorded, beyondParentalControl: Self.recorded)
    let findings = assessment.findings(on: try day("2025-06-01"))
    #expect(findings.map(\.code.rawValue) == ["law.s31-3.age-bar"])
    #expect(findings.first?.sources.contains { $0.title.contains("[2019] EWHC 512 (Fam)") } == true)
  }
}

@Suite("s31(3) age bar dates")
struct AgeBarTests {
  @Test(
    "boundary days",
    arguments: [
      // born, married, day, barred, bar day
      ("2008-06-01", false, "2025-05-31", false, "2025-06-01"),  // day before the 17th birthday
      ("2008-06-01", false, "2025-06-01", true, "2025-06-01"),  // the birthday itself
      ("2009-06-01", true, "2025-05-31", false, "2025-06-01"),  // married: day before 16th
      ("2009-06-01", true, "2025-06-01", true, "2025-06-01"),  // married: the 16th birthday
      ("2009-06-01", false, "2025-06-01", false, "2026-06-01"),  // unmarried 16-year-old
      // 29 February birthdays: the age is reached on 1 March in a common year.
      ("2008-02-29", false, "2025-02-28", false, "2025-03-01"),
      ("2008-02-29", false, "2025-03-01", true, "2025-03-01"),
      ("2008-02-29", true, "2024-02-28", false, "2024-02-29"),  // married, leap year: 29 Feb
      ("2008-02-29", true, "2024-02-29", true, "2024-02-29"),
      ("2007-12-31", false, "2024-12-31", true, "2024-12-31"),
    ])
  func boundaries(born: String, married: Bool, on: String, barred: Bool, barDay: String) throws {
    let check = AgeBar(dateOfBirth: try day(born), married: married, on: try day(on))
    #expect(check.barAge == (married ? 16 : 17))
    #expect(check.barDay == (try day(barDay)))
    #expect(check.isBarred == barred)
  }

  @Test(
    "leap-day birthdays: 29 February in leap years, 1 March otherwise",
    arguments: [
      (1, "2009-03-01"), (4, "2012-02-29"), (17, "2025-03-01"), (100, "2108-02-29"),
      (92, "2100-03-01"), (0, "2008-02-29"),
    ])
  func leapDay(years: Int, expected: String) throws {
    #expect(try day("2008-02-29").anniversary(years: years) == (try day(expected)))
  }

  @Test("out of range is nil, never a crash")
  func outOfRange() throws {
    #expect(try day("9990-01-01").anniversary(years: 17) == nil)
    #expect(try day("2000-01-01").anniversary(years: -1) == nil)
    #expect(try day("2000-01-01").anniversary(years: Int.max) == nil)
    let check = AgeBar(
      dateOfBirth: try day("9990-01-01"), married: false, on: try day("9999-12-31"))
    #expect(check.barDay == nil)
    #expect(!check.isBarred)
  }

  @Test("the conventions are facts: attainment secondary, leap day unverified")
  func facts() {
    #expect(CalendarDay.ageConventions.map(\.provenance.verification) == [.secondary, .unverified])
    #expect(CalendarDay.ageConventions.first?.provenance.sources.first?.locator == "s9")
  }
}
