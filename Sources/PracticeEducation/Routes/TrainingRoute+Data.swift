// The routes as data (education.md §1). Tags: V where the value was read on the programme's own
// or the government's page (or Parliament's), S where only a news report or a mirror gave it,
// U where the notes could not verify it (carried forward from an earlier year, or inferred).

private typealias Cite = EducationSource

private func verified(_ sources: Source..., note: String? = nil) -> Provenance {
  Provenance(.verified, sources, note: note)
}

private func secondary(_ sources: Source..., note: String? = nil) -> Provenance {
  Provenance(.secondary, sources, note: note)
}

private func unverified(_ sources: Source..., note: String) -> Provenance {
  Provenance(.unverified, sources, note: note)
}

/// GCSE English language at grade 4 (C): stated for university courses as "a national
/// requirement for social work training" that "cannot be waived" (2024), so it applies to every
/// route that trains social workers. Tagged secondary: the source states the national rule; the
/// route's own statement of it was not read.
private func nationalGCSEEnglish(_ route: String) -> EntryRequirement {
  EntryRequirement(
    .gcseEnglish(minimumGrade: 4),
    secondary(
      Cite.universityEntry,
      note: "The national requirement for social work training (as stated for university "
        + "courses, 2024) applied to \(route); the route's own statement of it was not read."))
}

/// A postgraduate route's first degree: a route that leads to a postgraduate award always
/// requires one, whatever its recorded class.
private func anyDegree(_ provenance: Provenance) -> EntryRequirement {
  EntryRequirement(.degree(minimum: .pass), provenance)
}

private func running(_ provenance: Provenance) -> Sourced<RouteStatus> {
  Sourced(.running, provenance)
}

extension TrainingRoute {
  // MARK: - Degrees

  /// BA/BSc (Hons) social work (education.md §1.1).
  public static let undergraduateDegree = TrainingRoute(
    .undergraduateDegree, sector: .generic,
    intakePattern: "universities admit students every year.",
    editions: [
      (
        2003, nil,
        RouteEdition(
          name: "Undergraduate degree in social work",
          provider: Sourced(
            "Universities, with courses approved by the regulator (GSCC, HCPC, then Social Work "
              + "England)", verified(Cite.educationCommittee2016, Cite.sweStandards)),
          duration: Sourced(
            "3 years full time", secondary(Cite.universityEntry, note: "As of 2020.")),
          awards: Sourced(
            "BA/BSc (Hons) Social Work, level 6",
            verified(
              Cite.educationCommittee2016,
              note: "Introduced in 2003, replacing the two-year Diploma in Social Work.")),
          entry: [
            EntryRequirement(
              .gcseEnglish(minimumGrade: 4),
              secondary(
                Cite.universityEntry,
                note: "A national requirement for social work training that cannot be waived "
                  + "(as of 2024).")),
            EntryRequirement(
              .providerCriteria(
                "Each university sets its own tariff (for example ABB–BBC) and usually asks for "
                  + "GCSE maths."), secondary(Cite.universityEntry, note: "As of 2024.")),
          ],
          funding: Sourced(
            "Social Work Bursary from the second year (capped: 2,500 undergraduate bursaries in "
              + "2025-26); 2022 rates £5,262.50 in London, £4,862.50 outside London, including "
              + "the placement travel allowance", verified(Cite.bursary)),
          practiceLearning: nil,
          status: running(verified(Cite.bursary, note: "As of 2025.")))
      )
    ])

  /// MA/MSc or PGDip social work (education.md §1.2).
  public static let postgraduateDegree = TrainingRoute(
    .postgraduateDegree, sector: .generic,
    intakePattern: "universities admit students every year.",
    editions: [
      (
        2003, nil,
        RouteEdition(
          name: "Postgraduate degree in social work",
          provider: Sourced(
            "Universities, with courses approved by the regulator",
            verified(Cite.educationCommittee2016, Cite.sweStandards)),
          duration: Sourced(
            "Typically 2 years full time (21 or 24 months at Lancaster, PGDip or MA)",
            secondary(Cite.universityEntry, note: "As of about 2010.")),
          awards: Sourced(
            "MA/MSc Social Work; PGDip as a qualifying or exit award",
            secondary(Cite.universityEntry)),
          entry: [
            EntryRequirement(
              .degree(minimum: .upperSecond, someAccept: .lowerSecond),
              secondary(
                Cite.universityEntry,
                note: "Usually a 2:1; some universities accept a 2:2 in a related subject "
                  + "(as of 2024).")),
            EntryRequirement(
              .gcseEnglish(minimumGrade: 4), secondary(Cite.universityEntry, note: "As of 2024.")),
            EntryRequirement(
              .gcseMaths(minimumGrade: 4), secondary(Cite.universityEntry, note: "As of 2024.")),
          ],
          funding: Sourced(
            "Social Work Bursary from the first year (capped: 1,500 postgraduate bursaries in "
              + "2025-26): fee contribution up to £4,052 a year; 2024-25 grant £3,762.50 in "
              + "London, £3,362.50 outside, each including the £862.50 placement travel "
              + "allowance; means-tested grant up to £4,201 (London) or £2,721",
            verified(Cite.bursary)),
          practiceLearning: nil,
          status: running(verified(Cite.bursary, note: "As of 2025.")))
      )
    ])

