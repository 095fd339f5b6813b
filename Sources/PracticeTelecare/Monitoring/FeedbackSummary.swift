/// What the monitoring centre tells the social worker about one installation over a period: the
/// feedback loop the seed says is missing ("social workers do not usually receive feedback on
/// how clients use the system").
public struct FeedbackSummary: Sendable, Hashable, Codable {
  /// A comment from the person or their carer, in their words.
  public struct Comment: Sendable, Hashable, Codable {
    /// Who made it.
    public enum Author: String, Sendable, Hashable, Codable, CaseIterable {
      /// The person.
      case person
      /// A carer.
      case carer
    }

    /// The day it was made.
    public var day: CalendarDay
    /// Who made it.
    public var author: Author
    /// The comment.
    public var text: String

    /// Creates a comment.
    public init(day: CalendarDay, author: Author, text: String) {
      self.day = day
      self.author = author
      self.text = text
    }
  }

  /// Alarms from one device.
  public struct DeviceCount: Sendable, Hashable, Codable {
    /// The device.
    public var device: String
    /// Alarms raised.
    public var alarms: Int
  }

  /// The installation.
  public var installation: String
  /// The first day of the period.
  public var from: CalendarDay
  /// The last day of the period.
  public var through: CalendarDay
  /// Alarms raised in the period.
  public var alarms: Int
  /// Alarms per week (period length in days / 7).
  public var alarmsPerWeek: Double
  /// Alarms by device, most first (then by name).
  public var byDevice: [DeviceCount]
  /// Calls never answered.
  public var unanswered: Int
  /// Calls answered after the standard's first threshold (60 s).
  public var slow: Int
  /// Calls logged as faults.
  public var faults: Int
  /// False or accidental alarms.
  public var falseAlarms: Int
  /// The longest run of days in the period with no alarm at all (including up to its last day).
  public var longestDaysWithoutActivity: Int
  /// Comments in the period.
  public var comments: [Comment]
  /// Findings for the social worker.
  public var findings: [Finding]

  /// Summarises `calls` for `installation` from `from` through `through`.
  ///
  /// - Parameters:
  ///   - installation: the installation summarised.
  ///   - calls: the log; other installations' calls and calls outside the period are ignored.
  ///   - from: the first day of the period.
  ///   - through: the last day of the period.
  ///   - comments: the person's or carer's comments; those outside the period are left out.
  ///   - noActivityDays: a run of this many days or more with no alarm is a finding (an unused
  ///     or faulty system, or a person who no longer wears the pendant).
  ///   - standard: the call-answering standard whose first threshold makes a call slow.
  public init(
    installation: String, calls: [AlarmCall], from: CalendarDay, through: CalendarDay,
    comments: [Comment] = [], noActivityDays: Int = 28,
    standard: CallAnsweringStandard = .qualityStandardsFramework
  ) {
    let mine = calls.filter {
      $0.installation == installation && $0.raisedAt.day >= from && $0.raisedAt.day <= through
    }
    self.installation = installation
    self.from = from
    self.through = through
    alarms = mine.count
    let days = max(1, from.distance(to: through) + 1)
    alarmsPerWeek = Double(mine.count) * 7 / Double(days)
    var counts: [String: Int] = [:]
    for call in mine { counts[call.device, default: 0] += 1 }
    byDevice = counts.map { DeviceCount(device: $0.key, alarms: $0.value) }
      .sorted { ($0.alarms, $1.device) > ($1.alarms, $0.device) }
    unanswered = mine.count { $0.answeredAt == nil }
    slow = mine.count { ($0.answerSeconds ?? 0) > standard.first.seconds }
    faults = mine.count(where: \.isFault)
    falseAlarms = mine.count(where: \.isFalseAlarm)
    // Runs of days without an alarm: before the first active day, between active days, and
    // after the last, by distance (no day arithmetic, so any day in range is safe).
    let activeDays = Set(mine.map(\.raisedAt.day)).sorted()
    var longest = 0
    if let first = activeDays.first, let last = activeDays.last {
      longest = max(from.distance(to: first), last.distance(to: through))
      for (earlier, later) in zip(activeDays, activeDays.dropFirst()) {
        longest = max(longest, earlier.distance(to: later) - 1)
      }
    } else {
      longest = days
    }
    longestDaysWithoutActivity = longest
    self.comments = comments.filter { $0.day >= from && $0.day <= through }
    var findings: [Finding] = []
    let centre = [Source.efortt("Conclusions"), .crossedLines]
    if unanswered > 0 || slow > 0 {
      findings.append(
        Finding(
          code: .telecareFeedbackUnansweredOrSlow, severity: .concern,
          message: "\(unanswered) unanswered and \(slow.counted("slow call")) (over "
            + "\(standard.first.seconds) seconds) in the period.",
          subject: installation, sources: standard.provenance.sources))
    }
    if longest >= noActivityDays {
      findings.append(
        Finding(
          code: .telecareFeedbackNoActivity, severity: .advisory,
          message:
            "\(longest.counted("day")) in a row with no alarm: check the system works and is "
            + "still wanted.",
          subject: installation, sources: centre))
    }
    if faults > 0 {
      findings.append(
        Finding(
          code: .telecareFeedbackDeviceFaults, severity: .concern,
          message: "\(faults.counted("call")) logged as device or line faults.",
          subject: installation,
          sources: centre))
    }
    self.findings = findings
  }
}

