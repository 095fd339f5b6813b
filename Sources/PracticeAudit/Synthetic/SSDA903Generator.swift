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
/// The return passes the DfE rules as the Python validator csc-validator-be-903 0.1.17 applies
/// them (rulesets 2024/25 and 2025/26, run as local authority E09000027): postcodes of that
/// authority and its neighbours, the reason for each change of placement, one need per period,
/// placements and reasons for leaving that fit the child's age and legal status, MOTHER for
/// girls, Ofsted URNs where expected (synthetic), children under 18 throughout the year.
///
/// Legal-status and placement mixes are round figures shaped like the DfE's national statistics
/// (``mixProvenance``): unverified, for realistic-looking volume only.
public struct SSDA903Generator: Sendable {
  /// Why a generator cannot be made.
  public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number of children is outside 0 ... ``SSDA903Generator/maximumChildren``.
    case childrenOutOfRange
    /// A rate is outside 0...1, or the two rates add up to more than 1.
    case rateOutOfRange

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .childrenOutOfRange: "the number of children must be between 0 and 1,000,000"
      case .rateOutOfRange:
        "the late and missing rates must each be between 0 and 1, and add up to at most 1"
      }
    }
  }

  /// The most children a generator makes: twelve times the children looked after in England in
  /// a year, and a return held in memory of about 200 MB.
  public static let maximumChildren = 1_000_000

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
    guard (0...Self.maximumChildren).contains(children) else { throw .childrenOutOfRange }
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

  /// A generated file: its name and bytes (UTF-8, LF line endings).
  public struct File: Sendable, Hashable {
    /// For example `episodes.csv` or `ssda903.xml`.
    public let name: String
    /// The file's bytes.
    public let bytes: [UInt8]
  }

  /// The form a return is written in.
  public enum Form: String, Sendable, Hashable, Codable, CaseIterable {
    /// The Header, Episodes and Reviews tables as CSV files.
    case csv
    /// One XML file in the DfE's schema (root `EXPSSDA903`, a `CHILD` per child with its
    /// `HEADER`, `AREVIEW`s and `EPISODE`s), as ``SSDA903/Reader`` reads it.
    case xml
  }

  /// Generates the Header, Episodes and Reviews tables as CSV files.
  /// - Throws: ``Period/PeriodError`` when a review falls outside the calendar's range.
  public func files() throws(Period.PeriodError) -> [File] {
    try files(form: .csv)
  }

  /// Generates the return in `form`, its dates written in `dates` (the DfE's DD/MM/YYYY by
  /// default; YYYY-MM-DD as some exports write them). The same settings give the same
  /// children in every form.
  /// - Throws: ``Period/PeriodError`` when a review falls outside the calendar's range.
  public func files(form: Form, dates: CalendarDay.Format = .statutoryReturn)
    throws(Period.PeriodError) -> [File]
  {
    var random = SeededGenerator(seed: seed)
    switch form {
    case .csv:
      let writer = CSVWriter(lineEnding: .lf)
      var tables = [SSDA903.Table.header, .episodes, .reviews].map { table in
        var bytes: [UInt8] = []
        writer.write(row: table.columns, to: &bytes)
        return bytes
      }
      for index in 0..<children {
        let child = try self.child(number: index, dates: dates, random: &random)
        for row in child.header { writer.write(row: row, to: &tables[0]) }
        for row in child.episodes { writer.write(row: row, to: &tables[1]) }
        for row in child.reviews { writer.write(row: row, to: &tables[2]) }
      }
      return zip(["header.csv", "episodes.csv", "reviews.csv"], tables).map {
        File(name: $0, bytes: $1)
      }
    case .xml:
      var xml = XMLReturnWriter()
      for index in 0..<children {
        xml.write(try self.child(number: index, dates: dates, random: &random))
      }
      return [File(name: "ssda903.xml", bytes: xml.finish())]
    }
  }

  private typealias Rows = (header: [[String]], episodes: [[String]], reviews: [[String]])

  private func child(
    number: Int, dates format: CalendarDay.Format, random: inout SeededGenerator
  ) throws(Period.PeriodError) -> Rows {
    let id = String(1_000_000 + number)
    let shortBreaks = random.bool(probability: 0.03)
    // Short breaks start in the year and last at most 3 days (validator rule 365: 17 at most).
    let start =
      shortBreaks
      ? year.start.advanced(by: random.int(in: 0...(year.start.distance(to: year.end) - 3)))
      : year.start.advanced(by: random.int(in: -3 * 365...364))
    // Under 18 throughout the year (validator rules 386 and 407): born at most 17 years of 365
    // days before the year's end.
    let youngest = year.end.advanced(by: -17 * 365)
    let birth = start.advanced(by: -random.int(in: 0...max(0, youngest.distance(to: start))))
    var end: CalendarDay?
    if shortBreaks || random.bool(probability: 0.33) {
      let first = max(start, year.start)
      let span = shortBreaks ? 3 : first.distance(to: year.end)
      let day = first.advanced(by: random.int(in: 1...max(1, span)))
      end = day <= year.end ? day : nil
    }
    let last = min(end ?? year.end, year.end)
    let status = shortBreaks ? "V3" : pick(Self.legalStatuses, &random)
    // One category of need for the whole period (validator rule 504).
    let need = pick(Self.needs, &random)
    let home = pick(Self.homePostcodes, &random)
    var previousPostcode = home
    var previousLegal = status
    // Episodes: cut the period at up to two days, joined by X1.
    var cuts = [start]
    for _ in 0..<(shortBreaks ? 0 : random.int(in: 0...2)) {
      let span = start.distance(to: last)
      if span > 2 { cuts.append(start.advanced(by: random.int(in: 1...(span - 1)))) }
    }
    cuts = Array(Set(cuts)).sorted()
    let date = { (day: CalendarDay) in day.formatted(format) }
    var episodes: [[String]] = []
    for (position, begin) in cuts.enumerated() {
      let isLast = position == cuts.count - 1
      let finish = isLast ? end : cuts[position + 1]
      let legal = status == "C1" && position > 0 ? "C2" : status
      let age = birth.age(on: begin) ?? 0
      var place =
        shortBreaks ? "R1" : placement(age: age, legal: legal, first: position == 0, &random)
      // A new placement is a change of place (rule 435): not back home again.
      if place == "P1", previousPostcode == home, position > 0 { place = "U4" }
      let provider = place == "P1" ? "PR0" : pick(Self.providers, &random)
      // Own provision that is not foster care or adoption is inside the authority (validator
      // rule 1015); each new placement is somewhere else (rule 435).
      // Placed away from home (rule 392d), except with parents.
      let inside = provider == "PR1" || random.bool(probability: 0.7)
      let area = inside ? Self.insidePostcodes : Self.outsidePostcodes
      let postcode =
        place == "P1"
        ? home : pick(area.filter { $0.0 != previousPostcode && $0.0 != home }, &random)
      previousPostcode = postcode
      // Ofsted's URN where one is expected (rule 218): XXXXXXX, the return's value for foster
      // and adoption placements without one (rule 242), else a synthetic URN; none for
      // placements that have none.
      let urn =
        Self.placementsWithoutURN.contains(place)
        ? "" : place.hasPrefix("U") || place.hasPrefix("A") ? "XXXXXXX" : pick(Self.urns, &random)
      let reason = position == 0 ? "S" : (legal == previousLegal ? "P" : "B")
      previousLegal = legal
      let leaving =
        isLast && end != nil
        ? leavingReason(place: place, age: finish.flatMap { birth.age(on: $0) } ?? 0, &random)
        : ""
      episodes.append([
        id, date(begin), reason, legal, need, place, provider, finish.map(date) ?? "",
        isLast ? leaving : "X1",
        // The reason for a change of placement is on the episode that ends with it (rule 225).
        isLast ? "" : pick(Self.placeChanges, &random),
        // Short breaks record no postcodes or URN (rules 214, 398, 420).
        shortBreaks ? "" : home, shortBreaks ? "" : postcode, shortBreaks ? "" : urn,
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
    let female = random.int(in: 0...1) == 1
    // MOTHER is recorded for girls (validator rules 393 and 607), not for short breaks (399):
    // none here is a mother.
    let header = [
      id, sex[female ? 1 : 0], date(birth), pick(Self.ethnicities, &random),
      "X" + String(100_000_000_000 + number), female && !shortBreaks ? "0" : "", "",
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

  /// A placement the validator's rules allow for the child: supported accommodation from 16
  /// (rule 371), a school from 4 (373), placed for adoption (A5) only under a placement order
  /// (E1, rule 408) and from the period's first episode (217), never with parents under
  /// section 20 (P1 and V2, rule 378). Redrawn until one fits (U4 after 20 draws).
  private func placement(age: Int, legal: String, first: Bool, _ random: inout SeededGenerator)
    -> String
  {
    for _ in 0..<20 {
      let place = pick(placements, &random)
      switch place {
      case "K3", "H5": if age < 16 { continue }
      case "S1": if age < 4 { continue }
      case "A5": if legal != "E1" || !first { continue }
      case "P1": if legal == "V2" { continue }
      default: break
      }
      return place
    }
    return "U4"
  }

  /// A reason for leaving care the validator's rules allow: independent living from 14
  /// (rule 387), a return to former foster carers only from foster care (516), adoption only from
  /// a placement for adoption (390).
  private func leavingReason(place: String, age: Int, _ random: inout SeededGenerator) -> String {
    for _ in 0..<20 {
      let reason = pick(Self.leaving, &random)
      switch reason {
      case "E5", "E6": if age < 14 { continue }
      case "E45", "E46": if !place.hasPrefix("U") { continue }
      case "E11", "E12": if place != "A5" { continue }
      default: break
      }
      return reason
    }
    return "E8"
  }

  /// Legal statuses: police protection (L1) and remand (J1) are left out, since their own limits
  /// (72 hours, age 10 and over: validator rules 361 and 358) are not modelled.
  private static let legalStatuses = [("C2", 57), ("V2", 20), ("C1", 14), ("E1", 9)]

  /// Public postcodes (Office for National Statistics postcode directory, as shipped in the
  /// validator's reference package) of the London Borough of Richmond upon Thames (E09000027):
  /// the synthetic authority's own area, so the validator's placement-location rules can be run
  /// with that authority. No child is described: the postcodes only place the data somewhere.
  private static let insidePostcodes = [
    ("TW1 1AA", 1), ("TW1 4XB", 1), ("TW11 0HZ", 1), ("TW12 1PF", 1), ("TW2 5XX", 1),
    ("TW9 2DQ", 1),
  ]
  /// Postcodes in the neighbouring boroughs of Kingston upon Thames (E09000021) and Hounslow
  /// (E09000018): placements outside the authority.
  private static let outsidePostcodes = [
    ("KT1 9BN", 1), ("KT2 6TH", 1), ("KT3 4XZ", 1), ("TW3 1WJ", 1), ("TW5 9RY", 1),
    ("TW7 7JQ", 1),
  ]
  /// Placement types that have no Ofsted URN (validator rule 218's exemptions).
  private static let placementsWithoutURN: Set<String> = [
    "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14",
  ]
  /// Synthetic Ofsted unique reference numbers for children's homes and other registered
  /// placements, in the social-care form SC and six digits: invented, not looked up.
  private static let urns = [
    ("SC999901", 1), ("SC999902", 1), ("SC999903", 1), ("SC999904", 1), ("SC999905", 1),
  ]
  /// Home postcodes: the authority's own area.
  private static let homePostcodes = insidePostcodes
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
    note: "A PracticeKit convention for test data, not a statistic: the generator's round "
      + "weights (legal status C2 57, C1 14, V2 20, E1 9 in 100, so care orders about seven in "
      + "ten and s20 accommodation a fifth; foster placements U1, U3, U4, U6 65 in 100; need N1, "
      + "abuse or neglect, 65 in 100) were set from memory of the national tables and not "
      + "checked against them. The release is cited as what they imitate, not as their source.")
}

/// Writes generated children as the XML return, one `CHILD` at a time, in the schema's element
/// order: the one XML writer, beside the CSV tables it mirrors.
private struct XMLReturnWriter {
  private var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n".utf8)

  /// Writes one child from its Header, Episodes and Reviews rows (in ``SSDA903/Table/columns``
  /// order).
  mutating func write(_ rows: (header: [[String]], episodes: [[String]], reviews: [[String]])) {
    guard let header = rows.header.first, header.count == 7 else { return }
    // Header columns: CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB.
    open("CHILD")
    open("HEADER")
    leaf("CHILDID", header[0])
    leaf("UPN", header[4])
    leaf("SEX", header[1])
    leaf("DOB", header[2])
    leaf("ETHNIC", header[3])
    leaf("UASC", "")
    for review in rows.reviews where review.count == 4 {
      open("AREVIEW")
      leaf("REVIEW", review[2])
      leaf("REVIEW_CODE", review[3])
      close("AREVIEW")
    }
    leaf("MOTHER", header[5])
    leaf("MC_DOB", header[6])
    close("HEADER")
    // Episodes columns: CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC,
    // REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN; the schema's order differs.
    for episode in rows.episodes where episode.count == 13 {
      open("EPISODE")
      for (name, column) in [
        ("DECOM", 1), ("RNE", 2), ("LS", 3), ("CIN", 4), ("PL", 5), ("PL_POST", 11),
        ("HOME_POST", 10), ("URN", 12), ("PLACE_PROVIDER", 6), ("DEC", 7), ("REC", 8),
        ("REASON_PLACE_CHANGE", 9),
      ] {
        leaf(name, episode[column])
      }
      close("EPISODE")
    }
    close("CHILD")
    bytes.append(UInt8(ascii: "\n"))
  }

  /// The document, closed.
  consuming func finish() -> [UInt8] {
    bytes += Array("</EXPSSDA903>\n".utf8)
    return bytes
  }

  private mutating func open(_ name: String) {
    bytes.append(UInt8(ascii: "<"))
    bytes += name.utf8
    bytes.append(UInt8(ascii: ">"))
  }

  private mutating func close(_ name: String) {
    bytes += "</".utf8
    bytes += name.utf8
    bytes.append(UInt8(ascii: ">"))
  }

  /// `<NAME>value</NAME>`, or `<NAME />` when the value is empty; `<`, `>` and `&` escaped.
  private mutating func leaf(_ name: String, _ value: String) {
    guard !value.isEmpty else {
      bytes.append(UInt8(ascii: "<"))
      bytes += name.utf8
      bytes += " />".utf8
      return
    }
    open(name)
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "<"): bytes += "&lt;".utf8
      case UInt8(ascii: ">"): bytes += "&gt;".utf8
      case UInt8(ascii: "&"): bytes += "&amp;".utf8
      default: bytes.append(byte)
      }
    }
    close(name)
  }
}
