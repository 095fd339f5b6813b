/// Installations and refusals per month against any installation target, with the reasons for
/// refusal, so the pressure the seed describes (a monthly target of more than 90 installations
/// in one district; cost as the main reason for refusing) is visible rather than hidden.
public struct CommissioningView: Sendable, Hashable, Codable {
  /// Why a person refused telecare.
  public enum RefusalReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The cost to the person.
    case cost
    /// Privacy, or wariness of passive sensors.
    case privacy
    /// A preference for hands-on care.
    case prefersHandsOnCare
    /// Does not want or feel they need it.
    case notWanted
    /// Another reason.
    case other
  }

  /// One installation or refusal.
  public struct Event: Sendable, Hashable, Codable {
    /// The day.
    public var day: CalendarDay
    /// The refusal reason, or `nil` for an installation.
    public var refusal: RefusalReason?

    /// An installation on `day`.
    public static func installation(_ day: CalendarDay) -> Event { Event(day: day, refusal: nil) }
    /// A refusal on `day` for `reason`.
    public static func refusal(_ day: CalendarDay, _ reason: RefusalReason) -> Event {
      Event(day: day, refusal: reason)
    }
  }

  /// One month's figures.
  public struct Month: Sendable, Hashable, Codable {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// Installations.
    public var installations: Int
    /// Refusals.
    public var refusals: Int
    /// Refusals for cost.
    public var refusedForCost: Int
    /// Refusals by reason, in ``RefusalReason`` order, zeros left out.
    public var refusalsByReason: [ReasonCount]
    /// The target, if any.
    public var target: Int?
  }

  /// Refusals for one reason.
  public struct ReasonCount: Sendable, Hashable, Codable {
    /// The reason.
    public var reason: RefusalReason
    /// Refusals.
    public var count: Int
  }

  /// The months with any event, in order.
  public var months: [Month]

  /// Builds the view; `monthlyTarget` is the authority's installation target, if it has one.
  public init(events: [Event], monthlyTarget: Int? = nil) {
    var byMonth: [Int: [Event]] = [:]
    for event in events {
      byMonth[event.day.year * 12 + event.day.month - 1, default: []].append(event)
    }
    months = byMonth.keys.sorted().map { key in
      let events = byMonth[key] ?? []
      let refusals = events.compactMap(\.refusal)
      return Month(
        year: key / 12, month: key % 12 + 1, installations: events.count { $0.refusal == nil },
        refusals: refusals.count, refusedForCost: refusals.count { $0 == .cost },
        refusalsByReason: RefusalReason.allCases.compactMap { reason in
          let count = refusals.count { $0 == reason }
          return count == 0 ? nil : ReasonCount(reason: reason, count: count)
        },
        target: monthlyTarget)
    }
  }

  /// Findings: months below target (pressure to prescribe) and months where cost was the main
  /// reason for refusing.
  public var findings: [Finding] {
    months.flatMap { month -> [Finding] in
      var findings: [Finding] = []
      let label = "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)"
      if let target = month.target, month.installations < target {
        findings.append(
          Finding(
            code: .telecareCommissioningBelowTarget, severity: .information,
            message: "\(label): \(month.installations.counted("installation")) against a target of "
              + "\(target). Targets pushed prescriptions in the seed's district: review each "
              + "proposal on its merits.",
            sources: [.crossedLines]))
      }
      if month.refusals > 0, month.refusedForCost * 2 > month.refusals {
        findings.append(
          Finding(
            code: .telecareCommissioningCostRefusals, severity: .advisory,
            message: "\(label): cost was the reason for \(month.refusedForCost) of "
              + "\(month.refusals.counted("refusal")). Quote the weekly figure before the person decides.",
            sources: [.crossedLines]))
      }
      return findings
    }
  }
}
