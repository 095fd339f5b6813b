import PracticeLaw
import Testing

@Suite("National care-case timeliness (FCSQ)")
struct CareTimelinessStatisticsTests {
  static let figures = CareTimelinessStatistics.figures

  @Test("figures read in the GOV.UK bulletins of 2020 and 2021 are verified, with the page")
  func bulletins() {
    for span in [
      CareTimelinessFigure.Span.quarter(year: 2020, quarter: 2), .quarter(year: 2021, quarter: 1),
      .quarter(year: 2021, quarter: 2), .quarter(year: 2021, quarter: 3),
    ] {
      let figure = Self.figures.first { $0.span == span }
      #expect(figure?.provenance.verification == .verified, "\(span)")
      #expect(
        figure?.provenance.sources.first?.url?.contains("/family-court-statistics-quarterly-")
          == true)
    }
    let aprJun2019 = Self.figures.first { $0.span == .quarter(year: 2019, quarter: 2) }
    #expect(aprJun2019?.meanWeeks == 33 && aprJun2019?.shareWithin26Weeks == 0.41)
    #expect(aprJun2019?.publication == "FCSQ April to June 2020")
    // January–March 2020 as the January to March 2021 main points imply (43 − 8, 22 + 14): the
    // care and supervision series, not the all-public-law 34 weeks.
    let janMar2020 = Self.figures.first { $0.span == .quarter(year: 2020, quarter: 1) }
    #expect(janMar2020?.meanWeeks == 35 && janMar2020?.shareWithin26Weeks == 0.36)
    #expect(janMar2020?.provenance.verification == .verified)
  }

  @Test("the latest complete figure is January–March 2025: 40 weeks, 35% within 26 weeks")
  func latest() throws {
    let latest = try #require(CareTimelinessStatistics.latest)
    #expect(latest.span == .quarter(year: 2025, quarter: 1))
    #expect(latest.span.description == "January–March 2025")
    #expect(latest.meanWeeks == 40)
    #expect(latest.shareWithin26Weeks == 0.35)
    #expect(latest.provenance.verification == .verified)
    #expect(latest.publication == "FCSQ January to March 2025")
  }

  @Test("every edition of a revised period is kept; all-public-law figures are not")
  func editions() {
    let year2016 = Self.figures.filter { $0.span == .year(2016) }
    #expect(year2016.map(\.meanWeeks) == [26.9, 27])
    #expect(year2016.map(\.publication).count == Set(year2016.map(\.publication)).count)
    // The January–March 2021 bulletin's yearly means (49, 26, 27) are all public law cases.
    let year2011 = Self.figures.filter { $0.span == .year(2011) }
    #expect(year2011.map(\.meanWeeks) == [nil])
    #expect(year2011.first?.provenance.note?.contains("over 55") == true)
    #expect(!Self.figures.contains { $0.publication.contains("revised") })
    // The 2013 figure is from Court Statistics Quarterly, the series before FCSQ began.
    let q3of2013 = Self.figures.first { $0.span == .quarter(year: 2013, quarter: 3) }
    #expect(q3of2013?.publication == "Court Statistics Quarterly July to September 2013")
    #expect(q3of2013?.provenance.sources.first?.title == q3of2013?.publication)
  }

  @Test("figures are ordered by period; shares lie in 0–1; every figure is sourced")
  func wellFormed() {
    #expect(Self.figures.count == 31)
    #expect(zip(Self.figures, Self.figures.dropFirst()).allSatisfy { !($1.span < $0.span) })
    for figure in Self.figures {
      #expect(figure.meanWeeks != nil || figure.shareWithin26Weeks != nil)
      #expect((0...1).contains(figure.shareWithin26Weeks ?? 0))
      #expect(!figure.provenance.sources.isEmpty)
      #expect(figure.provenance.sources[0].kind == .officialStatistics)
      // A secondary tag always names the secondary source that quoted the bulletin.
      if figure.provenance.verification == .secondary {
        #expect(figure.provenance.sources.contains { $0.kind == .secondary })
      }
      // A verified figure rests on the bulletin alone, never on a copy or a report of it.
      if figure.provenance.verification == .verified {
        #expect(figure.provenance.sources.allSatisfy { $0.kind == .officialStatistics })
      }
    }
  }

  @Test("spans: quarters end on their last day and a year sorts after its fourth quarter")
  func spans() {
    typealias Span = CareTimelinessFigure.Span
    #expect(Span.quarter(year: 2024, quarter: 2).lastDay == CalendarDay(2024, 6, 30))
    #expect(Span.quarter(year: 2024, quarter: 4).lastDay == CalendarDay(2024, 12, 31))
    #expect(Span.quarter(year: 2021, quarter: 4) < Span.year(2021))
    #expect(Span.year(2020) < Span.quarter(year: 2021, quarter: 1))
    #expect(Span.quarter(year: 2019, quarter: 3).description == "July–September 2019")
  }

  @Test("the law domain lists the figures as facts and as a catalogue")
  func registry() {
    let law = LawDomain()
    #expect(law.facts.filter { $0.id.hasPrefix("law.fcsq.") }.count == 31)
    #expect(
      law.facts.contains {
        $0.statement
          == "Care and supervision cases, 2016: mean 26.9 weeks, median 24.9 weeks, 61% within "
          + "26 weeks (FCSQ Annual 2016 (including October–December 2016))."
      })
    #expect(law.catalogues.first { $0.id == "law.fcsq.care-timeliness" }?.entryCount == 31)
  }
}
