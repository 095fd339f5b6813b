/// One form of neutral citation and the court (or division, tier or chamber) it names.
///
/// The registry (``all``) has one entry per citation form, so `[2013] EWCA Civ 1146` and
/// `[2014] EWCA Crim 420` name different entries, and so do the three Family Court forms
/// (`[2024] EWFC 141`, the Find Case Law form `[2025] EWFC 79 (B)` and BAILII's older
/// `[2019] EWFC B12`). A citation is written
/// `[YEAR] CODE [SUBDIVISION] [PREFIX]NUMBER [(SUFFIX)]`, for example `[2014] EWHC 270 (Fam)`.
///
/// ``firstYear`` and ``lastYear`` bound the years in which the form was in use, where known; each
/// entry's ``provenance`` says where the bound comes from. The National Archives'
/// `ds-caselaw-utils` `start_year` is the coverage of Find Case Law, not a legal date: where an
/// entry relies on it, the entry is marked secondary and its note says so.
public struct Court: Sendable, Hashable, Codable, Identifiable, CustomStringConvertible {
  /// A stable identifier, for example `ewhc-fam` or `ewfc-b-bailii`.
  public var id: String
  /// The court code as written in the citation, for example `EWHC` or `UKSC`.
  public var code: String
  /// The word after the code, for example `Civ` in `EWCA Civ`; `nil` for most courts.
  public var subdivision: String?
  /// A letter written before the number, for example `B` in BAILII's `[2019] EWFC B12`.
  public var numberPrefix: String?
  /// The bracketed suffix after the number, for example `Fam` in `[2014] EWHC 270 (Fam)`.
  public var suffix: String?
  /// The court's name, for example "High Court (Family Division)".
  public var name: String
  /// The path prefix of judgments in this form on Find Case Law
  /// (`https://caselaw.nationalarchives.gov.uk/`), for example `ewhc/fam`; `nil` for forms Find
  /// Case Law does not use (BAILII's older forms).
  public var urlPrefix: String?
  /// The first year in which the form was in use, where known; earlier citations are rejected.
  public var firstYear: Int?
  /// The last year in which the form was in use, where it has ended; later citations are rejected.
  public var lastYear: Int?
  /// Where the form and its years come from.
  public var provenance: Provenance

  /// Creates a registry entry.
  public init(
    id: String, code: String, subdivision: String? = nil, numberPrefix: String? = nil,
    suffix: String? = nil, name: String, urlPrefix: String?, firstYear: Int? = nil,
    lastYear: Int? = nil, provenance: Provenance
  ) {
    self.id = id
    self.code = code
    self.subdivision = subdivision
    self.numberPrefix = numberPrefix
    self.suffix = suffix
    self.name = name
    self.urlPrefix = urlPrefix
    self.firstYear = firstYear
    self.lastYear = lastYear
    self.provenance = provenance
  }

  /// The division, tier or chamber the citation names: the subdivision (`Civ`) or the suffix
  /// (`Fam`, `B`, `T2`), whichever the form has.
  public var division: String? { subdivision ?? suffix }

  /// The form as a pattern, for example `[YEAR] EWHC N (Fam)` or `[YEAR] EWFC BN`.
  public var pattern: String {
    var text = "[YEAR] " + code
    if let subdivision { text += " " + subdivision }
    text += " " + (numberPrefix ?? "") + "N"
    if let suffix { text += " (" + suffix + ")" }
    return text
  }

  /// The citation code, for example `EWCA Civ`, `EWHC (Fam)`, `EWFC (B)` or `EWFC B`.
  public var description: String {
    var text = code
    if let subdivision { text += " " + subdivision }
    if let numberPrefix { text += " " + numberPrefix }
    if let suffix { text += " (" + suffix + ")" }
    return text
  }

  /// Whether `year` is within the years the form was in use (unbounded sides always pass).
  public func isInUse(in year: Int) -> Bool {
    if let firstYear, year < firstYear { return false }
    if let lastYear, year > lastYear { return false }
    return true
  }

  /// The entry with identifier `id`, if any.
  public static func named(_ id: String) -> Court? { all.first { $0.id == id } }

  /// The codes a citation can start with (after the year), for example `EWHC`, `UKSC`.
  public static let codes: Set<String> = Set(all.map(\.code))
}

