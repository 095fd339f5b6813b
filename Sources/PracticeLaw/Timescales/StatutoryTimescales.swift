/// The statutory timescales of children's social care in England as ``Timescale`` values: Working
/// Together to Safeguard Children (each edition with the days it applied) and the Care Planning,
/// Placement and Case Review (England) Regulations 2010.
///
/// They are data: PracticeAudit's engine evaluates any event log against them, and
/// ``due(for:events:asOf:calendar:timescales:)`` answers "what is due next and what is overdue" for one
/// child directly.
public enum StatutoryTimescales {
  /// An edition of Working Together to Safeguard Children.
  public struct WorkingTogetherEdition: Sendable, Hashable, Identifiable {
    /// The edition's year, for example 2023: also its identifier.
    public let id: Int
    /// The days on which the edition was in force (a clock started on such a day follows it).
    public let effective: EffectivePeriod
    /// The edition's publication record.
    public let provenance: Provenance
  }

  /// The editions whose timescales the library encodes, oldest first. The timescales are the
  /// same in all four: the 45-working-day assessment replaced the 10-day initial and 35-day core
  /// assessments in 2013.
  ///
  /// Working Together 2010 (in force until 14 April 2013) is not encoded: its text, with its
  /// initial and core assessment timescales and review conference rule, could not be read from
  /// this project's sources (GOV.UK's copies of every edition were unreadable, and the local
  /// procedures found restate later editions). A clock started before 15 April 2013 therefore
  /// has no timescale, and the CIN audit counts it as not measurable.
  public static let workingTogetherEditions: [WorkingTogetherEdition] = [
    edition(
      2013, from: CalendarDay(2013, 4, 15), through: CalendarDay(2015, 3, 25), .secondary,
      date: CalendarDay(2013, 3, 21),
      note: "Published 21 March 2013, in force 15 April 2013 (Community Care, Lexology). Its "
        + "end is read on GOV.UK: \"This publication was archived on 26 March 2015\", replaced "
        + "by the revised guidance."),
    edition(
      2015, from: CalendarDay(2015, 3, 26), through: CalendarDay(2018, 7, 3), .secondary,
      date: CalendarDay(2015, 3, 26),
      note: "Publication date verified on GOV.UK; the timescales are from local procedures that "
        + "restate the guidance."),
    edition(
      2018, from: CalendarDay(2018, 7, 4), through: CalendarDay(2023, 12, 14), .secondary,
      date: CalendarDay(2018, 7, 4),
      note: "Published 4 July 2018 (Surrey Safeguarding Children Partnership; one local page says "
        + "June 2018). Timescales from local procedures that restate the guidance."),
    edition(
      2023, from: CalendarDay(2023, 12, 15), through: nil, .secondary,
      date: CalendarDay(2023, 12, 15),
      note: "Published 15 December 2023, replacing the 2018 edition (DfE bulletin, Sutton LSCP). "
        + "Timescales from local procedures that restate the guidance."),
  ]

  /// The Working Together edition in force on `day`, if any.
  public static func workingTogether(on day: CalendarDay) -> WorkingTogetherEdition? {
    workingTogetherEditions.last { $0.effective.contains(day) }
  }

  /// One of Working Together's timescales, the same in every edition encoded.
  public enum WorkingTogetherTimescale: String, Sendable, Hashable, CaseIterable {
    /// A decision on a referral within one working day.
    case referralDecision = "referral-decision"
    /// The child and family assessment within 45 working days of the referral.
    case assessment
    /// The initial child protection conference within 15 working days of the strategy
    /// discussion at which the section 47 enquiry was initiated.
    case initialConference = "icpc"
    /// The first core group meeting within 10 working days of the initial conference.
    case firstCoreGroup = "first-core-group"
    /// Review conferences: the first within 3 months, then every 6 months.
    case reviewConferences = "review-conferences"
  }

  /// Every Working Together timescale, five per edition (in ``WorkingTogetherTimescale`` order),
  /// each limited to its edition's days.
  public static let workingTogether: [Timescale] = workingTogetherEditions.flatMap { edition in
    WorkingTogetherTimescale.allCases.map { timescale($0, of: edition) }
  }

