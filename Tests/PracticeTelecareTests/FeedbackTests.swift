import PracticeTelecare
import Testing

@Suite("Feedback, review schedule and commissioning")
struct FeedbackTests {
  @Test("a per-installation summary for the social worker")
  func summary() {
    let calls = AlarmCallLog.read(csv: Samples.callLog).calls
    let summary = FeedbackSummary(
      installation: "I-1", calls: calls, from: CalendarDay(2025, 3, 1),
      through: CalendarDay(2025, 3, 14),
      comments: [.init(day: CalendarDay(2025, 3, 5), author: .carer, text: "the pendant is heavy")],
      noActivityDays: 7)
    #expect(summary.alarms == 6)
    #expect(summary.alarmsPerWeek == 3)
    #expect(summary.byDevice.map(\.device) == ["pendant", "fallDetector"])
    #expect(summary.byDevice.map(\.alarms) == [4, 2])
    #expect(summary.unanswered == 0)
    #expect(summary.slow == 1)  // C3, 61 s
    #expect(summary.falseAlarms == 1)
    // Last alarm 6 March; 7–14 March is 8 days without one.
    #expect(summary.longestDaysWithoutActivity == 8)
    #expect(summary.comments.count == 1)
    #expect(
      summary.findings.map(\.code.rawValue) == [
        "telecare.feedback.unanswered-or-slow", "telecare.feedback.no-activity",
      ])
    let other = FeedbackSummary(
      installation: "I-2", calls: calls, from: CalendarDay(2025, 3, 1),
      through: CalendarDay(2025, 3, 7), noActivityDays: 7)
    #expect(other.unanswered == 1)
    #expect(other.faults == 1)
    #expect(other.findings.map(\.code.rawValue).contains("telecare.feedback.device-faults"))
    #expect(!other.findings.map(\.code.rawValue).contains("telecare.feedback.no-activity"))
    let quiet = FeedbackSummary(
      installation: "I-3", calls: calls, from: CalendarDay(2025, 3, 1),
      through: CalendarDay(2025, 3, 7), noActivityDays: 7)
    #expect(quiet.longestDaysWithoutActivity == 7)
    #expect(quiet.findings.map(\.code.rawValue) == ["telecare.feedback.no-activity"])
  }

  @Test("reviews: the first after installation, then by corresponding date, and on change")
  func schedule() {
    let plan = TelecareProposal.ReviewPlan(
      firstReviewWeeksAfterInstallation: 6, intervalMonths: 1,
      monitoringFeedbackToSocialWorker: true)
    let schedule = ReviewSchedule(
      installed: CalendarDay(2023, 12, 20), plan: plan,
      changes: [.init(day: CalendarDay(2024, 2, 10), kind: .needs)])
    let reviews = schedule.reviews(through: CalendarDay(2024, 4, 30))
    #expect(
      reviews.map(\.day) == [
        CalendarDay(2024, 1, 31), CalendarDay(2024, 2, 10), CalendarDay(2024, 2, 29),
        CalendarDay(2024, 3, 31), CalendarDay(2024, 4, 30),
      ])
    #expect(reviews.map(\.reason) == [.first, .change, .periodic, .periodic, .periodic])
    #expect(
      schedule.nextReview(onOrAfter: CalendarDay(2024, 3, 1))?.day == CalendarDay(2024, 3, 31))
    #expect(
      schedule.nextReview(onOrAfter: CalendarDay(2024, 3, 31))?.day == CalendarDay(2024, 3, 31))
  }

  @Test("commissioning: installations and refusals per month against a target")
  func commissioning() {
    let view = CommissioningView(
      events: [
        .installation(CalendarDay(2025, 1, 3)), .refusal(CalendarDay(2025, 1, 9), .cost),
        .refusal(CalendarDay(2025, 1, 20), .cost), .refusal(CalendarDay(2025, 1, 31), .privacy),
        .installation(CalendarDay(2025, 2, 1)), .refusal(CalendarDay(2025, 2, 2), .cost),
        .refusal(CalendarDay(2025, 2, 3), .notWanted),
      ], monthlyTarget: 90)
    #expect(view.months.map(\.month) == [1, 2])
    #expect(view.months[0].installations == 1)
    #expect(view.months[0].refusals == 3)
    #expect(view.months[0].refusedForCost == 2)
    #expect(view.months[0].refusalsByReason.map(\.reason) == [.cost, .privacy])
    // January: below target and mostly cost; February: half cost is not "mostly".
    #expect(
      view.findings.map(\.code.rawValue) == [
        "telecare.commissioning.below-target", "telecare.commissioning.cost-refusals",
        "telecare.commissioning.below-target",
      ])
    #expect(CommissioningView(events: [.installation(CalendarDay(2025, 1, 3))]).findings.isEmpty)
  }
}

@Suite("Edges of the supported days")
struct SupportedDayEdgeTests {
  @Test("schedules and summaries at the ends of the calendar do not trap")
  func edges() {
    let plan = TelecareProposal.ReviewPlan(
      firstReviewWeeksAfterInstallation: Int.max, intervalMonths: Int.max,
      monitoringFeedbackToSocialWorker: false)
    let schedule = ReviewSchedule(installed: CalendarDay(9999, 12, 1), plan: plan)
    #expect(schedule.reviews(through: CalendarDay(9999, 12, 31)).isEmpty)
    #expect(schedule.nextReview(onOrAfter: CalendarDay(9999, 12, 31)) == nil)
    let monthly = ReviewSchedule(
      installed: CalendarDay(9999, 10, 1),
      plan: .init(
        firstReviewWeeksAfterInstallation: 1, intervalMonths: 1,
        monitoringFeedbackToSocialWorker: true))
    #expect(monthly.reviews(through: CalendarDay(9999, 12, 31)).count == 3)
    #expect(monthly.nextReview(onOrAfter: CalendarDay(9999, 12, 9))?.day == nil)
    let summary = FeedbackSummary(
      installation: "I", calls: [], from: CalendarDay(1, 1, 1), through: CalendarDay(1, 1, 10))
    #expect(summary.longestDaysWithoutActivity == 10)
    let end = FeedbackSummary(
      installation: "I", calls: [], from: CalendarDay(9999, 12, 22),
      through: CalendarDay(9999, 12, 31))
    #expect(end.longestDaysWithoutActivity == 10)
  }
}

@Suite("Review schedule against an independent implementation")
struct ReviewScheduleCrossCheckTests {
  @Test("60 random schedules match Python dateutil's month arithmetic")
  func matchesDateutil() throws {
    for (installed, weeks, interval, last, expected) in ReviewScheduleCases.cases {
      let schedule = ReviewSchedule(
        installed: try CalendarDay(iso8601: installed),
        plan: .init(
          firstReviewWeeksAfterInstallation: weeks, intervalMonths: interval,
          monitoringFeedbackToSocialWorker: true))
      let days = schedule.reviews(through: try CalendarDay(iso8601: last)).map(\.day.description)
      #expect(days == expected, "installed \(installed), \(weeks) weeks, every \(interval) months")
    }
  }
}
