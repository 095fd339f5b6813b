extension SSDA903 {
  /// The data-quality rules the reader applies to a return, each with the DfE validation rule
  /// codes that check the same thing, and the statement that this is not the DfE validation.
  public static let checksApplied = DataQualityScope(
    collection: "SSDA903 return",
    checks: [
      .init(
        rule: SourceDataIssue.Rule.unrecognisedTable.rawValue,
        summary: "each CSV file is one of the return's tables, recognised by its exact columns"),
      .init(
        rule: SourceDataIssue.Rule.raggedRow.rawValue,
        summary: "each row has as many fields as its header"),
      .init(
        rule: SourceDataIssue.Rule.missingValue.rawValue,
        summary: "CHILD is given in every table, DECOM in Episodes", dfeCodes: ["141"]),
      .init(
        rule: SourceDataIssue.Rule.invalidDate.rawValue,
        summary: "dates are real days (DOB, MC_DOB, DECOM, DEC, REVIEW, DUC, DATE_INT, "
          + "DATE_MATCH, DATE_PLACED, DATE_PLACED_CEASED, MIS_START, MIS_END, SW_DECOM, SW_DEC, "
          + "DOLO_START, DOLO_END)",
        dfeCodes: [
          "102", "104", "112", "113", "115", "116", "141", "147", "166", "171", "1004", "1005",
          "SW04STG1", "SW05STG1",
        ]),
      .init(
        rule: SourceDataIssue.Rule.unknownCode.rawValue,
        summary: "codes are in their code list (SEX, RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, "
          + "REASON_PLACE_CHANGE, REVIEW_CODE)",
        dfeCodes: ["101", "143", "144", "145", "146", "149", "167", "178", "1009"]),
      .init(
        rule: SourceDataIssue.Rule.codeNotValidInYear.rawValue,
        summary: "those codes are valid in the collection year",
        dfeCodes: ["101", "143", "144", "145", "146", "149", "167", "178", "1009"]),
      .init(
        rule: SourceDataIssue.Rule.endBeforeStart.rawValue,
        summary: "an episode does not cease before it began", dfeCodes: ["356"]),
      .init(
        rule: SourceDataIssue.Rule.incompleteReview.rawValue,
        summary: "a review has both its date and its participation code",
        dfeCodes: ["166", "167"]),
      .init(
        rule: SourceDataIssue.Rule.repeatedChild.rawValue,
        summary: "each child is in the Header table once", dfeCodes: ["INT32"]),
      .init(
        rule: SourceDataIssue.Rule.repeatedRow.rawValue,
        summary: "no episode or review is given twice"),
      .init(
        rule: SourceDataIssue.Rule.overlappingEpisode.rawValue,
        summary: "a child's episodes do not overlap, and none starts while another is open",
        dfeCodes: ["142", "501"]),
    ],
    provenance: Provenance(
      .secondary, [.validator903(rule: "codes and messages")],
      note: "The codes and their messages are those of the DfE-commissioned validator's rule list "
        + "for 2024/25, not DfE's own specification. A DfE rule listed checks the same thing as "
        + "ours, not necessarily under every condition it applies."))

  /// The rows already read, by child, so a repeat is found as it is read (one look-up per row).
  struct RowLedger: Sendable, Hashable {
    /// One child's rows.
    struct Rows: Sendable, Hashable {
      /// Whether the child is in the Header table.
      var inHeader = false
      /// The child's episodes, as indices into ``Return/episodes``.
      var episodes: [Int] = []
      /// The days of the child's reviews.
      var reviews: [CalendarDay] = []
    }

    var children: [String: Rows] = [:]
  }
}

extension SSDA903.Return {
  /// Adds a Header child, or returns ``SourceDataIssue/Rule/repeatedChild`` (and adds nothing)
  /// when the child is already in the table.
  mutating func admit(_ child: SSDA903.Child) -> SourceDataIssue.Rule? {
    let repeated = modifyRows(of: child.id) { rows in
      defer { rows.inHeader = true }
      return rows.inHeader
    }
    if repeated { return .repeatedChild }
    children.append(child)
    return nil
  }

