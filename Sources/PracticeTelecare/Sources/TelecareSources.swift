// The documents PracticeTelecare cites, built in one place so every device, question, rule and
// threshold names its source the same way. Addresses are those recorded in the research notes.

extension Source {
  /// A provision on legislation.gov.uk; `path` is the part after the host.
  static func telecareLegislation(_ kind: Kind, _ title: String, _ locator: String, path: String)
    -> Source
  {
    Source(
      kind, title: title, locator: locator, url: "https://www.legislation.gov.uk/" + path,
      publisher: "legislation.gov.uk")
  }

  /// The Mental Capacity Act 2005 at `locator` (for example `s1(6)`).
  static func mentalCapacityAct(_ locator: String, section: Int) -> Source {
    telecareLegislation(
      .statute, "Mental Capacity Act 2005", locator, path: "ukpga/2005/9/section/\(section)")
  }

  /// The Care Act 2014 at `locator` (for example `s1(2)`).
  static func careAct(_ locator: String, section: Int) -> Source {
    telecareLegislation(
      .statute, "Care Act 2014", locator, path: "ukpga/2014/23/section/\(section)")
  }

  /// The Care and Support (Charging and Assessment of Resources) Regulations 2014, reg 3: no
  /// charge for community equipment (aids and minor adaptations), read on the Part 2 page.
  static let chargingRegulations = telecareLegislation(
    .regulation, "Care and Support (Charging and Assessment of Resources) Regulations 2014",
    "reg 3(1)–(3)", path: "uksi/2014/2672/part/2")

  /// LawSkills (2012) quoting the Department of Health's community equipment circular HSC
  /// 2001/008 (LAC (2001)13), whose list of community equipment includes telecare equipment.
  /// The circular itself was not reached.
  static let communityEquipmentCircular = Source(
    .secondary,
    title: "LawSkills, Community equipment and adaptations for the patient who has been "
      + "discharged home (quoting HSC 2001/008, LAC (2001)13)",
    locator: "Community Equipment, list of what community equipment includes",
    url:
      "https://www.lawskills.co.uk/articles/2012/07/community-equipment-and-adaptations-for-the-patient-who-has-been-discharged-home/"
  )

  /// The Care and Support (Preventing Needs for Care and Support) Regulations 2014, reg 3.
  static let preventingNeedsRegulations = Source(
    .regulation, title: "Care and Support (Preventing Needs for Care and Support) Regulations 2014",
    locator: "reg 3", url: "https://vlex.co.uk/vid/the-care-and-support-812243621")

  /// The Care and Support (Eligibility Criteria) Regulations 2015, reg 2.
  static let eligibilityRegulations = telecareLegislation(
    .regulation, "Care and Support (Eligibility Criteria) Regulations 2015", "reg 2",
    path: "uksi/2015/313/made")

  /// Mort, Roberts, Pols, Domènech, Moser and the EFORTT investigators (2015), the framework
  /// paper, at `locator`.
  static func efortt(_ locator: String) -> Source {
    Source(
      .research,
      title: "Mort M et al., Ethical implications of home telecare for older people: a framework "
        + "derived from a multisited participative study (EFORTT), Health Expectations 18(3)",
      locator: locator, url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC5060789/",
      publisher: "Wiley", date: CalendarDay(2013, 8, 6))
  }

  /// The CORDIS summary of the EFORTT project's results.
  static let efortCordis = Source(
    .research, title: "EFORTT: framework for ethical provision of remote care for seniors (CORDIS)",
    url:
      "https://cordis.europa.eu/article/id/86204-framework-for-ethical-provision-of-remote-care-for-seniors",
    publisher: "European Commission")

  /// The University of Oslo's EFORTT project page (the kinds of telecare studied).
  static let efortOslo = Source(
    .research, title: "EFORTT project page (University of Oslo)",
    url: "https://www.mn.uio.no/ifi/english/research/projects/efortt/")

