/// A seeded generator of consistent synthetic SSDA903 returns (Header, Episodes and Reviews
/// tables) for testing and benchmarking: the same settings give the same bytes.
///
/// Each child has one period of care that shares at least a day with the collection year: it
/// starts up to three years before the year (so some periods are partial unless earlier years
/// are supplied) or in it, is made of one to three episodes joined by REC X1, and ends in the
/// year for about a third of children. Reviews follow the reg 33 chain the caller passes: each
/// review is held by its due day, late (1 to 45 days after it) with probability ``lateRate``, or
/// never, which ends the chain, with probability ``missingRate``. Only the year's reviews are
/// written, as in a real return. About 3% of periods are short breaks (LS V3).
///
/// Legal-status and placement mixes are round figures shaped like the DfE's national statistics
/// (``mixProvenance``): unverified, for realistic-looking volume only.
public struct SSDA903Generator: Sendable {
  /// Why a generator cannot be made.
  public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number of children is outside 0...10,000,000.
    case childrenOutOfRange
    /// A rate is outside 0...1, or the two rates add up to more than 1.
    case rateOutOfRange

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .childrenOutOfRange: "the number of children must be between 0 and 10,000,000"
      case .rateOutOfRange:
        "the late and missing rates must each be between 0 and 1, and add up to at most 1"
      }
    }
  }

  /// How many children (Header rows).
  public let children: Int
  /// The seed: the same seed and settings give the same bytes.
  public let seed: UInt64
  /// The collection year.
  public let year: CollectionYear
  /// The share of reviews held late.
  public let lateRate: Double
  /// The share of reviews never held.
  public let missingRate: Double
  /// The review chain (reg 33).
  public let reviews: Timescale
  /// The working-day calendar for the first review.
  public let calendar: WorkingCalendar

  /// Creates a generator.
  /// - Throws: ``ConfigurationError`` for a count or rate out of range.
  public init(
    children: Int, seed: UInt64, year: CollectionYear, lateRate: Double = 0.1,
    missingRate: Double = 0.05, reviews: Timescale, calendar: WorkingCalendar = .englandAndWales
  ) throws(ConfigurationError) {
    guard (0...10_000_000).contains(children) else { throw .childrenOutOfRange }
    guard (0...1).contains(lateRate), (0...1).contains(missingRate), lateRate + missingRate <= 1
    else { throw .rateOutOfRange }
    self.children = children
    self.seed = seed
    self.year = year
    self.lateRate = lateRate
    self.missingRate = missingRate
    self.reviews = reviews
    self.calendar = calendar
  }

  /// A generated table: its file name and CSV bytes (LF line endings).
  public struct File: Sendable, Hashable {
    /// For example `episodes.csv`.
    public let name: String
    /// The CSV text.
    public let bytes: [UInt8]
  }

  /// Generates the Header, Episodes and Reviews tables.
  /// - Throws: ``Period/PeriodError`` when a review falls outside the calendar's range.
  public func files() throws(Period.PeriodError) -> [File] {
    let writer = CSVWriter(lineEnding: .lf)
    var random = SeededGenerator(seed: seed)
    var tables = [SSDA903.Table.header, .episodes, .reviews].map { table in
      var bytes: [UInt8] = []
      writer.write(row: table.columns, to: &bytes)
      return bytes
    }
    for index in 0..<children {
      let child = try self.child(number: index, random: &random)
      for row in child.header { writer.write(row: row, to: &tables[0]) }
      for row in child.episodes { writer.write(row: row, to: &tables[1]) }
      for row in child.reviews { writer.write(row: row, to: &tables[2]) }
    }
    return zip(["header.csv", "episodes.csv", "reviews.csv"], tables).map {
      File(name: $0, bytes: $1)
    }
  }

  private typealias Rows = (header: [[String]], episodes: [[String]], reviews: [[String]])

  private func child(number: Int, random: inout SeededGenerator) throws(Period.PeriodError)
    -> Rows
  {
    let id = String(1_000_000 + number)
    let start = year.start.advanced(by: random.int(in: -3 * 365...364))
    let birth = start.advanced(by: -random.int(in: 0...(17 * 365)))
    let shortBreaks = random.bool(probability: 0.03)
    var end: CalendarDay?
    if shortBreaks || random.bool(probability: 0.33) {
      let first = max(start, year.start)
      let span = shortBreaks ? 3 : first.distance(to: year.end)
      let day = first.advanced(by: random.int(in: 1...max(1, span)))
      end = day <= year.end ? day : nil
    }
    let last = min(end ?? year.end, year.end)
    let status = shortBreaks ? "V3" : pick(Self.legalStatuses, &random)
    // Episodes: cut the period at up to two days, joined by X1.
    var cuts = [start]
    for _ in 0..<(shortBreaks ? 0 : random.int(in: 0...2)) {
      let span = start.distance(to: last)
      if span > 2 { cuts.append(start.advanced(by: random.int(in: 1...(span - 1)))) }
    }
    cuts = Array(Set(cuts)).sorted()
    let date = { (day: CalendarDay) in day.formatted(.statutoryReturn) }
    var episodes: [[String]] = []
    for (position, begin) in cuts.enumerated() {
      let isLast = position == cuts.count - 1
      let finish = isLast ? end : cuts[position + 1]
      let legal = status == "C1" && position > 0 ? "C2" : status
      let place = shortBreaks ? "R1" : pick(placements, &random)
      episodes.append([
        id, date(begin), position == 0 ? "S" : "P", legal,
        pick(Self.needs, &random), place, place == "P1" ? "PR0" : pick(Self.providers, &random),
        finish.map(date) ?? "", isLast ? (end == nil ? "" : pick(Self.leaving, &random)) : "X1",
        position == 0 ? "" : pick(Self.placeChanges, &random), "", "", "",
      ])
    }
    var reviews: [[String]] = []
    if !shortBreaks {
      var previous = start
      var index = 0
      while let due = try self.reviews.dueDay(forItem: index, from: previous, calendar: calendar) {
        let draw = random.double()
        if draw < missingRate { break }
        let held =
          draw < missingRate + lateRate
          ? due.advanced(by: random.int(in: 1...45))
          : max(
            index == 0 ? start : previous.advanced(by: 1), due.advanced(by: -random.int(in: 0...20))
          )
        guard held <= last else { break }
        if held >= year.start {
          let code = (birth.age(on: held) ?? 0) < 4 ? "PN0" : pick(Self.participation, &random)
          reviews.append([id, date(birth), date(held), code])
        }
        previous = held
        index += 1
      }
    }
    let sex = year.endingYear >= 2025 ? ["M", "F"] : ["1", "2"]
    let header = [
      id, sex[random.int(in: 0...1)], date(birth), pick(Self.ethnicities, &random),
      "X" + String(100_000_000_000 + number), "", "",
    ]
    return ([header], episodes, reviews)
  }

  private func pick(_ weighted: [(String, Int)], _ random: inout SeededGenerator) -> String {
    let total = weighted.reduce(0) { $0 + $1.1 }
    var draw = random.int(in: 0...(total - 1))
    for (code, weight) in weighted {
      if draw < weight { return code }
      draw -= weight
    }
    return weighted.last?.0 ?? ""
  }

  /// Placement codes in use in the year: H5 until 2024/25, K3 (registered supported
  /// accommodation) from 2024/25.
  private var placements: [(String, Int)] {
    let supported = year.endingYear >= 2025 ? "K3" : "H5"
    return [
      ("U4", 30), ("U6", 20), ("U1", 9), ("U3", 6), ("K2", 16), (supported, 7), ("P1", 6),
      ("A5", 3), ("R1", 1), ("S1", 2),
    ]
  }

  private static let legalStatuses = [
    ("C2", 55), ("V2", 18), ("C1", 14), ("E1", 8), ("J1", 2),
    ("L1", 3),
  ]
  private static let needs = [
    ("N1", 65), ("N2", 3), ("N3", 3), ("N4", 8), ("N5", 13), ("N6", 2),
    ("N7", 1), ("N8", 5),
  ]
  private static let providers = [("PR1", 45), ("PR4", 45), ("PR5", 8), ("PR2", 2)]
  private static let leaving = [
    ("E4A", 30), ("E13", 10), ("E11", 10), ("E45", 9), ("E41", 5),
    ("E5", 8), ("E8", 28),
  ]
  private static let placeChanges = [
    ("CARPL", 60), ("CREQB", 10), ("CREQO", 10), ("LAREQ", 10),
    ("OTHER", 10),
  ]
  private static let participation = [
    ("PN1", 45), ("PN2", 10), ("PN3", 5), ("PN4", 5),
    ("PN5", 10), ("PN6", 10), ("PN7", 15),
  ]
  private static let ethnicities = [
    ("WBRI", 70), ("MWBC", 6), ("BAFR", 5), ("OOTH", 5),
    ("AOTH", 4), ("WOTH", 10),
  ]

  /// The mixes' provenance: shaped like, not copied from, the DfE's national statistics.
  public static let mixProvenance = Provenance(
    .unverified,
    [
      Source(
        .officialStatistics, title: "Children looked after in England including adoptions",
        url: "https://explore-education-statistics.service.gov.uk/find-statistics/"
          + "children-looked-after-in-england-including-adoptions",
        publisher: "Department for Education")
    ],
    note: "Round shares (care orders about half, s20 accommodation about a fifth, foster care "
      + "about two thirds of placements, abuse or neglect about two thirds of needs) recalled "
      + "from the national tables, not checked against them: for realistic-looking test data "
      + "only, never for statistics.")
}