  // MARK: - Step Up to Social Work

  /// Step Up to Social Work (education.md §1.3, with the §8 corrections): one edition per
  /// cohort, because it recruits every two years and its entry rule changed.
  public static let stepUpToSocialWork = TrainingRoute(
    .stepUpToSocialWork, sector: .children,
    intakePattern: "Step Up recruits a cohort every two years (cohorts starting in January "
      + "2016, 2018, … 2024 and 2026).",
    editions: [
      (2010, 2010, StepUp.early), (2012, 2012, StepUp.early), (2014, 2014, StepUp.cohort3),
      (2016, 2016, StepUp.cohorts4And5), (2018, 2018, StepUp.cohorts4And5),
      (2020, 2020, StepUp.cohort6), (2022, 2022, StepUp.cohort7),
      (2024, 2024, StepUp.cohort8), (2026, 2026, StepUp.cohort9),
    ],
    cohorts: StepUp.cohorts)

  private enum StepUp {
    static let provider = Sourced(
      "Department for Education, delivered by regional partnerships of local authorities and "
        + "universities", verified(Cite.stepUpGuidance))
    static let placement = Sourced(
      "Around 170 placement days in a local authority (70 + 100; with 30 skills days, the "
        + "200 days of the 2021 standards)",
      verified(Cite.stepUpGuidance, note: "As of the 2024 and 2026 programmes."))
    static let bursary2014 = Sourced(
      "£19,833 tax-free bursary; tuition fees paid",
      secondary(
        Cite.stepUpBursary2026, Cite.communityCare2016FastTrack,
        note: "Unchanged from 2014 to the 2024 cohort."))
    static let pgDip = Sourced(
      "Postgraduate Diploma in Social Work", verified(Cite.stepUpGuidance, Cite.wirral2023))
    static let fourteenMonths = Sourced(
      "Intensive, 14-month, full-time programme", verified(Cite.stepUpGuidance))

    static let early = RouteEdition(
      name: "Step Up to Social Work", provider: provider,
      duration: Sourced(
        "18-month master's (the early design)",
        secondary(
          Cite.cypNow2011, Cite.communityCare2014StepUp,
          note: "An example trainee in 2011; Community Care (April 2014) calls the course of "
            + "cohorts 1 and 2 \"the 18-month course\".")),
      awards: Sourced("Master's-level qualifying award", secondary(Cite.stepUpEvaluations)),
      entry: [
        anyDegree(
          secondary(
            Cite.communityCare2016FastTrack, Cite.stepUpEvaluations,
            note: "A graduate programme (\"200 graduates per year\") leading to a master's-level "
              + "award: a degree is required; its class for cohorts 1 and 2 is not recorded.")),
        EntryRequirement(
          .providerCriteria(
            "The entry requirements for cohorts 1 and 2 (2010 and 2012) are not recorded in this "
              + "library beyond a first degree; check with the partnership."),
          unverified(
            Cite.stepUpEvaluations,
            note: "No statement of the first two cohorts' degree class or GCSE requirements "
              + "found; cohort 3's 2:1 (2013 recruitment) may have applied before.")),
        nationalGCSEEnglish("Step Up cohorts 1 and 2"),
      ],
      funding: Sourced(
        "Bursary totalling £22,000 plus fees (an example trainee, 2011); £19,833 from 2014",
        secondary(Cite.cypNow2011, Cite.stepUpBursary2026)),
      practiceLearning: nil,
      status: running(secondary(Cite.stepUpEvaluations)))

