extension SSDA903 {
  /// A period of care: a child's unbroken run of episodes.
  ///
  /// A child's episodes are sorted by DECOM; an episode continues the current period when its
  /// DECOM equals the previous episode's DEC, or the previous episode's REC is X1 ("ceases and a
  /// new episode begins on the same day"); otherwise a new period begins.
  public struct PeriodOfCare: Sendable, Hashable, Codable {
    /// The child.
    public let child: String
    /// The first episode's DECOM: the day the child became looked after.
    public let start: CalendarDay
    /// The last episode's DEC, or `nil` while the period is open.
    public let end: CalendarDay?
    /// The legal status codes of its episodes, in order (blank ones left out).
    public let legalStatuses: [String]
    /// Whether the first episode in the data began the period: its RNE is `S` (started to be
    /// looked after) or blank. Otherwise the period began before the data's first episode, so
    /// ``start`` is only the earliest day known.
    public let beginsInData: Bool

    /// Creates a period.
    public init(
      child: String, start: CalendarDay, end: CalendarDay?, legalStatuses: [String],
      beginsInData: Bool = true
    ) {
      self.child = child
      self.start = start
      self.end = end
      self.legalStatuses = legalStatuses
      self.beginsInData = beginsInData
    }

    /// Whether every episode is a short break (LS V3 or V4): reviews then follow reg 48, not
    /// reg 33, so the review audit leaves the period out. A period with no legal status known
    /// is not a short break.
    public var isShortBreaksOnly: Bool {
      !legalStatuses.isEmpty && legalStatuses.allSatisfy { $0 == "V3" || $0 == "V4" }
    }

    /// Whether the period shares a day with `first...last`.
    public func overlaps(_ first: CalendarDay, _ last: CalendarDay) -> Bool {
      start <= last && (end.map { $0 >= first } ?? true)
    }

    /// The periods of care made by `episodes` (any children, any order), sorted by child then
    /// start.
    public static func periods(of episodes: [Episode]) -> [PeriodOfCare] {
      let sorted = episodes.sorted { ($0.child, $0.start) < ($1.child, $1.start) }
      var periods: [PeriodOfCare] = []
      var current: (child: String, start: CalendarDay, statuses: [String], begins: Bool)?
      var previous: Episode?
      func close() {
        if let current, let previous {
          periods.append(
            PeriodOfCare(
              child: current.child, start: current.start, end: previous.end,
              legalStatuses: current.statuses, beginsInData: current.begins))
        }
      }
      for episode in sorted {
        let continues =
          previous.map {
            $0.child == episode.child && ($0.end == episode.start || $0.reasonCeased == "X1")
          } ?? false
        if !continues {
          close()
          current = (
            episode.child, episode.start, [], episode.reasonNew.map { $0 == "S" } ?? true
          )
        }
        if let status = episode.legalStatus { current?.statuses.append(status) }
        previous = episode
      }
      close()
      return periods
    }
  }
}
