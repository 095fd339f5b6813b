/// A statutory or local timescale: "event B is due within period P of event A", possibly
/// repeating ("then every 6 months after the previous one") and possibly conditional.
///
/// `Timescale` is data: PracticeLaw supplies the statutory content (Working Together, the Care
/// Planning Regulations), PracticeAudit's engine applies it to events. For example, the looked-after
/// child review chain of the Care Planning, Placement and Case Review (England) Regulations 2010
/// reg 33 is `trigger: startedLookedAfter, target: review, periods: [20 working days, 3 months,
/// 6 months], repeatsLast: true, endsOn: [ceasedLookedAfter]`.
public struct Timescale: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, for example `law.cpr2010.reg33.reviews`.
  public let id: String
  /// A name for people, for example "Looked-after child reviews".
  public let title: String
  /// The event that starts the clock.
  public let trigger: EventKind
  /// A kind of event that starts the clock and marks the trigger it runs from when more than one
  /// was held: a ``trigger`` event on or after an event of this kind, with no target or ending
  /// event from that day to its own, starts no chain of its own. Working Together counts the
  /// initial child protection conference "from the strategy discussion at which the section 47
  /// enquiry was initiated", where more than one was held. `nil` when every trigger restarts the
  /// clock.
  public let initiatingTrigger: EventKind?
  /// The event that meets the timescale.
  public let target: EventKind
  /// The period for the first target event, then for each following one. The first is counted
  /// from the trigger; each later one from the actual day of the previous target event.
  public let periods: [Period]
  /// Whether the last period repeats indefinitely (every review after the second, for example).
  public let repeatsLast: Bool
  /// Events that end the obligation (for example the child ceasing to be looked after).
  public let endsOn: [EventKind]
  /// Events that must have happened on or before the trigger day for the timescale to apply
  /// (for example a child protection plan having started).
  public let requires: [EventKind]
  /// A change of interval once a first phase has run: "at intervals of not more than six weeks
  /// for the first year of any placement, thereafter … not more than three months" (CPR 2010
  /// reg 28(2)). An item counted from a day after the phase uses ``Thereafter/period``.
  public let thereafter: Thereafter?
  /// The trigger days to which the timescale applies (the edition of the guidance in force when
  /// the clock started): a trigger outside it starts no chain.
  public let effective: EffectivePeriod
  /// Where the timescale comes from.
  public let provenance: Provenance

  /// Why a timescale is invalid.
  public enum ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No period was given.
    case noPeriods
    /// A period is in hours, which cannot be applied to days.
    case periodInHours

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .noPeriods: "a timescale needs at least one period"
      case .periodInHours: "a timescale between events on days cannot be measured in hours"
      }
    }
  }

  /// Creates a timescale.
  /// - Throws: ``ValidationError`` when `periods` is empty or has a period in hours.
  public init(
    id: String, title: String, trigger: EventKind, target: EventKind, periods: [Period],
    initiatingTrigger: EventKind? = nil, repeatsLast: Bool = false, endsOn: [EventKind] = [],
    requires: [EventKind] = [], thereafter: Thereafter? = nil,
    effective: EffectivePeriod = .always, provenance: Provenance
  ) throws(ValidationError) {
    guard !periods.isEmpty else { throw .noPeriods }
    guard !periods.contains(where: { $0.unit == .hours }), thereafter?.phase.unit != .hours,
      thereafter?.period.unit != .hours
    else { throw .periodInHours }
    self.id = id
    self.title = title
    self.trigger = trigger
    self.initiatingTrigger = initiatingTrigger
    self.target = target
    self.periods = periods
    self.repeatsLast = repeatsLast
    self.endsOn = endsOn
    self.requires = requires
    self.thereafter = thereafter
    self.effective = effective
    self.provenance = provenance
  }

  /// The kind of event that starts a clock for certain: ``initiatingTrigger`` when the timescale
  /// has one, otherwise ``trigger``. A reader whose start date is by definition the initiating
  /// event (the CIN census's `S47ActualStartDate`) records it as this kind.
  public var clockStart: EventKind { initiatingTrigger ?? trigger }

  /// The period for the target event at `index` (0 for the first), or `nil` when the chain has
  /// ended (a non-repeating timescale has as many items as periods). Ignores ``thereafter``.
  public func period(forItem index: Int) -> Period? {
    guard index >= 0 else { return nil }
    if index < periods.count { return periods[index] }
    return repeatsLast ? periods.last : nil
  }

  /// The last day for the target event at `index`, counted from `previous`: the trigger day for
  /// the first item, the actual day of the previous target event for later ones.
  ///
  /// When the timescale has a ``thereafter`` phase and `triggerDay` is given, an item after the
  /// first counted from a day after the phase's last day uses the later period.
  /// - Returns: `nil` when the chain has no item `index`.
  /// - Throws: ``Period/PeriodError`` when the day cannot be computed.
  public func dueDay(
    forItem index: Int, from previous: CalendarDay, triggerDay: CalendarDay? = nil,
    calendar: WorkingCalendar?
  ) throws(Period.PeriodError) -> CalendarDay? {
    guard var period = period(forItem: index) else { return nil }
    if index > 0, let thereafter, let triggerDay,
      previous > (try thereafter.phase.lastDay(from: triggerDay, calendar: calendar))
    {
      period = thereafter.period
    }
    return try period.lastDay(from: previous, calendar: calendar)
  }

  /// A second interval that replaces the repeating one once a first phase has run.
  public struct Thereafter: Sendable, Hashable, Codable {
    /// The first phase, counted from the trigger (for example 12 months beginning with the
    /// start of the placement).
    public let phase: Period
    /// The interval for items counted from a day after the phase.
    public let period: Period
    /// Creates a later phase.
    public init(after phase: Period, every period: Period) {
      self.phase = phase
      self.period = period
    }
  }
}
