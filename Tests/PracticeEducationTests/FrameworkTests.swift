import PracticeEducation
import Testing

@Suite("Frameworks, regulators and partnerships")
struct FrameworkTests {
  @Test(
    "who regulated social workers on a day",
    arguments: [
      (CalendarDay(2001, 9, 30), Regulator?.none),
      (CalendarDay(2012, 7, 31), .generalSocialCareCouncil),
      (CalendarDay(2012, 8, 1), .healthAndCareProfessionsCouncil),
      (CalendarDay(2019, 12, 1), .healthAndCareProfessionsCouncil),
      (CalendarDay(2019, 12, 2), .socialWorkEngland),
      (CalendarDay(2024, 2, 29), .socialWorkEngland),
    ])
  func regulators(day: CalendarDay, regulator: Regulator?) {
    #expect(Regulator.regulating(on: day) == regulator)
  }

  @Test("the PCF has nine domains and nine levels, including readiness for direct practice")
  func pcf() {
    #expect(ProfessionalFramework.pcf2012.parts.count == 9)
    #expect(ProfessionalFramework.pcf2018.parts.count == 9)
    #expect(ProfessionalFramework.pcfLevels.count == 9)
    #expect(ProfessionalFramework.pcfLevels[1].value == "Readiness for direct practice")
    // Domain 3 was read on BASW's own PCF page; only "Interventions and Skills" is not verified.
    #expect(
      ProfessionalFramework.pcf2018.parts.filter { $0.verification != .verified }.map(\.value)
        == ["Interventions and Skills"])
  }

  @Test("KSS titles: verified ones tagged so, the rest shipped as unverified")
  func kssTitles() {
    func tags(_ framework: ProfessionalFramework) -> [Verification] {
      framework.parts.map(\.verification)
    }
    #expect(ProfessionalFramework.kss2014.parts.count == 9)
    #expect(tags(.kss2014).filter { $0 == .verified }.count == 2)
    let practitioner = ProfessionalFramework.kssPractitioners.parts
    #expect(practitioner.count == 10)
    #expect(practitioner.first?.value == "1 Relationships and effective direct work")
    #expect(practitioner[8].value == "9 The role of supervision")
    #expect(tags(.kssPractitioners).filter { $0 != .unverified }.count == 5)
    #expect(practitioner[2].value == "3 Child development")
    #expect(practitioner[2].verification == .secondary)
    #expect(practitioner[6].value == "7 Analysis, decision-making, planning and review")
    #expect(practitioner[6].verification == .secondary)
    #expect(practitioner[5].value == "6 Child and family assessment")
    #expect(practitioner[5].verification == .secondary)
    let supervisor = ProfessionalFramework.kssSupervisorsAndLeaders.parts
    #expect(supervisor.count == 8)
    #expect(supervisor[6].verification == .secondary)
    #expect(supervisor[3].verification == .secondary)
    #expect(tags(.kssSupervisorsAndLeaders).filter { $0 == .unverified }.count == 6)
  }

  @Test(
    "which capabilities framework applied",
    arguments: [
      (CalendarDay(2018, 5, 31), "pcf-2012"), (CalendarDay(2018, 6, 1), "pcf-2018"),
    ])
  func pcfRefresh(day: CalendarDay, id: String) {
    #expect(ProfessionalFramework.applying(on: day, kind: .capabilities).map(\.id) == [id])
  }

  @Test("NAAS ran to March 2022; ASYE gives way to the early career standards in 2027")
  func endings() {
    func ids(_ day: CalendarDay) -> [String] { ProfessionalFramework.applying(on: day).map(\.id) }
    #expect(ids(CalendarDay(2022, 3, 31)).contains("naas"))
    #expect(!ids(CalendarDay(2022, 4, 1)).contains("naas"))
    #expect(ids(CalendarDay(2027, 3, 31)).contains("kss-practitioners"))
    #expect(!ids(CalendarDay(2027, 4, 1)).contains("kss-practitioners"))
    #expect(ids(CalendarDay(2027, 4, 1)).contains("early-career-standards"))
    #expect(ids(CalendarDay(2027, 8, 31)).contains("asye"))
    #expect(!ids(CalendarDay(2027, 9, 1)).contains("asye"))
    #expect(ids(CalendarDay(2021, 8, 31)).contains("swe-standards-2019"))
    #expect(ids(CalendarDay(2021, 9, 1)).contains("swe-standards-2021"))
  }

  @Test("teaching partnerships: 4 + 11 + 10 phases, funding to March 2024")
  func partnershipPhases() {
    #expect(TeachingPartnerships.phases.map(\.partnerships) == [4, 11, 10])
    #expect(TeachingPartnerships.partnershipsFunded(by: 2015) == 4)
    #expect(TeachingPartnerships.partnershipsFunded(by: 2018) == 25)
    #expect(TeachingPartnerships.funding.value.contains(CalendarDay(2024, 3, 31)))
    #expect(!TeachingPartnerships.funding.value.contains(CalendarDay(2024, 4, 1)))
    #expect(TeachingPartnerships.workstreams.count == 6)
  }

  @Test("a partnership reports its members and share of statutory placements")
  func partnershipReport() {
    let partnership = TeachingPartnership(
      name: "Example partnership",
      members: [
        .init(name: "A university", kind: .university),
        .init(name: "A council", kind: .localAuthority),
        .init(name: "Another council", kind: .localAuthority),
      ],
      placements: [
        Placement(setting: "council", days: 100, isStatutory: true),
        Placement(setting: "charity", days: 70),
        Placement(setting: "council", days: 100, isStatutory: true),
        Placement(setting: "school", days: 70),
      ])
    let report = partnership.report
    #expect(report.universities == 1 && report.localAuthorities == 2 && report.otherPartners == 0)
    #expect(report.statutoryPlacements == 2 && report.statutoryShare == 0.5)
    #expect(report.findings.isEmpty)
    let lonely = TeachingPartnership(name: "x", members: [.init(name: "u", kind: .university)])
    #expect(lonely.report.statutoryShare == nil)
    #expect(lonely.report.findings.map(\.code.rawValue) == ["education.partnership.no-employer"])
  }
}