    /// Cohort 3 (recruited March to May 2013): the early design, with the entry rules of DfE's
    /// FAQ for that round.
    static let cohort3 = RouteEdition(
      name: early.name, provider: early.provider, duration: early.duration, awards: early.awards,
      entry: [
        EntryRequirement(
          .degree(minimum: .upperSecond),
          secondary(
            Cite.stepUpFAQ2013,
            note: "\"A 2:1 degree or higher is a pre-requisite set by the government\", with no "
              + "exception for a Master's or doctorate; read in a copy of DfE's FAQ for the "
              + "round open 11 March to 17 May 2013.")),
        EntryRequirement(
          .gcseEnglish(minimumGrade: 4),
          secondary(
            Cite.stepUpFAQ2013,
            note: "GCSE English and maths at grade C: \"an HCPC requirement for entry on to any "
              + "social work course in England\" (the same FAQ).")),
        EntryRequirement(
          .gcseMaths(minimumGrade: 4),
          secondary(Cite.stepUpFAQ2013, note: "As for GCSE English, in the same FAQ.")),
      ],
      funding: early.funding, practiceLearning: nil, status: early.status)

    static let cohorts4And5 = RouteEdition(
      name: "Step Up to Social Work", provider: provider,
      duration: Sourced("About 14 months", secondary(Cite.cypNow2016)),
      awards: Sourced("Postgraduate Diploma in Social Work", secondary(Cite.cypNow2016)),
      entry: [
        EntryRequirement(
          .degree(minimum: .upperSecond, withHigherDegree: .lowerSecond),
          secondary(
            Cite.cypNow2016, Cite.communityCare2017StepUp,
            note: "Minimum 2:1, or 2:2 plus a higher-level qualification (2016–2017 "
              + "recruitment).")),
        nationalGCSEEnglish("Step Up cohorts 4 and 5"),
      ],
      funding: bursary2014, practiceLearning: nil,
      status: running(verified(Cite.writtenAnswer2018)))

    /// Cohort 6 (January 2020), as GOV.UK's guide for the 2019 application round gave it.
    static let cohort6 = RouteEdition(
      name: "Step Up to Social Work", provider: provider,
      duration: Sourced(
        "Intensive, 14-month, full-time programme", secondary(Cite.stepUpApply2020)),
      awards: Sourced("Postgraduate Diploma in Social Work", secondary(Cite.stepUpApply2020)),
      entry: [
        EntryRequirement(
          .degree(minimum: .upperSecond, withHigherDegree: .lowerSecond),
          secondary(
            Cite.stepUpApply2020,
            note: "A 2:1 (level 6), or a 2:2 honours degree plus a higher degree (level 7 or "
              + "above), in any discipline except social work.")),
        EntryRequirement(.degreeNotIn(subject: "social work"), secondary(Cite.stepUpApply2020)),
        EntryRequirement(
          .gcseEnglish(minimumGrade: 4),
          secondary(Cite.stepUpApply2020, note: "\"Grade C or above (or approved equivalent)\".")),
        EntryRequirement(
          .gcseMaths(minimumGrade: 4),
          secondary(Cite.stepUpApply2020, note: "\"Grade C or above (or approved equivalent)\".")),
        EntryRequirement(.residenceInEngland, secondary(Cite.stepUpApply2020)),
      ],
      funding: bursary2014, practiceLearning: nil,
      status: running(verified(Cite.writtenAnswer2018, note: "Cohort 6 planned for 2020.")))

    /// Cohort 7 (about January 2022): recruited in 2021, but its entry rules are not recorded
    /// (education.md §9).
    static let cohort7 = RouteEdition(
      name: "Step Up to Social Work", provider: provider,
      duration: Sourced(
        "About 14 months",
        secondary(
          Cite.wirral2025, Cite.yorkshireStepUp2021,
          note: "A trainee recruited in 2021 completed the programme in February 2023.")),
      awards: Sourced(
        "Postgraduate Diploma in Social Work",
        secondary(
          Cite.wirral2023,
          note: "Stated in March 2023, when the partnership had run seven cohorts.")),
      entry: [
        anyDegree(
          secondary(
            Cite.stepUpGuidance, Cite.cypNow2016,
            note: "A postgraduate diploma route: every recorded cohort requires a degree (a 2:1, "
              + "or a 2:2 with a higher degree, to 2020; a 2:2 from 2024).")),
        EntryRequirement(
          .providerCriteria(
            "The entry requirements for this cohort are not recorded in this library (the move "
              + "from a 2:1 to a 2:2 is undated); check with the partnership."),
          unverified(
            Cite.stepUpApply2020, Cite.stepUpGuidance,
            note: "education.md §9: the 2020 cohort asked for a 2:1 (or a 2:2 with a higher "
              + "degree), the 2024 cohort for a 2:2; no statement of the 2022 cohort's rule was "
              + "found.")),
        nationalGCSEEnglish("Step Up cohort 7"),
      ],
      funding: bursary2014, practiceLearning: nil,
      status: running(
        secondary(
          Cite.yorkshireStepUp2021, Cite.wirral2023,
          note: "Funding for a new cohort confirmed in 2021.")))

