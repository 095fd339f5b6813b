/// A report for a head of service: titled sections of paragraphs, lists, tables and charts,
/// rendered as plain text, Markdown, JSON or one self-contained HTML page with SVG charts.
///
/// The report holds only what is shown: figures are already aggregated (and suppressed by
/// disclosure control where small), so every format shows the same numbers.
public struct PracticeReport: Sendable, Hashable, Encodable {
  /// The JSON schema version of ``Format/json`` output.
  public static let schemaVersion = 1

  /// The report's title.
  public var title: String
  /// Lines shown under the title: what the data is, the day it is as of, how it was made.
  public var preface: [String]
  /// The sections, in reading order.
  public var sections: [Section]

  /// Creates a report.
  public init(title: String, preface: [String] = [], sections: [Section]) {
    self.title = title
    self.preface = preface
    self.sections = sections
  }

  /// A titled part of the report.
  public struct Section: Sendable, Hashable, Encodable {
    /// A stable identifier, used as the HTML anchor and the JSON key, for example `proceedings`.
    public var id: String
    /// The heading.
    public var title: String
    /// The content, in reading order.
    public var blocks: [Block]

    /// Creates a section.
    public init(id: String, title: String, blocks: [Block]) {
      self.id = id
      self.title = title
      self.blocks = blocks
    }
  }

  /// One piece of content.
  public enum Block: Sendable, Hashable, Encodable {
    /// A paragraph of prose.
    case paragraph(String)
    /// A bulleted list.
    case list([String])
    /// A table.
    case table(Table)
    /// A chart, drawn as SVG in HTML and as its data elsewhere.
    case chart(Chart)

    private enum CodingKeys: String, CodingKey { case paragraph, list, table, chart }