  /// Adds an episode, or returns why it breaks a rule: ``SourceDataIssue/Rule/repeatedRow``
  /// (the same episode is already in; it is not added), ``SourceDataIssue/Rule/overlappingEpisode``
  /// (it is added: the periods of care join it to the episode it overlaps).
  mutating func admit(_ episode: SSDA903.Episode) -> SourceDataIssue.Rule? {
    let earlier = ledger.children[episode.child]?.episodes ?? []
    if earlier.contains(where: { episodes[$0] == episode }) { return .repeatedRow }
    let overlaps = earlier.contains { episodes[$0].overlaps(episode) }
    let index = episodes.count
    modifyRows(of: episode.child) { $0.episodes.append(index) }
    episodes.append(episode)
    return overlaps ? .overlappingEpisode : nil
  }

  /// Adds a review, or returns ``SourceDataIssue/Rule/repeatedRow`` when the child's review that
  /// day is already in.
  mutating func admit(_ review: SSDA903.Review) -> SourceDataIssue.Rule? {
    let repeated = modifyRows(of: review.child) { rows in
      if rows.reviews.contains(review.day) { return true }
      rows.reviews.append(review.day)
      return false
    }
    if repeated { return .repeatedRow }
    reviews.append(review)
    return nil
  }

  /// Runs `body` on the ledger's rows of `child`, made in place (one hash of the identifier).
  private mutating func modifyRows<Result>(
    of child: String, _ body: (inout SSDA903.RowLedger.Rows) -> Result
  ) -> Result {
    body(&ledger.children[child, default: SSDA903.RowLedger.Rows()])
  }

  /// Whether the return's data belongs to ``year``.
  ///
  /// An error (``CollectionYearCheck/Verdict/wrongYear``) when no episode is open during the
  /// year, naming the years the episodes span. An episode with no end is known to be open only
  /// to the end of the collection year of the episodes' latest date, a DECOM or DEC (a 2017/18
  /// return says nothing about 2022/23). A warning (``CollectionYearCheck/Verdict/looksLikeAnotherYear``)
  /// when more of the return's activity — episode starts and ends, reviews — falls in one other
  /// collection year than in ``year``.
  public var yearCheck: CollectionYearCheck {
    var activity: [Int: Int] = [:]
    func note(_ day: CalendarDay) {
      guard let year = try? CollectionYear(containing: day) else { return }
      activity[year.endingYear, default: 0] += 1
    }
    var latest: CalendarDay?
    for episode in episodes {
      note(episode.start)
      episode.end.map(note)
      latest = max(latest ?? episode.start, episode.end ?? episode.start)
    }
    for review in reviews { note(review.day) }
    guard let latest, let firstStart = episodes.map(\.start).min(),
      let first = try? CollectionYear(containing: firstStart),
      let last = try? CollectionYear(containing: latest)
    else {
      return CollectionYearCheck(
        requested: year, verdict: .notChecked,
        explanation: "The return has no episodes to check its collection year against.")
    }
    let knownUntil = last.end
    let openInYear = episodes.contains { episode in
      episode.start <= year.end && (episode.end ?? knownUntil) >= year.start
    }
    let busiest = activity.max { lhs, rhs in
      (lhs.value, lhs.key == year.endingYear ? 1 : 0) < (
        rhs.value, rhs.key == year.endingYear ? 1 : 0
      )
    }
    let likely = busiest.flatMap { try? CollectionYear(endingIn: $0.key) }
    let span = first...last
    if !openInYear {
      return CollectionYearCheck(
        requested: year, verdict: .wrongYear, dataYears: span, likelyYear: likely,
        explanation: "No episode in the return is open during \(year) (\(year.start) to "
          + "\(year.end)): its episodes span \(span.spanText)"
          + (likely.map { ", and most of its activity is in \($0)" } ?? "") + ".")
    }
    if let likely, likely != year {
      return CollectionYearCheck(
        requested: year, verdict: .looksLikeAnotherYear, dataYears: span, likelyYear: likely,
        explanation: "Most of the return's activity (episode starts and ends, reviews) is in "
          + "\(likely), not \(year): check that this is the \(year) return.")
    }
    return CollectionYearCheck(
      requested: year, verdict: .fits, dataYears: span, likelyYear: likely,
      explanation: "The return's episodes are open during \(year), where most of its activity is.")
  }
}

extension SSDA903.Episode {
  /// Whether the two episodes share a day, an open episode running on for ever. An episode that
  /// starts the day another ends continues it (DEC equals the next DECOM) and does not overlap.
  func overlaps(_ other: SSDA903.Episode) -> Bool {
    func before(_ day: CalendarDay, _ end: CalendarDay?) -> Bool { end.map { day < $0 } ?? true }
    return before(start, other.end) && before(other.start, end)
  }
}
