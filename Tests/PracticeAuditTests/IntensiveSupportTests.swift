import PracticeAudit
import Testing

@Suite("Intensive family support service standards")
struct IntensiveSupportTests {
  static func moment(_ day: CalendarDay, _ hour: Int, _ minute: Int) -> LocalMoment {
    LocalMoment(day: day, hour: hour, minute: minute) ?? LocalMoment(day: day, hour: 0, minute: 0)!
  }

  /// An episode meeting every standard: response in 23h59m, 10+ hours each week, 6 weeks.
  static func episode(
    response: LocalMoment? = moment(CalendarDay(2024, 2, 29), 9, 14),
    ended: CalendarDay? = CalendarDay(2024, 4, 15), hours: [Double] = [10, 12, 10, 11, 10, 10],
    reachable: Bool = true, plan: CalendarDay? = CalendarDay(2024, 4, 12)
  ) -> IntensiveSupportEpisode {
    IntensiveSupportEpisode(
      caseReference: "F1", referred: moment(CalendarDay(2024, 2, 28), 9, 15),
      firstResponse: response, started: CalendarDay(2024, 3, 4), ended: ended,
      weeklyHours: hours, workerReachableAllHours: reachable, movingOnPlan: plan)
  }

  static let asOf = CalendarDay(2024, 6, 1)

  @Test("an episode meeting every standard has no findings")
  func meetsStandards() {
    #expect(Self.episode().findings(asOf: Self.asOf).isEmpty)
  }

  @Test(
    "24 hours across the leap day: exactly 24 hours is on time, a minute more is late",
    arguments: [(9, 15, false), (9, 16, true), (8, 0, false)])
  func response(hour: Int, minute: Int, late: Bool) {
    let episode = Self.episode(response: Self.moment(CalendarDay(2024, 2, 29), hour, minute))
    #expect(
      episode.findings(asOf: Self.asOf).map(\.code.rawValue) == (late ? ["ifss.response.late"] : [])
    )
  }

  @Test("no response yet: late only once the day after the 24 hours ends has begun")
  func noResponse() {
    let episode = Self.episode(response: nil, ended: nil)
    #expect(episode.findings(asOf: CalendarDay(2024, 2, 29)).isEmpty)
    let late = episode.findings(asOf: CalendarDay(2024, 3, 1))
    #expect(late.map(\.code.rawValue) == ["ifss.response.late"])
    #expect(late.first?.dueDay == CalendarDay(2024, 2, 29))
  }

  @Test("a referral on the last supported day never traps")
  func lastDay() {
    let last = CalendarDay(9999, 12, 31)
    let episode = IntensiveSupportEpisode(
      caseReference: "F9", referred: Self.moment(last, 23, 59), firstResponse: nil, started: last,
      ended: nil, weeklyHours: [], workerReachableAllHours: true, movingOnPlan: nil)
    #expect(episode.findings(asOf: last).isEmpty)
  }

  @Test(
    "moments are written YYYY-MM-DDTHH:MM exactly",
    arguments: [
      "2024-02-28T9:15", "2024-02-28 09:15", "2024-02-28T09:60", "2024-02-30T09:15", "T09:15",
    ])
  func badMoments(text: String) {
    let json =
      #"{"schemaVersion":1,"caseReference":"F","referred":"\#(text)","started":"2024-03-04","weeklyHours":[],"workerReachableAllHours":true}"#
    #expect(throws: DocumentDecodingError(path: "referred", reason: .invalidValue)) {
      try IntensiveSupportEpisode(json: json)
    }
  }

  @Test("each week under about 10 hours is reported, as advisory")
  func hours() {
    let findings = Self.episode(hours: [10, 9.5, 12, 4]).findings(asOf: Self.asOf)
    #expect(
      findings.map(\.code.rawValue) == ["ifss.hours.belowStandard", "ifss.hours.belowStandard"])
    #expect(findings.map(\.severity) == [.advisory, .advisory])
    #expect(findings.first?.message.hasPrefix("Week 2:") == true)
  }

  @Test(
    "6–8 weeks: 42 to 56 days from the first day to the last",
    arguments: [
      (CalendarDay(2024, 4, 14), false), (CalendarDay(2024, 4, 15), true),
      (CalendarDay(2024, 4, 29), true), (CalendarDay(2024, 4, 30), false),
    ])
  func duration(ended: CalendarDay, usual: Bool) {
    let codes = Self.episode(ended: ended, plan: ended).findings(asOf: Self.asOf).map(
      \.code.rawValue)
    #expect(codes == (usual ? [] : ["ifss.duration.outsideUsual"]))
  }

  @Test("availability gaps and a missing moving on plan are concerns; an open episode needs none")
  func availabilityAndPlan() {
    let findings = Self.episode(reachable: false, plan: nil).findings(asOf: Self.asOf)
    #expect(
      findings.map(\.code.rawValue) == ["ifss.availability.gap", "ifss.movingOnPlan.missing"])
    #expect(findings.allSatisfy { $0.severity == .concern })
    #expect(Self.episode(ended: nil, plan: nil).findings(asOf: Self.asOf).isEmpty)
  }

  @Test("the episode document validates times and order, naming the path")
  func document() throws {
    let json = """
      {"schemaVersion":1,"caseReference":"F2","referred":"2024-02-28T09:15",
       "firstResponse":"2024-02-28T08:00","started":"2024-03-04","weeklyHours":[],
       "workerReachableAllHours":true}
      """
    #expect(throws: DocumentDecodingError(path: "firstResponse", reason: .invalidValue)) {
      try IntensiveSupportEpisode(json: json)
    }
    let badTime = json.replacingFirst("T08:00", with: "T24:00")
    #expect(throws: DocumentDecodingError(path: "firstResponse", reason: .invalidValue)) {
      try IntensiveSupportEpisode(json: badTime)
    }
    let ok = try IntensiveSupportEpisode(json: json.replacingFirst("T08:00", with: "T10:00"))
    #expect(ok.firstResponse?.description == "2024-02-28T10:00")
    #expect(ok.movingOnPlan == nil)
  }
}
