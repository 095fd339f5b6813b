/// A professional framework, standard or scheme for social workers in England, with the days it
/// applied (education.md §1.8, §3).
public struct ProfessionalFramework: Sendable, Hashable, Identifiable {
  /// What kind of framework it is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A capabilities framework for the whole profession (the PCF).
    case capabilities
    /// Post-qualifying knowledge and skills statements.
    case knowledgeAndSkills
    /// Early-career support and assessment (ASYE and its successor).
    case earlyCareer
    /// Accreditation against the statements (NAAS).
    case accreditation
    /// Education and training standards for qualifying programmes.
    case educationStandards
  }

  /// A stable identifier, for example `pcf-2018`.
  public let id: String
  /// The name.
  public let name: String
  /// What kind of framework it is.
  public let kind: Kind
  /// The days it applied.
  public let period: EffectivePeriod
  /// Its parts (domains, levels, statements), each with its own provenance where titles are
  /// not all verified.
  public let parts: [Sourced<String>]
  /// Where the framework and its dates come from.
  public let provenance: Provenance

  /// Every framework recorded, in order of first day.
  public static let all: [ProfessionalFramework] = [
    pcf2012, pcf2018, asye, kss2014, kssPractitioners, kssSupervisorsAndLeaders, naas,
    earlyCareerStandards, swe2019, swe2021,
  ]

  /// The frameworks that applied on `day`, optionally of one kind.
  public static func applying(on day: CalendarDay, kind: Kind? = nil) -> [ProfessionalFramework] {
    all.filter { $0.period.contains(day) && (kind == nil || $0.kind == kind) }
  }
}

extension ProfessionalFramework {
  private static func period(_ from: CalendarDay?, _ through: CalendarDay?) -> EffectivePeriod {
    builtIn("a framework's period") { try EffectivePeriod(from: from, through: through) }
  }

  private static func part(
    _ text: String, _ verification: Verification, _ source: Source, note: String? = nil
  ) -> Sourced<String> {
    Sourced(text, Provenance(verification, [source], note: note))
  }

  private static let kss2014Unread =
    "From memory: the stored copies of the DfE 2014 text stop after statement 2, and no "
    + "reproduction of this heading was found in the stored pages or the code index."
  private static let kssPractitionerUnread =
    "From memory: stored pages quoting the DfE statement were found only for statements 1, 3, "
    + "6, 7 and 9 (Skills for Care, Research in Practice, Community Care Inform); the DfE PDF "
    + "is not stored."
  private static let kssSupervisorUnread =
    "From memory: Community Care Inform pages quoting the DfE statement were found only for "
    + "practice supervisor statements 4 and 7; the DfE PDF is not stored."

  /// The nine PCF levels, the same in 2012 and 2018 (education.md §3.1; the seed omitted
  /// "readiness for direct practice").
  public static let pcfLevels: [Sourced<String>] = [
    "Entry (point of entry to a qualifying programme)", "Readiness for direct practice",
    "End of first placement", "End of last placement (qualifying level)", "ASYE",
    "Social worker", "Experienced social worker",
    "Advanced (advanced practitioner, professional educator, social work manager)",
    "Strategic (strategic educator, strategic manager, principal social worker)",
  ].map { part($0, .verified, EducationSource.pcf2012) }

  private static let pcfDomains2012 = [
    "Professionalism", "Values and Ethics", "Diversity",
    "Rights, Justice and Economic Well-being", "Knowledge", "Critical Reflection and Analysis",
    "Intervention and Skills", "Contexts and Organisations", "Professional Leadership",
  ]

  /// The Professional Capabilities Framework as launched: nine domains, nine levels.
  public static let pcf2012 = ProfessionalFramework(
    id: "pcf-2012", name: "Professional Capabilities Framework (PCF)", kind: .capabilities,
    period: period(CalendarDay(2012, 1, 1), CalendarDay(2018, 5, 31)),
    parts: pcfDomains2012.map { part($0, .verified, EducationSource.pcf2012) },
    provenance: Provenance(
      .secondary,
      [EducationSource.pcf2012, EducationSource.pcfGuidance2018, EducationSource.tcswClosure],
      note: "Domains and levels verified. The year: BASW's 2018 guidance says the PCF was "
        + "\"first devised in 2012\" (read in a copy of the document, so secondary); the "
        + "1 January start is a convention. Held by The College of Social Work from 2012; the "
        + "College closed by the end of September 2015, announced 25 June 2015, after which BASW "
        + "became the PCF's guardian; the end is the day before the 2018 refresh was to be used "
        + "(June 2018)."))

