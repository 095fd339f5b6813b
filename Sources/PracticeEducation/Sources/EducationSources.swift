// The documents PracticeEducation cites, built in one place so every route, rule, framework and
// figure names its source the same way. Each carries the research notes' key (S1…S79) as its
// locator prefix, so a reader can find the row in the notes the value came from.

extension Source {
  /// A GOV.UK page.
  static func govUK(_ title: String, _ locator: String?, path: String, date: CalendarDay? = nil)
    -> Source
  {
    Source(
      .guidance, title: title, locator: locator, url: "https://www.gov.uk/" + path,
      publisher: "GOV.UK", date: date)
  }

  /// A news report or other secondary source.
  static func report(
    _ publisher: String, _ title: String, date: CalendarDay? = nil, url: String? = nil
  ) -> Source {
    Source(.secondary, title: title, url: url, publisher: publisher, date: date)
  }

  /// A programme provider's own page (a charity or a university).
  static func provider(
    _ publisher: String, _ title: String, date: CalendarDay? = nil, url: String? = nil
  ) -> Source {
    Source(.guidance, title: title, url: url, publisher: publisher, date: date)
  }
}

/// The sources PracticeEducation's data cites.
enum EducationSource {
  // MARK: Step Up to Social Work
  static let stepUpGuidance = Source.govUK(
    "Step up to social work", "S1 (2024, 2025 and 2026 programme versions)",
    path: "guidance/step-up-to-social-work")
  static let wirral2023 = Source.report(
    "Wirral Council", "Still time to apply to Step Up (S2)", date: CalendarDay(2023, 3, 15))
  static let wirral2025 = Source.report(
    "Wirral Council", "One week left to Step Up to Social Work (S3)")
  static let stepUpBursary2026 = Source.report(
    "Community Care", "Step Up bursary to rise for 2026 cohort (S4)")
  static let herefordshire2025 = Source.report(
    "Herefordshire Council", "Step Up to Social Work news (S5)", date: CalendarDay(2025, 2, 17))
  static let cypNow2016 = Source.report(
    "CYP Now", "Fast-track social work scheme massively oversubscribed (S6)",
    date: CalendarDay(2016, 3, 4))
  static let communityCare2016FastTrack = Source.report(
    "Community Care",
    "One in four new children's social workers will train on fast-track schemes by 2018 (S7)",
    date: CalendarDay(2016, 1, 15))
  static let communityCare2017StepUp = Source.report(
    "Community Care", "Step Up opens applications, cohort 5 (S8)", date: CalendarDay(2017, 3, 29))
  static let writtenAnswer2018 = Source(
    .parliamentaryRecord, title: "UK Parliament written answer (Caroline Dinenage)",
    locator: "S9", date: CalendarDay(2018, 9, 17))
  static let cypNow2011 = Source.report(
    "CYP Now", "Social work training reform starts to pay off (S10)", date: CalendarDay(2011, 6, 24)
  )
  static let stepUpApply2020 = Source.report(
    "FE News (reproducing GOV.UK's detailed guide)",
    "Apply for Step Up to Social Work: next round opens February 2019, training starts January "
      + "2020 (overview, eligibility criteria)",
    url:
      "https://www.fenews.co.uk/press-releases/19494-detailed-guide-apply-for-step-up-to-social-work"
  )
  static let yorkshireStepUp2021 = Source.report(
    "Children's Social Work Matters (Yorkshire and the Humber)",
    "Step Up to Social Work: \"Step Up to Social Work 2021\" (funding for a new cohort confirmed; "
      + "applications from December, interviews summer 2021)",
    url: "https://www.childrenssocialworkmatters.org/step-up-to-social-work/")
  static let sheffield2016 = Source.report(
    "Sheffield City Council newsroom",
    "Step further for social workers (\"the fourth intake onto the Step Up scheme begin\" on "
      + "11 January 2016)", date: CalendarDay(2016, 1, 8),
    url: "https://sheffieldnewsroom.co.uk/news/step-further-for-social-workers/")
  static let communityCare2018StepUpRetention = Source.report(
    "Community Care",
    "High retention rates among Step Up graduates despite 'clinical levels of stress' (those "
      + "who qualified three and five years ago: retention of 80% and 73%)",
    date: CalendarDay(2018, 5, 18),
    url: "https://www.communitycare.co.uk/2018/05/18/"
      + "high-retention-rates-among-step-graduates-despite-clinical-levels-stress/")

