extension PracticeReport.Section {
  /// "Due in the next two weeks": the caseload's overdue and due-soon items counted by measure
  /// and status, published through disclosure control with each measure's total (secondary
  /// suppression, so no withheld count can be recovered by subtraction; no column or grand
  /// total, which would allow it across lines). No child, worker or team appears.
  public static func dueSoon(_ due: CaseloadDue, figures: ReportFigures) -> PracticeReport.Section {
    let measures = Set(due.items.map(\.measure)).sorted()
    let statuses = CaseloadItem.Status.allCases
    let counts = measures.map { measure in
      statuses.map { status in
        due.items.count { $0.measure == measure && $0.status == status }
      }
    }
    let rowTotals = counts.map { $0.reduce(0, +) }
    // Row totals only: a column or grand total would let a withheld count be recovered from the
    // other lines (the line-by-line secondary suppression does not solve the whole table).
    let published = figures.disclosure.flatMap { control in
      try? control.publish(
        table: counts, rowTotals: rowTotals, columnTotals: nil, grandTotal: nil,
        level: .localAuthority)
    }
    let rows = measures.indices.map { row in
      [measures[row].rawValue]
        + statuses.indices.map { column in
          published.map { $0.cells[row][column].description } ?? "\(counts[row][column])"
        }
        + [published?.rowTotals?[row].description ?? "\(rowTotals[row])"]
    }
    let table = PracticeReport.Table(
      caption: "Open items by measure: overdue, and due by \(due.windowEnd)",
      columns: ["Measure", "Overdue", "Due soon", "All"], rows: rows)
    let note =
      "As of \(due.asOf): items overdue, and items due from then to \(due.windowEnd) (the "
      + "\(due.withinWorkingDays)th working day after, England and Wales), on a caseload of "
      + "\(figures.count(due.children)) children, against Working Together, the Care Planning "
      + "Regulations 2010, pre-proceedings guidance and the s32 limit. Lists by child, worker and "
      + "team are for the teams themselves: practice due."
    return PracticeReport.Section(
      id: "due", title: "Due in the next two weeks", blocks: [.paragraph(note), .table(table)])
  }
}