  /// The 2018 refresh (BASW with Research in Practice): super-domains Purpose, Practice,
  /// Impact; used from June 2018. Two renamed domain titles are unverified.
  public static let pcf2018 = ProfessionalFramework(
    id: "pcf-2018", name: "Professional Capabilities Framework (2018 refresh)",
    kind: .capabilities, period: period(CalendarDay(2018, 6, 1), nil),
    parts: [
      part("Professionalism", .verified, EducationSource.pcf2018),
      part("Values and Ethics", .verified, EducationSource.pcf2018),
      part("Diversity and Equality", .verified, EducationSource.pcf2018Domains),
      part("Rights, Justice and Economic Wellbeing", .verified, EducationSource.pcf2018),
      part("Knowledge", .verified, EducationSource.pcf2018),
      part("Critical Reflection and Analysis", .verified, EducationSource.pcf2018),
      part("Interventions and Skills", .secondary, EducationSource.pcf2018),
      part("Contexts and Organisations", .verified, EducationSource.pcf2018),
      part("Professional Leadership", .verified, EducationSource.pcf2018),
    ],
    provenance: Provenance(
      .verified, [EducationSource.pcf2018],
      note: "\"Should be used from June 2018\"; Practice = Knowledge, Critical Reflection and "
        + "Analysis, Interventions and Skills (2018 joint statement); Purpose = domains 1–4 and "
        + "Impact = 8–9 are unverified."))

  /// The Assessed and Supported Year in Employment, from September 2012; for children's
  /// social workers replaced by the early career development programme from September 2027.
  public static let asye = ProfessionalFramework(
    id: "asye", name: "Assessed and Supported Year in Employment (ASYE)", kind: .earlyCareer,
    period: period(CalendarDay(2012, 9, 1), CalendarDay(2027, 8, 31)),
    parts: [
      part(
        "12-month employment-based programme for registered social workers within 2 years of "
          + "qualifying", .verified, EducationSource.asye),
      part(
        "Funding (2021-22): £2,000 per children's NQSW; adults £1,000–£2,000", .verified,
        EducationSource.asye),
    ],
    provenance: Provenance(
      .verified, [EducationSource.asye, EducationSource.postQualifyingStandards],
      note: "The end applies to child and family social workers (ECDP from September 2027); "
        + "the adult ASYE's future is not recorded."))

  /// The 2014 knowledge and skills statement for child and family social work.
  public static let kss2014 = ProfessionalFramework(
    id: "kss-2014", name: "Knowledge and skills for child and family social work (2014)",
    kind: .knowledgeAndSkills, period: period(CalendarDay(2014, 7, 31), nil),
    parts: [
      part("1 The role of child and family social work", .verified, EducationSource.kss2014Text),
      part("2 Child development", .verified, EducationSource.kss2014Text),
    ]
      + [
        "3 Adult mental ill health, substance misuse, domestic violence, physical ill health and "
          + "disability", "4 Abuse and neglect of children", "5 Child and family assessment",
        "6 Analysis, decision-making, planning and review",
        "7 The law and the family and youth justice systems",
        "8 The role of supervision and research", "9 Organisational context",
      ].map { part($0, .unverified, EducationSource.kss2014Text, note: kss2014Unread) },
    provenance: Provenance(
      .secondary, [EducationSource.kssLaunch, EducationSource.kss2014Text],
      note: "Unveiled 31 July 2014 with the approved child and family practitioner status; "
        + "headings 3–9 are from memory and tagged unverified."))

  /// The post-qualifying standard: KSS for child and family practitioners, usable until
  /// 31 March 2027.
  public static let kssPractitioners = ProfessionalFramework(
    id: "kss-practitioners",
    name: "Post-qualifying standard: knowledge and skills statement for child and family "
      + "practitioners", kind: .knowledgeAndSkills,
    period: period(CalendarDay(2018, 1, 1), CalendarDay(2027, 3, 31)),
    parts: [
      part("1 Relationships and effective direct work", .secondary, EducationSource.kssMapping)
    ]
      + [
        part(
          "2 Communication", .unverified, EducationSource.kssMapping, note: kssPractitionerUnread)
      ]
      + [part("3 Child development", .secondary, EducationSource.kssThree)]
      + [
        "4 Adult mental ill health, substance misuse, domestic abuse, physical ill health and "
          + "disability", "5 Abuse and neglect of children",
      ].map { part($0, .unverified, EducationSource.kssMapping, note: kssPractitionerUnread) }
      + [part("6 Child and family assessment", .secondary, EducationSource.kssSix)]
      + [
        part(
          "7 Analysis, decision-making, planning and review", .secondary, EducationSource.kssSeven),
        part(
          "8 The law and the family and youth justice systems", .unverified,
          EducationSource.kssMapping, note: kssPractitionerUnread),
      ]
      + [
        part("9 The role of supervision", .secondary, EducationSource.kssSupervision),
        part(
          "10 Organisational context", .unverified, EducationSource.kssMapping,
          note: kssPractitionerUnread),
      ],
    provenance: Provenance(
      .secondary,
      [EducationSource.postQualifyingStandards2018, EducationSource.postQualifyingStandards],
      note: "End 31 March 2027 verified (GOV.UK, 18 February 2026). Start: GOV.UK's page as "
        + "last updated 18 May 2018 says the statements \"have been determined as the "
        + "post-qualifying improvement standards\" (s.42 Children and Social Work Act 2017); the "
        + "page does not date that determination, so 1 January 2018 is a convention for the year "
        + "and the fact is tagged secondary. Statement titles: see each part (10 statements, "
        + "count inferred)."))