  static let communityCare2014StepUp = Source.report(
    "Community Care",
    "Step Up to Social Work graduates concerned about employment prospects, study finds "
      + "(cohorts 1 and 2; \"the end of the 18-month course\"; 96% and 97% felt adequately "
      + "prepared; 82% and 79%)", date: CalendarDay(2014, 4, 16),
    url: "https://www.communitycare.co.uk/2014/04/16/"
      + "graduates-successful-step-social-work-programme-concerned-employment-prospects/")
  static let stepUpEvaluations = Source(
    .research, title: "Step Up evaluations (DfE RR290, 2013; Baginsky & Manthorpe, 2014)",
    locator: "S74", publisher: "Department for Education")

  // MARK: Frontline / Approach Social Work
  static let frontline2013 = Source.provider(
    "Frontline", "Frontline gets go ahead (S14)", date: CalendarDay(2013, 8, 16))
  static let frontline2014Applications = Source.provider(
    "Frontline",
    "Thousands of top graduates apply to new social work programme (\"2,684 graduates applied\")",
    date: CalendarDay(2014, 3, 17),
    url: "https://thefrontline.org.uk/"
      + "thousands-of-top-graduates-apply-to-new-social-work-programme/")
  static let frontline2014Intake = Source.report(
    "The Guardian", "As fast-track social work training goes north… (S17)")
  /// The Guardian on Frontline's first selection: "this year's 100 advertised places", "108
  /// candidates selected".
  /// DfE's Step Up FAQ for the round open 11 March to 17 May 2013 (cohort 3), read only in a
  /// copy on a document-sharing site.
  static let stepUpFAQ2013 = Source.report(
    "Department for Education (copy on docplayer.net)",
    "Step Up to Social Work: common questions (applications 11 March to 17 May 2013)",
    url: "https://docplayer.net/3249665-Common-questions-about-the-step-up-to-social-work-"
      + "programme-are-answered-here.html")
  static let frontline2014Places = Source.report(
    "The Guardian", "2,600 apply for first 100 Frontline social work training scheme places",
    date: CalendarDay(2014, 3, 18),
    url: "https://www.theguardian.com/social-care-network/2014/mar/18/frontline-social-work-"
      + "traning-scheme")
  static let educationCommittee2016 = Source(
    .parliamentaryRecord, title: "House of Commons Education Committee, Social work reform",
    locator: "S19, HC 201 2016-17, para 24 and Box 1",
    url: "https://publications.parliament.uk/pa/cm201617/cmselect/cmeduc/201/201.pdf",
    publisher: "UK Parliament")
  static let frontlineYearTwo = Source.provider(
    "Frontline", "The Frontline programme: Year two policy (S22)", date: CalendarDay(2019, 2, 15))
  static let communityCare2019Frontline = Source.report(
    "Community Care", "Frontline's rapid growth threatens consistency… (S21)",
    date: CalendarDay(2019, 4, 4))
  static let frontline2018Release = Source.provider(
    "Frontline",
    "Social work charity hires 1,000 recruits (the 1,000th participant started \"as part of a "
      + "cohort of 340 individuals\"; \"opening applications for 452 participants for the 2019 "
      + "Cohort\")", date: CalendarDay(2018, 9, 5),
    url: "https://thefrontline.org.uk/social-work-charity-hires-1000-recruits/")
  static let frontlineContract2019 = Source.report(
    "Community Care", "Frontline awarded £45 million to train 900 social workers (S24)",
    date: CalendarDay(2019, 1, 8))
  static let londonPost2019 = Source.report(
    "London Post", "London welcomes over 100 new social workers (S25)")
  static let communityCare2019Widening = Source.report(
    "Community Care",
    "Frontline master's attainment rate dropped across first three cohorts, figures reveal "
      + "(\"Frontline confirmed it is widening its entry criteria for its 2020 intake\")",
    date: CalendarDay(2019, 8, 29),
    url: "https://www.communitycare.co.uk/2019/08/29/"
      + "frontline-masters-attainment-rate-dropped-across-first-three-cohorts-figures-reveal/")
  static let frontlineContract2023 = Source.report(
    "CYP Now", "Frontline awarded £61m government contract (S27)", date: CalendarDay(2023, 5, 30))
  static let approachRenaming = Source.provider(
    "Frontline", "James: a new beginning with Approach Social Work (S29)")
  static let approachFinance = Source.provider(
    "Frontline", "Approach Social Work help centre: bursary and finance (S30)")
  static let dfeRouteEnumeration = Source(
    .software, title: "DFE-Digital social-work-induction-programme-digital-service",
    locator: "S32, RouteIntoSocialWork.cs", publisher: "Department for Education")

