// The documents the case-audit part of PracticeAudit cites (audit.md §6–§8 and the seeds), built
// in one place so every framework, criterion, statistic and finding names them the same way.

extension Source {
  /// Seed 002: Mason (2012), parents' perspectives on an intensive family support service.
  static func mason2012(_ locator: String) -> Source {
    Source(
      .seedDocument,
      title: "Mason C (2012) Parents' perspectives on a family support project (running title), "
        + "Child and Family Social Work 17, 368–377",
      locator: "seed 002, " + locator)
  }

  /// Seed 000: Holt and Kelly (2018), on limits to partnership working, reporting Dumbrill
  /// (2006) on how parents perceive power.
  static func holtAndKelly2018(_ locator: String) -> Source {
    Source(
      .seedDocument,
      title: "Holt K, Kelly N (2018) Limits to partnership working: developing relationship "
        + "based approaches with children and their families, Journal of Social Welfare & "
        + "Family Law 40(2) 147–163",
      locator: "seed 000, " + locator)
  }

  /// Seed 004: Social Work Matters (The College of Social Work), at `locator`.
  static func socialWorkMatters(_ locator: String) -> Source {
    Source(
      .seedDocument, title: "Social Work Matters (The College of Social Work)",
      locator: "seed 004, " + locator)
  }

  /// Seed 003: Community Care special report on social work with children and families (2017).
  static func communityCare2017(_ locator: String) -> Source {
    Source(
      .seedDocument,
      title: "Hayes D (2017) Special Report: Social Work With Children and Families – Policy "
        + "context (Community Care), with a comment by Tiffany Green, BASW",
      locator: "seed 003, " + locator, date: CalendarDay(2017, 5, 4))
  }

  /// The gov.uk ILACS framework pages.
  static let ilacsFramework = Source(
    .guidance, title: "Inspecting local authority children's services (ILACS) framework",
    url: "https://www.gov.uk/government/publications/inspecting-local-authority-childrens-"
      + "services-from-2018/inspecting-local-authority-childrens-services",
    publisher: "Ofsted", date: CalendarDay(2024, 12, 13))

  /// The consultation outcome introducing the care leavers judgement (checked: ILACS implemented
  /// from January 2018; the "children in care and care leavers" judgement; the separate "the
  /// experiences and progress of care leavers" judgement from January 2023).
  static let ilacsCareLeaversConsultation = Source(
    .guidance,
    title: "A new ILACS judgement on the experiences and progress of care leavers: report on the "
      + "responses to the consultation",
    url: "https://www.gov.uk/government/consultations/introducing-a-separate-judgement-about-"
      + "care-leavers-within-the-inspection-of-local-authority-childrens-services-ilacs/outcome/"
      + "a-new-ilacs-judgement-on-the-experiences-and-progress-of-care-leavers-report-on-the-"
      + "responses-to-the-consultation",
    publisher: "Ofsted", date: CalendarDay(2022, 12, 2))

  /// Ofsted's press release of 27 November 2025 on removing the overall effectiveness judgement.
  static let ilacsOverallRemoval = Source(
    .secondary,
    title: "Ofsted confirms removal of headline judgement for inspections of local authority "
      + "children's services (press release via wired-gov)",
    url: "https://www.wired-gov.net/wg/news.nsf/articles/ofsted+confirms+removal+of+headline+"
      + "judgement+for+inspections+of+local+authorities+childrens+services+27112025162500?open",
    publisher: "Ofsted", date: CalendarDay(2025, 11, 27))

  /// LGA First comment on ILACS grades ("requiring improvement to be good").
  /// Ofsted's official statistics for autumn 2018: Figure 1 names the four grades a local
  /// authority's children's services are judged on.
  static let ofstedOutcomesAutumn2018 = Source(
    .officialStatistics,
    title: "Local authority and children's homes in England inspections and outcomes autumn "
      + "2018: main findings",
    locator: "Figure 1",
    url: "https://www.gov.uk/government/statistics/local-authority-and-childrens-homes-in-"
      + "england-inspections-and-outcomes-autumn-2018/local-authority-and-childrens-homes-in-"
      + "england-inspections-and-outcomes-autumn-2018-main-findings",
    publisher: "Ofsted")

  static let lgaFirstIlacs = Source(
    .secondary, title: "LGA First: comment by Ofsted on inspecting children's services",
    url: "https://www.lgafirst.co.uk/comment/inspecting-childrens-services/",
    publisher: "Local Government Association")

  /// Cohen (1960), unweighted kappa.
  static let cohen1960 = Source(
    .research,
    title: "Cohen J (1960) A coefficient of agreement for nominal scales, Educational and "
      + "Psychological Measurement 20(1) 37–46")

  /// Fleiss (1971), kappa for many raters.
  static let fleiss1971 = Source(
    .research,
    title: "Fleiss JL (1971) Measuring nominal scale agreement among many raters, "
      + "Psychological Bulletin 76(5) 378–382")

  /// Fleiss, Cohen and Everitt (1969), the large-sample standard error of kappa.
  static let fleissCohenEveritt1969 = Source(
    .research,
    title: "Fleiss JL, Cohen J, Everitt BS (1969) Large sample standard errors of kappa and "
      + "weighted kappa, Psychological Bulletin 72(5) 323–327")