    static let cohort8 = RouteEdition(
      name: "Step Up to Social Work", provider: provider, duration: fourteenMonths,
      awards: pgDip,
      entry: [
        EntryRequirement(
          .degree(minimum: .lowerSecond, predicted: .none),
          verified(
            Cite.stepUpGuidance, Cite.wirral2023,
            note: "A 2:2 (level 6) in any subject; the degree must be completed (final-year "
              + "students not eligible).")),
        EntryRequirement(.gcseEnglish(minimumGrade: 4), verified(Cite.stepUpGuidance)),
        EntryRequirement(.gcseMaths(minimumGrade: 4), verified(Cite.stepUpGuidance)),
        EntryRequirement(
          .experience(months: 6),
          verified(
            Cite.stepUpGuidance,
            note: "Six months' full-time (or equivalent) experience with vulnerable children, "
              + "families or adults.")),
      ],
      funding: bursary2014, practiceLearning: placement,
      status: running(verified(Cite.stepUpGuidance)))

    static let cohort9 = RouteEdition(
      name: "Step Up to Social Work", provider: provider,
      duration: Sourced(
        "14-month programme: starts January 2026, training complete March 2027",
        verified(Cite.stepUpGuidance, Cite.herefordshire2025)),
      awards: pgDip,
      entry: [
        EntryRequirement(
          .degree(minimum: .lowerSecond, predicted: .someProviders),
          verified(
            Cite.stepUpGuidance,
            note: "A 2:2 (level 6) or above; some partnerships accept final-year students with "
              + "a predicted 2:2.")),
        EntryRequirement(.degreeNotIn(subject: "social work"), verified(Cite.stepUpGuidance)),
        EntryRequirement(.gcseEnglish(minimumGrade: 4), verified(Cite.stepUpGuidance)),
        EntryRequirement(
          .gcseMaths(minimumGrade: 4, waivedBySome: true),
          verified(Cite.stepUpGuidance, note: "Some partnerships drop the maths GCSE.")),
        EntryRequirement(.experience(months: 6), verified(Cite.stepUpGuidance)),
        EntryRequirement(.rightToWork, verified(Cite.stepUpGuidance)),
        EntryRequirement(.residenceInEngland, verified(Cite.stepUpGuidance)),
        EntryRequirement(.notAlreadyQualified, verified(Cite.stepUpGuidance)),
      ],
      funding: Sourced(
        "£21,995 tax-free bursary paid over 15 months; tuition fees paid",
        secondary(Cite.stepUpBursary2026, Cite.wirral2025)),
      practiceLearning: placement,
      status: running(
        verified(Cite.stepUpGuidance, note: "Applications 17 February – 25 March 2025.")))

    static let cohorts: [RouteCohort] = [
      RouteCohort(
        year: 2010, label: "cohort 1", start: nil, places: 200, starters: nil,
        applications: nil,
        provenance: secondary(Cite.communityCare2016FastTrack, note: "\"200 graduates per year\".")),
      RouteCohort(
        year: 2012, label: "cohort 2", start: nil, places: nil, starters: nil,
        applications: nil,
        provenance: unverified(
          Cite.stepUpEvaluations, note: "Start year inferred (biennial from 2010).")),
      RouteCohort(
        year: 2014, label: "cohort 3", start: nil, places: nil, starters: nil,
        applications: nil,
        provenance: unverified(
          Cite.stepUpEvaluations, Cite.sheffield2016,
          note: "Start year inferred: the programme began in 2010 and its fourth intake started "
            + "on 11 January 2016; no source read dates the third intake.")),
      RouteCohort(
        year: 2016, label: "cohort 4", start: CalendarDay(2016, 1, 11), places: 400,
        starters: nil, applications: 4_306,
        provenance: secondary(
          Cite.cypNow2016, note: "10.8 applications per place; seed's \">4,000\" corrected.")),
      RouteCohort(
        year: 2018, label: "cohort 5", start: nil, places: 550, starters: 563,
        applications: 4_391,
        provenance: verified(
          Cite.writtenAnswer2018, Cite.communityCare2017StepUp,
          note: "Started January 2018; the seed's \"550 places in 2017\" was this cohort.")),
      RouteCohort(
        year: 2020, label: "cohort 6", start: nil, places: nil, starters: nil,
        applications: nil, provenance: verified(Cite.writtenAnswer2018, note: "Planned for 2020.")
      ),
      RouteCohort(
        year: 2022, label: "cohort 7", start: nil, places: nil, starters: nil,
        applications: nil,
        provenance: secondary(
          Cite.yorkshireStepUp2021, Cite.wirral2025, Cite.wirral2023,
          note: "About January 2022: a new cohort was funded and recruited in 2021 (applications "
            + "from December 2020, interviews in summer 2021), and a trainee of it completed in "
            + "February 2023; Wirral had led seven cohorts by March 2023.")),
      RouteCohort(
        year: 2024, label: "cohort 8", start: nil, places: nil, starters: nil,
        applications: nil,
        provenance: secondary(Cite.wirral2023, note: "Applications closed 3 April 2023.")),
      RouteCohort(
        year: 2026, label: "cohort 9", start: nil, places: 700, starters: nil,
        applications: nil,
        provenance: secondary(Cite.herefordshire2025, note: "\"Support 700 individuals\".")),
    ]
  }