  // MARK: Think Ahead
  static let thinkAheadLaunch = Source.report(
    "UCLan; Mental Health Today", "Think Ahead applications open (S33)")
  static let uclan2015 = Source.provider(
    "University of Central Lancashire",
    "Pioneering new route into mental health social work announced", date: CalendarDay(2015, 9, 7),
    url:
      "http://www.uclan.ac.uk/news/pioneering_new_route_into_mental_health_social_work_announced.php"
  )
  static let thinkAheadFunding2016 = Source.report(
    "Community Care",
    "Government funds expansion of mental health social work fast-track scheme (S34)",
    date: CalendarDay(2016, 3, 30))
  static let thinkAhead2017 = Source.provider(
    "Think Ahead", "You are the people who can inspire change! (S35)",
    date: CalendarDay(2017, 7, 21))
  static let thinkAhead2020 = Source.provider(
    "Think Ahead; Middlesex University",
    "Government provides up to £27m to expand Think Ahead programme, September 2020 (S36)",
    url:
      "https://thinkahead.org/news-item/government-provides-up-to-27m-to-expand-think-ahead-programme/"
  )
  static let thinkAhead2016Places = Source.provider(
    "Think Ahead", "BBC features Think Ahead's future plans", date: CalendarDay(2016, 3, 26),
    url: "https://thinkahead.org/news-item/bbc-features-think-aheads-future-plans")
  static let thinkAhead2021Terms = Source.report(
    "Community Care",
    "Fast-track mental health social work course gets £18m boost to increase intake by 60%",
    date: CalendarDay(2020, 9, 30))
  static let thinkAheadAttributes = Source.provider(
    "Think Ahead",
    "What we're looking for: attributes (\"During our selection process we will use "
      + "the following attributes to assess your skills\")",
    url: "https://thinkahead.org/our-training-programme/what-were-looking-for")
  static let thinkAhead2025 = Source.provider(
    "Think Ahead", "2025 trainees begin their social work journey (S37)",
    date: CalendarDay(2025, 8, 7))

  // MARK: Firstline / Pathways
  static let firstline2016 = Source.provider(
    "Frontline", "Secretary of State announces funding for 400 Firstline Leaders (S38)",
    date: CalendarDay(2016, 11, 3),
    url: "https://thefrontline.org.uk/2016/11/03/secretary-of-state-announces-funding-for-400-"
      + "firstline-leaders/")
  /// Frontline's Firstline pages: who the programme is for (FAQ), and what it involves.
  static let firstlineFAQ = Source.provider(
    "Frontline", "Firstline FAQs: Who is Firstline aimed at?",
    url: "http://www.thefirstline.org.uk/faqs")
  static let firstlineProgramme = Source.provider(
    "Frontline", "Firstline programme: What does the programme involve?",
    url: "https://thefrontline.org.uk/our-programmes/firstline-programme/")
  static let innovationProgramme = Source.report(
    "DfE Children's Social Care Innovation Programme", "Firstline project pages (S39)")
  static let firstlineEvaluation = Source.provider(
    "Frontline", "Firstline programme receives second positive evaluation (S40)",
    date: CalendarDay(2021, 5, 20))
  static let frontlinePathways2022 = Source.provider(
    "Frontline",
    "Frontline awarded new social work leadership programme (Social Work "
      + "Leadership Pathways: four levels; with What Works for Children's Social Care and North "
      + "Yorkshire; replaces Firstline and Headline, final cohorts by November 2022)",
    url: "https://thefrontline.org.uk/blog-post/new-social-work-leadership-programme")
  static let frontlinePathwaysEnd = Source.provider(
    "Frontline",
    "Statement on the Pathways programme (the DfE \"will not be extending the contract beyond "
      + "the first two years … delivery of the Pathways programme will cease at the end of "
      + "July\"), April 2024",
    url: "https://thefrontline.org.uk/press-release/statement-on-the-pathways-programme/")
  static let pathwaysEnd2024 = Source.report(
    "Community Care",
    "'A kick in the teeth': DfE axes social work leadership training scheme (1,787 starters; "
      + "a further 213 before the scheme finishes in July)", date: CalendarDay(2024, 4, 17),
    url: "https://www.communitycare.co.uk/2024/04/17/"
      + "a-kick-in-the-teeth-dfe-axes-social-work-leadership-training-programme/")
  static let pathways2022 = Source.report(
    "Community Care",
    "DfE awards Frontline £7m contract to run social work leadership training scheme (S41)",
    date: CalendarDay(2022, 7, 12))

