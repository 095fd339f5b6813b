/// One provision of the law the library applies — a section, rule, regulation or article — with
/// the days it applied, its rule in short, and its provenance.
///
/// Provisions change: s32(1)(a) of the Children Act 1989 gained the 26-week limit on 22 April
/// 2014, so the catalogue holds both texts under one ``id`` with periods that do not overlap,
/// and ``ProvisionCatalogue/provision(_:on:)`` answers "what applied on day D".
public struct Provision: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier shared by every version, for example `ca1989.s32.1.a`.
  public let id: String
  /// The Act, rules, regulations or convention, for example "Children Act 1989".
  public let instrument: String
  /// Where in the instrument, for example "s32(1)(a)".
  public let locator: String
  /// A short title, for example "Timetable: 26 weeks".
  public let shortTitle: String
  /// The rule in short; statutory words in quotation marks.
  public let rule: String
  /// The days this version applied.
  public let effective: EffectivePeriod
  /// Its sources and verification.
  public let provenance: Provenance

  /// Creates a provision.
  public init(
    id: String, instrument: String, locator: String, shortTitle: String, rule: String,
    effective: EffectivePeriod, provenance: Provenance
  ) {
    self.id = id
    self.instrument = instrument
    self.locator = locator
    self.shortTitle = shortTitle
    self.rule = rule
    self.effective = effective
    self.provenance = provenance
  }

  /// The provision as a ``Fact``, identified by its id and first day.
  public var fact: Fact {
    Fact(
      id: "law.provision.\(id)" + (effective.from.map { "@\($0)" } ?? ""),
      statement: "\(instrument) \(locator) (\(shortTitle), \(effective)): \(rule)",
      provenance: provenance)
  }
}

/// The provisions PracticeLaw uses, each version with its effective period and provenance.
public enum ProvisionCatalogue {
  /// Every version of every provision, in the order of the instruments.
  public static let all: [Provision] =
    childrenAct1989 + otherStatutes + rules + regulations + convention

  /// The provisions in force on `day`.
  public static func inForce(on day: CalendarDay) -> [Provision] {
    all.filter { $0.effective.contains(day) }
  }

  /// The version of provision `id` that applied on `day`, if any.
  public static func provision(_ id: String, on day: CalendarDay) -> Provision? {
    all.last { $0.id == id && $0.effective.contains(day) }
  }

  /// Every version of provision `id`, oldest first.
  public static func versions(of id: String) -> [Provision] {
    all.filter { $0.id == id }
  }

  /// The catalogue as facts.
  public static var facts: [Fact] { all.map(\.fact) }

  // MARK: - Key days

  /// 14 October 1991: the Children Act 1989 in force (S.I. 1991/828).
  public static let childrenActCommencement = CalendarDay(1991, 10, 14)
  /// 22 April 2014: the 26-week limit (CAFA 2014 s14), the end of the interim order caps and the
  /// single Family Court (S.I. 2014/889 art 4).
  public static let familyJusticeReforms = CalendarDay(2014, 4, 22)
  /// 1 April 2011: the Care Planning, Placement and Case Review (England) Regulations 2010 in
  /// force.
  public static let carePlanningCommencement = CalendarDay(2011, 4, 1)
  /// 1 April 2015: the Care Planning and Fostering (Miscellaneous Amendments) (England)
  /// Regulations 2015 (SI 2015/495) in force: long-term foster placements, reg 28(3A).
  public static let longTermFosteringAmendments = CalendarDay(2015, 4, 1)

  // MARK: - Data

  private static let sinceCommencement = EffectivePeriod.starting(childrenActCommencement)
  private static let sinceReforms = EffectivePeriod.starting(familyJusticeReforms)
  private static let beforeReforms = builtIn("before the family justice reforms") {
    try EffectivePeriod(from: childrenActCommencement, through: CalendarDay(2014, 4, 21))
  }

  private static func ca1989(
    _ id: String, _ locator: String, _ title: String, _ rule: String, path: String,
    _ verification: Verification, effective: EffectivePeriod = sinceCommencement,
    more: [Source] = [], note: String? = nil
  ) -> Provision {
    Provision(
      id: "ca1989." + id, instrument: "Children Act 1989", locator: locator, shortTitle: title,
      rule: rule, effective: effective,
      provenance: Provenance(
        verification, [.childrenAct1989(locator, path: path)] + more, note: note))
  }