// MARK: - The registry

extension Court {
  private static let coverageNote =
    "ds-caselaw-utils start_year is Find Case Law's coverage, not a legal date."

  /// The form and name from ds-caselaw-utils; no year bound known.
  private static func tna(
    _ id: String, _ code: String, suffix: String? = nil, _ name: String, path: String,
    from firstYear: Int? = nil, until lastYear: Int? = nil, note: String? = nil
  ) -> Court {
    Court(
      id: id, code: code, suffix: suffix, name: name, urlPrefix: path, firstYear: firstYear,
      lastYear: lastYear,
      provenance: Provenance(
        firstYear == nil && lastYear == nil ? .verified : .secondary, [.dsCaselawUtils],
        note: note
          ?? "Form, name and Find Case Law path from the ds-caselaw-utils registry; no year "
          + "bound is applied because the date the form came into use is not known here."))
  }

  /// A High Court division: in use from 14 January 2002 (Admin from 11 January 2001).
  private static func highCourt(
    _ suffix: String, _ name: String, from firstYear: Int = 2002, until lastYear: Int? = nil,
    provenance: Provenance? = nil
  ) -> Court {
    Court(
      id: "ewhc-" + suffix.lowercased(), code: "EWHC", suffix: suffix, name: name,
      urlPrefix: "ewhc/" + suffix.lowercased(), firstYear: firstYear, lastYear: lastYear,
      provenance: provenance
        ?? Provenance(
          .secondary, [.neutralCitationDirection2002, .dsCaselawUtils],
          note: "Neutral citation was extended to every High Court division on 14 January "
            + "2002 (Practice Direction (Judgments: Neutral Citations), reported by secondary "
            + "sources); form and path from ds-caselaw-utils."))
  }

  private static let familyCourtProvenance = Provenance(
    .verified, [.familyCourtCommencement2014, .familyCourtCitations2014, .dsCaselawUtils],
    note: "The family court came into being on 22 April 2014 (S.I. 2014/954 art 2 brings Crime "
      + "and Courts Act 2013 s17 and Schedule 10 into force that day, read), so no EWFC "
      + "citation is earlier. ds-caselaw-utils gives the EWFC (B) form a start_year of 2009, "
      + "which is Find Case Law's coverage, not a legal date; this library applies 2014 to every "
      + "EWFC form.")