  // MARK: Apprenticeship and degrees
  static let skillsForCareApprenticeship = Source.provider(
    "Skills for Care", "Social work apprenticeship (S42)")
  static let apprenticeship2024 = Source.report(
    "Community Care", "Four in five apprentices gained social work qualification (S43)",
    date: CalendarDay(2024, 2, 26))
  static let apprenticeship2025 = Source.report(
    "Community Care", "Numbers starting social work apprenticeships continue to grow (S44)",
    date: CalendarDay(2025, 3, 6))
  static let bursary = Source.govUK(
    "Social Work Bursary and Education Support Grant information pack 2025 to 2026",
    "S46 (with NHSBSA Social Work Bursary pages 2024-25)",
    path: "government/publications/social-work-bursary-and-education-support-grant",
    date: CalendarDay(2025, 4, 30))
  static let universityEntry = Source.report(
    "University course pages", "Undergraduate and postgraduate entry requirements (Bath, Brunel)")

  // MARK: Practice learning
  static let sweStandards = Source(
    .guidance, title: "Social Work England, Education and training standards 2021",
    locator: "S47, standard 2 (learning environment)",
    url: "https://www.socialworkengland.org.uk/standards/education-and-training-standards/",
    publisher: "Social Work England")
  static let sweStandardsReport = Source.report(
    "Community Care",
    "Regulator introduces higher standards for social work education providers (S48)",
    date: CalendarDay(2021, 9, 9))
  static let yorkModules = Source.provider(
    "University of York", "Module catalogue 2024-25, SPY00046I and SPY00077H (S49)")
  static let placements2010 = Source(
    .parliamentaryRecord,
    title: "Children, Schools and Families Committee, Training of Children and Families Social "
      + "Workers, HC 527 2008-09; Community Care, Social work degree placements explained",
    locator: "S50", publisher: "UK Parliament")
  /// Community Care on the degree's first year: "there will be intakes to some DipSW
  /// programmes until January 2004".
  static let communityCare2003NewDegree = Source.report(
    "Community Care", "The new degree course", date: CalendarDay(2003, 8, 14),
    url: "https://www.communitycare.co.uk/2003/08/14/the-new-degree-course/")
  static let tcswReform2012 = Source.report(
    "The College of Social Work", "Reforming social work qualifying education",
    date: CalendarDay(2012, 4, 19))

