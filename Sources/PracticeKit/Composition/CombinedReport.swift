/// The report a head of service reads: the library run over one local authority's data —
/// proceedings against 26 weeks, statutory timeliness, case-audit quality and the improvement
/// loop, relationship-based practice, the national workforce context, telecare reviews, and the
/// facts used that are not verified.
///
/// Every section is optional: a section whose data was not supplied is left out, and the preface
/// says what was supplied. A report with an SSDA903 return or a census always has the data-quality
/// section (findings and the rules applied, also when there are none), and a return that looks
/// like another collection year's is warned of in the preface. Figures are published with disclosure control unless the caller passes
/// ``ReportFigures/unsuppressed``.
public enum CombinedReport {
  /// What the report is made from.
  public struct Inputs: Sendable {
    /// The report's title.
    public var title: String
    /// Lines under the title saying what the data is.
    public var preface: [String]
    /// The day the report is made.
    public var reportDay: CalendarDay
    /// The SSDA903 return of the year audited.
    public var lookedAfter: SSDA903.Return?
    /// Earlier years' returns, extending the review window.
    public var priorLookedAfter: [SSDA903.Return]
    /// The Children in Need census, audited.
    public var childrenInNeed: CINTimelinessAudit?
    /// Case-file audits under the authority's framework.
    public var caseAudits: AuditCycle?
    /// Case-file audits under the relationship-based practice framework.
    public var relationshipAudits: AuditCycle?
    /// Telecare proposals to review on the report day.
    public var telecareProposals: [TelecareProposal]
    /// What is overdue and due in the next two weeks on the live caseload (published as counts
    /// per measure and status only: no child, worker or team).
    public var caseloadDue: CaseloadDue?

    /// Creates the inputs; everything but the title and day is optional.
    public init(
      title: String, preface: [String] = [], reportDay: CalendarDay,
      lookedAfter: SSDA903.Return? = nil, priorLookedAfter: [SSDA903.Return] = [],
      childrenInNeed: CINTimelinessAudit? = nil, caseAudits: AuditCycle? = nil,
      relationshipAudits: AuditCycle? = nil, telecareProposals: [TelecareProposal] = [],
      caseloadDue: CaseloadDue? = nil
    ) {
      self.title = title
      self.preface = preface
      self.reportDay = reportDay
      self.lookedAfter = lookedAfter
      self.priorLookedAfter = priorLookedAfter
      self.childrenInNeed = childrenInNeed
      self.caseAudits = caseAudits
      self.relationshipAudits = relationshipAudits
      self.telecareProposals = telecareProposals
      self.caseloadDue = caseloadDue
    }
  }

  /// The inputs for a synthetic authority: everything generated from its seed.
  public static func inputs(for authority: SyntheticAuthority) throws(SyntheticAuthority
    .SyntheticError)
    -> Inputs
  {
    let year = try authority.collectionYear()
    return Inputs(
      title: "Quality of practice: a synthetic local authority",
      preface: [
        "Report day \(authority.reportDay). Synthetic data, seed \(authority.seed): "
          + "\(authority.children.groupedText) children in the SSDA903 return for \(year) and in the "
          + "Children in Need census, a year of case-file audits, three telecare proposals, and "
          + "a live caseload of the same children as of the report day.",
        "Made by PracticeKit; every rule and figure cites its source with a verification tag "
          + "(V verified, S secondary, U unverified). Counts of 1 to 5 are shown as c.",
      ],
      reportDay: authority.reportDay, lookedAfter: try authority.lookedAfterReturn(),
      childrenInNeed: try authority.childrenInNeedAudit(), caseAudits: authority.caseAudits,
      relationshipAudits: authority.relationshipAudits,
      telecareProposals: authority.telecareProposals, caseloadDue: try authority.caseloadDue())
  }