  /// Why s32(7) stays secondary.
  static let section32Seven =
    "CAFA 2014 s14, which inserts it, was read on legislation.gov.uk only as far as the new "
    + "s32(6); the words of s32(7) are as practitioner pages quote them."

  /// Why the s1 provisions past s1(3)(c) stay secondary.
  private static let section1 =
    "legislation.gov.uk's Part I as at 14 October 1991 was read only as far as s1(3)(c); the "
    + "rest of the wording rests on practitioner pages quoting s1."

  private static let childrenAct1989: [Provision] = [
    ca1989(
      "s1.1", "s1(1)", "Paramountcy",
      "When a court determines any question with respect to the upbringing of a child, \"the "
        + "child's welfare shall be the court's paramount consideration\".",
      path: "section/1", .verified, more: [.childrenAct1989PartI("s1(1)")],
      note: Source.section1Read),
    ca1989(
      "s1.2", "s1(2)", "Delay is likely to prejudice the child",
      "\"any delay in determining the question is likely to prejudice the welfare of the child\".",
      path: "section/1", .verified, more: [.childrenAct1989PartI("s1(2)")],
      note: Source.section1Read),
    ca1989(
      "s1.3", "s1(3)(a)–(g)", "Welfare checklist",
      "In opposed s8 applications and Part IV proceedings the court shall have regard in "
        + "particular to the seven matters (a)–(g) (see WelfareChecklist).",
      path: "section/1", .secondary, note: section1),
    ca1989(
      "s1.5", "s1(5)", "No-order principle",
      "The court \"shall not make the order … unless it considers that doing so would be better "
        + "for the child than making no order at all\".",
      path: "section/1", .secondary, note: section1),
    ca1989(
      "s17.10", "s17(10)", "Child in need",
      "A child is in need if unlikely to achieve or maintain a reasonable standard of health or "
        + "development without services, if their health or development is likely to be "
        + "significantly impaired without them, or if disabled.",
      path: "section/17", .secondary,
      note: "legislation.gov.uk's s17 page was not reached as far as s17(10); the definition is "
        + "as local safeguarding procedures and practitioner pages quote it."),
    ca1989(
      "s20.1", "s20(1)", "Accommodation",
      "The local authority shall provide accommodation for a child in need who appears to "
        + "require it because no one has parental responsibility, the child is lost or "
        + "abandoned, or the carer is prevented from providing suitable accommodation or care.",
      path: "part/III/crossheading/provision-of-accommodation-for-children/1991-10-14",
      .verified),
    ca1989(
      "s31.2", "s31(2)", "Threshold criteria",
      "A care or supervision order only if the child \"is suffering, or is likely to suffer, "
        + "significant harm\" attributable to the care given (not what it would be reasonable to "
        + "expect a parent to give) or to being beyond parental control.",
      path: "section/31", .verified),
    ca1989(
      "s31.3", "s31(3)", "Age bar",
      "No care or supervision order for a child who has reached 17 (16 if married).",
      path: "section/31", .verified),
    ca1989(
      "s32.1.a", "s32(1)(a)", "Timetable without delay",
      "The court shall draw up a timetable \"with a view to disposing of the application without "
        + "delay\": no fixed limit.",
      path: "section/32", .verified, effective: beforeReforms,
      more: [.childrenAndFamiliesAct2014("s14(2)", path: "section/14")],
      note: "The text replaced by CAFA 2014 s14(2) on 22 April 2014."),
    ca1989(
      "s32.1.a", "s32(1)(a)", "Timetable: 26 weeks",
      "The court shall draw up a timetable with a view to disposing of the application without "
        + "delay and \"in any event within twenty-six weeks beginning with the day on which the "
        + "application was issued\".",
      path: "section/32", .verified, effective: sinceReforms, more: [.commencementOrder2014]),
    ca1989(
      "s32.5", "s32(5)", "Extension of the 26 weeks",
      "The court may extend the period allowed under s32(1)(a)(ii) only if it considers the "
        + "extension necessary to enable the court to resolve the proceedings justly.",
      path: "section/32", .verified, effective: sinceReforms),
    ca1989(
      "s32.7", "s32(7)", "Extensions not routine",
      "Extensions \"are not to be granted routinely and are to be seen as requiring specific "
        + "justification\".",
      path: "section/32", .secondary, effective: sinceReforms, note: section32Seven),
    ca1989(
      "s32.8", "s32(8)", "Each extension at most 8 weeks",
      "Each separate extension is to end no more than eight weeks after the later of the end of "
        + "the period being extended and the end of the day on which it is granted.",
      path: "section/32", .secondary, effective: sinceReforms,
      note: "The 8 weeks is confirmed by practitioner sources; the \"later of\" wording was not "
        + "read in the statute here."),
    ca1989(
      "s38.4", "s38(4)–(5)", "Interim orders: 8 then 4 weeks",
      "A first interim care or supervision order lasts at most 8 weeks beginning with the day "
        + "it is made; each later one at most 4 weeks (or to the end of the first 8 weeks).",
      path: "section/38", .secondary, effective: beforeReforms,
      note: "As originally enacted; repealed with effect from 22 April 2014."),
    ca1989(
      "s38.4", "s38(4)", "Interim orders: until disposal",
      "An interim order has effect for the period it specifies and ends at the latest on the "
        + "disposal of the application: no fixed cap.",
      path: "section/38", .verified, effective: sinceReforms),
    ca1989(
      "s43.5", "s43(5)", "Child assessment order",
      "Specifies the day the assessment is to begin and has effect for at most \"7 days "
        + "beginning with that date\".",
      path: "section/43", .verified),
    ca1989(
      "s44.1", "s44(1)", "Emergency protection order: grounds",
      "Reasonable cause to believe the child is likely to suffer significant harm if not removed "
        + "or kept where they are, or s47 enquiries frustrated by unreasonable refusal of access.",
      path: "section/44", .verified),
    ca1989(
      "s45", "s45(1), (4)–(6)", "Emergency protection order: duration",
      "At most eight days; extendable once, by at most seven days.",
      path: "section/45", .secondary,
      note: "The identical Northern Ireland provision (art 64) was read; s45 through secondary "
        + "sources."),
    ca1989(
      "s46.6", "s46(6)", "Police protection: 72 hours",
      "No child may be kept in police protection for more than 72 hours.",
      path: "section/46", .secondary),
    ca1989(
      "s47.1", "s47(1)", "Duty to make enquiries",
      "Where the authority have reasonable cause to suspect a child in their area is suffering, "
        + "or likely to suffer, significant harm they shall make such enquiries as they consider "
        + "necessary to decide whether to act.",
      path: "section/47", .verified),
    ca1989(
      "s91.12", "s91(12)", "Care order until 18",
      "A care order (other than an interim one) continues until the child is 18 unless brought "
        + "to an end earlier.",
      path: "section/91", .secondary,
      more: [
        .legislation(
          .regulation, "Children (Northern Ireland) Order 1995", "art 179(12)",
          path: "nisi/1995/755/article/179/made")
      ],
      note: "legislation.gov.uk's s91 page was reached only as far as s91(2A); the identical "
        + "Northern Ireland provision (art 179(12), \"Any care order, other than an interim care "
        + "order, shall continue in force until the child reaches the age of 18, unless it is "
        + "brought to an end earlier\") was read, and practitioner pages quote s91(12)."),
    ca1989(
      "sch3.6", "Schedule 3 para 6", "Supervision order: 1 year, at most 3",
      "Ends one year beginning with the day it was made; may be extended, but not beyond three "
        + "years beginning with that day.",
      path: "schedule/3", .secondary,
      more: [
        .judgment(
          "T (A Child) v Wakefield MDC [2008] EWCA Civ 199", nil,
          path: "ew/cases/EWCA/Civ/2008/199.html", date: CalendarDay(2008, 3, 19))
      ],
      note: "T v Wakefield: a 3-year order cannot be made at the outset."),
  ]