/// When a telecare installation is reviewed: a first review a set number of weeks after
/// installation, then every set number of months, and on each change of needs or devices.
///
/// No national review interval was found (TEC Monitoring asks only that needs are "assessed in
/// line with contractual requirements"): the plan's intervals are the authority's own.
public struct ReviewSchedule: Sendable, Hashable, Codable {
  /// Why a review is due.
  public enum Reason: String, Sendable, Hashable, Codable {
    /// The first review after installation.
    case first
    /// A periodic review.
    case periodic
    /// A change of needs or devices.
    case change
  }

  /// A review due on a day.
  public struct Review: Sendable, Hashable, Codable {
    /// The day it is due.
    public var day: CalendarDay
    /// Why.
    public var reason: Reason
  }

  /// The day of installation.
  public var installed: CalendarDay
  /// The plan.
  public var plan: TelecareProposal.ReviewPlan
  /// Changes of needs or devices.
  public var changes: [TelecareProposal.Change]

  /// Creates a schedule.
  public init(
    installed: CalendarDay, plan: TelecareProposal.ReviewPlan,
    changes: [TelecareProposal.Change] = []
  ) {
    self.installed = installed
    self.plan = plan
    self.changes = changes
  }

  /// The reviews due from installation through `last`, in day order. Periodic reviews fall on
  /// the corresponding date `k × interval` months after the first review (31 January + 1 month
  /// is the last day of February), so they do not drift. Days beyond 9999-12-31 are left out.
  public func reviews(through last: CalendarDay) -> [Review] {
    var reviews: [Review] = []
    if let first = firstReview, first <= last {
      reviews.append(Review(day: first, reason: .first))
      var k = 1
      while plan.intervalMonths > 0, let day = periodic(k, after: first), day <= last {
        reviews.append(Review(day: day, reason: .periodic))
        k += 1
      }
    }
    reviews += changes.filter { $0.day >= installed && $0.day <= last }
      .map { Review(day: $0.day, reason: .change) }
    return reviews.sorted { ($0.day, $0.reason.rawValue) < ($1.day, $1.reason.rawValue) }
  }

  /// The first review due on or after `day`, if any falls within the supported days.
  public func nextReview(onOrAfter day: CalendarDay) -> Review? {
    // The next periodic review is at most one interval after `day` (or is the first review).
    let horizon =
      [firstReview, periodic(1, after: day)].compactMap { $0 } + changes.map(\.day)
    return reviews(through: horizon.max() ?? day).first { $0.day >= day }
  }

  /// The first review's day, `nil` when it falls outside the supported days.
  private var firstReview: CalendarDay? {
    let (days, overflow) = max(0, plan.firstReviewWeeksAfterInstallation)
      .multipliedReportingOverflow(by: 7)
    return overflow ? nil : try? installed.adding(days: days)
  }

  /// The corresponding date `k` intervals after `start`, `nil` outside the supported days.
  private func periodic(_ k: Int, after start: CalendarDay) -> CalendarDay? {
    let (months, overflow) = k.multipliedReportingOverflow(by: plan.intervalMonths)
    guard !overflow, months > 0, let period = try? Period(months, .months) else { return nil }
    return try? period.lastDay(from: start)
  }
}