  /// One Working Together timescale in every edition, oldest first: each applies to the clocks
  /// started while its edition was in force.
  public static func workingTogether(_ kind: WorkingTogetherTimescale) -> [Timescale] {
    workingTogetherEditions.map { timescale(kind, of: $0) }
  }

  /// The Care Planning Regulations 2010 reg 33 review chain (`law.cpr2010.reg33.reviews`): the
  /// first review within 20 working days of the start of a period of care, the second within 3
  /// months of the first, then every 6 months.
  public static let lookedAfterReviews: Timescale = timescale(
    "law.cpr2010.reg33.reviews", "Looked-after child reviews",
    .startedLookedAfter, .lookedAfterReview,
    [period(20, .workingDays), period(3, .months), period(6, .months)], repeats: true,
    endsOn: [.ceasedLookedAfter],
    effective: .starting(ProvisionCatalogue.carePlanningCommencement),
    Provenance(
      .verified,
      [Source.carePlanningRegulations2010("reg 33(1)–(2)", path: "part/6/made")],
      note: "Working days exclude weekends and England and Wales bank holidays, Christmas "
        + "Day and Good Friday (reg 2, read here only through secondary sources)."))

  /// The Care Planning Regulations 2010 timescales: reviews (reg 33) and visits (reg 28).
  ///
  /// Reg 28 is versioned by the day the clock starts: the text as made (1 April 2011 to 31 March
  /// 2015, ids `law.cpr2010.reg28.*`) and as amended from 1 April 2015 by SI 2015/495 (ids
  /// `law.cpr2015.reg28.*`). The amendment added para (3A) (a long-term foster placement, after a
  /// year and with the child's agreement, may be visited less often) and left the frequencies of
  /// paras (2), (4) and (5) as they were; (3A)'s interval was not read, so it is not a timescale.
  public static let carePlanning: [Timescale] =
    [lookedAfterReviews] + visits(asMade: true) + visits(asMade: false)

  /// The reg 28 visit timescales in one version of the text.
  private static func visits(asMade: Bool) -> [Timescale] {
    let amended = ProvisionCatalogue.longTermFosteringAmendments
    let effective =
      asMade
      ? builtIn("reg 28 as made") {
        try EffectivePeriod(
          from: ProvisionCatalogue.carePlanningCommencement, through: amended.advanced(by: -1))
      }
      : .starting(amended)
    let prefix = asMade ? "law.cpr2010.reg28." : "law.cpr2015.reg28."
    func provenance(_ paragraph: String, _ note: String? = nil) -> Provenance {
      guard !asMade else {
        return Provenance(
          .verified,
          [Source.carePlanningRegulations2010(paragraph, path: "regulation/28/made")],
          note: [
            note,
            "The text as made, in force until 31 March 2015 (the Part 5 point-in-time "
              + "page dated 18 August 2014 states \"Version Superseded: 01/04/2015\").",
          ]
          .compactMap(\.self).joined(separator: " "))
      }
      return Provenance(
        .secondary,
        [
          Source.carePlanningRegulations2010(paragraph + " as amended", path: "regulation/28"),
          .longTermFosteringRegulations2015, .hertfordshireVisitsProcedure,
        ],
        note: [
          note,
          "As amended from 1 April 2015 (legislation.gov.uk's Part 5 as at 18 August 2014: "
            + "\"Version Superseded: 01/04/2015\"), by SI 2015/495, whose explanatory note, "
            + "read, defines long-term foster placements but names neither reg 28 nor visits. "
            + "The amended text was not readable; the Hertfordshire procedure restates these "
            + "frequencies after the amendment, unchanged.",
        ]
        .compactMap(\.self).joined(separator: " "))
    }
    let visitsAfterFirstYear = Timescale.Thereafter(
      after: period(12, .months, .beginningWith), every: period(3, .months))
    let ends: [EventKind] = [.placementEnded, .ceasedLookedAfter]
    return [
      timescale(
        prefix + "visits", "Visits: placement not intended to last until 18",
        .placementStarted, .statutoryVisit, [period(1, .weeks), period(6, .weeks)],
        repeats: true, endsOn: ends, effective: effective,
        provenance("reg 28(2)", "reg 28(2)(a), (b) and (c)(ii).")),
      timescale(
        prefix + "visits-permanent", "Visits: placement intended to last until 18",
        .permanentPlacementStarted, .statutoryVisit, [period(1, .weeks), period(6, .weeks)],
        repeats: true, endsOn: ends, thereafter: visitsAfterFirstYear, effective: effective,
        provenance(
          "reg 28(2)",
          "reg 28(2)(a), (b) and (c)(i). A placement's first year is 12 months beginning with "
            + "its first day; an interval that starts after that year is the longer one (this "
            + "library's reading).")),
      timescale(
        prefix + "visits-interim-care-order-at-home",
        "Visits: interim care order while the child lives with a parent",
        .interimCareOrderChildLivingWithParent, .statutoryVisit, [period(1, .weeks)],
        repeats: true,
        endsOn: [.lookedAfterReview, .careOrderChildLivingWithParent] + ends,
        effective: effective,
        provenance(
          "reg 28(4)",
          "reg 28(4)(a): at least once a week until the first review, counted here as every "
            + "week from the order; the first review ends the chain. The four-weekly visits "
            + "after it (reg 28(4)(b)) are not expressed as a timescale: a phase that starts at "
            + "an event (the first review) is beyond the timescale model.")),
      timescale(
        prefix + "visits-care-order-at-home",
        "Visits: care order made while the child lives with a parent",
        .careOrderChildLivingWithParent, .statutoryVisit, [period(1, .weeks), period(6, .weeks)],
        repeats: true, endsOn: ends, effective: effective, provenance("reg 28(5)")),
    ]
  }