  /// Every citation form the library recognises.
  public static let all: [Court] =
    [
      Court(
        id: "uksc", code: "UKSC", name: "United Kingdom Supreme Court", urlPrefix: "uksc",
        firstYear: 2009,
        provenance: Provenance(
          .verified, [.supremeCourtCommencement2009, .dsCaselawUtils],
          note: "The Supreme Court came into being on 1 October 2009 (S.I. 2009/1604 art 2(a) "
            + "brings Constitutional Reform Act 2005 ss23 to 44 into force that day, read), so no "
            + "UKSC citation is earlier; the year agrees with ds-caselaw-utils start_year. "
            + coverageNote)),
      tna(
        "ukpc", "UKPC", "Privy Council", path: "ukpc",
        note: "Form and path from ds-caselaw-utils. No year bound: BAILII gives neutral-style "
          + "citations to historic Privy Council judgments, and the ds-caselaw-utils start_year "
          + "2009 is only Find Case Law's coverage."),
      tna("ukiptrib", "UKIPTrib", "Investigatory Powers Tribunal", path: "ukiptrib"),
      Court(
        id: "ewca-civ", code: "EWCA", subdivision: "Civ",
        name: "Court of Appeal (Civil Division)", urlPrefix: "ewca/civ", firstYear: 2001,
        provenance: Provenance(
          .verified, [.neutralCitationDirection2001, .dsCaselawUtils],
          note: "Neutral citation introduced on 11 January 2001.")),
      Court(
        id: "ewca-crim", code: "EWCA", subdivision: "Crim",
        name: "Court of Appeal (Criminal Division)", urlPrefix: "ewca/crim", firstYear: 2001,
        provenance: Provenance(
          .verified, [.neutralCitationDirection2001, .dsCaselawUtils],
          note: "Neutral citation introduced on 11 January 2001.")),
      highCourt(
        "Admin", "High Court (Administrative Court)", from: 2001,
        provenance: Provenance(
          .verified, [.neutralCitationDirection2001, .dsCaselawUtils],
          note: "Neutral citation introduced on 11 January 2001.")),
      highCourt("Admlty", "High Court (Admiralty Court)"),
      highCourt("Ch", "High Court (Chancery Division)"),
      highCourt("Comm", "High Court (Commercial Court)"),
      highCourt("Costs", "High Court (Costs)"),
      highCourt("Fam", "High Court (Family Division)"),
      highCourt(
        "IPEC", "High Court (Intellectual Property Enterprise Court)", from: 2013,
        provenance: Provenance(
          .secondary, [.dsCaselawUtils],
          note: "First year 2013 is ds-caselaw-utils start_year. " + coverageNote)),
      highCourt("Pat", "High Court (Patents Court)"),
      highCourt(
        "QB", "High Court (Queen's Bench Division)", until: 2022,
        provenance: Provenance(
          .secondary, [.neutralCitationDirection2002, .dsCaselawUtils],
          note: "From 14 January 2002 (secondary); the Queen's Bench became the King's Bench on "
            + "the demise of the Crown in September 2022 (exact day not verified), so a 2022 "
            + "judgment may bear either; ds-caselaw-utils end_year 2022. " + coverageNote)),
      highCourt(
        "KB", "High Court (King's Bench Division)", from: 2022,
        provenance: Provenance(
          .secondary, [.dsCaselawUtils],
          note: "The King's Bench replaced the Queen's Bench in September 2022 (exact day not "
            + "verified); ds-caselaw-utils start_year 2022. " + coverageNote)),
      highCourt("SCCO", "High Court (Senior Courts Costs Office)"),
      highCourt("TCC", "High Court (Technology and Construction Court)"),
      highCourt("Mercantile", "High Court (Mercantile Court)"),
      Court(
        id: "ewfc", code: "EWFC", name: "Family Court", urlPrefix: "ewfc", firstYear: 2014,
        provenance: familyCourtProvenance),
      Court(
        id: "ewfc-b", code: "EWFC", suffix: "B",
        name: "Family Court (B - district and circuit judges)", urlPrefix: "ewfc/b",
        firstYear: 2014, provenance: familyCourtProvenance),
      Court(
        id: "ewfc-b-bailii", code: "EWFC", numberPrefix: "B",
        name: "Family Court (judges other than High Court judges, BAILII form)", urlPrefix: nil,
        firstYear: 2014,
        provenance: Provenance(
          .verified,
          [
            .familyCourtCommencement2014,
            Source(
              .caseLaw, title: "BAILII, England and Wales Family Court Decisions (other Judges)",
              locator: "C (Children), Re [2014] EWFC B131 (17 June 2014)",
              url: "https://www.bailii.org/ew/cases/EWFC/OJ/2014/B131.html", publisher: "BAILII"),
            .familyCourtCitations2014,
          ],
          note: "BAILII's form for Family Court judgments by other judges (EWFC/OJ, for example "
            + "[2014] EWFC B131 of 17 June 2014, read on BAILII); no EWFC citation predates the "
            + "family court's creation on 22 April 2014 (S.I. 2014/954 art 2, read). Find Case Law "
            + "writes these as [YEAR] EWFC N (B) and ds-caselaw-utils does not parse this form. No "
            + "Find Case Law path is given.")),
      tna(
        "ewcc", "EWCC", "County Court", path: "ewcc",
        note: "Find Case Law's form; no year bound (ds-caselaw-utils start_year 2019 is "
          + "coverage, not a legal date)."),
      Court(
        id: "ewcc-b-fam", code: "EWCC", numberPrefix: "B", suffix: "Fam",
        name: "County Court (Family), BAILII form", urlPrefix: nil, firstYear: 2001,
        lastYear: 2014,
        provenance: Provenance(
          .secondary, [.bailiiCountyCourtFamily, .neutralCitationDirection2001],
          note: "BAILII's form for county-court family judgments before the Family Court was "
            + "created on 22 April 2014 (secondary); the form itself is verified on BAILII "
            + "([2014] EWCC B2 (Fam)). No neutral citation predates 2001. ds-caselaw-utils does "
            + "not parse this form; no Find Case Law path is given.")),
      tna("ewcr", "EWCR", "Crown Court", path: "ewcr"),
      tna("ewcop", "EWCOP", "Court of Protection", path: "ewcop"),
      tna(
        "ewcop-t1", "EWCOP", suffix: "T1", "Court of Protection (Tier 1 - district judges)",
        path: "ewcop/t1"),
      tna(
        "ewcop-t2", "EWCOP", suffix: "T2", "Court of Protection (Tier 2 - circuit judges)",
        path: "ewcop/t2"),
      tna(
        "ewcop-t3", "EWCOP", suffix: "T3", "Court of Protection (Tier 3 - High Court judges)",
        path: "ewcop/t3"),
      tna(
        "ukut-aac", "UKUT", suffix: "AAC", "Upper Tribunal (Administrative Appeals Chamber)",
        path: "ukut/aac"),
      tna(
        "ukut-iac", "UKUT", suffix: "IAC", "Upper Tribunal (Immigration and Asylum Chamber)",
        path: "ukut/iac"),
      tna("ukut-lc", "UKUT", suffix: "LC", "Upper Tribunal (Lands Chamber)", path: "ukut/lc"),
      tna(
        "ukut-tcc", "UKUT", suffix: "TCC", "Upper Tribunal (Tax and Chancery Chamber)",
        path: "ukut/tcc"),
      tna("ukftt-tc", "UKFTT", suffix: "TC", "First-tier Tribunal (Tax Chamber)", path: "ukftt/tc"),
      tna(
        "ukftt-grc", "UKFTT", suffix: "GRC", "First-tier Tribunal (General Regulatory Chamber)",
        path: "ukftt/grc"),
      tna(
        "ukftt-pc", "UKFTT", suffix: "PC",
        "First-tier Tribunal (Property Chamber, Land Registration Division)", path: "ukftt/pc",
        note: "Form from ds-caselaw-utils v4.9.0 (added after v2.6.0); the path is the one its "
          + "parser derives (its registry lists ftt/pc for this chamber). No year bound."),
      tna(
        "ukftt-hesc", "UKFTT", suffix: "HESC",
        "First-tier Tribunal (Health, Education and Social Care Chamber)", path: "ukftt/hesc",
        note: "Form from ds-caselaw-utils v4.9.0 (added after v2.6.0), where the registry calls "
          + "it 'Care Standards'. No year bound."),
      tna("eat", "EAT", "Employment Appeal Tribunal", path: "eat"),
      tna("ukait", "UKAIT", "Asylum and Immigration Tribunal", path: "ukait"),
    ]
}

