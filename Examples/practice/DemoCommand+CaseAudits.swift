import PracticeKit

/// The demo's case-audit section: PracticeAudit's seeded synthetic year of case-file audits
/// (``AuditCycleGenerator``), its loop measures and moderation agreement.
struct CaseAuditDemo: Encodable {
  var framework: String
  var periods: [Period]
  var moderated: Int
  @Nullable var cohenKappa: Double?
  @Nullable var quadraticWeightedKappa: Double?
  @Nullable var band: String?
  var withLoop: String
  var withoutLoop: String
  var findingCount: Int

  struct Period: Encodable {
    var id: String
    var loopInPlace: Bool
    var audits: Int
    var goodOrBetter: String
    var discussedWithAllThree: Int
  }

  init(day: CalendarDay) {
    let cycle = AuditCycleGenerator().cycle(endingBefore: day)
    framework = cycle.framework.title
    periods = cycle.measures(asOf: day).map {
      Period(
        id: $0.period, loopInPlace: $0.loopInPlace, audits: $0.audits,
        goodOrBetter: $0.publishedGoodOrBetter.description,
        discussedWithAllThree: $0.discussedWithAllThree)
    }
    let pairs = cycle.audits.compactMap { audit -> (first: Int, second: Int)? in
      guard let first = audit.result(in: cycle.framework).flatMap(cycle.framework.scale.rank),
        let second = audit.moderatedResult(in: cycle.framework).flatMap(
          cycle.framework.scale.rank)
      else { return nil }
      return (first, second)
    }
    moderated = pairs.count
    let table = try? AgreementTable(pairs: pairs, categories: cycle.framework.scale.grades.count)
    cohenKappa = table?.cohenKappa().value
    quadraticWeightedKappa = table?.cohenKappa(.quadratic).value
    band = table?.cohenKappa().band?.description
    let comparison = cycle.loopComparison
    withLoop = Self.percent(comparison.withLoop)
    withoutLoop = Self.percent(comparison.withoutLoop)
    findingCount = cycle.findings(asOf: day).count
  }

  private static func percent(_ pooled: PooledResults) -> String {
    let value =
      (try? DisclosureControl.dfe.publishPercentage(
        numerator: pooled.goodOrBetter, denominator: pooled.audits)) ?? .notAvailable
    return Int(value.description) == nil ? value.description : "\(value)%"
  }

  /// The section's lines in the demo report.
  var lines: [String] {
    var lines = ["", "Case-file audits (a seeded synthetic year; \(framework)):"]
    for period in periods {
      lines.append(
        "  \(period.id): \(period.audits) audits\(period.loopInPlace ? " (loop in place)" : ""), "
          + "good or better \(period.goodOrBetter)%, discussed by all three roles "
          + "\(period.discussedWithAllThree)")
    }
    lines.append(
      "  moderation: \(moderated) audits re-graded, Cohen's kappa "
        + (cohenKappa.map { $0.reportText(decimals: 3) } ?? "undefined")
        + (quadraticWeightedKappa.map { ", quadratic \($0.reportText(decimals: 3))" } ?? "")
        + (band.map { " (\($0.lowercased()))" } ?? ""))
    lines.append(
      "  good or better with the loop \(withLoop), without \(withoutLoop); \(findingCount) findings;"
        + " run 'practice audit cases FILE.json' on your own audits")
    return lines
  }
}