  private static let otherStatutes: [Provision] = [
    Provision(
      id: "cafa2014.s13", instrument: "Children and Families Act 2014", locator: "s13",
      shortTitle: "Control of expert evidence",
      rule: "Expert evidence in children proceedings only with the court's permission, when "
        + "necessary to resolve the proceedings justly.",
      effective: sinceReforms,
      provenance: Provenance(
        .secondary,
        [
          .childrenAndFamiliesAct2014("s13", path: "section/13"),
          .childrenAndFamiliesAct2014Section13, .cafaCommencementNo1Secondary,
        ],
        note: "s13(1)–(6) read on legislation.gov.uk (point in time 1 September 2014): no expert "
          + "instructed, child examined or expert evidence put in without permission, given only "
          + "if \"necessary to assist the court to resolve the proceedings justly\". The in-force "
          + "day rests on a blog's report of the Commencement No. 1 Order (S.I. 2014/793, not "
          + "read); S.I. 2014/889 art 4 (read) does not list s13.")),
    Provision(
      id: "cafa2014.s14", instrument: "Children and Families Act 2014", locator: "s14",
      shortTitle: "Care proceedings: 26 weeks",
      rule: "Amends Children Act 1989 s32 to add the 26-week limit and its extensions.",
      effective: sinceReforms,
      provenance: Provenance(
        .verified,
        [.childrenAndFamiliesAct2014("s14", path: "section/14"), .commencementOrder2014])),
    Provision(
      id: "aca2002.s21", instrument: "Adoption and Children Act 2002", locator: "s21",
      shortTitle: "Placement order",
      rule: "Authorises placement for adoption; continues until revoked, an adoption order is "
        + "made, or the child reaches 18, marries or forms a civil partnership (s21(4)).",
      effective: .starting(CalendarDay(2005, 12, 30)),
      provenance: Provenance(
        .secondary,
        [
          .adoptionAndChildrenAct2002("s21", path: "section/21"),
          .adoptionAndChildrenAct2002NotesSection21, .adoptionCommencementOrder2005,
          .placementOrderDurationSecondary,
        ],
        note: "In force on 30 December 2005 (S.I. 2005/2213 art 2(c), read); what the order "
          + "authorises read in the explanatory notes; the duration in s21(4) (revocation, "
          + "adoption order, 18, marriage or civil partnership) only from a solicitors' page, "
          + "because the section's text was not reached.")),
  ]

