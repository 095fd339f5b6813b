// The HTML rendering of a PracticeReport: one self-contained page (inline CSS and SVG, no
// scripts, no network) that reads in any browser and with a screen reader. Every chart is an SVG
// with role="img", a title and a description, followed by its data as a table.

enum ReportHTML {
  static func render(_ report: PracticeReport) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(report.title))</title>
      <style>\(style)</style>
      </head>
      <body>
      <main>
      <h1>\(escape(report.title))</h1>

      """
    for line in report.preface { html += "<p class=\"preface\">\(escape(line))</p>\n" }
    html += "<nav aria-label=\"Contents\"><h2 class=\"contents\">Contents</h2><ol>\n"
    for section in report.sections {
      html += "<li><a href=\"#\(anchor(section.id))\">\(escape(section.title))</a></li>\n"
    }
    html += "</ol></nav>\n"
    var chartNumber = 0
    for section in report.sections {
      let id = anchor(section.id)
      html += "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n"
      html += "<h2 id=\"\(id)-heading\">\(escape(section.title))</h2>\n"
      for block in section.blocks {
        switch block {
        case .paragraph(let text): html += "<p>\(escape(text))</p>\n"
        case .list(let items):
          html += "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let table): html += self.table(table)
        case .chart(let chart):
          chartNumber += 1
          html += figure(chart, id: "chart-\(chartNumber)")
        }
      }
      html += "</section>\n"
    }
    return html + "</main>\n</body>\n</html>\n"
  }

  // Colours meet WCAG AA contrast on white: text #1a1a1a (17:1), bars #1d4e89 (8.9:1),
  // reference lines #a4001d (8.6:1), secondary text #4a4a4a (8.9:1).
  private static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;\
    background:#fff;line-height:1.5;margin:0}main{max-width:52rem;margin:0 auto;padding:1rem 1.25rem}\
    h1{font-size:1.8rem;margin-bottom:.25rem}h2{font-size:1.35rem;margin-top:2rem;\
    border-bottom:2px solid #1d4e89}h2.contents{font-size:1.1rem;border:none;margin-top:1rem}\
    .preface{color:#4a4a4a;margin:.2rem 0}table{border-collapse:collapse;margin:1rem 0;\
    font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:.3rem 0}\
    th,td{border:1px solid #c8c8c8;padding:.25rem .6rem;text-align:left}thead th{background:#eef2f7}\
    figure{margin:1.5rem 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}\
    details{margin:.3rem 0 1rem}summary{cursor:pointer;color:#1d4e89}\
    .table-wrap{overflow-x:auto;background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)),\
    linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) 100% 0,\
    linear-gradient(to right,rgba(0,0,0,.18),rgba(0,0,0,0)),\
    linear-gradient(to left,rgba(0,0,0,.18),rgba(0,0,0,0)) 100% 0;\
    background-repeat:no-repeat;background-size:2rem 100%,2rem 100%,.75rem 100%,.75rem 100%;\
    background-attachment:local,local,scroll,scroll}\
    @media print{body{font-size:10.5pt}main{max-width:none;padding:0}a{color:#1a1a1a}\
    .table-wrap{overflow:visible;background:none}table,figure{break-inside:avoid}\
    h2{break-after:avoid}summary{display:none}nav{display:none}}
    """

  private static func table(_ table: PracticeReport.Table) -> String {
    // The wrapper scrolls a wide table on a narrow screen; as a labelled, focusable region a
    // keyboard user can scroll it too.
    var html =
      "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" "
      + "aria-label=\"\(escape(table.caption))\">\n<table>\n<caption>\(escape(table.caption))</caption>\n<thead><tr>"
    html += table.columns.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        html += index == 0 ? "<th scope=\"row\">\(escape(cell))</th>" : "<td>\(escape(cell))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }

  private static func figure(_ chart: PracticeReport.Chart, id: String) -> String {
    let data = PracticeReport.Table(
      caption: "Data for: \(chart.title)", columns: [chart.categoryLabel, chart.valueLabel],
      rows: chart.points.map { [$0.label, $0.value?.chartText ?? "suppressed"] })
    return "<figure>\n\(SVGChart(chart, id: id).svg)<figcaption>\(escape(chart.title))"
      + "</figcaption>\n<details><summary>Show the data</summary>\n\(table(data))</details>\n"
      + "</figure>\n"
  }

  /// An id made only of letters, digits and hyphens.
  static func anchor(_ text: String) -> String {
    String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
  }

  /// Escapes text for HTML content and attribute values.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}

/// One chart drawn as an accessible SVG element.
struct SVGChart {
  let chart: PracticeReport.Chart
  let id: String

  init(_ chart: PracticeReport.Chart, id: String) {
    self.chart = chart
    self.id = id
  }

  private static let bar = "#1d4e89"
  private static let reference = "#a4001d"
  private static let grid = "#c8c8c8"
  private static let secondary = "#4a4a4a"
  /// The mark of a value not shown, as in the tables (DfE's suppression symbol).
  static let withheldMark = "c"
  private static let width = 640.0

  var svg: String {
    var (height, body) =
      switch chart.kind {
      case .bars: bars()
      case .line: line()
      case .histogram(let start, let width): histogram(start: start, binWidth: width)
      }
    // A value not shown is marked where it belongs, never drawn as zero, and explained here.
    if chart.points.contains(where: { $0.value == nil }) {
      body += """
        <text x="8" y="\(n(height + 4))" fill="\(Self.secondary)">\
        \(Self.withheldMark) = not shown: a count of 1 to 5, withheld so that none can be worked \
        out, or nothing to show</text>

        """
      height += 14
    }
    return """
      <svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 \(n(Self.width)) \(n(height))" \
      width="\(n(Self.width))" height="\(n(height))" aria-labelledby="\(id)-title \(id)-desc" \
      font-family="system-ui,sans-serif" font-size="13" fill="#1a1a1a">
      <title id="\(id)-title">\(ReportHTML.escape(chart.title))</title>
      <desc id="\(id)-desc">\(ReportHTML.escape(chart.summary))</desc>
      \(body)</svg>

      """
  }

  /// Horizontal bars: a row per point, the value axis along the bottom.
  private func bars() -> (Double, String) {
    let labelWidth = min(260, max(100, Double(chart.points.map(\.label.count).max() ?? 0) * 7.2))
    let left = labelWidth + 12
    let plotWidth = Self.width - left - 70
    let top = 24.0
    let row = 28.0
    let bottom = top + row * Double(chart.points.count)
    let (maximum, step) = chart.valueAxis
    func x(_ value: Double) -> Double { left + plotWidth * min(max(value, 0), maximum) / maximum }
    var body = axisTicks(
      maximum: maximum, step: step,
      draw: { value in
        """
        <line x1="\(n(x(value)))" y1="\(n(top - 4))" x2="\(n(x(value)))" y2="\(n(bottom))" \
        stroke="\(Self.grid)"/><text x="\(n(x(value)))" y="\(n(bottom + 16))" \
        text-anchor="middle">\(tick(value, step: step))</text>

        """
      })
    for (index, point) in chart.points.enumerated() {
      let y = top + row * Double(index)
      body += """
        <text x="\(n(left - 8))" y="\(n(y + 18))" text-anchor="end">\
        \(ReportHTML.escape(point.label))</text>

        """
      guard let value = point.value else {
        body += withheld(x: left + 4, baseline: y + 18, anchor: "start")
        continue
      }
      body += """
        <rect x="\(n(left))" y="\(n(y + 5))" width="\(n(x(value) - left))" height="18" \
        fill="\(Self.bar)"/><text x="\(n(x(value) + 4))" y="\(n(y + 18))">\
        \(value.chartText)</text>

        """
    }
    if let reference = chart.reference {
      body += verticalReference(x: x(reference.value), top: top - 4, bottom: bottom, reference)
    }
    body += axisLabel(chart.valueLabel, x: left + plotWidth / 2, y: bottom + 34)
    return (bottom + 44, body)
  }

  /// A line over ordered points, broken where a value is missing.
  private func line() -> (Double, String) {
    let plot = ValuePlot(chart.valueAxis)
    let (left, right, top, bottom) = (plot.left, plot.right, plot.top, plot.bottom)
    let y = plot.y
    // Points stand in from the axes so their labels clear the tick labels.
    let inset = 24.0
    let spacing =
      chart.points.count > 1 ? (right - left - 2 * inset) / Double(chart.points.count - 1) : 0
    func x(_ index: Int) -> Double {
      chart.points.count > 1 ? left + inset + spacing * Double(index) : (left + right) / 2
    }
    var body = valueGrid(plot)
    var segment: [String] = []
    func flush() {
      if segment.count > 1 {
        body +=
          "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" "
          + "stroke=\"\(Self.bar)\" stroke-width=\"2.5\"/>\n"
      }
      segment = []
    }
    for (index, point) in chart.points.enumerated() {
      body += """
        <text x="\(n(x(index)))" y="\(n(bottom + 18))" text-anchor="middle">\
        \(ReportHTML.escape(point.label))</text>

        """
      guard let value = point.value else {
        flush()
        body += withheld(x: x(index), baseline: bottom - 6, anchor: "middle")
        continue
      }
      segment.append("\(n(x(index))),\(n(y(value)))")
      body += """
        <circle cx="\(n(x(index)))" cy="\(n(y(value)))" r="4" fill="\(Self.bar)"/>\
        <text x="\(n(x(index)))" y="\(n(y(value) - 9))" text-anchor="middle">\
        \(value.chartText)</text>

        """
    }
    flush()
    if let reference = chart.reference {
      let level = y(reference.value)
      body += """
        <line x1="\(n(left))" y1="\(n(level))" x2="\(n(right))" y2="\(n(level))" \
        stroke="\(Self.reference)" stroke-width="2" stroke-dasharray="6 4"/>\
        <text x="\(n(right))" y="\(n(level - 6))" text-anchor="end" fill="\(Self.reference)">\
        \(ReportHTML.escape(reference.label))</text>

        """
    }
    body += axisLabel(chart.categoryLabel, x: (left + right) / 2, y: bottom + 38)
    body += verticalAxisLabel(top: top, bottom: bottom)
    return (bottom + 48, body)
  }

  /// Vertical bars for contiguous bins; the reference is a position on the bins' axis.
  private func histogram(start: Double, binWidth: Double) -> (Double, String) {
    let plot = ValuePlot(chart.valueAxis)
    let (left, right, top, bottom) = (plot.left, plot.right, plot.top, plot.bottom)
    let y = plot.y
    let bins = max(chart.points.count, 1)
    let span = binWidth > 0 && binWidth.isFinite ? binWidth * Double(bins) : 1
    func x(_ position: Double) -> Double {
      left + (right - left) * min(max((position - start) / span, 0), 1)
    }
    let barWidth = (right - left) / Double(bins)
    var body = valueGrid(plot)
    let labelEvery = max(1, bins / 10)
    for (index, point) in chart.points.enumerated() {
      let x0 = left + barWidth * Double(index)
      if let value = point.value {
        body += """
          <rect x="\(n(x0 + 1))" y="\(n(y(value)))" width="\(n(max(barWidth - 2, 1)))" \
          height="\(n(bottom - y(value)))" fill="\(Self.bar)"/>

          """
      } else {
        body += withheld(x: x0 + barWidth / 2, baseline: bottom - 6, anchor: "middle")
      }
      // Each bin's own label at its left edge; the last bin is always labelled, as it may be
      // open-ended ("100+"), and a regular label too close before it is left out.
      let last = chart.points.count - 1
      if index == last || (index % labelEvery == 0 && last - index >= labelEvery) {
        body += """
          <text x="\(n(x0))" y="\(n(bottom + 18))" text-anchor="middle">\
          \(ReportHTML.escape(point.label))</text>

          """
      }
    }
    if let reference = chart.reference {
      body += verticalReference(x: x(reference.value), top: top - 8, bottom: bottom, reference)
    }
    body += axisLabel(chart.categoryLabel, x: (left + right) / 2, y: bottom + 38)
    body += verticalAxisLabel(top: top, bottom: bottom)
    return (bottom + 48, body)
  }

  /// The plot area of line charts and histograms: values run up the left edge.
  private struct ValuePlot {
    let left = 56.0
    let right = SVGChart.width - 24
    let top = 28.0
    let bottom = 228.0
    let maximum: Double
    let step: Double

    init(_ axis: (maximum: Double, step: Double)) {
      (maximum, step) = axis
    }

    /// The vertical position of `value`, clamped to the plot.
    func y(_ value: Double) -> Double {
      bottom - (bottom - top) * min(max(value, 0), maximum) / maximum
    }
  }

  /// A horizontal grid line and a label at each tick of the plot's value axis.
  private func valueGrid(_ plot: ValuePlot) -> String {
    axisTicks(maximum: plot.maximum, step: plot.step) { value in
      """
      <line x1="\(n(plot.left))" y1="\(n(plot.y(value)))" x2="\(n(plot.right))" \
      y2="\(n(plot.y(value)))" stroke="\(Self.grid)"/><text x="\(n(plot.left - 6))" \
      y="\(n(plot.y(value) + 4))" text-anchor="end">\(tick(value, step: plot.step))</text>

      """
    }
  }

  /// Draws a tick at 0, step, 2 × step … maximum.
  private func axisTicks(maximum: Double, step: Double, draw: (Double) -> String) -> String {
    let count = max(1, min(20, Int((maximum / step).rounded())))
    return (0...count).map { draw(step * Double($0)) }.joined()
  }

  /// A tick's label: whole numbers when the step is whole, else as many decimals as it needs.
  private func tick(_ value: Double, step: Double) -> String {
    let decimals = step == step.rounded() ? 0 : step * 10 == (step * 10).rounded() ? 1 : 2
    return value.reportText(decimals: decimals)
  }

  /// The mark of a value not shown, in the secondary colour.
  private func withheld(x: Double, baseline: Double, anchor: String) -> String {
    """
    <text x="\(n(x))" y="\(n(baseline))" text-anchor="\(anchor)" fill="\(Self.secondary)" \
    font-style="italic">\(Self.withheldMark)</text>

    """
  }

  private func axisLabel(_ text: String, x: Double, y: Double) -> String {
    """
    <text x="\(n(x))" y="\(n(y))" text-anchor="middle">\(ReportHTML.escape(text))</text>

    """
  }

  /// The value axis's title, turned to run up the left edge.
  private func verticalAxisLabel(top: Double, bottom: Double) -> String {
    let middle = n((top + bottom) / 2)
    return """
      <text x="14" y="\(middle)" transform="rotate(-90 14 \(middle))" text-anchor="middle">\
      \(ReportHTML.escape(chart.valueLabel))</text>

      """
  }

  private func verticalReference(
    x: Double, top: Double, bottom: Double, _ reference: PracticeReport.Chart.Reference
  ) -> String {
    """
    <line x1="\(n(x))" y1="\(n(top))" x2="\(n(x))" y2="\(n(bottom))" stroke="\(Self.reference)" \
    stroke-width="2" stroke-dasharray="6 4"/><text x="\(n(x + 4))" y="\(n(top + 2))" \
    fill="\(Self.reference)">\(ReportHTML.escape(reference.label))</text>

    """
  }

  /// A coordinate with one decimal place.
  private func n(_ value: Double) -> String { value.reportText(decimals: 1) }
}