  // MARK: - Frontline / Approach Social Work

  /// Frontline's programme, renamed Approach Social Work for the 2024 cohort (education.md
  /// §1.4).
  public static let approachSocialWork = TrainingRoute(
    .approachSocialWork, sector: .children,
    intakePattern: "Frontline recruits a cohort every summer from 2014.",
    editions: [
      (2014, 2016, Frontline.original), (2017, 2023, Frontline.optionalMasters),
      (2024, nil, Frontline.approach),
    ],
    cohorts: Frontline.cohorts)

  private enum Frontline {
    static let graduateEntry = EntryRequirement(
      .degree(minimum: .upperSecond),
      verified(Cite.educationCommittee2016, note: "A 2:1 in any subject (as stated in 2016)."))
    static let notSocialWork = EntryRequirement(
      .degreeNotIn(subject: "social work"),
      verified(Cite.educationCommittee2016, note: "As stated in 2016."))
    static func carried(_ requirement: EntryRequirement) -> EntryRequirement {
      EntryRequirement(
        requirement.rule,
        unverified(
          Cite.educationCommittee2016, Cite.communityCare2019Widening,
          note: "The 2016 requirement carried forward: no later statement of the rule found. It "
            + "may be wrong from 2020: Community Care (29 August 2019) reports that Frontline "
            + "was \"widening its entry criteria for its 2020 intake\", without saying how."))
    }

    static let original = RouteEdition(
      name: "Frontline programme",
      provider: Sourced(
        "Frontline (charity); University of Bedfordshire designed and delivered the teaching "
          + "2014–2016", secondary(Cite.communityCare2019Frontline)),
      duration: Sourced(
        "2 years: 5-week residential summer institute, a qualifying year in a unit led by a "
          + "consultant social worker, then a year as a newly qualified social worker",
        verified(Cite.frontline2013)),
      awards: Sourced(
        "PGDip at the end of year 1 (eligible to register); Master's in year 2",
        verified(Cite.educationCommittee2016)),
      entry: [graduateEntry, notSocialWork, nationalGCSEEnglish("the Frontline programme")],
      funding: Sourced(
        "Year 1 bursary of about £19,000 (2016: £19–23K); year 2 salary from the host council "
          + "(about £24,000)", verified(Cite.educationCommittee2016)),
      practiceLearning: nil,
      status: running(verified(Cite.frontline2013)))

    static let optionalMasters = RouteEdition(
      name: "Frontline programme",
      provider: Sourced(
        "Frontline (charity), curriculum in-house from 2017 with Bedfordshire accrediting",
        secondary(Cite.communityCare2019Frontline)),
      duration: original.duration,
      awards: Sourced(
        "PGDip at the end of year 1; the year-2 Master's (60 credits) non-compulsory from the "
          + "2017 cohort", verified(Cite.frontlineYearTwo)),
      entry: [
        carried(graduateEntry), carried(notSocialWork),
        nationalGCSEEnglish("the Frontline programme"),
      ],
      funding: Sourced(
        "£45m for 900 places up to 2021 (the 2020 and 2021 cohorts)",
        secondary(
          Cite.frontlineContract2019,
          note: "The Department for Education's announcement of 8 January 2019 (read in copies): "
            + "\"900 places on the Frontline children's social work training programme up to "
            + "2021\"; Community Care (April 2018) names cohorts beginning in 2020 and 2021.")),
      practiceLearning: nil,
      status: running(verified(Cite.frontlineYearTwo)))

