// The documents PracticeLaw cites, built in one place so every provision, order, stage, timescale
// and checklist item names its source the same way.

extension Source {
  /// A provision on legislation.gov.uk; `path` is the part after the host, for example
  /// `ukpga/1989/41/section/32`.
  static func legislation(_ kind: Kind, _ title: String, _ locator: String, path: String)
    -> Source
  {
    Source(
      kind, title: title, locator: locator, url: "https://www.legislation.gov.uk/" + path,
      publisher: "legislation.gov.uk")
  }

  /// The Children Act 1989 at `locator`; `path` is the legislation.gov.uk path after
  /// `ukpga/1989/41/`, for example `section/32`.
  static func childrenAct1989(_ locator: String, path: String) -> Source {
    legislation(.statute, "Children Act 1989", locator, path: "ukpga/1989/41/" + path)
  }

  /// The Children Act 1989's Part I as commenced (14 October 1991) at `locator`: the page read
  /// for s1(1) to s1(3)(c), whose stored copy stops inside s1(3)(c).
  static func childrenAct1989PartI(_ locator: String) -> Source {
    childrenAct1989(locator, path: "part/I/1991-10-14")
  }

  /// What was read of s1, for the notes of the facts it verifies.
  static let section1Read =
    "Read on legislation.gov.uk: Part I as at 14 October 1991 (the Welsh-language mirror's "
    + "English text), whose stored copy stops inside s1(3)(c); s1(1) and (2) are unchanged in "
    + "the current text."

  /// The Children and Families Act 2014 at `locator` (`path` after `ukpga/2014/6/`).
  static func childrenAndFamiliesAct2014(_ locator: String, path: String) -> Source {
    legislation(.statute, "Children and Families Act 2014", locator, path: "ukpga/2014/6/" + path)
  }

  /// The Adoption and Children Act 2002 at `locator` (`path` after `ukpga/2002/38/`).
  static func adoptionAndChildrenAct2002(_ locator: String, path: String) -> Source {
    legislation(
      .statute, "Adoption and Children Act 2002", locator, path: "ukpga/2002/38/" + path)
  }

  /// The Care Planning, Placement and Case Review (England) Regulations 2010 (S.I. 2010/959)
  /// at `locator` (`path` after `uksi/2010/959/`).
  static func carePlanningRegulations2010(_ locator: String, path: String) -> Source {
    legislation(
      .regulation, "Care Planning, Placement and Case Review (England) Regulations 2010",
      locator, path: "uksi/2010/959/" + path)
  }

  /// The Care Planning and Fostering (Miscellaneous Amendments) (England) Regulations 2015
  /// (SI 2015/495), explanatory note: long-term foster placements, in force 1 April 2015.
  static let longTermFosteringRegulations2015 = legislation(
    .regulation,
    "Care Planning and Fostering (Miscellaneous Amendments) (England) Regulations 2015",
    "explanatory note", path: "uksi/2015/495/note/made")

  /// Hertfordshire's children's services procedure on statutory visits to looked-after children,
  /// which restates reg 28 as amended in 2015.
  static let hertfordshireVisitsProcedure = Source(
    .secondary,
    title: "Hertfordshire children's services procedures: Statutory Visits to "
      + "Children Looked After", locator: "section 1",
    url: "https://hertschildcare.proceduresonline.com/p_stat_visits_lac.html",
    publisher: "Hertfordshire County Council (tri.x)")

  /// Leeds Law Society, "Local authority involvement in section 37 cases", quoting s37(1)–(6).
  static let leedsLawSocietySection37 = Source(
    .secondary, title: "Leeds Law Society: Local authority involvement in section 37 cases",
    locator: "s37(4) as quoted",
    url: "https://www.leedslawsociety.org.uk/news-resources/court-notice-board/"
      + "local-authority-involvement-in-section-37-cases/",
    publisher: "Leeds Law Society")

