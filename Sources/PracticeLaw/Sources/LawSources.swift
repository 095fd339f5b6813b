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

  /// The Family Procedure Rules 2010 (S.I. 2010/2955) at `locator`, on justice.gov.uk.
  static func familyProcedureRules2010(_ locator: String) -> Source {
    Source(
      .regulation, title: "Family Procedure Rules 2010", locator: locator,
      url: "https://www.justice.gov.uk/courts/procedure-rules/family/parts/part_02",
      publisher: "Ministry of Justice")
  }

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
