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
}

extension Source {
  /// A judgment, by its name and citation, at `url` (BAILII or The National Archives).
  static func judgment(_ title: String, url: String, date: CalendarDay? = nil) -> Source {
    Source(.caseLaw, title: title, url: url, date: date)
  }
}