    static let approach = RouteEdition(
      name: "Approach Social Work",
      provider: Sourced(
        "Frontline (charity) with Lancaster University", verified(Cite.approachFinance)),
      duration: Sourced(
        "A 5-week readiness-for-practice stage, a bursaried first year, then salaried years two "
          + "and three", verified(Cite.approachFinance)),
      awards: Sourced(
        "PGDip and Master's, tuition covered by Frontline", verified(Cite.approachFinance)),
      entry: [
        carried(graduateEntry), carried(notSocialWork), nationalGCSEEnglish("Approach Social Work"),
      ],
      funding: Sourced(
        "Bursary £18,000 outside London or £20,000 in London, tax-free, in 13 monthly "
          + "instalments; then a newly qualified social worker's salary (up to £34k)",
        verified(Cite.approachFinance, note: "2024 and 2025 cohorts.")),
      practiceLearning: nil,
      status: running(
        verified(
          Cite.approachRenaming, Cite.dfeRouteEnumeration,
          note: "Renamed for the 2024 cohort (welcomed 15 July 2024); £61.35m contract for 500 "
            + "a year over three years.")))

    static let cohorts: [RouteCohort] = [
      RouteCohort(
        year: 2014, label: nil, start: nil, places: 100, starters: 104, applications: 2_684,
        provenance: secondary(
          Cite.frontline2014Places, Cite.frontline2014Intake, Cite.frontline2014Applications,
          Cite.frontline2018Release,
          note: "99 qualified and 5 dropped out. Frontline's own releases give the 2,684 "
            + "applications (17 March 2014) and \"the first cohort of 104 participants\" (5 "
            + "September 2018). The Guardian (18 March 2014) gives \"this year's 100 advertised "
            + "places\" and 108 candidates selected; 112 places, given before, has no source.")),
      RouteCohort(
        year: 2016, label: nil, start: nil, places: 180, starters: nil, applications: 1_916,
        provenance: secondary(
          Cite.cypNow2016, Cite.communityCare2019Frontline,
          note: "Sources disagree: Community Care (2019) gives 155 for 2016.")),
      RouteCohort(
        year: 2017, label: nil, start: nil, places: 300, starters: 283, applications: nil,
        provenance: secondary(Cite.communityCare2019Frontline)),
      RouteCohort(
        year: 2018, label: nil, start: nil, places: nil, starters: 336, applications: nil,
        provenance: secondary(
          Cite.communityCare2019Frontline, Cite.frontline2018Release,
          note: "Frontline's own release of 5 September 2018 puts the cohort starting that week "
            + "at 340.")),
      RouteCohort(
        year: 2019, label: nil, start: nil, places: 452, starters: 393, applications: nil,
        provenance: secondary(
          Cite.londonPost2019, Cite.frontline2018Release,
          note: "107 in London. Places: Frontline opened applications for 452 participants for "
            + "the 2019 cohort (its release of 5 September 2018); 393 started.")),
      RouteCohort(
        year: 2020, label: nil, start: nil, places: 452, starters: nil, applications: nil,
        provenance: secondary(Cite.londonPost2019, Cite.frontlineContract2019)),
    ]
  }

  // MARK: - Think Ahead

  /// Think Ahead, the adult mental health fast-track (education.md §1.5).
  public static let thinkAhead = TrainingRoute(
    .thinkAhead, sector: .adultMentalHealth,
    intakePattern: "Think Ahead recruits a cohort every summer from 2016.",
    editions: [(2016, 2020, ThinkAhead.launch), (2021, nil, ThinkAhead.middlesex)],
    cohorts: [
      RouteCohort(
        year: 2016, label: "first intake", start: nil, places: 100, starters: nil,
        applications: 2_300,
        provenance: verified(
          Cite.thinkAhead2016Places, Cite.thinkAheadFunding2016, Cite.thinkAheadLaunch,
          note: "Think Ahead (26 March 2016): \"over 2300 people applying for up to 100 places "
            + "on our first cohort, who begin the programme this July\"; 80–100 trainees.")),
      RouteCohort(
        year: 2017, label: "second intake", start: nil, places: nil, starters: 98,
        applications: nil, provenance: verified(Cite.thinkAhead2017)),
      RouteCohort(
        year: 2021, label: nil, start: nil, places: 160, starters: nil, applications: nil,
        provenance: verified(Cite.thinkAhead2020, note: "Cohorts of 160 funded from 2021.")),
    ])

