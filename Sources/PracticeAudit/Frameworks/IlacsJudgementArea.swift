/// A judgement area of Ofsted's inspection of local authority children's services (ILACS), with
/// the days it applied: judgement areas are data because Ofsted changes them (the care leavers
/// judgement split off in January 2023; the overall effectiveness judgement removed from April
/// 2026; a new framework planned for 2027).
public struct IlacsJudgementArea: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, used as a criterion id, for example `helpAndProtection`.
  public var id: String
  /// The judgement's wording.
  public var title: String
  /// The days it was (or is) graded.
  public var effective: EffectivePeriod
  /// Where this comes from.
  public var provenance: Provenance

  /// Every judgement area and version since ILACS began in January 2018.
  public static let all: [IlacsJudgementArea] = [
    IlacsJudgementArea(
      id: "overallEffectiveness", title: "Overall effectiveness",
      effective: period(CalendarDay(2018, 1, 1), CalendarDay(2026, 3, 31)),
      provenance: Provenance(
        .secondary, [.ilacsFramework, .ilacsOverallRemoval],
        note: "Removed from April 2026; the day is taken as 1 April (sources give the month).")),
    IlacsJudgementArea(
      id: "helpAndProtection",
      title: "The experiences and progress of children who need help and protection",
      effective: .starting(CalendarDay(2018, 1, 1)),
      provenance: Provenance(.secondary, [.ilacsFramework])),
    IlacsJudgementArea(
      id: "childrenInCare",
      title: "The experiences and progress of children in care and care leavers",
      effective: period(CalendarDay(2018, 1, 1), CalendarDay(2022, 12, 31)),
      provenance: Provenance(
        .verified, [.ilacsCareLeaversConsultation, .ilacsFramework],
        note: "ILACS ran from January 2018; the days are taken as 1 January and 31 December.")),
    IlacsJudgementArea(
      id: "childrenInCare", title: "The experiences and progress of children in care",
      effective: .starting(CalendarDay(2023, 1, 1)),
      provenance: Provenance(
        .verified, [.ilacsCareLeaversConsultation],
        note: "From January 2023, after the 2022 consultation; the day is taken as 1 January.")),
    IlacsJudgementArea(
      id: "careLeavers", title: "The experiences and progress of care leavers",
      effective: .starting(CalendarDay(2023, 1, 1)),
      provenance: Provenance(
        .verified, [.ilacsCareLeaversConsultation],
        note: "A separate judgement from January 2023; the day is taken as 1 January.")),
    IlacsJudgementArea(
      id: "impactOfLeaders",
      title: "The impact of leaders on social work practice with children and families",
      effective: .starting(CalendarDay(2018, 1, 1)),
      provenance: Provenance(.secondary, [.ilacsFramework])),
  ]

  /// The judgement areas graded on `day`, in the order above.
  public static func graded(on day: CalendarDay) -> [IlacsJudgementArea] {
    all.filter { $0.effective.contains(day) }
  }

  /// The area as a fact, for the registry.
  var fact: Fact {
    Fact(
      id: "audit.ilacs.\(id).\(effective.from.map(String.init(describing:)) ?? "start")",
      statement: "ILACS judgement '\(title)': \(effective).", provenance: provenance)
  }

  private static func period(_ from: CalendarDay, _ through: CalendarDay) -> EffectivePeriod {
    builtIn("an ILACS judgement period") { try EffectivePeriod(from: from, through: through) }
  }
}

extension AuditFramework {
  /// A case-file audit aligned to the ILACS judgement areas graded on `day`, on Ofsted's scale.
  ///
  /// Each area that concerns a child's case becomes a criterion (overall effectiveness becomes
  /// the overall rule instead): before April 2026 the auditor gives an overall grade
  /// (``OverallJudgementRule/auditorsOwn``), from April 2026 there is none
  /// (``OverallJudgementRule/noOverallGrade``), as Ofsted removed it.
  public static func ilacsAligned(on day: CalendarDay) -> AuditFramework {
    let areas = IlacsJudgementArea.graded(on: day)
    let hasOverall = areas.contains { $0.id == "overallEffectiveness" }
    let criteria = areas.filter { $0.id != "overallEffectiveness" }.map { area in
      AuditCriterion(
        id: area.id, label: area.title,
        question: "What does this case file show about \(area.title.lowercased())?",
        theme: "ILACS judgement area",
        guidance: "Grade as an inspector would grade the judgement, from the evidence on file.",
        sources: area.provenance.sources)
    }
    return AuditFramework(
      id: "ofsted-ilacs-aligned", title: "Case audit aligned to Ofsted ILACS judgement areas",
      scale: .ofsted, criteria: criteria,
      overallRule: hasOverall ? .auditorsOwn : .noOverallGrade,
      provenance: Provenance(
        .secondary, [.ilacsFramework, .lgaFirstIlacs],
        note: "Local frameworks grade files against Ofsted's key judgements (audit.md §7.1); the "
          + "questions are this library's wording, not Ofsted's."))
  }
}

extension AuditFramework {
  /// The library's built-in frameworks as they apply on `day`: the ILACS-aligned case audit
  /// (when ILACS was in force) and the relationship-based practice framework.
  public static func builtIn(on day: CalendarDay) -> [AuditFramework] {
    let ilacs = ilacsAligned(on: day)
    return (ilacs.criteria.isEmpty ? [] : [ilacs]) + [RelationshipPractice.framework]
  }
}
