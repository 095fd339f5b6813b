extension PracticeReport.Section {
  /// "Due in the next two weeks": the caseload's overdue and due-soon items counted by measure
  /// and status, published through the disclosure-control gate with each measure's total, so
  /// no withheld count can be worked out. No child, worker or team appears.
  public static func dueSoon(_ due: CaseloadDue, figures: ReportFigures) -> PracticeReport.Section {
    let measures = Set(due.items.map(\.measure)).sorted()
    let statuses = CaseloadItem.Status.allCases
    let counts = measures.map { measure in
      statuses.map { status in
        due.items.count { $0.measure == measure && $0.status == status }
      }
    }
    let rowTotals = counts.map { $0.reduce(0, +) }
    let published = figures.publish(
      PublicationDraft(tables: [
        .init(id: "due", cells: counts, rowTotals: rowTotals), .counts("caseload", [due.children]),
      ]))
    let rows = measures.indices.map { row in
      [measures[row].label]
        + statuses.indices.map { published.text("due", row: row, column: $0) }
        + [published.text("due", .rowTotal(row: row))]
    }
    let table = PracticeReport.Table(
      caption: "Open items by measure: overdue, and due by \(due.windowEnd)",
      columns: ["Measure", "Overdue", "Due soon", "All"], rows: rows)
    let note =
      "As of \(due.asOf): items overdue, and items due from then to \(due.windowEnd) (the "
      + "\(due.withinWorkingDays)th working day after, England and Wales), on a caseload of "
      + "\(published.text("caseload", row: 0)) children, against Working Together, the Care Planning "
      + "Regulations 2010, pre-proceedings guidance and the s32 limit. Lists by child, worker and "
      + "team are for the teams themselves: practice due."
    return PracticeReport.Section(
      id: "due", title: "Due in the next two weeks", blocks: [.paragraph(note), .table(table)])
  }
}