  /// Landis and Koch (1977), the interpretation bands, as reproduced in BMC Health Services
  /// Research.
  static let landisKoch1977 = Source(
    .research,
    title: "Landis JR, Koch GG (1977) The measurement of observer agreement for categorical "
      + "data, Biometrics 33 159–174",
    locator: "table as reproduced in BMC Health Serv Res 16 (2016), table 1",
    url: "https://bmchealthservres.biomedcentral.com/articles/10.1186/s12913-016-1655-4/tables/1")

  /// scikit-learn's `cohen_kappa_score`, used as a cross-check.
  static let scikitLearnKappa = Source(
    .software, title: "scikit-learn 1.9.1 sklearn.metrics.cohen_kappa_score",
    url: "https://scikit-learn.org/stable/modules/generated/sklearn.metrics.cohen_kappa_score.html")

  /// statsmodels' `fleiss_kappa`, used as a cross-check.
  static let statsmodelsFleiss = Source(
    .software, title: "statsmodels 0.15.0 statsmodels.stats.inter_rater.fleiss_kappa",
    url:
      "https://www.statsmodels.org/stable/generated/statsmodels.stats.inter_rater.fleiss_kappa.html"
  )

  /// Lincolnshire's quality audit procedure (Signs of Safety 0–10 scaling).
  static let lincolnshireAudit = Source(
    .guidance, title: "Lincolnshire children's services: quality assurance and audit procedure",
    url: "http://lincolnshirechildcare.proceduresonline.com/chapters/p_quality_audit.html",
    publisher: "proceduresonline.com")
}

extension AuditDomain {
  /// The sources the case-audit part of the module cites, without duplicates.
  static var caseAuditSources: [Source] {
    var seen = Set<Source>()
    return caseAuditFacts.flatMap(\.provenance.sources).filter { seen.insert($0).inserted }
  }

  /// The facts the case-audit part of the module asserts: the grading scales, the ILACS
  /// judgement areas, the agreement statistics and bands, the intensive family support
  /// standards, the relationship-based practice elements and the audit loop figures.
  static var caseAuditFacts: [Fact] {
    [ofstedScaleFact, zeroToTenScaleFact, agreementFact, landisKochFact, auditLoopFact]
      + IlacsJudgementArea.all.map(\.fact) + IntensiveSupportStandard.facts
      + RelationshipPractice.facts
  }

  /// Ofsted judges local authorities' children's services on four grades.
  static var ofstedScaleFact: Fact {
    Fact(
      id: "audit.scale.ofsted",
      statement: "Ofsted judges local authorities' children's services on four grades: "
        + "outstanding, good, requires improvement to be good, inadequate.",
      provenance: Provenance(
        .verified, [.ofstedOutcomesAutumn2018, .ilacsFramework, .lgaFirstIlacs],
        note: "Ofsted's statistics (autumn 2018, Figure 1) show \"the proportion of local "
          + "authorities judged outstanding, good, requires improvement to be good, and "
          + "inadequate\". The ILACS framework's own section on judgements was not read; the "
          + "grades' use for each ILACS judgement rests on LGA First and the framework's opening."))
  }

  /// Some authorities scale 0–10 instead.
  static var zeroToTenScaleFact: Fact {
    Fact(
      id: "audit.scale.zeroToTen",
      statement: "Some local authorities grade audits on a Signs of Safety 0–10 scaling "
        + "instead of Ofsted grades; no 'good or better' cut-off is published for it.",
      provenance: Provenance(.secondary, [.lincolnshireAudit]))
  }

  /// The agreement statistics' formulas.
  static var agreementFact: Fact {
    Fact(
      id: "audit.agreement.formulas",
      statement: "Cohen's kappa, linearly and quadratically weighted kappa and Fleiss' kappa "
        + "follow Cohen (1960) and Fleiss (1971); the standard error of unweighted kappa "
        + "follows Fleiss, Cohen and Everitt (1969).",
      provenance: Provenance(
        .verified,
        [.cohen1960, .fleiss1971, .fleissCohenEveritt1969, .scikitLearnKappa, .statsmodelsFleiss],
        note: "Verified by reproducing the worked examples of audit.md §7.3 exactly and against "
          + "scikit-learn and statsmodels on random tables."))
  }

  /// Landis and Koch's bands.
  static var landisKochFact: Fact {
    Fact(
      id: "audit.agreement.landisKoch",
      statement: "Landis and Koch (1977): below 0 poor, 0–0.20 slight, 0.21–0.40 fair, "
        + "0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1.00 almost perfect.",
      provenance: Provenance(
        .secondary, [.landisKoch1977],
        note: "Exactly 0 is slight here, as in the reproduction cited (\"<0.00 Poor\", "
          + "\"0.00–0.20 Slight\"); the 1977 paper itself (Biometrics, on JSTOR) could not be "
          + "read, and some reproductions call 0 poor."))
  }

  /// Hammersmith and Fulham's audit figures.
  static var auditLoopFact: Fact {
    Fact(
      id: "audit.loop.hammersmithAndFulham",
      statement: "In Hammersmith and Fulham (adult social care), 68% of cases audited in 2009 "
        + "were of a good standard, 52% by July 2010; once audit outcomes were built into line "
        + "management, with findings discussed between social worker, supervisor and a senior "
        + "manager, 65% and then 84%.",
      provenance: Provenance(
        .secondary, [.socialWorkMatters("'True test of safeguarding', Jenkinson and Chamberlain")],
        note: "As reported by the authors; the figures were not checked against the "
          + "authority's own audit records."))
  }
}
