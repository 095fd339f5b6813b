#if canImport(FoundationEssentials)
  internal import FoundationEssentials
#else
  internal import Foundation
#endif

// The one place a caseload's due items become output for people and programs. Text, Markdown
// and HTML go through the report renderers (PracticeReport); JSON and CSV list the items.

extension CaseloadDue {
  /// A rendering format: the report formats. Text, Markdown and HTML are grouped; JSON (the
  /// counts and `items`: `child`, `worker`, `team`, `measure`, `due`, `status`, …) and CSV (one
  /// row per item, with a header) list the items.
  public typealias Format = PracticeReport.Format

  /// How text, Markdown and HTML group the items.
  public enum Grouping: String, Sendable, Hashable, Codable, CaseIterable {
    /// By team, then by worker within each team, with counts per team.
    case team
    /// By worker, with counts per worker.
    case worker
  }

  /// The JSON schema version of the `json` format's output.
  public static let schemaVersion = 1

  /// The items in `format`, grouped as `grouping` says (text, Markdown, HTML).
  public func rendered(as format: Format, by grouping: Grouping = .team) -> String {
    switch format {
    case .text: report(by: grouping).rendered(as: .text)
    case .markdown: report(by: grouping).rendered(as: .markdown)
    case .html: report(by: grouping).rendered(as: .html)
    case .json: json()
    case .csv: csv()
    }
  }

  static let noTeam = "(no team)"
  static let noWorker = "(no worker)"

  /// The items as a report: a section per team (or worker), a table per worker, and the rules
  /// with their sources.
  public func report(by grouping: Grouping = .team) -> PracticeReport {
    var sections: [PracticeReport.Section] = []
    let rules = ruleNumbers
    let key: (CaseloadItem) -> String =
      grouping == .team ? { $0.team ?? Self.noTeam } : { $0.worker ?? Self.noWorker }
    let groups = Dictionary(grouping: items, by: key)
    for name in groups.keys.sorted() {
      let members = groups[name] ?? []
      let counts = Self.counts(members)
      var blocks: [PracticeReport.Block] = [.paragraph(counts)]
      if grouping == .team {
        let workers = Dictionary(grouping: members) { $0.worker ?? Self.noWorker }
        for worker in workers.keys.sorted() {
          let own = workers[worker] ?? []
          blocks.append(.table(Self.table("\(worker): \(Self.counts(own))", own, rules)))
        }
      } else {
        blocks.append(.table(Self.table("\(name): \(counts)", members, rules)))
      }
      sections.append(
        PracticeReport.Section(id: "group-\(sections.count + 1)", title: name, blocks: blocks))
    }
    if items.isEmpty {
      sections.append(
        PracticeReport.Section(
          id: "none", title: "Nothing due",
          blocks: [.paragraph("Nothing is overdue or due in the window.")]))
    }
    sections.append(rulesSection(rules))
    var preface = [
      "As of the end of \(asOf): overdue (due before \(asOf)) and due soon (due from \(asOf) to "
        + "\(windowEnd), the \(withinWorkingDays)th working day after, England and Wales).",
      "\(Self.counts(items)); \(children) children, \(events) events read.",
    ]
    if eventsAfterAsOf > 0 {
      preface.append(
        "\(eventsAfterAsOf) event\(eventsAfterAsOf == 1 ? "" : "s") dated after \(asOf) "
          + "ignored, as if the data ended that day.")
    }
    return PracticeReport(
      title: "What is due, and whose: \(asOf)", preface: preface + notes, sections: sections)
  }

  private static func counts(_ items: [CaseloadItem]) -> String {
    let overdue = items.count { $0.status == .overdue }
    return "\(overdue) overdue, \(items.count - overdue) due soon"
  }

  /// Each rule with an item, numbered 1, 2, … in the order of its identifier: people read the
  /// number in a table's Rule column and find the rule and its sources under that number.
  private var ruleNumbers: [String: Int] {
    let ids = Set(items.map(\.rule)).sorted()
    return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0 + 1) })
  }

  private static func table(
    _ caption: String, _ items: [CaseloadItem], _ rules: [String: Int]
  ) -> PracticeReport.Table {
    PracticeReport.Table(
      caption: caption, columns: ["Child", "Measure", "Due", "Status", "Rule"],
      rows: items.map { item in
        [
          item.child, item.measure.label, item.due.description, item.status.label,
          "[\(rules[item.rule] ?? 0)]" + (item.isLocal ? " (local)" : ""),
        ]
      })
  }

  private func rulesSection(_ rules: [String: Int]) -> PracticeReport.Section {
    var lines: [String] = []
    for (rule, number) in rules.sorted(by: { $0.value < $1.value }) {
      guard let item = items.first(where: { $0.rule == rule }) else { continue }
      let label = item.isLocal ? "local standard, not statutory" : "statutory or guidance"
      let sources = item.sources.map(\.description).joined(separator: "; ")
      lines.append(
        "[\(number)] \(item.title) (\(label))" + (sources.isEmpty ? "" : ". \(sources)"))
    }
    return PracticeReport.Section(
      id: "rules", title: "Rules and sources",
      blocks: lines.isEmpty ? [.paragraph("No rule has an open item.")] : [.list(lines)])
  }

  private struct Document: Encodable {
    let schemaVersion: Int
    let asOf: CalendarDay
    let withinWorkingDays: Int
    let windowEnd: CalendarDay
    let children: Int
    let events: Int
    let eventsAfterAsOf: Int
    let notes: [String]
    let overdue: Int
    let dueSoon: Int
    let items: [Item]

    struct Item: Encodable {
      let child: String
      let worker: String?
      let team: String?
      let measure: String
      let due: CalendarDay
      let status: String
      let rule: String
      let title: String
      let local: Bool
      let sources: [Source]

      private enum CodingKeys: String, CodingKey {
        case child, worker, team, measure, due, status, rule, title, local, sources
      }

      /// Writes `worker` and `team` as `null` when unknown, so every item has every key.
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(child, forKey: .child)
        try container.encode(worker, forKey: .worker)
        try container.encode(team, forKey: .team)
        try container.encode(measure, forKey: .measure)
        try container.encode(due, forKey: .due)
        try container.encode(status, forKey: .status)
        try container.encode(rule, forKey: .rule)
        try container.encode(title, forKey: .title)
        try container.encode(local, forKey: .local)
        try container.encode(sources, forKey: .sources)
      }
    }
  }

  private func json() -> String {
    let document = Document(
      schemaVersion: Self.schemaVersion, asOf: asOf, withinWorkingDays: withinWorkingDays,
      windowEnd: windowEnd, children: children, events: events, eventsAfterAsOf: eventsAfterAsOf,
      notes: notes, overdue: count(.overdue), dueSoon: count(.dueSoon),
      items: items.map { item in
        Document.Item(
          child: item.child, worker: item.worker, team: item.team, measure: item.measure.rawValue,
          due: item.due, status: item.status.rawValue, rule: item.rule, title: item.title,
          local: item.isLocal, sources: item.sources)
      })
    return JSONOutput.text(document)
  }

  private func csv() -> String {
    let header = [
      "child", "worker", "team", "measure", "due", "status", "rule", "local", "sources",
    ]
    let rows = items.map { item in
      [
        item.child, item.worker ?? "", item.team ?? "", item.measure.rawValue,
        item.due.description, item.status.rawValue, item.rule, item.isLocal ? "yes" : "no",
        item.sources.map(\.description).joined(separator: "; "),
      ]
    }
    return CSVWriter(lineEnding: .lf).string(
      for: [header] + rows.map { $0.map(CSVWriter.spreadsheetSafe) })
  }
}
