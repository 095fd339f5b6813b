import PracticeAudit
import Testing

/// The worked example (Fixtures/audits/cycle.json), computed by hand. Framework: planning and
/// safety on Ofsted's scale, safety limiting. Results (overall under the limiting rule):
/// - 2025-Q1 (no loop): C1 good; C2 inadequate (RI limited by safety); C3 good (no overall:
///   median of outstanding and good is good); C4 requires improvement (good limited by safety),
///   moderated requires improvement → 2 of 4 good or better, 50%.
/// - 2025-Q2 (loop): C2 good (re-audit, improved from inadequate); C5 good (outstanding limited);
///   C6 requires improvement, moderated inadequate → 2 of 3, 66.7%.
/// - 2025-Q3 (loop): C1 requires improvement (re-audit, was good); C7 good → 1 of 2, 50%.
@Suite("The improvement loop: measures and findings")
struct LoopMeasuresTests {
  static let asOf = CalendarDay(2025, 9, 30)

  @Test("authority measures per period, computed by hand")
  func authority() throws {
    let measures = try AuditFixtures.cycle().measures(asOf: Self.asOf)
    #expect(measures.map(\.period) == ["2025-Q1", "2025-Q2", "2025-Q3"])
    #expect(measures.map(\.group) == [nil, nil, nil])
    #expect(measures.map(\.audits) == [4, 3, 2])
    #expect(measures[0].gradeCounts.map(\.count) == [0, 2, 1, 1])
    #expect(measures[1].gradeCounts.map(\.count) == [0, 2, 1, 0])
    #expect(measures.map(\.goodOrBetter) == [2, 2, 1])
    #expect(measures.map(\.goodOrBetterShare) == [0.5, 2.0 / 3.0, 0.5])
    #expect(measures[0].movement == nil)
    #expect(rounded(measures[1].movement, places: 4) == 16.6667)
    #expect(rounded(measures[2].movement, places: 4) == -16.6667)
    #expect(measures.map(\.discussedWithAllThree) == [1, 1, 0])
    #expect(measures.map(\.belowGood) == [2, 1, 1])
    #expect(measures.map(\.rehearsed) == [1, 1, 0])
    // Q1: one action on its due day (on time), one a day late. Q2: one overdue; one not yet due.
    #expect(measures.map(\.actionsDue) == [2, 1, 0])
    #expect(measures.map(\.actionsOnTime) == [1, 0, 0])
    #expect(measures.map(\.actionsOutstanding) == [0, 1, 0])
    #expect(measures.map(\.reaudited) == [0, 1, 1])
    #expect(measures.map(\.reauditImproved) == [0, 1, 0])
    #expect(measures.map(\.reauditGoodOrBetter) == [0, 1, 0])
    #expect(measures.map(\.loopInPlace) == [false, true, true])
  }

  @Test("the action due on the measurement day counts; the day before it does not")
  func actionBoundary() throws {
    let cycle = try AuditFixtures.cycle()
    #expect(cycle.measures(asOf: CalendarDay(2025, 6, 30))[1].actionsDue == 0)
    #expect(cycle.measures(asOf: CalendarDay(2025, 7, 1))[1].actionsDue == 1)
    let overdue = { (day: CalendarDay) in
      cycle.findings(asOf: day).filter { $0.code.rawValue == "audit.action.overdue" }.count
    }
    #expect(overdue(CalendarDay(2025, 7, 1)) == 0)
    #expect(overdue(CalendarDay(2025, 7, 2)) == 1)
  }

