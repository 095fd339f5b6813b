/// A wall-clock moment in UK local time, to the minute, written `YYYY-MM-DDTHH:MM` in JSON.
///
/// Differences are wall-clock differences: a clock change between two moments is not counted
/// (an hour at most, twice a year).
public struct LocalMoment: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The day.
  public var day: CalendarDay
  /// Minutes since midnight, 0 to 1439.
  public var minuteOfDay: Int

  /// Creates a moment; `nil` when the hour or minute is out of range.
  public init?(day: CalendarDay, hour: Int, minute: Int) {
    guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
    self.day = day
    minuteOfDay = hour * 60 + minute
  }

  /// Minutes from this moment to `other` (negative when `other` is earlier).
  public func minutes(to other: LocalMoment) -> Int {
    day.distance(to: other.day) * 1440 + other.minuteOfDay - minuteOfDay
  }

  /// Orders by day, then time.
  public static func < (lhs: LocalMoment, rhs: LocalMoment) -> Bool {
    (lhs.day, lhs.minuteOfDay) < (rhs.day, rhs.minuteOfDay)
  }

  /// For example `2025-03-03T09:15`.
  public var description: String {
    let hour = minuteOfDay / 60
    let minute = minuteOfDay % 60
    return "\(day)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
  }

  /// Reads `YYYY-MM-DDTHH:MM`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, let day = try? CalendarDay(iso8601: parts[0]) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected YYYY-MM-DDTHH:MM")
    }
    let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 2, clock.allSatisfy({ $0.count == 2 }),
      let hour = Int(clock[0]), let minute = Int(clock[1]),
      let moment = LocalMoment(day: day, hour: hour, minute: minute)
    else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected YYYY-MM-DDTHH:MM")
    }
    self = moment
  }

  /// Writes `YYYY-MM-DDTHH:MM`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// One family's episode with an intensive family support service, as recorded: when it was
/// referred and first responded to, when the intervention ran, the hours spent with the family
/// each week, whether a worker was reachable at all hours, and the moving on plan.
public struct IntensiveSupportEpisode: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// The schema version of this document.
  public var schemaVersion: Int
  /// A pseudonymous case reference.
  public var caseReference: String
  /// When the referral was received.
  public var referred: LocalMoment
  /// When the service first responded, if it has.
  public var firstResponse: LocalMoment?
  /// The first day of the intervention.
  public var started: CalendarDay
  /// The last day of the intervention, once it has ended.
  public var ended: CalendarDay?
  /// Hours spent with the family in each week of the intervention, in order.
  public var weeklyHours: [Double]
  /// Whether a worker was reachable 24 hours a day, 7 days a week throughout.
  public var workerReachableAllHours: Bool
  /// The day the moving on plan was made, if one was.
  public var movingOnPlan: CalendarDay?

  /// Creates an episode record.
  public init(
    caseReference: String, referred: LocalMoment, firstResponse: LocalMoment?,
    started: CalendarDay, ended: CalendarDay?, weeklyHours: [Double],
    workerReachableAllHours: Bool, movingOnPlan: CalendarDay?
  ) {
    schemaVersion = Self.currentSchemaVersion
    self.caseReference = caseReference
    self.referred = referred
    self.firstResponse = firstResponse
    self.started = started
    self.ended = ended
    self.weeklyHours = weeklyHours
    self.workerReachableAllHours = workerReachableAllHours
    self.movingOnPlan = movingOnPlan
  }

  /// Checks the order of events: response not before referral, end not before start, hours
  /// not negative.
  public func validate() throws(DocumentDecodingError) {
    let validation = AuditValidation()
    if let firstResponse, firstResponse < referred {
      throw validation.error(.invalidValue, at: .key("firstResponse"))
    }
    if let ended, ended < started { throw validation.error(.invalidValue, at: .key("ended")) }
    if let index = weeklyHours.firstIndex(where: { !($0 >= 0) || !$0.isFinite }) {
      throw validation.error(.invalidValue, at: .key("weeklyHours"), .index(index))
    }
  }

  /// The findings for each service standard missed (``IntensiveSupportStandard``), as of `day`.
  public func findings(
    standards: IntensiveSupportStandard = .project, asOf day: CalendarDay
  ) -> [Finding] {
    standards.findings(for: self, asOf: day)
  }
}

