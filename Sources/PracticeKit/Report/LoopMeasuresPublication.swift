extension PublicationDraft {
  /// The draft of a cycle's loop measures, for the one gate: grades add up to the audits, good
  /// or better and below good to their grades, the pooled results to their periods' rows.
  ///
  /// Tables: `grades` (a row per measure, a column per grade, row totals the audits); `other`
  /// (a row per measure: good or better, below good, rehearsed, actions due, on time and
  /// outstanding, re-audited, improved, re-audits good or better, discussed by all three);
  /// `pooled` (with and without the loop: good or better, audits); `moderation` (moderated
  /// audits); `findings` (one count per code). Percentages: `good`*row*, `discussed`*row* (of
  /// the audits) and `pooled`*row*.
  ///
  /// - Parameters:
  ///   - measures: The measures, as ``AuditCycle/measures(by:asOf:)`` gives them.
  ///   - scale: The framework's grading scale.
  ///   - pooled: The results with the loop, then without it.
  ///   - moderation: The moderation agreement, if any audit was moderated.
  ///   - codes: The number of findings of each code printed.
  public static func loopMeasures(
    _ measures: [LoopMeasures], scale: GradingScale, pooled: [PooledResults],
    moderation: AgreementSummary?, codes: [Int]
  ) -> PublicationDraft {
    let good = scale.grades.indices.filter { scale.isGoodOrBetter(scale.grades[$0].id) == true }
    let below = scale.grades.indices.filter {
      scale.isGoodOrBetter(scale.grades[$0].id) == false
    }
    var relations: [PublicationDraft.Relation] = []
    for row in measures.indices {
      for (column, grades) in [(0, good), (1, below)] {
        relations.append(
          .init(
            whole: .init("other", .cell(row: row, column: column)),
            parts: grades.map { .init("grades", .cell(row: row, column: $0)) }))
      }
    }
    for (index, results) in pooled.enumerated() {
      let rows = measures.indices.filter { results.periods.contains(measures[$0].period) }
      relations.append(
        .init(
          whole: .init("pooled", .cell(row: index, column: 0)),
          parts: rows.map { .init("other", .cell(row: $0, column: 0)) }))
      relations.append(
        .init(
          whole: .init("pooled", .cell(row: index, column: 1)),
          parts: rows.map { .init("grades", .rowTotal(row: $0)) }))
    }
    var percentages: [PublicationDraft.Percentage] = []
    for row in measures.indices {
      let audits = FigureReference("grades", .rowTotal(row: row))
      percentages.append(
        .init(
          id: "good\(row)", numerator: .init("other", .cell(row: row, column: 0)),
          denominator: audits))
      percentages.append(
        .init(
          id: "discussed\(row)", numerator: .init("other", .cell(row: row, column: 9)),
          denominator: audits))
    }
    for index in pooled.indices {
      percentages.append(
        .init(
          id: "pooled\(index)", numerator: .init("pooled", .cell(row: index, column: 0)),
          denominator: .init("pooled", .cell(row: index, column: 1))))
    }
    return PublicationDraft(
      tables: [
        .init(
          id: "grades", cells: measures.map { $0.gradeCounts.map(\.count) },
          rowTotals: measures.map(\.audits)),
        .init(
          id: "other",
          cells: measures.map {
            [
              $0.goodOrBetter, $0.belowGood, $0.rehearsed, $0.actionsDue, $0.actionsOnTime,
              $0.actionsOutstanding, $0.reaudited, $0.reauditImproved, $0.reauditGoodOrBetter,
              $0.discussedWithAllThree,
            ]
          }),
        .init(id: "pooled", cells: pooled.map { [$0.goodOrBetter, $0.audits] }),
        .counts("moderation", [moderation?.cases]),
        .counts("findings", codes),
      ],
      percentages: percentages, relations: relations)
  }
}