    /// Encodes as an object with one key naming the kind of block.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      switch self {
      case .paragraph(let text): try container.encode(text, forKey: .paragraph)
      case .list(let items): try container.encode(items, forKey: .list)
      case .table(let table): try container.encode(table, forKey: .table)
      case .chart(let chart): try container.encode(chart, forKey: .chart)
      }
    }
  }

  /// A table with a caption and a header row.
  public struct Table: Sendable, Hashable, Encodable {
    /// What the table shows (the HTML caption).
    public var caption: String
    /// The column headings.
    public var columns: [String]
    /// The rows, each as wide as ``columns`` (short rows are padded with empty cells).
    public var rows: [[String]]

    /// Creates a table; rows shorter than the header are padded, longer ones cut.
    public init(caption: String, columns: [String], rows: [[String]]) {
      self.caption = caption
      self.columns = columns
      self.rows = rows.map { row in
        Array(
          (row + Array(repeating: "", count: max(0, columns.count - row.count)))
            .prefix(columns.count))
      }
    }
  }

  /// A chart of one series.
  public struct Chart: Sendable, Hashable, Encodable {
    /// How the series is drawn.
    public enum Kind: Sendable, Hashable, Encodable {
      /// Horizontal bars, one per labelled category (for example timeliness by measure).
      case bars
      /// Points joined in order (for example a share over audit cycles).
      case line
      /// Vertical bars for contiguous bins of equal width starting at `start`; the reference
      /// line, if any, is a position on the same axis (for example 26 weeks).
      case histogram(start: Double, width: Double)
    }

    /// One labelled value; `nil` when it is suppressed or undefined, drawn as a gap.
    public struct Point: Sendable, Hashable, Encodable {
      /// The category, period or bin label.
      public var label: String
      /// The value, or `nil` when suppressed or undefined.
      public var value: Double?

      /// Creates a point.
      public init(_ label: String, _ value: Double?) {
        self.label = label
        self.value = value
      }
    }

    /// A line drawn across the chart: a target, a limit, a national figure.
    public struct Reference: Sendable, Hashable, Encodable {
      /// Its position: a value for bars and lines, a position on the bins' axis for histograms.
      public var value: Double
      /// What it is, for example "26-week limit".
      public var label: String

      /// Creates a reference line.
      public init(_ value: Double, label: String) {
        self.value = value
        self.label = label
      }
    }

    /// How it is drawn.
    public var kind: Kind
    /// The chart's title.
    public var title: String
    /// A description of what the chart shows for readers who cannot see it (the SVG's `desc`).
    public var summary: String
    /// What the values measure, for example "% on time".
    public var valueLabel: String
    /// What the points are, for example "Measure", "Audit cycle" or "Weeks from first ICO".
    public var categoryLabel: String
    /// The data.
    public var points: [Point]
    /// The largest value the axis shows (100 for percentages); `nil` to fit the data.
    public var maximum: Double?
    /// An optional reference line.
    public var reference: Reference?

    /// Creates a chart.
    public init(
      _ kind: Kind, title: String, summary: String, categoryLabel: String, valueLabel: String,
      points: [Point], maximum: Double? = nil, reference: Reference? = nil
    ) {
      self.kind = kind
      self.title = title
      self.summary = summary
      self.valueLabel = valueLabel
      self.categoryLabel = categoryLabel
      self.points = points
      self.maximum = maximum
      self.reference = reference
    }

    /// The value axis: its top and the distance between ticks. A fixed ``maximum`` is split into
    /// four; otherwise the tick step is the smallest of 1, 2, 2.5 or 5 times a power of ten giving at
    /// most four steps to cover the largest value (and, for bars and lines, the reference).
    var valueAxis: (maximum: Double, step: Double) {
      if let maximum, maximum > 0, maximum.isFinite { return (maximum, maximum / 4) }
      var values = points.compactMap(\.value).filter(\.isFinite)
      if case .histogram = kind {
      } else if let reference, reference.value.isFinite {
        values.append(reference.value)
      }
      let largest = values.max() ?? 0
      guard largest > 0 else { return (1, 0.25) }
      var power = 1.0
      while power * 10 <= largest / 4 { power *= 10 }
      while power > largest / 4 { power /= 10 }
      // Counts (every value whole) get whole-number ticks: no 2.5 step, none below 1.
      let whole = values.allSatisfy { $0 == $0.rounded() }
      let step =
        [1.0, 2, 2.5, 5, 10].map { $0 * power }
        .filter { !whole || ($0 >= 1 && $0 == $0.rounded()) }
        .first { $0 * 4 >= largest } ?? max(power * 10, 1)
      return ((largest / step).rounded(.up) * step, step)
    }
  }

  /// A rendering format.
  public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text for a terminal.
    case text
    /// Markdown.
    case markdown
    /// JSON with a `schemaVersion`.
    case json
    /// CSV for a spreadsheet: one row per value, with a header (see ``rendered(as:)``).
    case csv
    /// One self-contained, accessible HTML page with SVG charts (no scripts, no network).
    case html
  }

  /// The report in `format`.
  ///
  /// CSV has the columns `section`, `item` (a table's caption, a chart's title, or `Text`),
  /// `row` (from 1), `column` and `value`: every table cell, chart point, paragraph and list
  /// item is one line, so a spreadsheet can filter and pivot any figure the report shows. The
  /// title and preface are the section `Report`.
  public func rendered(as format: Format) -> String {
    switch format {
    case .text: ReportText.render(self)
    case .markdown: ReportMarkdown.render(self)
    case .json: ReportJSON.render(self)
    case .csv: ReportCSV.render(self)
    case .html: ReportHTML.render(self)
    }
  }

  private enum CodingKeys: String, CodingKey { case schemaVersion, title, preface, sections }

  /// Encodes with the schema version first.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.schemaVersion, forKey: .schemaVersion)
    try container.encode(title, forKey: .title)
    try container.encode(preface, forKey: .preface)
    try container.encode(sections, forKey: .sections)
  }
}

extension Double {
  /// A charted value as reports print it: a whole number (a count, or a whole percentage) with
  /// thousands separators and no decimal point, otherwise one decimal place.
  public var chartText: String {
    guard isFinite, self == rounded(), abs(self) < 9.0e15 else { return reportText(decimals: 1) }
    return Int(self).groupedText
  }

  /// The value rounded half away from zero to `decimals` places, without exponent notation, as
  /// reports print it: `12.345.reportText(decimals: 1)` is "12.3", `0.5` to no places is "1",
  /// `-0.04` to one place is "0.0"; a non-finite value is "–".
  public func reportText(decimals: Int) -> String {
    guard isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let scaled = (abs(self) * scale).rounded()
    let negative = self < 0 && scaled > 0
    guard scaled < 9.0e15 else { return negative ? "-∞" : "∞" }
    let digits = String(Int(scaled))
    guard decimals > 0 else { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    return (negative ? "-" : "") + padded.dropLast(decimals) + "." + padded.suffix(decimals)
  }
}