  private enum ThinkAhead {
    static let provider = Sourced(
      "Think Ahead (charity), funded by DH/DHSC; NHS trusts and local authorities",
      secondary(Cite.thinkAheadFunding2016, Cite.thinkAheadLaunch))
    static let launch = RouteEdition(
      name: "Think Ahead", provider: provider,
      duration: Sourced(
        "2 years, starting with a six-week residential summer institute",
        secondary(Cite.thinkAheadFunding2016)),
      awards: Sourced(
        "Master's in social work (University of York with UCLan)",
        verified(
          Cite.uclan2015, Cite.thinkAheadLaunch,
          note: "UCLan: the University of York \"will lead the programme's teaching and award "
            + "participants with a master's degree in social work\", with UCLan.")),
      entry: [
        EntryRequirement(
          .degree(minimum: .upperSecond),
          secondary(Cite.thinkAheadFunding2016, note: "2:1 (2016).")),
        EntryRequirement(
          .providerCriteria("A rigorous assessment against seven attributes."),
          secondary(Cite.thinkAheadFunding2016)),
        nationalGCSEEnglish("Think Ahead"),
      ],
      funding: Sourced(
        "£10.6m (DH, March 2016) for 200 students joining in 2016/17 and 2017/18",
        secondary(Cite.thinkAheadFunding2016)),
      practiceLearning: nil,
      status: running(verified(Cite.thinkAhead2017)))

    static let middlesex = RouteEdition(
      name: "Think Ahead",
      provider: Sourced(
        provider.value,
        verified(
          Cite.thinkAhead2020, Cite.thinkAhead2017,
          note: "Think Ahead (September 2020): the DHSC \"has awarded Think Ahead up to £27m\"; "
            + "trainees \"join NHS and Local Authority teams\"; \"our charity\" (2017).")),
      duration: Sourced(
        "2 years, starting with a summer institute (four weeks in 2021, five in 2025)",
        secondary(Cite.thinkAhead2021Terms, Cite.thinkAhead2025)),
      awards: Sourced(
        "Master's in social work (Middlesex University)", verified(Cite.thinkAhead2020)),
      entry: [
        EntryRequirement(
          .degree(minimum: .upperSecond),
          unverified(
            Cite.thinkAheadFunding2016,
            note: "The 2016 2:1 carried forward: the current requirement (2:2 or 2:1) is not "
              + "verified.")),
        EntryRequirement(
          .providerCriteria("Assessment against the programme's attributes."),
          verified(
            Cite.thinkAheadAttributes,
            note: "As the programme's current page states it (over 1,000 trainees recruited); "
              + "not read for each year from 2021.")),
        nationalGCSEEnglish("Think Ahead"),
      ],
      funding: Sourced(
        "Qualifying-year bursary £17,200 outside London or £19,100 in London, tax-free, then "
          + "employment in year two; programme funded with up to £27m (DHSC, September 2020) for "
          + "at least two cohorts of 160",
        secondary(
          Cite.thinkAhead2021Terms, Cite.thinkAhead2020,
          note: "Bursary as reported for the 2021 cohort; later amounts not recorded.")),
      practiceLearning: nil,
      status: running(verified(Cite.thinkAhead2025, note: "2025 trainees began in August 2025.")))
  }

  // MARK: - Apprenticeship

  /// The social worker integrated degree apprenticeship (education.md §1.7).
  public static let degreeApprenticeship = TrainingRoute(
    .degreeApprenticeship, sector: .generic,
    intakePattern: "employers recruit apprentices throughout the year, from 2019.",
    editions: [
      (
        2019, nil,
        RouteEdition(
          name: "Social worker degree apprenticeship",
          provider: Sourced(
            "Employers with universities; developed by a trailblazer group supported by Skills "
              + "for Care", verified(Cite.skillsForCareApprenticeship)),
          duration: Sourced(
            "Typically 36 months; at least 20% off-the-job training",
            verified(Cite.skillsForCareApprenticeship)),
          awards: Sourced(
            "Level 6 degree in social work",
            verified(
              Cite.skillsForCareApprenticeship,
              note: "Standard v2.0 (25 March 2026) allows delivery at undergraduate or "
                + "postgraduate level.")),
          entry: [
            EntryRequirement(.apprenticeshipOffer, verified(Cite.skillsForCareApprenticeship)),
            EntryRequirement(
              .providerCriteria(
                "No formal national entry criteria: each employer and "
                  + "university sets its own."), verified(Cite.skillsForCareApprenticeship)),
          ],
          funding: Sourced(
            "Apprenticeship levy (0.5% of pay bills over £3m); non-levy employers co-fund 10%",
            verified(Cite.skillsForCareApprenticeship)),
          practiceLearning: nil,
          status: running(
            secondary(
              Cite.apprenticeship2024, Cite.apprenticeship2025,
              note: "\"Rolled out in 2019\" (the seed says 2018/19); 1,390 starts in 2023-24.")))
      )
    ],
    cohorts: [
      RouteCohort(
        year: 2021, label: "2021-22", start: nil, places: nil, starters: 740, applications: nil,
        provenance: secondary(Cite.apprenticeship2025)),
      RouteCohort(
        year: 2022, label: "2022-23", start: nil, places: nil, starters: 1_060,
        applications: nil, provenance: secondary(Cite.apprenticeship2025)),
      RouteCohort(
        year: 2023, label: "2023-24", start: nil, places: nil, starters: 1_390,
        applications: nil, provenance: secondary(Cite.apprenticeship2025)),
    ])