  /// SCIE Adults' Services Report 30, Ethical issues in the use of telecare (May 2010).
  static let scie2010 = Source(
    .research, title: "SCIE, Ethical issues in the use of telecare (Adults' Services Report 30)",
    url: "https://www.scie.org.uk/publications/ataglance/ataglance24.asp",
    publisher: "Social Care Institute for Excellence")

  /// The seed: Mort and Roberts, "Crossed lines", Social Work Matters (The College of Social
  /// Work).
  static let crossedLines = Source(
    .seedDocument,
    title: "Mort M and Roberts C, Crossed lines, Social Work Matters (The College of Social Work)",
    locator: "seed 004")

  /// P v Cheshire West and Chester Council [2014] UKSC 19: the acid test.
  static let cheshireWest = Source(
    .caseLaw, title: "P v Cheshire West and Chester Council; P & Q v Surrey CC [2014] UKSC 19",
    url: "https://www.bailii.org/uk/cases/UKSC/2014/19.html", date: CalendarDay(2014, 3, 24))

  /// Ruck Keene (Research in Practice, 2023): deprivations of liberty at home need the Court of
  /// Protection.
  static let researchInPractice2023 = Source(
    .secondary,
    title: "Ruck Keene A, Liberty Protection Safeguards: implications of the delay (Research in "
      + "Practice)",
    url:
      "https://researchinpractice.org.uk/all/news-views/2023/august/liberty-protection-safeguards-what-are-the-implications-of-the-delay",
    date: CalendarDay(2023, 8, 1))

  /// Tendring District Council minutes reporting the TSA QSF TEC Monitoring call-answering
  /// standard (audit September 2021).
  static let qsfCallAnswering = Source(
    .secondary,
    title: "Tendring District Council minutes: TEC Quality audit against the TSA Quality "
      + "Standards Framework (TEC Monitoring)",
    url: "https://tdcdemocracy.tendringdc.gov.uk/mgAi.aspx?ID=13217")

  /// MASCOT Telecare's published performance aims (a TSA-accredited provider, 2015–16).
  static let mascotResponseAim = Source(
    .guidance, title: "MASCOT Telecare performance report (provider's own aims)",
    url: "http://mascot-telecare.org.uk/performance-report/")

  /// Sovereign careline standards: monthly alarm testing advised.
  static let sovereignCareline = Source(
    .guidance, title: "Sovereign careline standards",
    locator: "Our careline aims to keep to the following service standards",
    url: "https://sovereign.org.uk/careline/standards")

  /// DHSC, Telecare stakeholder action plan (5 December 2022).
  static let dhscActionPlan2022 = Source(
    .guidance, title: "DHSC, Telecare stakeholder action plan: analogue to digital switchover",
    url:
      "https://www.gov.uk/government/publications/telecare-stakeholder-action-plan-analogue-to-digital-switchover",
    publisher: "Department of Health and Social Care", date: CalendarDay(2022, 12, 5))

  /// DHSC and DSIT, Telecare National Action Plan (11 February 2025).
  static let telecareNationalActionPlan = Source(
    .guidance,
    title: "DHSC and DSIT, Telecare National Action Plan: protecting telecare users through the "
      + "digital phone switchover",
    url:
      "https://gov.uk/government/publications/telecare-national-action-plan-protecting-telecare-users-throughout-the-digital-phone-switchover",
    publisher: "Department of Health and Social Care", date: CalendarDay(2025, 2, 11))

  /// Report of BT moving its PSTN switch-off to the end of January 2027.
  static let btSwitchoffDelay = Source(
    .secondary, title: "BT delays analogue switch-off date to better protect telecare users",
    url:
      "https://attoday.co.uk/bt-delays-analogue-switch-off-date-to-better-protect-telecare-users/"
  )

