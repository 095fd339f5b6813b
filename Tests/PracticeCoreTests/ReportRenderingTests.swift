import Testing

@testable import PracticeCore

@Suite("The combined report's renderers")
struct ReportRenderingTests {
  static let timeliness = PracticeReport.Chart(
    .bars, title: "Reviews on time", summary: "Share of reviews held on time, by measure.",
    categoryLabel: "Measure", valueLabel: "% on time",
    points: [.init("First review", 87.456), .init("Second review", nil), .init("Later", 100)],
    maximum: 100, reference: .init(90, label: "Target 90%"))

  static let weeks = PracticeReport.Chart(
    .histogram(start: 0, width: 4), title: "Weeks to final order",
    summary: "Proceedings by weeks from first interim care order to final order.",
    categoryLabel: "Weeks", valueLabel: "Proceedings",
    points: (0..<13).map { PracticeReport.Chart.Point("\($0 * 4)", Double($0 % 5)) },
    reference: .init(26, label: "26-week limit"))

  static let report = PracticeReport(
    title: "Quality of practice <synthetic>",
    preface: ["As of 2026-11-24."],
    sections: [
      .init(
        id: "timeliness", title: "Timeliness & reviews",
        blocks: [
          .paragraph("Reviews held within the Care Planning Regulations' intervals."),
          .table(
            .init(
              caption: "Reviews", columns: ["Measure", "Due", "On time"],
              rows: [["First", "120", "105"], ["Second"]])),
          .chart(timeliness),
        ]),
      .init(
        id: "proceedings", title: "Care proceedings",
        blocks: [.list(["Estimate from looked-after data."]), .chart(weeks)]),
    ])

  @Test("text: headings underlined, tables aligned, charts as values with bars")
  func text() {
    let text = Self.report.rendered(as: .text)
    #expect(text.hasPrefix("Quality of practice <synthetic>\n===============================\n"))
    #expect(text.contains("Timeliness & reviews\n--------------------\n"))
    #expect(text.contains("  Measure  Due  On time\n  First    120  105\n  Second\n"))
    #expect(text.contains("  First review     87.5  ##########################\n"))
    #expect(text.contains("  Second review  suppressed\n"))
    // Whole numbers are printed without a decimal point.
    #expect(text.contains("  Later             100  ##############################\n"))
    #expect(text.contains("  reference: Target 90% (90)\n"))
  }

  @Test("text: a table wider than a terminal prints as records; no control character is printed")
  func textRecords() {
    let sentence = String(repeating: "A long finding. ", count: 11)
    let report = PracticeReport(
      title: "t",
      sections: [
        .init(
          id: "s", title: "S",
          blocks: [
            .table(
              .init(
                caption: "Wide", columns: ["Finding", "About", "Due"],
                rows: [[sentence, "C\u{1B}[2J", ""]])),
            .list(["bell\u{7}"]),
          ])
      ])
    let text = report.rendered(as: .text)
    #expect(text.contains("Wide:\n  - \(sentence)\n    About: C\\u{1B}[2J\n  - bell\\u{7}\n"))
    #expect(!text.contains("Due:"))
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test("CSV: one line per value with its section, item, row and column; formulas neutralised")
  func csv() {
    let csv = Self.report.rendered(as: .csv)
    let lines = csv.split(separator: "\n").map(String.init)
    #expect(lines.first == "section,item,row,column,value")
    #expect(lines.contains("Report,Text,1,Text,As of 2026-11-24."))
    #expect(
      lines.contains(
        "Timeliness & reviews,Text,1,Text,Reviews held within the Care Planning Regulations' intervals."
      ))
    #expect(lines.contains("Timeliness & reviews,Reviews,1,On time,105"))
    #expect(lines.contains("Timeliness & reviews,Reviews,2,Due,"))
    #expect(lines.contains("Timeliness & reviews,Reviews on time,2,Measure,Second review"))
    #expect(lines.contains("Timeliness & reviews,Reviews on time,2,% on time,suppressed"))
    #expect(lines.contains("Timeliness & reviews,Reviews on time,1,% on time,87.5"))
    #expect(lines.contains("Care proceedings,Text,1,Text,Estimate from looked-after data."))
    // 1 preface + 1 paragraph + 2 × 3 cells + 3 × 2 points + 1 list item + 13 × 2 bins + header.
    #expect(lines.count == 1 + 1 + 6 + 6 + 1 + 26 + 1)
    let hostile = PracticeReport(
      title: "t", sections: [.init(id: "s", title: "S", blocks: [.list(["=cmd()", "-3"])])])
    #expect(hostile.rendered(as: .csv).hasSuffix("S,Text,1,Text,'=cmd()\nS,Text,2,Text,-3\n"))
  }

  @Test("Markdown: structure characters escaped, charts as tables with c for suppressed")
  func markdown() {
    let markdown = Self.report.rendered(as: .markdown)
    #expect(markdown.hasPrefix("# Quality of practice \\<synthetic\\>\n"))
    #expect(markdown.contains("| Measure | % on time |\n| --- | --- |\n| First review | 87.5 |"))
    #expect(markdown.contains("| Second review | c |"))
    #expect(markdown.contains("*Reviews on time (reference: Target 90%)*"))
  }

  @Test("JSON: schema version first-level, blocks keyed by kind, suppressed values null")
  func json() {
    let json = Self.report.rendered(as: .json)
    #expect(json.contains("\"schemaVersion\" : 1"))
    #expect(json.contains("\"paragraph\" : \"Reviews held within"))
    #expect(json.contains("\"label\" : \"Second review\""))
    #expect(!json.contains("\"value\" : \"NaN\""))
  }

