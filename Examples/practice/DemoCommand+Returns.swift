import PracticeKit

/// The demo's SSDA903 section: a seeded synthetic local authority's last complete collection year
/// before the demo day, generated in memory, read back and audited for reg 33 review timeliness.
struct DemoReturns: Encodable {
  var collectionYear: String
  var children: Int
  var fullyAssessablePeriods: Int
  var due: Int
  var onTime: Int
  var late: Int
  var missing: Int
  var partialPeriods: Int
  var excludedShortBreaks: Int

  static let children = 500

  /// `nil` when the year falls outside the library's range.
  init?(day: CalendarDay) {
    guard
      let year = (try? CollectionYear(containing: day))?.previous,
      let generator = try? SSDA903Generator(
        children: Self.children, seed: 2_026, year: year,
        reviews: StatutoryTimescales.lookedAfterReviews),
      let files = try? generator.files()
    else { return nil }
    let read = SSDA903.Reader(year: year).read(
      files: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    guard
      let audit = try? ReviewTimeliness.audit(
        read, timescale: StatutoryTimescales.lookedAfterReviews, calendar: .englandAndWales)
    else { return nil }
    collectionYear = year.description
    children = read.children.count
    fullyAssessablePeriods = audit.fullyAssessablePeriods
    (due, onTime, late, missing) = (
      audit.full.due, audit.full.onTime, audit.full.late, audit.full.missing
    )
    partialPeriods = audit.partialPeriods
    excludedShortBreaks = audit.excludedShortBreaks
  }

  /// The demo report's section.
  var section: PracticeReport.Section {
    let share = due > 0 ? " (\(onTime * 100 / due)% on time)" : ""
    return .init(
      id: "looked-after-reviews",
      title: "Looked-after reviews (Care Planning Regulations 2010 reg 33)",
      blocks: [
        .paragraph(
          "A synthetic local authority, \(collectionYear) SSDA903 return, \(children) children."),
        .list([
          "\(fullyAssessablePeriods) periods fully assessable: \(due) reviews due, \(onTime) on "
            + "time, \(late) late, \(missing) missing\(share)",
          "\(partialPeriods) periods began before the year (partial, reported apart); "
            + "\(excludedShortBreaks) short-break periods excluded",
        ]),
        .paragraph(
          "Audit your own return: practice audit 903 DIR --year YEAR (see practice audit 903 --help)."
        ),
      ])
  }
}