  /// The KSS for practice supervisors and practice leaders.
  public static let kssSupervisorsAndLeaders = ProfessionalFramework(
    id: "kss-supervisors-leaders",
    name: "Knowledge and skills statements for practice supervisors and practice leaders",
    kind: .knowledgeAndSkills, period: period(CalendarDay(2018, 1, 1), nil),
    parts: [
      "Practice supervisor 1 Promote and govern excellent practice",
      "Practice supervisor 2 Developing excellent practitioners",
      "Practice supervisor 3 Shaping and influencing the practice system",
    ].map { part($0, .unverified, EducationSource.kssSupervision, note: kssSupervisorUnread) }
      + [
        part(
          "Practice supervisor 4 Effective use of power and authority", .secondary,
          EducationSource.kssSupervisorFour)
      ]
      + [
        "Practice supervisor 5 Confident analysis and decision-making",
        "Practice supervisor 6 Purposeful and effective social work",
      ].map { part($0, .unverified, EducationSource.kssSupervision, note: kssSupervisorUnread) }
      + [
        part(
          "Practice supervisor 7 Emotionally intelligent practice supervision", .secondary,
          EducationSource.kssSupervision),
        part(
          "Practice supervisor 8 Performance management and improvement", .unverified,
          EducationSource.kssSupervision, note: kssSupervisorUnread),
      ],
    provenance: Provenance(
      .secondary,
      [
        EducationSource.kssConsultation, EducationSource.postQualifyingStandards2018,
        EducationSource.postQualifyingStandards,
      ],
      note: "Consulted on from July 2015. GOV.UK's page as last updated 18 May 2018 covers "
        + "practitioners, practice supervisors and practice leaders and says that for practice "
        + "supervisors the statements \"have been determined as the post-qualifying improvement "
        + "standards\" (s.42 Children and Social Work Act 2017); it does not date that, so the "
        + "1 January 2018 start is a convention for the year (tagged secondary). Supervisor "
        + "titles other than 4 and 7 are from memory and tagged unverified; practice leader "
        + "titles are not recorded."))

  /// The National Assessment and Accreditation System: assessments from 2018, scrapped
  /// January 2022, closed March 2022.
  public static let naas = ProfessionalFramework(
    id: "naas", name: "National Assessment and Accreditation System (NAAS)",
    kind: .accreditation, period: period(CalendarDay(2018, 1, 1), CalendarDay(2022, 3, 31)),
    parts: [
      part(
        "Over 1,700 practitioners and practice supervisors accredited across 69 local "
          + "authorities and trusts; cost £24m as of 2020", .secondary, EducationSource.naasEnd)
    ],
    provenance: Provenance(
      .secondary, [EducationSource.naasEnd],
      note: "Scrapping announced the week of 14 January 2022; portal closed end of February, "
        + "scheme closed March 2022; the 1 January 2018 start is a convention (\"assessments "
        + "from 2018\")."))

  /// The child and family social worker early career standards, from 1 April 2027.
  public static let earlyCareerStandards = ProfessionalFramework(
    id: "early-career-standards",
    name: "Child and family social worker early career standards (ECDP from September 2027)",
    kind: .earlyCareer, period: period(CalendarDay(2027, 4, 1), nil), parts: [],
    provenance: Provenance(.verified, [EducationSource.postQualifyingStandards]))

  /// Social Work England's 2019 education and training standards (mirroring HCPC's).
  public static let swe2019 = ProfessionalFramework(
    id: "swe-standards-2019", name: "Social Work England education and training standards 2019",
    kind: .educationStandards,
    period: period(CalendarDay(2019, 12, 2), CalendarDay(2021, 8, 31)), parts: [],
    provenance: Provenance(
      .verified, [EducationSource.sweStandards],
      note: "From Social Work England's start; no placement day count."))

  /// Social Work England's 2021 education and training standards.
  public static let swe2021 = ProfessionalFramework(
    id: "swe-standards-2021", name: PracticeLearningRule.sweStandards2021.name,
    kind: .educationStandards, period: period(CalendarDay(2021, 9, 1), nil),
    parts: [
      part(
        "At least 200 days in practice learning including up to 30 skills days; two contrasting "
          + "settings; one statutory placement with high-risk decision making and legal "
          + "interventions", .verified, EducationSource.sweStandards)
    ],
    provenance: PracticeLearningRule.sweStandards2021.provenance)
}