  private static let rules: [Provision] = [
    Provision(
      id: "fpr2010.r2.3", instrument: "Family Procedure Rules 2010", locator: "r2.3",
      shortTitle: "Business day",
      rule: "Any day other than a Saturday, Sunday, Christmas Day or Good Friday, or a bank "
        + "holiday under the Banking and Financial Dealings Act 1971 in England and Wales.",
      effective: .starting(CalendarDay(2011, 4, 6)),
      provenance: Provenance(
        .unverified, [.familyProcedureRules2010("r2.3"), .familyProcedureRulesInForce],
        note: "The identical definition was read in the Family Procedure (Adoption) Rules 2005 "
          + "r6, which the FPR replaced, but neither the FPR text nor a page quoting r2.3's "
          + "definition was reached (the justice.gov.uk and legislation.gov.uk Part 2 pages stop "
          + "early in r2.3's list). The in-force day, 6 April 2011, is secondary: the President's "
          + "practice direction para 1.1 as reproduced by Family Law.")),
    Provision(
      id: "fpr2010.r2.9", instrument: "Family Procedure Rules 2010", locator: "r2.9",
      shortTitle: "Computation of time",
      rule: "A period expressed in days is computed in clear days; a period of seven days or "
        + "less does not count a day that is not a business day.",
      effective: .starting(CalendarDay(2011, 4, 6)),
      provenance: Provenance(
        .secondary,
        [.familyProcedureRules2010("r2.9(2)–(4)"), .vardagsRule29, .familyProcedureRulesInForce],
        note: "r2.9(2)–(4) as quoted by Vardags (\"(4) Where the specified period is seven days "
          + "or less and includes a day which is not a business day, that day does not count\"); "
          + "the in-force day, 6 April 2011, from the President's practice direction para 1.1 "
          + "(\"The Family Procedure Rules 2010 ... come into force on 6th April 2011\") as "
          + "reproduced by Family Law. The rule's own text was not reached.")),
    Provision(
      id: "pd12a.2014", instrument: "Practice Direction 12A", locator: "para 1.1",
      shortTitle: "Public Law Outline 2014",
      rule: "The latest timescales within which the main stages should take place to resolve "
        + "proceedings within 26 weeks (see PublicLawOutline).",
      effective: sinceReforms,
      provenance: Provenance(
        .secondary, [.practiceDirection12A("paras 1.1–1.3")],
        note: "Paras 1.1–1.3 read; the in-force day from a procedures manual.")),
  ]

