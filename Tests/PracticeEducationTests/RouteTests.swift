import PracticeEducation
import Testing

@Suite("Training routes")
struct RouteTests {
  @Test("every route builds, with its id, in the listed order")
  func allRoutes() {
    #expect(TrainingRoute.all.map(\.id) == RouteID.allCases)
    for id in RouteID.allCases { #expect(TrainingRoute.route(id).id == id) }
  }

  @Test(
    "names follow the renamings",
    arguments: [
      (RouteID.approachSocialWork, 2023, "Frontline programme"),
      (.approachSocialWork, 2024, "Approach Social Work"),
      (.leadershipPathways, 2021, "Firstline"),
      (.leadershipPathways, 2022, "Social Work Leadership Pathways"),
      (.stepUpToSocialWork, 2026, "Step Up to Social Work"),
    ])
  func names(route: RouteID, year: Int, name: String) {
    #expect(TrainingRoute.route(route).name(forIntakeYear: year) == name)
  }

  @Test(
    "each route's first recorded intake year, and none the year before",
    arguments: [
      (RouteID.undergraduateDegree, 2003), (.postgraduateDegree, 2003),
      (.stepUpToSocialWork, 2010), (.approachSocialWork, 2014), (.thinkAhead, 2016),
      (.degreeApprenticeship, 2019), (.leadershipPathways, 2014),
    ])
  func firstIntake(route: RouteID, year: Int) {
    let route = TrainingRoute.route(route)
    #expect(route.edition(forIntakeYear: year - 1) == nil)
    #expect(route.edition(forIntakeYear: year) != nil)
    // Every route but the leadership programme (delivery ceased July 2024) takes 2026 intakes.
    #expect((route.edition(forIntakeYear: 2026) != nil) == (route.id != .leadershipPathways))
  }

  @Test(
    "Step Up has a cohort only in even years from 2010 to 2026",
    arguments: 2009...2028)
  func stepUpYears(year: Int) {
    let edition = TrainingRoute.stepUpToSocialWork.edition(forIntakeYear: year)
    #expect((edition != nil) == (year >= 2010 && year <= 2026 && year.isMultiple(of: 2)))
  }

  @Test("Step Up's bursary: £19,833 to the 2024 cohort, £21,995 over 15 months for 2026")
  func stepUpBursary() throws {
    let route = TrainingRoute.stepUpToSocialWork
    let y2024 = try #require(route.edition(forIntakeYear: 2024)?.funding)
    let y2026 = try #require(route.edition(forIntakeYear: 2026)?.funding)
    #expect(y2024.value.contains("£19,833"))
    #expect(y2026.value.contains("£21,995") && y2026.value.contains("15 months"))
    #expect(y2026.verification == .secondary)
  }

  @Test("Step Up cohorts carry the corrected figures (education.md §8)")
  func stepUpCohorts() throws {
    let route = TrainingRoute.stepUpToSocialWork
    let cohort4 = try #require(route.cohort(startingIn: 2016))
    #expect(cohort4.places == 400 && cohort4.applications == 4_306)
    #expect(cohort4.start == CalendarDay(2016, 1, 11))
    let cohort5 = try #require(route.cohort(startingIn: 2018))
    #expect(cohort5.places == 550 && cohort5.starters == 563 && cohort5.applications == 4_391)
    #expect(route.cohort(startingIn: 2017) == nil)
    #expect(route.cohort(startingIn: 2026)?.places == 700)
  }

  @Test("Frontline cohorts: 104 in 2014, 283 of 300 in 2017, 336 in 2018, 393 in 2019")
  func frontlineCohorts() {
    let route = TrainingRoute.approachSocialWork
    #expect(route.cohort(startingIn: 2014)?.starters == 104)
    #expect(route.cohort(startingIn: 2014)?.applications == 2_684)
    #expect(route.cohort(startingIn: 2017)?.places == 300)
    #expect(route.cohort(startingIn: 2017)?.starters == 283)
    #expect(route.cohort(startingIn: 2018)?.starters == 336)
    #expect(route.cohort(startingIn: 2019)?.starters == 393)
    #expect(route.cohort(startingIn: 2015) == nil)
  }

  @Test("Approach Social Work's bursary is £18,000 outside and £20,000 in London")
  func approachBursary() throws {
    let funding = try #require(
      TrainingRoute.approachSocialWork.edition(forIntakeYear: 2025)?.funding)
    #expect(funding.value.contains("£18,000") && funding.value.contains("£20,000"))
    #expect(funding.verification == .verified)
  }

  @Test("Step Up states around 170 placement days for 2024 and 2026")
  func stepUpPlacementDays() throws {
    for year in [2024, 2026] {
      let text = try #require(
        TrainingRoute.stepUpToSocialWork.edition(forIntakeYear: year)?.practiceLearning)
      #expect(text.value.contains("170 placement days"))
    }
  }

  @Test("every value cites a source unless it is marked unverified")
  func provenance() {
    for fact in EducationDomain().facts where fact.provenance.verification != .unverified {
      #expect(!fact.provenance.sources.isEmpty, "\(fact.id)")
    }
  }

  @Test("the apprenticeship starts in 2019; Firstline ended by 2022 and Pathways in July 2024")
  func statuses() {
    #expect(TrainingRoute.degreeApprenticeship.edition(forIntakeYear: 2018) == nil)
    #expect(TrainingRoute.degreeApprenticeship.edition(forIntakeYear: 2019) != nil)
    #expect(TrainingRoute.leadershipPathways.edition(forIntakeYear: 2021)?.status.value == .ended)
    #expect(TrainingRoute.leadershipPathways.edition(forIntakeYear: 2022)?.status.value == .ended)
    #expect(TrainingRoute.leadershipPathways.edition(forIntakeYear: 2024) != nil)
    #expect(TrainingRoute.leadershipPathways.edition(forIntakeYear: 2025) == nil)
  }
}