extension Court {
  /// The year bounds the library applies, each as a fact with its provenance
  /// (ids `law.caselaw.court.<id>`), plus the introduction of neutral citation itself.
  public static var facts: [Fact] {
    [
      Fact(
        id: "law.caselaw.neutral-citation.introduced",
        statement: "Neutral citation was introduced on 11 January 2001 for both divisions of "
          + "the Court of Appeal and the Administrative Court, and extended to every division of "
          + "the High Court on 14 January 2002.",
        provenance: Provenance(
          .secondary, [.neutralCitationDirection2001, .neutralCitationDirection2002],
          note: "The 2001 direction is verified; the 2002 extension is reported by secondary "
            + "sources: swarb.co.uk summarises the direction (LCJ, 17 January 2002) as extending "
            + "neutral citation \"to all divisions of the High Court where the judgement was "
            + "given in London, with effect from January 14 2002\". Its text was not reached."))
    ]
      + all.compactMap { court -> Fact? in
        let statement: String
        switch (court.firstYear, court.lastYear) {
        case (nil, nil): return nil
        case (let first?, nil):
          statement = "Citations in the form \(court.pattern) (\(court.name)) begin in \(first)."
        case (nil, let last?):
          statement = "Citations in the form \(court.pattern) (\(court.name)) end in \(last)."
        case (let first?, let last?):
          statement =
            "Citations in the form \(court.pattern) (\(court.name)) were used from \(first) "
            + "to \(last)."
        }
        return Fact(
          id: "law.caselaw.court." + court.id, statement: statement,
          provenance: court.provenance)
      }
  }
}
