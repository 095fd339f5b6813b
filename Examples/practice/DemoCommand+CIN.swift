import PracticeKit

extension DemoCommand {
  /// The demo's Children in Need section: a seeded synthetic census of 500 children for the last
  /// complete census year before the demo day, audited against Working Together.
  struct ChildrenInNeed: Encodable {
    var censusYear: String
    var children: Int
    var measures: [Measure]

    struct Measure: Encodable {
      var title: String
      var due: Int
      var onTime: Int
      var late: Int
      var missing: Int
    }

    /// `nil` when the year falls outside the library's calendars.
    init?(on day: CalendarDay) {
      guard let year = (try? CollectionYear(containing: day))?.previous,
        let generator = try? CINCensusGenerator(
          children: 500, seed: 2_026, year: year, timescales: .workingTogether)
      else { return nil }
      var reader = CINCensusReader(string: generator.document)
      var audit = CINTimelinessAudit(year: year, timescales: .workingTogether)
      while let child = try? reader.next() { audit.add(child) }
      censusYear = year.description
      children = audit.children
      // The synthetic census has no pre-proceedings module.
      measures = CINMeasure.allCases.filter { $0 != .preProceedings }.map { measure in
        let counts = audit.counts[measure] ?? CINMeasureCounts()
        return Measure(
          title: measure.description, due: counts.due, onTime: counts.onTime, late: counts.late,
          missing: counts.missing)
      }
    }

    var section: PracticeReport.Section {
      .init(
        id: "children-in-need", title: "Children in Need census \(censusYear)",
        blocks: [
          .paragraph(
            "A synthetic local authority of \(children) children (seed 2026), timeliness against "
              + "Working Together."),
          .list(
            measures.map {
              "\($0.title): \($0.onTime) of \($0.due) on time, \($0.late) late, \($0.missing) missing"
            }),
          .paragraph("Run 'practice generate cin' and 'practice audit cin' for your own files."),
        ])
    }
  }
}