  @Test("measures by team and by worker, with movement within the group")
  func groups() throws {
    let cycle = try AuditFixtures.cycle()
    let teams = cycle.measures(by: .team, asOf: Self.asOf)
    #expect(
      teams.map { "\($0.period) \($0.group ?? "-") \($0.goodOrBetter)/\($0.audits)" } == [
        "2025-Q1 North 1/2", "2025-Q1 South 1/2", "2025-Q2 North 2/2", "2025-Q2 South 0/1",
        "2025-Q3 North 0/1", "2025-Q3 South 1/1",
      ])
    #expect(teams.map(\.movement) == [nil, nil, 50, -50, -100, 100])
    let workers = cycle.measures(by: .worker, asOf: Self.asOf)
    #expect(workers.map(\.group) == ["W1", "W2", "W1", "W2", "W3", "W1", "W2"])
    // W3 first appears in Q2, so has no movement.
    #expect(workers[4].movement == nil)
  }

  @Test("findings for the worked example, by code")
  func findings() throws {
    let findings = try AuditFixtures.cycle().findings(asOf: Self.asOf)
    var counts: [String: Int] = [:]
    for finding in findings { counts[finding.code.rawValue, default: 0] += 1 }
    #expect(
      counts == [
        "audit.overall.limited": 3, "audit.moderation.disagreement": 3,
        "audit.loop.notDiscussed": 2, "audit.loop.notRehearsed": 2, "audit.action.late": 1,
        "audit.action.overdue": 1, "audit.loop.improvementNotSustained": 1,
      ])
    let moderation = findings.filter { $0.code.rawValue == "audit.moderation.disagreement" }
    #expect(moderation.map(\.subject) == ["C4", "C6", "C6"])
    #expect(moderation.map(\.severity) == [.concern, .advisory, .advisory])
    let notSustained = findings.first { $0.code.rawValue == "audit.loop.improvementNotSustained" }
    #expect(notSustained?.message.contains("'2025-Q2'") == true)
    #expect(notSustained?.severity == .concern)
  }

  @Test("moderation agreement over the cycle: two moderated audits, kappa 0")
  func moderationAgreement() throws {
    let summary = try #require(try AuditFixtures.cycle().moderationAgreement)
    #expect(summary.cases == 2)
    #expect(summary.proportionAgreeing == 0.5)
    #expect(summary.cohenKappa?.value == 0)
    #expect(summary.band == .slight)
  }

  @Test("comparison of periods with and without the loop")
  func comparison() throws {
    let comparison = try AuditFixtures.cycle().loopComparison
    #expect(comparison.withoutLoop.periods == ["2025-Q1"])
    #expect(comparison.withoutLoop.share == 0.5)
    #expect(comparison.withLoop.audits == 5)
    #expect(comparison.withLoop.goodOrBetter == 3)
    #expect(rounded(comparison.difference, places: 9) == 10)
  }

  /// Hammersmith and Fulham's figures (seed 004), as 100 audits a period.
  static func hammersmith(_ shares: [(String, Int, Bool)]) -> AuditCycle {
    let framework = AuditFramework(
      id: "h", title: "H", scale: .ofsted,
      criteria: [AuditCriterion(id: "standard", question: "Good standard?", theme: "Practice")],
      overallRule: .median)
    var periods: [AuditPeriod] = []
    for (index, (id, good, loop)) in shares.enumerated() {
      let start = CalendarDay(2009 + index, 1, 1)
      let audits = (0..<100).map { number in
        CaseAudit(
          caseReference: "\(id)-\(number)", auditor: "A", auditorRole: "senior manager",
          day: start, grades: ["standard": CriterionGrade(number < good ? "good" : "inadequate")])
      }
      periods.append(
        AuditPeriod(
          id: id, start: start, end: CalendarDay(2009 + index, 12, 31), loopInPlace: loop,
          audits: audits))
    }
    return AuditCycle(framework: framework, periods: periods)
  }

  @Test("Hammersmith and Fulham: 68%, 52%, then 65% and 84% with the loop")
  func hammersmithFigures() throws {
    let cycle = Self.hammersmith([
      ("2009", 68, false), ("2010", 52, false), ("loop-1", 65, true), ("loop-2", 84, true),
    ])
    try cycle.validate()
    let measures = cycle.measures(asOf: CalendarDay(2013, 1, 1))
    #expect(
      measures.map { $0.goodOrBetterShare.map { ($0 * 100).rounded() } } == [68, 52, 65, 84])
    #expect(measures.map { rounded($0.movement, places: 6) } == [nil, -16, 13, 19])
    let comparison = cycle.loopComparison
    #expect(comparison.withoutLoop.share == 0.6)
    #expect(comparison.withLoop.share == 0.745)
    #expect(rounded(comparison.difference, places: 9) == 14.5)
    // Falling then rising is not a rise followed by a fall.
    #expect(
      !cycle.findings(asOf: CalendarDay(2013, 1, 1)).contains {
        $0.code.rawValue == "audit.loop.improvementNotSustained"
      })
    // "Performance improved initially, but only in the short term": a rise then a fall is.
    let shortTerm = Self.hammersmith([("a", 50, false), ("b", 70, false), ("c", 55, false)])
    #expect(
      shortTerm.findings(asOf: CalendarDay(2013, 1, 1)).filter {
        $0.code.rawValue == "audit.loop.improvementNotSustained"
      }.count == 1)
  }

  @Test(
    "audit cycle validation names the path",
    arguments: [
      (
        "periods[0].audits[3].grades.planning.grade",
        #""planning": { "grade": "good" }, "safety": { "grade": "requiresImprovement" } },"#,
        #""planning": { "grade": "excellent" }, "safety": { "grade": "requiresImprovement" } },"#,
        DocumentDecodingError.Reason.unknownReference
      ),
      (
        "periods[0].audits[0].grades.voice", #""safety": { "grade": "good" } },"#,
        #""safety": { "grade": "good" }, "voice": { "grade": "good" } },"#, .unknownReference
      ),
      ("periods[0].audits[0].day", #""day": "2025-01-15""#, #""day": "2024-12-31""#, .invalidValue),
      ("periods[0].audits[0].day", #""day": "2025-01-15""#, #""day": "2025-02-30""#, .invalidValue),
      ("periods[1].id", #""id": "2025-Q2""#, #""id": "2025-Q1""#, .duplicateIdentifier),
      ("periods[1].start", #""start": "2025-04-01""#, #""start": "2025-03-31""#, .invalidValue),
      (
        "periods[0].audits[3].moderation.overall",
        #""overall": "requiresImprovement"\#n          },"#, #""overall": "poor"\#n          },"#,
        .unknownReference
      ),
      (
        "periods[0].audits[1].discussion.participants[1]",
        #""participants": ["socialWorker", "supervisor"]"#,
        #""participants": ["socialWorker", "director"]"#, .invalidValue
      ),
      (
        "framework.overallRule.criteria[0]", #""criteria": ["safety"]"#, #""criteria": ["risk"]"#,
        .unknownReference
      ),
      (
        "periods[0].audits[0].overall",
        #""overall": "good", "strengths": ["child's voice recorded"]"#,
        #""overall": 2, "strengths": ["child's voice recorded"]"#, .wrongType
      ),
    ])
  func cycleValidation(
    path: String, original: String, replacement: String, reason: DocumentDecodingError.Reason
  ) throws {
    let text = try AuditFixtures.text("cycle.json")
    #expect(text.contains(original))
    let broken = text.replacingFirst(original, with: replacement)
    do throws(DocumentDecodingError) {
      _ = try AuditCycle(json: broken)
      Issue.record("expected an error at \(path)")
    } catch {
      #expect(error.path == path)
      #expect(error.reason == reason)
    }
  }
}