  // MARK: Frameworks and regulators
  static let pcf2012 = Source.provider(
    "The College of Social Work / SWRB", "Professional Capabilities Framework (S51)")
  static let pcf2018 = Source.provider("BASW", "PCF 2018 refresh (S52)")
  static let pcfGuidance2018 = Source(
    .secondary,
    title: "BASW, Professional Capabilities Framework for Social Work in England: Guidance on "
      + "using the 2018 refreshed PCF (a copy of the BASW document)",
    locator: "Introduction and how to use this document (\"First devised in 2012\")",
    url: "https://info.5y1.org/professional-capabilities-examples_1_e41036.html",
    publisher: "BASW")
  static let kssLaunch = Source.report(
    "Community Care; Family Law", "Knowledge and skills statement launch (S53)",
    date: CalendarDay(2014, 7, 31))
  static let pcf2018Domains = Source(
    .guidance, title: "BASW, Professional Capabilities Framework: point of entry to training",
    locator: "S52, domain 3 \"Diversity and Equality\"",
    url: "https://basw.co.uk/training-cpd/professional-capabilities-framework/point-entry-training",
    publisher: "BASW")
  static let kssSix = Source.report(
    "Community Care Inform",
    "Child and family assessment KSS 6 (point 6 of the DfE's "
      + "post-qualifying standard for child and family practitioners), last reviewed 6 June 2023",
    url: "https://www.ccinform.co.uk/child-and-family-assessment-kss-6/")
  static let kssThree = Source.report(
    "Research in Practice",
    "KSS-3 Child development (the statement's text, mapped to resources: \"Observe and talk to "
      + "children in their environment …\")",
    url: "https://www.rip.org.uk/resources/kss-main/kss-mapping/kss-child-development/")
  static let kssSeven = Source.report(
    "Community Care Inform",
    "Analysis, decision-making, planning and review KSS 7 (\"the knowledge and skills listed "
      + "under KSS 7 … in the Department for Education's post-qualifying standard\"), last "
      + "reviewed 6 June 2023",
    url: "https://ccinform.co.uk/analysis-decision-making-planning-and-review-kss-7")
  static let kssSupervisorFour = Source.report(
    "Community Care Inform",
    "Practice supervisor KSS 4: effective use of power and authority (\"the knowledge and "
      + "skills listed under practice supervisor KSS 4 … in the Department for Education's "
      + "post-qualifying standard\"), last updated 8 June 2023",
    url:
      "https://www.ccinform.co.uk/practice-supervisor-kss-4-effective-use-of-power-and-authority/")
  static let kss2014Text = Source.report(
    "Department for Education", "Knowledge and skills for child and family social work (S54)")
  static let kssMapping = Source.report(
    "Skills for Care", "Mapping the PCF domains at the ASYE level against the KSS (S55)")
  static let kssSupervision = Source.report(
    "Research in Practice; Community Care Inform", "KSS-9 and practice supervisor KSS 7 (S56)")
  static let postQualifyingStandards = Source.govUK(
    "Social work post-qualifying standards: knowledge and skills statements", "S57",
    path:
      "government/publications/knowledge-and-skills-statements-for-child-and-family-social-work",
    date: CalendarDay(2026, 2, 18))
  static let postQualifyingStandards2018 = Source(
    .guidance,
    title: "Social work post-qualifying standards: knowledge and skills statements (the page "
      + "as last updated 18 May 2018)",
    locator: "Details (\"For frontline practitioners and practice supervisors, these statements "
      + "have been determined as the post-qualifying improvement standards\"); Updates to this "
      + "page (published 19 November 2015, last updated 18 May 2018)",
    url: "https://gov.uk/government/publications/"
      + "knowledge-and-skills-statements-for-child-and-family-social-work",
    publisher: "GOV.UK", date: CalendarDay(2018, 5, 18))
  static let kssConsultation = Source.report(
    "Family Law Week", "Practice supervisor and practice leader KSS consultation (S58)")
  static let naasEnd = Source.report(
    "Community Care", "Government scraps NAAS social work accreditation scheme (S59)",
    date: CalendarDay(2022, 1, 14))
  static let asye = Source.provider("BASW; Skills for Care", "ASYE guidance (S60)")
  static let gsccReview = Source.provider(
    "General Social Care Council", "The GSCC: a 10-year review (\"established on 1 October 2001\")",
    date: CalendarDay(2011, 10, 1))
  static let tcswClosure = Source.report(
    "CYP Now", "College of Social Work chief confirms closure within three months",
    date: CalendarDay(2015, 6, 25))
  static let hcpc2012 = Source.provider(
    "HCPC", "HCPC press release: regulation of social workers (S61)", date: CalendarDay(2012, 8, 1))
  static let sweTransition = Source(
    .regulation, title: "Social Workers Regulations 2018 and SI 2019/1140; SWE transition FAQs",
    locator: "S62", url: "https://www.legislation.gov.uk/uksi/2019/1140/contents/made",
    publisher: "legislation.gov.uk")

  // MARK: Teaching partnerships
  static let partnershipsInvitation = Source.report(
    "DfE / DH", "Teaching Partnerships 2015–16: Invitation to Express Interest (S63)")
  static let partnerships2016 = Source.report(
    "Community Care", "Government expands social work teaching partnerships (S64)",
    date: CalendarDay(2016, 4, 19))
  static let partnershipsEvaluation = Source(
    .research, title: "Interface Associates, Teaching partnerships evaluation (2019, 2020)",
    locator: "S65")
  static let partnershipsEvaluator = Source(
    .research,
    title: "Interface Associates: commissioned to undertake national evaluation of Teaching "
      + "Partnerships", locator: "S65, \"What activity have TP's delivered?\"",
    url: "https://www.interfaceenterprises.co.uk/about-us/case-studies/"
      + "interface-commissioned-to-undertake-national-evaluation-of-teaching-partnerships/",
    publisher: "Interface Associates UK")
  static let partnershipsEnd = Source.report(
    "Community Care", "Sector concern as DfE ends social work teaching partnership funding (S66)",
    date: CalendarDay(2024, 5, 31))