  private static func cpr(
    _ id: String, _ locator: String, _ title: String, _ rule: String, path: String,
    through: CalendarDay? = nil, note: String? = nil
  ) -> Provision {
    Provision(
      id: "cpr2010." + id,
      instrument: "Care Planning, Placement and Case Review (England) Regulations 2010",
      locator: locator, shortTitle: title, rule: rule,
      effective: builtIn("regulation \(id)") {
        try EffectivePeriod(from: carePlanningCommencement, through: through)
      },
      provenance: Provenance(
        .verified, [.carePlanningRegulations2010(locator, path: path)], note: note))
  }

  private static let regulations: [Provision] = [
    cpr(
      "reg28", "reg 28", "Visits to looked-after children",
      "Within one week of a placement's start; then at most every six weeks in its first year; "
        + "thereafter at most every three months if it is intended to last until 18, else six "
        + "weeks. Weekly until the first review for placements with parents before assessment "
        + "(then six weeks), and with a temporarily approved connected person or under an "
        + "interim care order while the child lives with a parent (then four weeks). After a "
        + "care order while the child lives with a parent: within a week, then six weeks.",
      path: "regulation/28/made",
      through: ProvisionCatalogue.longTermFosteringAmendments.advanced(by: -1),
      note: "As made; the Part 5 point-in-time page dated 18 August 2014 states \"Version "
        + "Superseded: 01/04/2015\"."),
    Provision(
      id: "cpr2010.reg28",
      instrument: "Care Planning, Placement and Case Review (England) Regulations 2010",
      locator: "reg 28", shortTitle: "Visits to looked-after children",
      rule: "As before 1 April 2015, and (para 3A) a child in a long-term foster placement for at "
        + "least a year who, being of sufficient age and understanding, agrees to be visited "
        + "less often than para (2)(c) requires, may be visited less often (the interval was not "
        + "read).",
      effective: .starting(longTermFosteringAmendments),
      provenance: Provenance(
        .secondary,
        [
          .carePlanningRegulations2010("reg 28 as amended", path: "regulation/28"),
          .longTermFosteringRegulations2015, .hertfordshireVisitsProcedure,
        ],
        note: "SI 2015/495's explanatory note (read) defines long-term foster placements and "
          + "provides for \"the frequency of reviews (regulation 5)\"; it names neither reg 28 "
          + "nor visits. legislation.gov.uk's Part 5 as at 18 August 2014 reads \"Version "
          + "Superseded: 01/04/2015\", so reg 28 changed that day; the amended reg 28 was not "
          + "readable. Para (3A) is known from the Hertfordshire procedure, whose copy stops "
          + "before the interval.")),
    cpr(
      "reg33", "reg 33", "Looked-after child reviews",
      "First review within 20 working days of becoming looked after; second within three months "
        + "of the first; then at intervals of not more than six months.",
      path: "part/6/made"),
    cpr(
      "reg48", "reg 48", "Short breaks",
      "No single placement over 17 days and at most 75 days in 12 months; visits at intervals "
        + "agreed with the IRO and parents.",
      path: "part/9/made"),
  ]

  private static let convention: [Provision] = [
    ("2", "Non-discrimination"), ("3", "Best interests of the child"),
    ("6", "Right to life, survival and development"), ("12", "Respect for the views of the child"),
  ].map { article, title in
    Provision(
      id: "uncrc.art\(article)", instrument: "UN Convention on the Rights of the Child",
      locator: "art \(article)", shortTitle: title,
      rule: "A general principle: \(title.lowercased()).",
      effective: .always,
      provenance: Provenance(
        .secondary, [.uncrc("art \(article)"), .generalComment12Copy],
        note: "Titles from CRIN and Children's Rights Wales. The Committee's General Comment No. "
          + "12 (2009) para 2 names arts 12, 2, 6 and 3 as \"the four general principles of the "
          + "Convention\", but it was read only in a copy on a document-sharing site (the OHCHR "
          + "and UN document pages were not reached), and General Comment No. 5 (para 12) only "
          + "as far as its opening. The UK ratification dates were not checked, so no effective "
          + "day is given."))
  }
}
