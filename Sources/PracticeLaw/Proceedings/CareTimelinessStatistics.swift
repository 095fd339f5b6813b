/// One published national figure for how long care and supervision cases take in England and
/// Wales: the mean weeks to first disposal and the share disposed of within 26 weeks (Ministry of
/// Justice, Family Court Statistics Quarterly).
///
/// The series has been revised between editions (2016 was 26.9 weeks in the 2016 annual edition
/// and 27 in October–December 2017), so each figure keeps its publication, and the same period
/// can appear more than once. Figures for all public law cases are not care and supervision
/// figures and are left out (the January–March 2021 bulletin's 49, 26 and 27 weeks for 2011,
/// 2016 and 2017 are of that series). Cafcass publishes a different measure (issue to completion)
/// that is not included here.
public struct CareTimelinessFigure: Sendable, Hashable, Codable {
  /// The period a figure covers.
  public enum Span: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// A calendar year.
    case year(Int)
    /// A calendar quarter: 1 is January–March.
    case quarter(year: Int, quarter: Int)

    /// The last day of the span, for ordering and "as of".
    public var lastDay: CalendarDay {
      switch self {
      case .year(let year): CalendarDay(year, 12, 31)
      case .quarter(let year, let quarter):
        [CalendarDay(year, 3, 31), CalendarDay(year, 6, 30), CalendarDay(year, 9, 30)][
          safe: quarter - 1] ?? CalendarDay(year, 12, 31)
      }
    }

    /// For example "2021" or "January–March 2025".
    public var description: String {
      switch self {
      case .year(let year): "\(year)"
      case .quarter(let year, let quarter):
        "\(["January–March", "April–June", "July–September"][safe: quarter - 1] ?? "October–December") \(year)"
      }
    }

    /// Orders spans by their last day, a year after its fourth quarter.
    public static func < (lhs: Span, rhs: Span) -> Bool {
      (lhs.lastDay, lhs.isYear ? 1 : 0) < (rhs.lastDay, rhs.isYear ? 1 : 0)
    }

    private var isYear: Bool {
      if case .year = self { return true }
      return false
    }
  }

  /// The period covered.
  public let span: Span
  /// Mean weeks from the first application to first disposal, if published for this period.
  public let meanWeeks: Double?
  /// Median weeks, where published.
  public let medianWeeks: Double?
  /// Share of cases disposed of within 26 weeks, 0–1, if published.
  public let shareWithin26Weeks: Double?
  /// The edition that published the figure, for example "FCSQ January to March 2025".
  public let publication: String
  /// Where it comes from and how well it is verified; the note says when a figure was derived
  /// from a change reported in a later edition, or was given only in words.
  public let provenance: Provenance
}

/// The published national timeliness of care and supervision cases, every figure with its edition.
public enum CareTimelinessStatistics {
  /// Every figure, ordered by period and then as listed in the research notes.
  public static let figures: [CareTimelinessFigure] = rows.sorted { $0.span < $1.span }

  /// The most recent figure that gives both the mean and the share within 26 weeks
  /// (January–March 2025: 40 weeks, 35%).
  public static var latest: CareTimelinessFigure? {
    figures.last { $0.meanWeeks != nil && $0.shareWithin26Weeks != nil }
  }

  /// Each figure as a fact.
  public static var facts: [Fact] {
    figures.enumerated().map { offset, figure in
      let parts = [
        figure.meanWeeks.map { "mean \(weeks($0)) weeks" },
        figure.medianWeeks.map { "median \(weeks($0)) weeks" },
        figure.shareWithin26Weeks.map { "\(Int(($0 * 100).rounded()))% within 26 weeks" },
      ].compactMap(\.self)
      return Fact(
        id: "law.fcsq.\(offset + 1)",
        statement: "Care and supervision cases, \(figure.span): "
          + (parts.isEmpty ? "see note" : parts.joined(separator: ", "))
          + " (\(figure.publication)).",
        provenance: figure.provenance)
    }
  }