  // MARK: - Leadership

  /// Firstline (2014–2022), replaced by Social Work Leadership Pathways (education.md §1.6),
  /// whose delivery ceased at the end of July 2024 when the DfE did not extend the contract.
  public static let leadershipPathways = TrainingRoute(
    .leadershipPathways, sector: .leadership,
    intakePattern: "Firstline ran two cohorts a year from 2014; Pathways from 2022 until its "
      + "delivery ceased at the end of July 2024.",
    editions: [(2014, 2021, Leadership.firstline), (2022, 2024, Leadership.pathways)],
    cohorts: [
      RouteCohort(
        year: 2014, label: "prototype", start: nil, places: nil, starters: 37,
        applications: nil,
        provenance: verified(
          Cite.firstline2016, Cite.innovationProgramme,
          note: "Frontline (3 November 2016): \"37 Firstline Leaders took part in the Firstline "
            + "prototype\"; Frontline (2021) says 40 managers joined the first cohort."))
    ])

  private enum Leadership {
    static let forManagers = EntryRequirement(
      .registeredSocialWorker,
      unverified(
        Cite.firstline2016, Cite.pathways2022,
        note: "Inferred from the audience (social work managers and practice supervisors); no "
          + "written entry rule found."))

    static let firstline = RouteEdition(
      name: "Firstline",
      provider: Sourced(
        "Frontline (charity)",
        verified(
          Cite.firstline2016, Cite.firstlineProgramme, Cite.innovationProgramme,
          note: "Frontline (2016): funding \"to expand Firstline – their programme for first "
            + "line managers\".")),
      duration: Sourced(
        "10 months: three residential modules, six one-to-one sessions with a leadership "
          + "development adviser",
        verified(
          Cite.firstlineProgramme, Cite.innovationProgramme,
          note: "Frontline's programme page (undated): \"the 10-month programme\", \"three "
            + "residential modules\", \"six one-to-one leadership sessions\" with their "
            + "leadership development advisors; the prototype's design was the same (DfE "
            + "Innovation Programme pages, secondary).")),
      awards: Sourced("No award: leadership development", secondary(Cite.innovationProgramme)),
      entry: [
        forManagers,
        EntryRequirement(
          .providerCriteria(
            "For first line managers in children's social work: people who manage social "
              + "workers, such as consultant social workers, team managers or assistant team "
              + "managers."),
          verified(Cite.firstlineFAQ)),
      ],
      funding: Sourced(
        "DfE Innovation Programme: £1.8m prototype (December 2014), support for 400+ leaders by "
          + "2019 (announced 3 November 2016)", verified(Cite.firstline2016)),
      practiceLearning: nil,
      status: Sourced(
        .ended,
        verified(
          Cite.frontlinePathways2022, Cite.pathways2022,
          note: "Replaced by Pathways; final cohorts completed by November 2022. Reach: 500 "
            + "managers, ten cohorts, 63 local authorities by May 2021.")))

    static let pathways = RouteEdition(
      name: "Social Work Leadership Pathways",
      provider: Sourced(
        "Frontline with What Works for Children's Social Care and North Yorkshire",
        verified(Cite.frontlinePathways2022, Cite.pathways2022)),
      duration: Sourced(
        "Programmes at four levels: practice supervisor, middle manager, head of service, "
          + "practice leader", verified(Cite.frontlinePathways2022, Cite.pathways2022)),
      awards: Sourced("No award: leadership development", secondary(Cite.pathways2022)),
      entry: [
        forManagers,
        EntryRequirement(
          .providerCriteria(
            "For leaders at four levels: practice supervisors, middle managers, heads of "
              + "service and practice leaders."),
          verified(Cite.frontlinePathways2022)),
      ],
      funding: Sourced(
        "DfE contract £7m over 2 years, 1,000 leaders a year", secondary(Cite.pathways2022)),
      practiceLearning: nil,
      status: Sourced(
        .ended,
        verified(
          Cite.frontlinePathwaysEnd, Cite.pathwaysEnd2024, Cite.frontlinePathways2022,
          note: "Launched late 2022; the DfE did not extend the two-year contract, so delivery "
            + "ceased at the end of July 2024 (Frontline's statement, April 2024). Corrected "
            + "from \"running\" with no end year.")))
  }
}