  /// Report of Ofcom's one-hour minimum battery backup and the 2024 request for eight hours.
  static let batteryBackup = Source(
    .secondary, title: "Gov asks UK broadband ISPs to offer 8 hours of battery backup (ISPreview)",
    url:
      "https://www.ispreview.co.uk/index.php/2024/09/gov-asks-uk-broadband-isps-to-offer-8-hours-of-battery-backup.html",
    date: CalendarDay(2024, 9, 1))

  /// Ofcom's guidance on General Condition A3.2(b) (10 October 2018), para 1.9 principle 1: a
  /// solution giving access to emergency organisations for a minimum of one hour in a power cut.
  static let ofcomPowerCutGuidance = Source(
    .guidance,
    title: "Ofcom, Protecting access to emergency organisations when there is a power cut at the "
      + "customer's premises: guidance on General Condition A3.2(b)",
    locator: "para 1.9, principle 1",
    url:
      "https://www.ofcom.org.uk/consultations-and-statements/category-2/access-emergency-organisations-power-cut",
    publisher: "Ofcom", date: CalendarDay(2018, 10, 10))

  /// SCIE guide 33 on the FACS eligibility bands.
  static let facsBands = Source(
    .secondary, title: "SCIE guide 33: eligibility criteria (Fair Access to Care Services bands)",
    url:
      "http://www.scie.org.uk/publications/guides/guide33/changing-scene/eligibility-criteria.asp")

  /// Community Care (2003) on FACS implementation by April 2003.
  /// Community Care's report of the FACS guidance's issue: councils had until 7 April 2003.
  static let facsIssued = Source(
    .secondary, title: "Eligibility standards for adult services issued (Community Care)",
    url: "https://www.communitycare.co.uk/2002/05/31/eligibility-standards-for-adult-services-"
      + "issued/",
    date: CalendarDay(2002, 5, 31))

  static let facsImplementation = Source(
    .secondary, title: "Words still fail Fair Access guide (Community Care)",
    url: "http://www.communitycare.co.uk/2003/04/23/words-still-fail-fair-access-guide/",
    date: CalendarDay(2003, 4, 23))

  /// The Scottish National Telecare Development Programme definitions, adopting the Welsh
  /// Assembly Government guidelines (October 2005), for the three generations. Read only in a
  /// copy on a document-sharing site (docstoc), so what rests on it alone is secondary.
  static let generationDefinitions = Source(
    .guidance,
    title: "National Telecare Development Programme in Scotland: telecare definitions (after "
      + "Welsh Assembly Government 2005; Doughty and Cameron 1996)",
    locator: "First, second and third Generation Telecare",
    url: "http://www.docstoc.com/docs/107806866/National-Telecare-Development-programme-in-Scotland"
  )

  /// Kent County Council's telecare equipment page (manual and environmental triggers).
  static let kentEquipment = Source(
    .guidance, title: "Kent County Council: telecare equipment",
    url: "http://www.kent.gov.uk/SocialCare/health-and-wellbeing/telecare/equipment.htm")

  /// Care Information Scotland's telecare page (sensors, GPS, carer alerts).
  static let careInfoScotland = Source(
    .guidance, title: "Care Information Scotland: telecare",
    url:
      "https://www.careinfoscotland.scot/topics/social-care-support-from-home/equipment-and-adaptionstelecare/telecare/"
  )

  /// Henderson (LSE), OUP blog 2014, on lifestyle monitoring.
  static let lifestyleMonitoring = Source(
    .research, title: "Henderson C, The costs of telecare and social care (OUP blog)",
    url: "https://blog.oup.com/2014/07/costs-telecare-social-care", date: CalendarDay(2014, 7, 1))

  /// Slough Borough Council: telecare equipment loaned free, monitoring charged weekly.
  static let sloughCharging = Source(
    .guidance, title: "Slough Borough Council: telecare and assistive technology",
    url: "https://www.slough.gov.uk/living-independently/telecare-assistive-technology/5")
}