  /// Every statutory timescale: Working Together, then the Care Planning Regulations.
  public static let all: [Timescale] = workingTogether + carePlanning

  /// What is due for one child: every item of every statutory timescale as things stood at the
  /// end of `asOf`, sorted by due day. Filter on ``DueItem/status`` for what is overdue
  /// (``DueItem/Status/missing``) or due next (``DueItem/Status/notYetDue``).
  ///
  /// - Throws: ``Period/PeriodError`` when a due day is outside the calendar's range.
  public static func due(
    for subject: String, events: [CaseEvent], asOf: CalendarDay,
    calendar: WorkingCalendar = .englandAndWales, timescales: [Timescale] = all
  ) throws(Period.PeriodError) -> [DueItem] {
    var items: [DueItem] = []
    for timescale in timescales {
      items += try timescale.schedule(
        for: subject, events: events, asOf: asOf, calendar: calendar)
    }
    return items.sorted {
      ($0.dueDay, $0.timescale, $0.index) < ($1.dueDay, $1.timescale, $1.index)
    }
  }

  /// Findings for the items that are missing or were late, citing each timescale's sources.
  public static func findings(for items: [DueItem], timescales: [Timescale] = all) -> [Finding] {
    items.compactMap { item in
      let timescale = timescales.first { $0.id == item.timescale }
      let title = timescale?.title ?? item.timescale
      let sources = timescale?.provenance.sources ?? []
      switch item.status {
      case .missing:
        return Finding(
          code: .lawTimescaleOverdue, severity: .breach,
          message:
            "\(title): item \(item.number) was due by \(item.dueDay) and has not happened.",
          subject: item.subject, dueDay: item.dueDay, sources: sources)
      case .late:
        return Finding(
          code: .lawTimescaleLate, severity: .concern,
          message: "\(title): item \(item.number) was due by \(item.dueDay) and happened late.",
          subject: item.subject, dueDay: item.dueDay, actualDay: item.actualDay, sources: sources)
      case .onTime, .notYetDue:
        return nil
      }
    }
  }

  // MARK: - Building the data

