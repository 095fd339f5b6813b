extension SSDA903 {
  /// A child in the Header table.
  public struct Child: Sendable, Hashable, Codable {
    /// The local authority's child identifier (CHILD).
    public let id: String
    /// The date of birth (DOB), when valid.
    public let birthDay: CalendarDay?

    /// Creates a child.
    public init(id: String, birthDay: CalendarDay? = nil) {
      self.id = id
      self.birthDay = birthDay
    }
  }

  /// An episode of care: a stretch with one legal status and one placement.
  public struct Episode: Sendable, Hashable, Codable {
    /// The child (CHILD).
    public let child: String
    /// The day the episode began (DECOM).
    public let start: CalendarDay
    /// The day it ceased (DEC), or `nil` while it is open.
    public let end: CalendarDay?
    /// The reason for the new episode (RNE), when given: `S` when the child started to be
    /// looked after that day.
    public let reasonNew: String?
    /// The legal status code (LS), when given.
    public let legalStatus: String?
    /// The placement type code (PLACE), when given.
    public let placement: String?
    /// The reason the episode ceased (REC), when given.
    public let reasonCeased: String?

    /// Creates an episode.
    public init(
      child: String, start: CalendarDay, end: CalendarDay? = nil, reasonNew: String? = nil,
      legalStatus: String? = nil, placement: String? = nil, reasonCeased: String? = nil
    ) {
      self.child = child
      self.start = start
      self.end = end
      self.reasonNew = reasonNew
      self.legalStatus = legalStatus
      self.placement = placement
      self.reasonCeased = reasonCeased
    }
  }

  /// A looked-after review (a Reviews row with a valid REVIEW date).
  public struct Review: Sendable, Hashable, Codable, Comparable {
    /// The child (CHILD).
    public let child: String
    /// The day the review was held (REVIEW).
    public let day: CalendarDay

    /// Creates a review.
    public init(child: String, day: CalendarDay) {
      self.child = child
      self.day = day
    }

    /// Orders by child, then day.
    public static func < (lhs: Review, rhs: Review) -> Bool {
      (lhs.child, lhs.day) < (rhs.child, rhs.day)
    }
  }

  /// One collection year's return as read: the rows the audits use, how many rows each table
  /// had, and every data-quality issue found.
  public struct Return: Sendable, Hashable {
    /// The collection year the return was checked against.
    public let year: CollectionYear
    /// The Header table's children.
    public internal(set) var children: [Child] = []
    /// The Episodes table's usable rows (those with a child and a valid DECOM).
    public internal(set) var episodes: [Episode] = []
    /// The Reviews table's rows with a valid review date.
    public internal(set) var reviews: [Review] = []
    /// How many data rows of each table were read, valid or not (a table cut off by malformed
    /// text counts the rows read before the break; a repeated row is counted, and reported).
    public internal(set) var rowCounts: [Table: Int] = [:]
    /// Every problem found, in reading order.
    public internal(set) var issues: [SourceDataIssue] = []
    /// The files in a folder that were not read: neither `.csv` nor `.xml` (hidden files are
    /// not listed).
    public internal(set) var skippedFiles: [String] = []
    /// The rows already read, so a repeated child, row or overlapping episode is found as it
    /// is read (the `admit` methods).
    var ledger = RowLedger()

    /// Creates a return from rows already read (for callers with their own source).
    public init(
      year: CollectionYear, children: [Child] = [], episodes: [Episode] = [],
      reviews: [Review] = []
    ) {
      self.year = year
      self.children = children
      self.episodes = episodes
      self.reviews = reviews
    }

    /// Whether any table was recognised: `false` when nothing read was an SSDA903 table or
    /// XML return (an empty folder, other CSV files, an XML file with another root).
    public var recognisedAnything: Bool { !rowCounts.isEmpty }

    /// The measures that cannot be computed because a table they need was not read, with why;
    /// empty when nothing was recognised at all (then no measure can be) or nothing is missing.
    public var unavailableMeasures: [UnavailableMeasure] {
      guard recognisedAnything else { return [] }
      var measures: [UnavailableMeasure] = []
      if rowCounts[.header] == nil {
        measures.append(
          UnavailableMeasure(
            measure: "children", reason: "no Header table was read: children are counted from it"))
      }
      if rowCounts[.episodes] == nil {
        measures.append(
          UnavailableMeasure(
            measure: "periods of care, review timeliness and care proceedings",
            reason: "no Episodes table was read: periods of care are built from its episodes"))
      } else if rowCounts[.reviews] == nil {
        measures.append(
          UnavailableMeasure(
            measure: "review timeliness",
            reason: "no Reviews table was read: every review due would count as missing"))
      }
      return measures
    }

    /// How many issues broke each rule.
    public var issueCounts: [SourceDataIssue.Rule: Int] {
      issues.reduce(into: [:]) { $0[$1.rule, default: 0] += 1 }
    }
  }

  /// A measure a return cannot support, and why (a table it needs was not read).
  public struct UnavailableMeasure: Sendable, Hashable, Codable {
    /// What cannot be computed, for example "review timeliness".
    public let measure: String
    /// Why: the table that was not read and what it is needed for.
    public let reason: String
  }
}