  /// Builds the report.
  /// - Throws: `Period.PeriodError` when a review due day falls outside the calendar's range.
  public static func build(
    _ inputs: Inputs, figures: ReportFigures = .published,
    registry: PracticeRegistry = .standard
  ) throws(Period.PeriodError) -> PracticeReport {
    var sections: [PracticeReport.Section] = []
    if let lookedAfter = inputs.lookedAfter {
      // The return knows nothing after its year's end: proceedings are measured as of then.
      let asOf = min(inputs.reportDay, lookedAfter.year.end)
      sections.append(.proceedings(proceedings(lookedAfter, reportDay: asOf), figures: figures))
    }
    var rows: [PracticeReport.Section.TimelinessRow] = []
    var notes: [String] = []
    if let lookedAfter = inputs.lookedAfter {
      let reg33 = StatutoryTimeliness.lookedAfterReviews
      let reviews = try ReviewTimeliness.audit(
        lookedAfter, prior: inputs.priorLookedAfter, timescale: reg33,
        calendar: .englandAndWales)
      rows += [
        .init(
          measure: "Looked-after reviews", rule: "reg 33: 20 working days, 3 then 6 months",
          onTime: reviews.full.onTime, late: reviews.full.late, missing: reviews.full.missing),
        .init(
          measure: "Looked-after reviews (partial periods)", rule: "from the first review seen",
          onTime: reviews.partial.onTime, late: reviews.partial.late,
          missing: reviews.partial.missing),
      ]
      let counts = figures.publish(
        PublicationDraft(tables: [
          .counts(
            "periods",
            [reviews.periodsOfCare, reviews.fullyAssessablePeriods, reviews.excludedShortBreaks])
        ]))
      notes.append(
        "Looked-after reviews of \(reviews.year) (Care Planning Regulations 2010 reg 33, "
          + "\(reg33.provenance.verification.tag)): \(counts.text("periods", row: 0)) "
          + "periods of care, \(counts.text("periods", row: 1)) begun in the "
          + "data; \(counts.text("periods", row: 2)) short-break periods excluded "
          + "(reg 48). Periods begun earlier are assessed from their first review in the data.")
    }
    if let census = inputs.childrenInNeed {
      let rules: [CINMeasure: String] = [
        .assessments: census.assessmentClock == .fromReferral
          ? "45 working days from referral" : "45 working days from assessment start",
        .initialConferences: "15 working days from strategy discussion",
        .reviewConferences: "3 months, then 6 months",
        .preProceedings: "16 weeks from the decision to start",
      ]
      // A census without the pre-proceedings module (before 2026/27) has no such row.
      let recorded = census.preProceedings.recorded > 0
      for measure in CINMeasure.allCases where measure != .preProceedings || recorded {
        let counts = census.counts[measure] ?? CINMeasureCounts()
        rows.append(
          .init(
            measure: measure.description, rule: rules[measure] ?? "",
            onTime: counts.onTime, late: counts.late, missing: counts.missing))
      }
      let counts = figures.publish(
        PublicationDraft(tables: [
          .counts(
            "census",
            [
              census.children, census.counts[.initialConferences]?.outcomeNotRecorded ?? 0,
              census.preProceedings.ended, census.preProceedings.endedInCourtApplication,
            ])
        ]))
      notes.append(
        "Children in Need census \(census.year): \(counts.text("census", row: 0)) children; "
          + "measured against Working Together (the edition in force when each clock "
          + "started; secondary sources). Initial conferences: "
          + "\(counts.text("census", row: 1)) "
          + "enquiries with no outcome recorded 15 working days on (no conference, target or "
          + "ICPCnotRequired: DfE query 8675Q), not counted as due."
          + (recorded
            ? " Pre-proceedings (16 weeks: practice guidance, secondary): "
              + "\(counts.text("census", row: 2)) ended in the year, "
              + "\(counts.text("census", row: 3)) in a court "
              + "application." : ""))
    }
    if !rows.isEmpty { sections.append(.timeliness(rows, notes: notes, figures: figures)) }
    let returns = inputs.lookedAfter.map { [$0] + inputs.priorLookedAfter } ?? []
    if !returns.isEmpty || inputs.childrenInNeed != nil {
      sections.append(
        .dataQuality(lookedAfter: returns, census: inputs.childrenInNeed, figures: figures))
    }
    if let due = inputs.caseloadDue { sections.append(.dueSoon(due, figures: figures)) }
    if let audits = inputs.caseAudits {
      sections.append(.caseAudits(audits, reportDay: inputs.reportDay, figures: figures))
    }
    if let audits = inputs.relationshipAudits {
      sections.append(.relationshipPractice(audits, figures: figures))
    }
    sections.append(.workforce())
    if !inputs.telecareProposals.isEmpty {
      sections.append(.telecare(inputs.telecareProposals, on: inputs.reportDay))
    }
    sections.append(
      .unverifiedFacts(
        registry, behind: Set(sections.flatMap { domainsBehind[$0.id] ?? [] } + ["core"])))
    // A return that looks like another year's is flagged at the top as well as in its section.
    let warnings = (returns.map(\.yearCheck) + [inputs.childrenInNeed?.yearCheck].compactMap { $0 })
      .filter(\.isWarning).map { "Warning: \($0)" }
    return PracticeReport(
      title: inputs.title, preface: inputs.preface + warnings, sections: sections)
  }

  /// The registry domains whose facts each section's figures and rules rest on (core, the
  /// calendars and ages, is behind every report). The unverified-facts section lists only these.
  static let domainsBehind: [String: [DomainID]] = [
    "proceedings": ["law"], "timeliness": ["law", "audit"], "data-quality": ["audit"],
    "due": ["law"], "case-audits": ["audit"], "relationships": ["audit"],
    "workforce": ["education"], "telecare": ["telecare"],
  ]

  /// The proceedings estimated from every period of care in `lookedAfter`.
  public static func proceedings(_ lookedAfter: SSDA903.Return, reportDay: CalendarDay)
    -> ProceedingsSummary
  {
    let byChild = Dictionary(grouping: lookedAfter.episodes, by: \.child)
    var estimates: [ProceedingsEstimate] = []
    for period in SSDA903.PeriodOfCare.periods(of: lookedAfter.episodes) {
      let episodes = (byChild[period.child] ?? []).filter { episode in
        episode.start >= period.start && (period.end.map { episode.start <= $0 } ?? true)
      }
      let converted = episodes.map {
        ProceedingsMonitor.Episode(
          start: $0.start, end: $0.end, legalStatus: $0.legalStatus ?? "",
          reasonEnded: $0.reasonCeased)
      }
      // The return records no extensions, and none can be invalid without them.
      if let estimate = try? ProceedingsMonitor.estimate(
        child: period.child, episodes: converted, reportDay: reportDay)
      {
        estimates.append(estimate)
      }
    }
    return ProceedingsMonitor.summary(estimates, reportDay: reportDay)
  }
}