  @Test("HTML: self-contained, escaped, with accessible SVG charts and their data")
  func html() {
    let html = Self.report.rendered(as: .html)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(html.contains("<h1>Quality of practice &lt;synthetic&gt;</h1>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(html.contains("<caption>Reviews</caption>"))
    #expect(html.contains("<th scope=\"row\">Second</th><td></td><td></td>"))
    #expect(html.contains("role=\"img\""))
    #expect(html.contains("aria-labelledby=\"chart-1-title chart-1-desc\""))
    #expect(html.contains("<desc id=\"chart-2-desc\">Proceedings by weeks"))
    #expect(html.contains("<a href=\"#proceedings\">Care proceedings</a>"))
    #expect(html.contains("font-style=\"italic\">c</text>"))
    #expect(html.contains("c = not shown: a count of 1 to 5"))
    #expect(html.contains("<caption>Data for: Weeks to final order</caption>"))
  }

  @Test(
    "a withheld bin is marked c with a legend, never drawn as a zero bar; the open band is labelled"
  )
  func withheldBins() {
    let chart = PracticeReport.Chart(
      .histogram(start: 0, width: 4), title: "Weeks", summary: "Bins.", categoryLabel: "Weeks",
      valueLabel: "Proceedings",
      points: [.init("0", 9), .init("4", nil), .init("8", 0), .init("12+", 7)])
    let html = PracticeReport(
      title: "t", sections: [.init(id: "s", title: "s", blocks: [.chart(chart)])]
    ).rendered(as: .html)
    let svg =
      html.split(separator: "<svg", maxSplits: 1).last?.split(separator: "</svg>").first ?? ""
    // Three drawn bars (9, 0 and 7: a true zero is a bar of no height), one mark for the withheld.
    #expect(svg.ranges(of: "<rect").count == 3)
    #expect(svg.ranges(of: "font-style=\"italic\">c</text>").count == 1)
    #expect(svg.contains("c = not shown"))
    #expect(svg.contains(">12+</text>"))
    let shown = PracticeReport(
      title: "t",
      sections: [
        .init(
          id: "s", title: "s",
          blocks: [
            .chart(
              .init(
                .histogram(start: 0, width: 4), title: "Weeks", summary: "Bins.",
                categoryLabel: "Weeks", valueLabel: "Proceedings",
                points: [.init("0", 9), .init("4+", 1)]))
          ])
      ]
    ).rendered(as: .html)
    #expect(!shown.contains("c = not shown"))
  }

  @Test("count axes tick at whole numbers; a percentage axis may not")
  func wholeTicks() {
    func axis(_ values: [Double?]) -> (maximum: Double, step: Double) {
      PracticeReport.Chart(
        .bars, title: "t", summary: "s", categoryLabel: "c", valueLabel: "v",
        points: values.enumerated().map { .init("\($0.offset)", $0.element) }
      ).valueAxis
    }
    #expect(axis([9, 3]) == (10, 5))  // not 2.5-steps to 10
    #expect(axis([3, 1]) == (3, 1))  // not 0.25-steps
    #expect(axis([1]) == (1, 1))
    #expect(axis([50, nil]) == (60, 20))
    #expect(axis([0.3]).step < 1)  // not counts: fractional steps allowed
  }

  @Test("HTML: wide tables scroll with a visible cue; a print stylesheet")
  func layout() {
    let html = Self.report.rendered(as: .html)
    #expect(html.contains("class=\"table-wrap\""))
    #expect(html.contains("background-attachment:local,local,scroll,scroll"))
    #expect(html.contains("@media print{"))
    #expect(html.contains("table,figure{break-inside:avoid}"))
  }

  @Test("histogram: the reference line sits at its position on the bins' axis")
  func histogramReference() {
    // 13 bins of 4 weeks span 0–52 across x = 56…616, so 26 weeks is at x = 336.
    let html = PracticeReport(
      title: "t", sections: [.init(id: "s", title: "s", blocks: [.chart(Self.weeks)])]
    ).rendered(as: .html)
    #expect(html.contains("<line x1=\"336.0\" y1=\"20.0\" x2=\"336.0\" y2=\"228.0\""))
    #expect(html.contains(">26-week limit</text>"))
    // The largest bin holds 4: the value axis is 0–4 in whole steps, and the reference line (a
    // position on the weeks axis) does not stretch it.
    #expect(html.contains("text-anchor=\"end\">4</text>"))
    #expect(!html.contains("text-anchor=\"end\">5</text>"))
    #expect(html.contains("text-anchor=\"end\">1</text>"))
  }

  @Test("a chart with no data or only zeros still draws an axis")
  func emptyChart() {
    let empty = PracticeReport.Chart(
      .line, title: "Nothing", summary: "No cycles yet.", categoryLabel: "Cycle",
      valueLabel: "%", points: [.init("2026 Q1", 0)])
    let html = PracticeReport(
      title: "t", sections: [.init(id: "s", title: "s", blocks: [.chart(empty)])]
    ).rendered(as: .html)
    // One point is centred: x = (56 + 616) / 2.
    #expect(html.contains("<circle cx=\"336.0\""))
    #expect(!html.contains("nan"))
  }

  @Test(
    "numbers print rounded half away from zero, with no exponent",
    arguments: [
      (12.345, 1, "12.3"), (0.5, 0, "1"), (-0.5, 0, "-1"), (-0.04, 1, "0.0"),
      (1e6, 2, "1000000.00"),
      (0.125, 2, "0.13"), (7, 0, "7"), (Double.nan, 1, "–"), (Double.infinity, 0, "–"),
    ])
  func numbers(value: Double, decimals: Int, text: String) {
    #expect(value.reportText(decimals: decimals) == text)
  }
}
