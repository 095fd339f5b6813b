extension SSDA903 {
  /// A period of care: a child's unbroken run of episodes.
  ///
  /// A child's episodes are sorted by DECOM; an episode continues the current period when its
  /// DECOM equals the previous episode's DEC, or the previous episode's REC is X1 ("ceases and a
  /// new episode begins on the same day"); otherwise a new period begins. Overlapping episodes
  /// (a DECOM before the DEC of an earlier episode of the period, or while one is open: DfE
  /// rules 501 and 142) are one period, counted once, ending with the latest DEC (open while any
  /// of its episodes is).
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
      var current:
        (child: String, start: CalendarDay, end: CalendarDay?, statuses: [String], begins: Bool)?
      var previous: Episode?
      func close() {
        if let current {
          periods.append(
            PeriodOfCare(
              child: current.child, start: current.start, end: current.end,
              legalStatuses: current.statuses, beginsInData: current.begins))
        }
      }
      for episode in sorted {
        let continues =
          current.map { period in
            period.child == episode.child
              && (period.end.map { episode.start <= $0 } ?? true
                || previous?.reasonCeased == "X1")
          } ?? false
        if continues {
          // The period runs to its furthest end; an open episode keeps it open.
          if let end = current?.end, let next = episode.end {
            current?.end = max(end, next)
          } else {
            current?.end = nil
          }
        } else {
          close()
          current = (
            episode.child, episode.start, episode.end, [],
            episode.reasonNew.map { $0 == "S" } ?? true
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