/// The service standards of an intensive family support service, as Mason (2012) describes
/// Project X (seed 002): respond to a referral within 24 hours; about 10 hours a week with the
/// family; a worker reachable 24 hours a day, 7 days a week; an intervention of typically 6–8
/// weeks; a "moving on plan" at the end.
public struct IntensiveSupportStandard: Sendable, Hashable, Codable {
  /// The longest time from referral to first response, in minutes (24 hours).
  public var responseMinutes: Int
  /// The weekly hours with the family below which a week is reported ("approximately 10").
  public var weeklyHours: Double
  /// The usual length of the intervention in days, inclusive (6–8 weeks: 42 to 56 days from
  /// the first day to the last).
  public var durationDays: ClosedRange<Int>

  /// Creates a standard.
  public init(responseMinutes: Int, weeklyHours: Double, durationDays: ClosedRange<Int>) {
    self.responseMinutes = responseMinutes
    self.weeklyHours = weeklyHours
    self.durationDays = durationDays
  }

  /// Project X's standards (seed 002).
  public static let project = IntensiveSupportStandard(
    responseMinutes: 24 * 60, weeklyHours: 10, durationDays: 42...56)

  private static let source = Source.mason2012("section \"Project X\"")

  /// Findings for `episode` as of `day`:
  /// - `ifss.response.late` (concern): first response more than 24 hours after referral, or
  ///   none yet and 24 hours have passed by the end of `day`;
  /// - `ifss.hours.belowStandard` (advisory): each week below the weekly hours ("about 10", so
  ///   advisory);
  /// - `ifss.availability.gap` (concern): no worker reachable at all hours;
  /// - `ifss.duration.outsideUsual` (advisory): an ended intervention shorter or longer than
  ///   6–8 weeks ("typically");
  /// - `ifss.movingOnPlan.missing` (concern): an ended intervention without a moving on plan.
  public func findings(for episode: IntensiveSupportEpisode, asOf day: CalendarDay) -> [Finding] {
    var findings: [Finding] = []
    let subject = episode.caseReference
    let deadline = episode.referred.minuteOfDay + responseMinutes
    // nil only past the last supported day, which no response deadline can have passed.
    let dueDay = try? episode.referred.day.adding(days: deadline / 1440)
    if let response = episode.firstResponse {
      if episode.referred.minutes(to: response) > responseMinutes {
        findings.append(
          Finding(
            code: .ifssResponseLate, severity: .concern,
            message: "The first response came more than 24 hours after the referral.",
            subject: subject, dueDay: dueDay, actualDay: response.day, sources: [Self.source]))
      }
    } else if let dueDay, dueDay < day {
      findings.append(
        Finding(
          code: .ifssResponseLate, severity: .concern,
          message: "No response is recorded and 24 hours since the referral have passed.",
          subject: subject, dueDay: dueDay, sources: [Self.source]))
    }
    for (index, hours) in episode.weeklyHours.enumerated() where hours < weeklyHours {
      findings.append(
        Finding(
          code: .ifssHoursBelowStandard, severity: .advisory,
          message: "Week \(index + 1): fewer hours with the family than the service's "
            + "standard of about \(Self.format(weeklyHours)) a week.",
          subject: subject, sources: [Self.source]))
    }
    if !episode.workerReachableAllHours {
      findings.append(
        Finding(
          code: .ifssAvailabilityGap, severity: .concern,
          message: "A worker was not reachable 24 hours a day, 7 days a week throughout.",
          subject: subject, sources: [Self.source]))
    }
    if let ended = episode.ended {
      let days = episode.started.distance(to: ended)
      if !durationDays.contains(days) {
        findings.append(
          Finding(
            code: .ifssDurationOutsideUsual, severity: .advisory,
            message: "The intervention lasted \(days) days, outside the usual "
              + "\(durationDays.lowerBound / 7)–\(durationDays.upperBound / 7) weeks.",
            subject: subject, actualDay: ended, sources: [Self.source]))
      }
      if episode.movingOnPlan == nil {
        findings.append(
          Finding(
            code: .ifssMovingOnPlanMissing, severity: .concern,
            message: "The intervention ended without a moving on plan.", subject: subject,
            dueDay: ended, sources: [Self.source]))
      }
    }
    return findings
  }

  private static func format(_ hours: Double) -> String {
    hours == hours.rounded() ? String(Int(hours)) : String(hours)
  }

  /// The standards as facts.
  static var facts: [Fact] {
    [
      Fact(
        id: "audit.ifss.standards",
        statement: "Project X, an intensive family support service: responds to a referral "
          + "within 24 hours; workers spend approximately 10 hours a week with the family; a "
          + "worker is available 24 hours a day, 7 days a week; the intervention typically "
          + "lasts 6–8 weeks and ends with a 'Moving on Plan'.",
        provenance: Provenance(
          .verified, [source],
          note: "One service's standards, not a national standard; 6–8 weeks is counted as 42 "
            + "to 56 days from the first day to the last."))
    ]
  }
}