  // MARK: Workforce statistics
  static let workforceData = Source(
    .dataset, title: "DfE Children's social work workforce indicators 2017 to 2025",
    locator: "S68, data-raw/csww_indicators_2017_to_2025.csv (national rows)",
    url: "https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers",
    publisher: "Department for Education", date: CalendarDay(2026, 3, 19))
  static let workforceHeadlines2022 = Source(
    .dataset, title: "DfE Children's social work workforce headline measures 2017 to 2022",
    locator: "S68, csww_headline_measures_2017_to_2022.csv",
    url: "https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers",
    publisher: "Department for Education")
  static let workforceMethodology = Source(
    .officialStatistics, title: "Children's social work workforce: methodology", locator: "S69",
    url: "https://explore-education-statistics.service.gov.uk/methodology/"
      + "childrens-social-work-workforce-methodology",
    publisher: "Department for Education")
  static let sfr2018 = Source(
    .officialStatistics,
    title: "Experimental statistics: children and family social work workforce, year ending "
      + "30 September 2017 (SFR 09/2018)", locator: "S70", publisher: "Department for Education",
    date: CalendarDay(2018, 2, 15))
  static let release2020 = Source(
    .officialStatistics,
    title: "Official statistics: children and family social work workforce, year ending "
      + "30 September 2019", locator: "S71", publisher: "Department for Education",
    date: CalendarDay(2020, 2, 27))
  static let workforceDataSet2024 = Source(
    .dataset,
    title: "Children's social work workforce: Indicators (in post, starters, leavers, agency "
      + "workers, vacancies, caseload and absence), 2017 to 2023",
    locator: "data set preview, 2023 national row (agency_fte, agency_rate_fte)",
    url: "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/"
      + "bd4d8c04-716a-4447-af3d-677aa3223917",
    publisher: "Department for Education")
  static let release2024 = Source(
    .officialStatistics, title: "Children's social work workforce, reporting year 2023",
    locator: "S72", publisher: "Department for Education", date: CalendarDay(2024, 2, 29))
  static let communityCare2016Workforce = Source.report(
    "Community Care; CYP Now", "DfE workforce figures for 2015 and 2016 (S73)",
    date: CalendarDay(2016, 2, 26))
  static let communityCare2017Workforce = Source.report(
    "Community Care",
    "Government reveals average social worker caseload (DfE workforce figures "
      + "for 30 September 2016)", date: CalendarDay(2017, 2, 16),
    url:
      "http://www.communitycare.co.uk/2017/02/16/government-reveals-average-social-worker-caseload/"
  )
  static let cypNowPolicyContext = Source.report(
    "CYP Now",
    "Special report: social work with children and families, policy context (\"In 2012, there "
      + "were 27,100 children's social workers employed in England's 152 councils (23,300 "
      + "full-time equivalent staff)\")",
    url: "https://www.cypnow.co.uk/content/other/"
      + "special-report-social-work-with-children-and-families-policy-context")
  static let adcsNorthWest2016 = Source.report(
    "ADCS",
    "North West Region Update April 2016: Children's Social Work Workforce Benchmarking "
      + "Report 2015 (\"the 2014 benchmark of 17.0% nationally\")",
    url: "http://adcs.org.uk/general-subject/article/north-west-region-update-april-2016")
  static let costStudy = Source.report(
    "Community Care", "Government to spend extra £50 million… (S26), reporting DfE cost study",
    date: CalendarDay(2018, 4, 6))
  static let retentionStudy = Source(
    .research,
    title: "Scourfield et al., Social work fast track programmes: tracking retention and "
      + "progression (interim Jul 2020; final Dec 2021)", locator: "S76",
    publisher: "Cardiff University / CASCADE")
  static let retentionArticle = Source(
    .research,
    title: "Scourfield, Carpenter, Warner et al., Retention in statutory social work from "
      + "fast-track child and family programs (Journal of Social Work)",
    locator: "Abstract, Findings (\"12% for fast-track programs … 18% for all social work "
      + "routes\"; \"Frontline's original national recruitment approach was less successful for "
      + "retention than Step Up to Social Work's regional approach\")",
    url: "https://durham-repository.worktribe.com/output/1883916/"
      + "retention-in-statutory-social-work-from-fast-track-child-and-family-programs",
    publisher: "Durham University Research Repository")
  static let frontlinePilotEvaluation = Source(
    .research, title: "Maxwell et al., Independent evaluation of the Frontline pilot (Mar 2016)",
    locator: "S75", publisher: "Department for Education")
}