  private static func edition(
    _ year: Int, from: CalendarDay, through: CalendarDay?, _ verification: Verification,
    date: CalendarDay, note: String
  ) -> WorkingTogetherEdition {
    let period = builtIn("Working Together \(year)") {
      try EffectivePeriod(from: from, through: through)
    }
    return WorkingTogetherEdition(
      id: year, effective: period,
      provenance: Provenance(verification, [workingTogetherSource(year, date: date)], note: note))
  }

  static func workingTogetherSource(_ year: Int, date: CalendarDay, locator: String? = nil)
    -> Source
  {
    Source(
      .statutoryGuidance, title: "Working Together to Safeguard Children \(year)",
      locator: locator,
      url: "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2",
      publisher: "HM Government", date: date)
  }

  private static func timescale(
    _ kind: WorkingTogetherTimescale, of edition: WorkingTogetherEdition
  ) -> Timescale {
    let id = "law.wt\(edition.id).\(kind.rawValue)"
    let sources = edition.provenance.sources
    func provenance(_ note: String) -> Provenance {
      Provenance(.secondary, sources, note: note)
    }
    switch kind {
    case .referralDecision:
      return timescale(
        id, "Decision on a referral", .referral, .referralDecision,
        [period(1, .workingDays)], effective: edition.effective,
        provenance("Within one working day of the referral being received."))
    case .assessment:
      return timescale(
        id, "Child and family assessment", .referral, .assessmentCompleted,
        [period(45, .workingDays)], effective: edition.effective,
        provenance(
          "Completed within 45 working days of the referral: the clock starts on the "
            + "day of the referral."))
    case .initialConference:
      return timescale(
        id, "Initial child protection conference", .strategyDiscussion,
        .initialChildProtectionConference, [period(15, .workingDays)],
        initiating: .section47StrategyDiscussion, effective: edition.effective,
        provenance(
          "Within 15 working days of the strategy discussion or, where more than one has "
            + "taken place, of the one at which the section 47 enquiry was initiated (an event "
            + "of kind section47StrategyDiscussion; later discussions before the conference do "
            + "not restart the clock). Where several discussions are recorded and none is "
            + "marked as initiating the enquiry, each restarts the clock: this library's "
            + "convention, which can hide a late conference; mark the initiating one."))
    case .firstCoreGroup:
      return timescale(
        id, "First core group meeting", .childProtectionPlanStarted,
        .coreGroupMeeting, [period(10, .workingDays)], endsOn: [.childProtectionPlanEnded],
        effective: edition.effective,
        provenance("Within 10 working days of the initial conference (the plan's start)."))
    case .reviewConferences:
      return timescale(
        id, "Child protection review conferences",
        .childProtectionPlanStarted, .childProtectionReviewConference,
        [period(3, .months), period(6, .months)], repeats: true,
        endsOn: [.childProtectionPlanEnded], effective: edition.effective,
        provenance(
          "First review within 3 months of the initial conference, then at intervals "
            + "of not more than 6 months while the plan lasts."))
    }
  }

  // The data above is literal; a mistake in it traps (the built-in data policy, see `builtIn`),
  // and the tests build every timescale.
  private static func period(
    _ amount: Int, _ unit: Period.Unit, _ counting: Period.Counting = .after
  ) -> Period {
    builtIn("a statutory period") { try Period(amount, unit, counting: counting) }
  }

  private static func timescale(
    _ id: String, _ title: String, _ trigger: EventKind, _ target: EventKind, _ periods: [Period],
    initiating: EventKind? = nil, repeats: Bool = false, endsOn: [EventKind] = [],
    thereafter: Timescale.Thereafter? = nil,
    effective: EffectivePeriod, _ provenance: Provenance
  ) -> Timescale {
    builtIn("timescale \(id)") {
      try Timescale(
        id: id, title: title, trigger: trigger, target: target, periods: periods,
        initiatingTrigger: initiating, repeatsLast: repeats, endsOn: endsOn,
        thereafter: thereafter, effective: effective, provenance: provenance)
    }
  }
}