  private static func weeks(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  // MARK: - Data (law.md §9; V read on GOV.UK, S quoted by the named secondary source)

  private static let collection =
    "https://www.gov.uk/government/collections/family-court-statistics-quarterly"

  /// Whether `edition` is one of Court Statistics Quarterly, FCSQ's predecessor, named in full.
  private static func isCourtStatisticsQuarterly(_ edition: String) -> Bool {
    edition.hasPrefix("Court Statistics Quarterly")
  }

  /// "FCSQ January to March 2025"; a Court Statistics Quarterly edition keeps its own name.
  private static func publication(_ edition: String) -> String {
    isCourtStatisticsQuarterly(edition) ? edition : "FCSQ \(edition)"
  }

  private static func official(_ edition: String, url: String = collection) -> Source {
    Source(
      .officialStatistics,
      title: isCourtStatisticsQuarterly(edition)
        ? edition : "Family Court Statistics Quarterly: \(edition)",
      locator: "Main points: care and supervision timeliness", url: url,
      publisher: "Ministry of Justice")
  }

  private static func quoted(_ edition: String, by site: String) -> [Source] {
    [official(edition), Source(.secondary, title: "\(site), quoting \(publication(edition))")]
  }

  private static func figure(
    _ span: CareTimelinessFigure.Span, mean: Double?, median: Double? = nil, within: Double?,
    _ edition: String, _ verification: Verification, _ sources: [Source], note: String? = nil
  ) -> CareTimelinessFigure {
    CareTimelinessFigure(
      span: span, meanWeeks: mean, medianWeeks: median,
      shareWithin26Weeks: within.map { $0 / 100 }, publication: publication(edition),
      provenance: Provenance(
        verification, sources,
        note: note ?? (verification == .secondary ? pdfEditionNote : nil)))
  }

  /// Why a figure quoted from a PDF-only edition stays secondary.
  private static let pdfEditionNote =
    "The edition was published as a PDF (GOV.UK's HTML bulletins begin with January to March "
    + "2020) and its text was not reached here; the figure is as the quoting site gives it."

  /// The edition before Family Court Statistics Quarterly began (July to September 2014).
  private static let csq2013 = "Court Statistics Quarterly July to September 2013"
  private static let annual2016 = "Annual 2016 (including October–December 2016)"
  private static let octDec2021 = "October to December 2021"
  private static let octDec2021URL =
    "https://www.gov.uk/government/statistics/family-court-statistics-quarterly-october-to-december-2021"

  /// The HTML bulletin on GOV.UK for an edition, for example "april-to-june-2021"; `series` is
  /// `statistics` or, for some editions, `publications`.
  private static func bulletin(_ slug: String, series: String = "statistics") -> String {
    "https://www.gov.uk/government/\(series)/family-court-statistics-quarterly-\(slug)/"
      + "family-court-statistics-quarterly-\(slug)"
  }

  private static let aprJun2024URL =
    "https://www.gov.uk/government/statistics/family-court-statistics-quarterly-april-to-june-2024/family-court-statistics-quarterly-april-to-june-2024"

  private static let rows: [CareTimelinessFigure] = [
    figure(
      .year(2011), mean: nil, within: 12, annual2016, .secondary,
      quoted(annual2016, by: "willispalmer.com"),
      note: "The mean was reported only as \"over 55\" weeks."),
    figure(
      .year(2014), mean: 30, within: nil, annual2016, .secondary,
      quoted(annual2016, by: "willispalmer.com")),
    figure(
      .year(2015), mean: 28.3, within: nil, annual2016, .secondary,
      quoted(annual2016, by: "willispalmer.com")),
    figure(
      .year(2016), mean: 26.9, median: 24.9, within: 61, annual2016, .secondary,
      quoted(annual2016, by: "willispalmer.com")),
    figure(
      .year(2016), mean: 27, within: 62, "October to December 2017", .secondary,
      quoted("October to December 2017", by: "familylawweek.co.uk"),
      note: "Derived from 2017's \"up one week\" and \"down 5 percentage points\"."),
    figure(
      .year(2017), mean: 28, within: 57, "October to December 2017", .secondary,
      quoted("October to December 2017", by: "familylawweek.co.uk")),
    figure(
      .year(2020), mean: 39, within: 31, octDec2021, .verified,
      [official(octDec2021, url: octDec2021URL)],
      note: "Derived from 2021's \"up 6 weeks\" and \"down 8 percentage points\"."),
    figure(
      .year(2021), mean: 45, within: 23, octDec2021, .verified,
      [official(octDec2021, url: octDec2021URL)]),
    figure(
      .quarter(year: 2012, quarter: 4), mean: 45.4, within: nil, "October to December 2014",
      .secondary, quoted("October to December 2014", by: "fjg.co.uk"),
      note: pdfEditionNote + " A revised figure: Court Statistics Quarterly October to December "
        + "2012 gave 45.1 weeks (read in a copy on a document-sharing site)."),
    figure(
      .quarter(year: 2013, quarter: 3), mean: 35.8, within: nil,
      csq2013, .secondary, quoted(csq2013, by: "familylawweek.co.uk"),
      note: pdfEditionNote + " Family Court Statistics Quarterly began with July to September "
        + "2014 (GOV.UK); this figure is from its predecessor, Court Statistics Quarterly."),
    figure(
      .quarter(year: 2013, quarter: 4), mean: 33.6, within: nil, "October to December 2014",
      .secondary, quoted("October to December 2014", by: "fjg.co.uk")),
    figure(
      .quarter(year: 2014, quarter: 4), mean: 28.7, median: 25.1, within: nil,
      "October to December 2014", .secondary, quoted("October to December 2014", by: "fjg.co.uk"),
      note: "The share within 26 weeks was given only as \"close to 60%\"."),
    figure(
      .quarter(year: 2017, quarter: 3), mean: 28, within: 59, "July to September 2017",
      .secondary, quoted("July to September 2017", by: "eastbournelaw.co.uk")),
    figure(
      .quarter(year: 2018, quarter: 2), mean: 30, within: 48, "April to June 2018", .secondary,
      quoted("April to June 2018", by: "willispalmer.com")),
    figure(
      .quarter(year: 2018, quarter: 3), mean: 30, within: 52, "July to September 2018",
      .secondary, quoted("July to September 2018", by: "a copy of the bulletin on cupdf.com")),
    figure(
      .quarter(year: 2019, quarter: 2), mean: 33, within: 41, "April to June 2020", .verified,
      [
        official("April to June 2020", url: bulletin("april-to-june-2020", series: "publications"))
      ],
      note: "Derived from the April to June 2020 bulletin's \"36 weeks ... up 3 weeks\" and \"34% "
        + "... down 7 percentage points\"; the April to June 2019 bulletin itself was seen only as "
        + "a copy on a document-sharing site, which gave the same 33 weeks and 41%."),
    figure(
      .quarter(year: 2019, quarter: 3), mean: 33, within: 42, "July to September 2019",
      .secondary, quoted("July to September 2019", by: "magistrates-association.org.uk")),
    figure(
      .quarter(year: 2020, quarter: 1), mean: 35, within: 36, "January to March 2021",
      .verified, [official("January to March 2021", url: bulletin("january-to-march-2021"))],
      note: "Derived from the January to March 2021 bulletin's main points (\"43 weeks in "
        + "January to March 2021, up 8 weeks from the same quarter in 2020\"; \"22% ... down 14 "
        + "percentage points\"), as the January to March 2020 bulletin itself gives. Corrected "
        + "from 34 weeks: that figure (quoted by willispalmer.com) is the bulletin's all-public-law "
        + "series (\"For January to March 2021 the average was 41 weeks, up from 34 weeks\"), not "
        + "care and supervision."),
    figure(
      .quarter(year: 2020, quarter: 2), mean: 36, within: 34, "April to June 2020", .verified,
      [
        official("April to June 2020", url: bulletin("april-to-june-2020", series: "publications"))
      ]),
    figure(
      .quarter(year: 2020, quarter: 3), mean: 40, within: 29, "July to September 2020",
      .verified, [official("July to September 2020")]),
    figure(
      .quarter(year: 2021, quarter: 1), mean: 43, within: 22, "January to March 2021",
      .verified, [official("January to March 2021", url: bulletin("january-to-march-2021"))]),
    figure(
      .quarter(year: 2021, quarter: 2), mean: 44, within: 22, "April to June 2021", .verified,
      [official("April to June 2021", url: bulletin("april-to-june-2021"))]),
    figure(
      .quarter(year: 2021, quarter: 3), mean: 45, within: 24, "July to September 2021",
      .verified, [official("July to September 2021", url: bulletin("july-to-september-2021"))]),
    figure(
      .quarter(year: 2021, quarter: 4), mean: 47, within: 23, octDec2021, .verified,
      [official(octDec2021, url: octDec2021URL)]),
    figure(
      .quarter(year: 2022, quarter: 1), mean: 49, within: 17, "January to March 2022",
      .verified, [official("January to March 2022", url: bulletin("january-to-march-2022"))]),
    figure(
      .quarter(year: 2023, quarter: 2), mean: 44, within: 29, "April to June 2024", .verified,
      [official("April to June 2024", url: aprJun2024URL)],
      note: "Derived from the year-on-year change (\"down 3 weeks\", \"up 3 percentage points\")."),
    figure(
      .quarter(year: 2023, quarter: 3), mean: 43, within: 30, "July to September 2024",
      .verified, [official("July to September 2024")],
      note: "Derived from the year-on-year change."),
    figure(
      .quarter(year: 2024, quarter: 1), mean: 42, within: 31, "January to March 2025",
      .verified, [official("January to March 2025")],
      note: "Derived from the year-on-year change."),
    figure(
      .quarter(year: 2024, quarter: 2), mean: 41, within: 32, "April to June 2024", .verified,
      [official("April to June 2024", url: aprJun2024URL)]),
    figure(
      .quarter(year: 2024, quarter: 3), mean: 40, within: 34, "July to September 2024",
      .verified, [official("July to September 2024")]),
    figure(
      .quarter(year: 2025, quarter: 1), mean: 40, within: 35, "January to March 2025",
      .verified, [official("January to March 2025")]),
  ]
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