  /// The Family Procedure Rules 2010 (S.I. 2010/2955) at `locator`, on justice.gov.uk.
  static func familyProcedureRules2010(_ locator: String) -> Source {
    Source(
      .regulation, title: "Family Procedure Rules 2010", locator: locator,
      url: "https://www.justice.gov.uk/courts/procedure-rules/family/parts/part_02",
      publisher: "Ministry of Justice")
  }

  /// Vardags, "What a difference a day makes: a closer look at the FPR", which quotes FPR
  /// r2.9(2)–(4) in full and r2.9(5) only as far as "(a) by these rules or a practice direction;
  /// or".
  static let vardagsRule29 = Source(
    .secondary, title: "Mason, What a difference a day makes: a closer look at the FPR",
    locator: "\"Rule 2.9: the computation of time\"",
    url: "https://vardags.com/family-law/closer-look-at-the-fpr", publisher: "Vardags")

  /// The President's practice direction on the practice directions continuing after the FPR 2010
  /// came in, para 1.1 ("The Family Procedure Rules 2010 ... come into force on 6th April
  /// 2011"), as reproduced by Family Law (16 March 2011).
  static let familyProcedureRulesInForce = Source(
    .secondary,
    title: "Practice Direction – Practice Directions relating to Family Proceedings in force "
      + "before 6th April 2011 which support the Family Procedure Rules 2010 (reproduced by "
      + "Family Law)",
    locator: "para 1.1",
    url: "https://www.familylaw.co.uk/news_and_comment/FPRPD-150311",
    publisher: "Family Law (Jordan Publishing)", date: CalendarDay(2011, 3, 16))

  /// The Children and Families Act 2014 s13 as at 1 September 2014 on legislation.gov.uk, read
  /// as far as s13(7)(a).
  static let childrenAndFamiliesAct2014Section13 = legislation(
    .statute, "Children and Families Act 2014", "s13(1)–(6)",
    path: "ukpga/2014/6/section/13/2014-09-01")

  /// A blog post (29 March 2014) reporting that the Children and Families Act 2014
  /// (Commencement No. 1) Order 2014 brings ss10, 13 and 17 into force on 22 April 2014.
  static let cafaCommencementNo1Secondary = Source(
    .secondary,
    title: "Obiter J, Changes to the Courts in April 2014 and a glance at the "
      + "Children and Family Act 2014",
    url: "http://obiterj.blogspot.com/2014/03/changes-to-courts-in-april-2014-and.html",
    publisher: "obiterj.blogspot.com", date: CalendarDay(2014, 3, 29))

  /// The Committee on the Rights of the Child's General Comment No. 12 (2009), CRC/C/GC/12,
  /// para 2, read in a copy of the UN document on a document-sharing site: the Committee "has
  /// identified article 12 as one of the four general principles of the Convention, the others
  /// being the right to non-discrimination, the right to life and development, and the primary
  /// consideration of the child's best interests".
  static let generalComment12Copy = Source(
    .secondary,
    title: "Committee on the Rights of the Child, General Comment No. 12 (2009), CRC/C/GC/12 "
      + "(copy of the UN document on hitpages.com)",
    locator: "para 2 (page 3)", url: "https://www.hitpages.com/doc/4510049326071808/3/",
    publisher: "hitpages.com", date: CalendarDay(2009, 7, 20))

  /// FPR Practice Direction 12A, the Public Law Outline 2014, at `locator`.
  static func practiceDirection12A(_ locator: String) -> Source {
    Source(
      .practiceDirection,
      title: "Practice Direction 12A – Care, Supervision and other Part 4 Proceedings: "
        + "Guide to Case Management",
      locator: locator,
      url:
        "https://www.justice.gov.uk/courts/procedure-rules/family/practice_directions/pd_part_12a",
      publisher: "Ministry of Justice")
  }

