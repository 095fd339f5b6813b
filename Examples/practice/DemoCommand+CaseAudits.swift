import PracticeKit

/// The demo's case-audit section: PracticeAudit's seeded synthetic year of case-file audits
/// (``AuditCycleGenerator``), its loop measures and moderation agreement.
struct CaseAuditDemo: Encodable {
  var framework: String
  var periods: [Period]
  var moderated: PublishedFigure
  @Nullable var cohenKappa: Double?
  @Nullable var quadraticWeightedKappa: Double?
  @Nullable var band: String?
  var withLoop: String
  var withoutLoop: String
  var findingCount: String

  struct Period: Encodable {
    var id: String
    var loopInPlace: Bool
    var audits: PublishedFigure
    var goodOrBetter: PublishedFigure
    var discussedWithAllThree: PublishedFigure
  }

  init(day: CalendarDay) {
    let cycle = AuditCycleGenerator().cycle(endingBefore: day)
    framework = cycle.framework.title
    // The same published figures as `practice audit cases`: one disclosure-control gate.
    let summary = AuditCasesCommand.Summary(cycle, grouping: .authority, asOf: day)
    periods = summary.periods.map {
      Period(
        id: $0.period, loopInPlace: $0.loopInPlace, audits: $0.audits,
        goodOrBetter: $0.goodOrBetter, discussedWithAllThree: $0.discussedWithAllThree)
    }
    let pairs = cycle.audits.compactMap { audit -> (first: Int, second: Int)? in
      guard let first = audit.result(in: cycle.framework).flatMap(cycle.framework.scale.rank),
        let second = audit.moderatedResult(in: cycle.framework).flatMap(
          cycle.framework.scale.rank)
      else { return nil }
      return (first, second)
    }
    moderated = summary.agreement?.cases ?? .count(0)
    let table = try? AgreementTable(pairs: pairs, categories: cycle.framework.scale.grades.count)
    cohenKappa = table?.cohenKappa().value
    quadraticWeightedKappa = table?.cohenKappa(.quadratic).value
    band = table?.cohenKappa().band?.description
    withLoop = summary.loop.withLoop.percentText
    withoutLoop = summary.loop.withoutLoop.percentText
    findingCount = ReportFigures.published.publish(
      PublicationDraft(tables: [.counts("findings", [cycle.findings(asOf: day).count])])
    ).text("findings", row: 0)
  }

  /// The demo report's section.
  var section: PracticeReport.Section {
    var items = periods.map { period in
      "\(period.id): \(period.audits) audits\(period.loopInPlace ? " (loop in place)" : ""), "
        + "good or better \(period.goodOrBetter.percentText), discussed by all three roles "
        + period.discussedWithAllThree.percentText
    }
    items.append(
      "Moderation: \(moderated) audits re-graded, Cohen's kappa "
        + (cohenKappa.map { $0.reportText(decimals: 3) } ?? "undefined")
        + (quadraticWeightedKappa.map { ", quadratic \($0.reportText(decimals: 3))" } ?? "")
        + (band.map { " (\($0.lowercased()))" } ?? ""))
    items.append(
      "Good or better with the loop \(withLoop), without \(withoutLoop); \(findingCount) findings")
    return .init(
      id: "case-audits", title: "Case-file audits",
      blocks: [
        .paragraph("A seeded synthetic year; \(framework)."), .list(items),
        .paragraph("Run 'practice audit cases FILE.json' on your own audits."),
      ])
  }
}