  /// The Children and Families Act 2014 (Commencement No. 2) Order 2014 (S.I. 2014/889) art 4:
  /// s14 (the 26-week limit) in force on 22 April 2014.
  static let commencementOrder2014 = legislation(
    .regulation, "Children and Families Act 2014 (Commencement No. 2) Order 2014", "art 4",
    path: "uksi/2014/889/article/4/made")

  /// The Children and Families Act 2014 (Transitional Provisions) Order 2014 (S.I. 2014/1042):
  /// the transitional provisions for the Part 2 (family justice) changes of 22 April 2014, to
  /// which legislation.gov.uk's commencement notes for those changes refer. Its text was not read.
  static let transitionalProvisionsOrder2014 = legislation(
    .regulation, "Children and Families Act 2014 (Transitional Provisions) Order 2014",
    "S.I. 2014/1042", path: "uksi/2014/1042/contents/made")

  /// The Adoption and Children Act 2002 (Commencement No. 9) Order 2005 (S.I. 2005/2213) art
  /// 2(c): ss18 to 43 (placement for adoption) in force on 30 December 2005.
  static let adoptionCommencementOrder2005 = legislation(
    .regulation, "Adoption and Children Act 2002 (Commencement No. 9) Order 2005", "art 2(c)",
    path: "uksi/2005/2213/article/2/made")

  /// The explanatory notes to the Adoption and Children Act 2002 on s21 (placement orders).
  static let adoptionAndChildrenAct2002NotesSection21 = legislation(
    .guidance, "Adoption and Children Act 2002, Explanatory Notes", "paras 81-82 (section 21)",
    path: "ukpga/2002/38/notes/division/4/1/3/4")

  /// A solicitors' page on how long a placement order lasts (revocation, adoption order, 18,
  /// marriage or civil partnership).
  static let placementOrderDurationSecondary = Source(
    .secondary, title: "Ringrose Law: Placement Order for Adoption",
    url:
      "https://www.ringroselaw.co.uk/personal-law/child-social-care/child-contact-agreements/placement-order-for-adoption/",
    publisher: "ringroselaw.co.uk")

  /// The Constitutional Reform Act 2005 (Commencement No. 11) Order 2009 (S.I. 2009/1604) art
  /// 2(a): ss23 to 44 (the Supreme Court) in force on 1 October 2009.
  static let supremeCourtCommencement2009 = legislation(
    .regulation, "Constitutional Reform Act 2005 (Commencement No. 11) Order 2009", "art 2(a)",
    path: "uksi/2009/1604/article/2/made")

  /// The Crime and Courts Act 2013 (Commencement No. 10 and Transitional Provision) Order 2014
  /// (S.I. 2014/954) art 2: s17 and Schedules 10 and 11 (the family court) in force on 22 April
  /// 2014.
  static let familyCourtCommencement2014 = legislation(
    .regulation,
    "Crime and Courts Act 2013 (Commencement No. 10 and Transitional Provision) "
      + "Order 2014", "art 2(a), (d), (e)", path: "uksi/2014/954/article/2/made")

  /// The United Nations Convention on the Rights of the Child at `locator` (an article).
  static func uncrc(_ locator: String) -> Source {
    Source(
      .statute, title: "United Nations Convention on the Rights of the Child", locator: locator,
      url: "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child",
      publisher: "United Nations")
  }

  /// A judgment on BAILII; `path` is the part after `https://www.bailii.org/`, for example
  /// `uk/cases/UKSC/2013/33.html`.
  static func judgment(
    _ title: String, _ locator: String?, path: String, date: CalendarDay?
  ) -> Source {
    Source(
      .caseLaw, title: title, locator: locator, url: "https://www.bailii.org/" + path,
      publisher: "BAILII", date: date)
  }

  /// In the matter of B (a Child) [2013] UKSC 33, judgment 12 June 2013.
  static func reB2013(_ locator: String? = nil) -> Source {
    judgment(
      "In the matter of B (a Child) [2013] UKSC 33", locator, path: "uk/cases/UKSC/2013/33.html",
      date: CalendarDay(2013, 6, 12))
  }

  /// Re B-S (Children) [2013] EWCA Civ 1146, judgment 17 September 2013.
  static func reBS2013(_ locator: String? = nil) -> Source {
    judgment(
      "Re B-S (Children) [2013] EWCA Civ 1146", locator,
      path: "ew/cases/EWCA/Civ/2013/1146.html",
      date: CalendarDay(2013, 9, 17))
  }

  /// Re Q (Child: Interim Care Order: Jurisdiction) [2019] EWHC 512 (Fam), on the National
  /// Archives' Find Case Law service.
  static let reQ2019 = Source(
    .caseLaw, title: "Re Q (Child: Interim Care Order: Jurisdiction) [2019] EWHC 512 (Fam)",
    url: "https://caselaw.nationalarchives.gov.uk/ewhc/fam/2019/512",
    publisher: "The National Archives", date: CalendarDay(2019, 3, 7))
}

// MARK: - Case law and neutral citations

extension Source {
  /// The National Archives' `ds-caselaw-utils` (court registry and neutral-citation regexes),
  /// used as a cross-check. Its `start_year` / `end_year` describe Find Case Law's coverage, not
  /// the date a citation code came into use.
  static let dsCaselawUtils = Source(
    .software, title: "nationalarchives/ds-caselaw-utils",
    locator: "court_names.yaml, neutral_citation_regex.yaml (v4.9.0, commit 93c9a22)",
    url: "https://github.com/nationalarchives/ds-caselaw-utils",
    publisher: "The National Archives")

  /// Practice Direction (Judgments: Form and Citation), Lord Woolf CJ, 11 January 2001: neutral
  /// citation for both divisions of the Court of Appeal and the Administrative Court.
  static let neutralCitationDirection2001 = Source(
    .practiceDirection, title: "Practice Direction (Judgments: Form and Citation)",
    url: "https://www.lawreports.co.uk/WLRD/2001PracticeDirection.htm",
    publisher: "Lord Chief Justice",
    date: CalendarDay(2001, 1, 11))

  /// Practice Direction (Judgments: Neutral Citations), 14 January 2002: neutral citation
  /// extended to every division of the High Court (reported through secondary sources).
  static let neutralCitationDirection2002 = Source(
    .practiceDirection, title: "Practice Direction (Judgments: Neutral Citations)",
    locator: "as summarised under \"Cited by\"",
    url: "https://swarb.co.uk/practice-direction-on-the-citation-of-authorities-lcj-9-apr-2001/",
    publisher: "Lord Chief Justice (reported by swarb.co.uk)",
    date: CalendarDay(2002, 1, 14))

  /// A note on the Family Court's creation (22 April 2014) and BAILII's EWFC numbering.
  static let familyCourtCitations2014 = Source(
    .secondary, title: "Neutral citations in the Family Court",
    url: "https://dbfamilylaw.wordpress.com", publisher: "dbfamilylaw.wordpress.com",
    date: CalendarDay(2014, 8, 5))

  /// BAILII's page for [2014] EWCC B2 (Fam): the county-court family form before the Family Court.
  static let bailiiCountyCourtFamily = Source(
    .caseLaw, title: "BAILII, England and Wales County Court (Family)",
    locator: "[2014] EWCC B2 (Fam)", url: "https://www.bailii.org/ew/cases/EWCC/Fam/2014/2.html",
    publisher: "BAILII")

  /// A judgment, located by its neutral citation; `url` is where it was read (BAILII or The
  /// National Archives' Find Case Law).
  static func judgment(
    _ title: String, citation: String, court: String, url: String, date: CalendarDay?
  ) -> Source {
    Source(.caseLaw, title: title, locator: citation, url: url, publisher: court, date: date)
  }
}
