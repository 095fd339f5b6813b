/// A proposition of law a leading case is cited for in care proceedings.
public enum Proposition: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// A care order with a plan for adoption is lawful only where necessary and proportionate:
  /// "where nothing else will do".
  case nothingElseWillDo
  /// Every realistic option must be analysed, with its pros and cons, holistically rather than
  /// in a linear way, on evidence.
  case realisticOptionsAnalysis
  /// Care proceedings must be completed within 26 weeks (Children Act 1989 s32(1)(a)(ii)), save
  /// where an extension is necessary; the limit is a deadline, not a target, yet not a
  /// straitjacket.
  case twentySixWeekLimit
  /// Speed must not defeat justice: fair process and reasons come first.
  case justiceNotSacrificedToSpeed
  /// A supervision order cannot be made for more than one year at the outset (Children Act 1989
  /// Schedule 3 para 6).
  case supervisionOrderInitialTerm
  /// An interim care or supervision order cannot last beyond the child's 17th birthday (16th if
  /// married).
  case interimOrderEndsAt17

  /// The proposition in one sentence.
  public var description: String {
    switch self {
    case .nothingElseWillDo:
      "Adoption against the parents' wishes is a last resort, lawful only where nothing else "
        + "will do."
    case .realisticOptionsAnalysis:
      "The court must weigh every realistic option, with its pros and cons, holistically."
    case .twentySixWeekLimit:
      "Care proceedings must be finished within 26 weeks unless an extension is necessary."
    case .justiceNotSacrificedToSpeed:
      "Justice must not be sacrificed to speed."
    case .supervisionOrderInitialTerm:
      "A supervision order is made for at most one year at first."
    case .interimOrderEndsAt17:
      "An interim care or supervision order cannot last beyond the child's 17th birthday."
    }
  }
}

/// A judgment that practitioners cite in care proceedings, with its citation, court, date,
/// judges, holding and the propositions it supports.
///
/// Each case carries its ``provenance``: the verification is the weakest of the row's parts
/// (for example a verified citation and date with a holding checked only through secondary
/// sources gives `.secondary`), and the note says which part is which.
public struct LeadingCase: Sendable, Hashable, Identifiable {
  /// A stable identifier, for example `re-b-2013`.
  public var id: String
  /// The short name used in practice, for example "Re B-S".
  public var shortName: String
  /// The full name, for example "Re B-S (Children)".
  public var name: String
  /// The neutral citation, parsed and validated.
  public var citation: NeutralCitation
  /// Other reports of the judgment, for example "[2014] 1 WLR 563".
  public var reports: [String]
  /// The date of judgment, or `nil` where it is not known (never guessed).
  public var judgmentDate: CalendarDay?
  /// The judges, as the sources give them.
  public var judges: [String]
  /// The holding in one sentence.
  public var holding: String
  /// The propositions the case is cited for.
  public var propositions: Set<Proposition>
  /// Where the entry comes from and how well it is verified.
  public var provenance: Provenance

  /// The court and citation form.
  public var court: Court { citation.court }

  /// Creates an entry.
  public init(
    id: String, shortName: String, name: String, citation: NeutralCitation,
    reports: [String] = [], judgmentDate: CalendarDay?, judges: [String], holding: String,
    propositions: Set<Proposition>, provenance: Provenance
  ) {
    self.id = id
    self.shortName = shortName
    self.name = name
    self.citation = citation
    self.reports = reports
    self.judgmentDate = judgmentDate
    self.judges = judges
    self.holding = holding
    self.propositions = propositions
    self.provenance = provenance
  }

  /// The cases cited for `proposition`, in catalogue (chronological) order.
  public static func supporting(_ proposition: Proposition) -> [LeadingCase] {
    all.filter { $0.propositions.contains(proposition) }
  }

  /// The catalogue entry with this citation, if any.
  public static func cited(as citation: NeutralCitation) -> LeadingCase? {
    all.first { $0.citation == citation }
  }

  /// The catalogue as facts (ids `law.caselaw.case.<id>`), for a registry to list.
  public static var facts: [Fact] {
    all.map { entry in
      Fact(
        id: "law.caselaw.case." + entry.id,
        statement: "\(entry.name) \(entry.citation): \(entry.holding)",
        provenance: entry.provenance)
    }
  }
}

// MARK: - The catalogue

extension LeadingCase {
  /// The leading cases, in date order.
  public static let all: [LeadingCase] = rows.compactMap(\.leadingCase)

  private struct Row {
    var id: String
    var shortName: String
    var name: String
    var citation: String
    var reports: [String] = []
    var date: (Int, Int, Int)?
    var judges: [String]
    var holding: String
    var propositions: Set<Proposition>
    var verification: Verification
    var note: String
    var sources: [(title: String, url: String)]

    /// The entry; `nil` only if the row's own citation or date were wrong, which the tests
    /// rule out (the catalogue must have every row).
    var leadingCase: LeadingCase? {
      guard let citation = try? NeutralCitation(self.citation) else { return nil }
      var day: CalendarDay?
      if case (let year, let month, let dayOfMonth)? = date {
        guard let valid = try? CalendarDay(year: year, month: month, day: dayOfMonth) else {
          return nil
        }
        day = valid
      }
      let documents = sources.map { source in
        Source.judgment(
          source.title, citation: self.citation, court: citation.court.name, url: source.url,
          date: day)
      }
      return LeadingCase(
        id: id, shortName: shortName, name: name, citation: citation, reports: reports,
        judgmentDate: day, judges: judges, holding: holding, propositions: propositions,
        provenance: Provenance(verification, documents, note: note))
    }
  }

  private static let rows: [Row] = [
    Row(
      id: "t-v-wakefield-2008", shortName: "T v Wakefield MDC",
      name: "T (A Child) v Wakefield Metropolitan District Council",
      citation: "[2008] EWCA Civ 199", date: (2008, 3, 19), judges: ["Thorpe LJ"],
      holding: "A supervision order cannot be made for three years at the outset: twelve months "
        + "is the maximum initial term (Children Act 1989 Schedule 3 para 6).",
      propositions: [.supervisionOrderInitialTerm], verification: .secondary,
      note: "Every part from a secondary source (Family Law Week's 2008 archive).",
      sources: [
        ("T (A Child) v Wakefield MDC (Family Law Week report)", "https://www.familylawweek.co.uk")
      ]),
    Row(
      id: "re-b-2013", shortName: "Re B",
      name: "In the matter of B (a Child) (Care Proceedings: Appeal)",
      citation: "[2013] UKSC 33", reports: ["[2013] 1 WLR 1911", "[2013] 2 FLR 1075"],
      date: (2013, 6, 12),
      judges: ["Lord Neuberger P", "Lady Hale", "Lord Kerr", "Lord Clarke", "Lord Wilson"],
      holding: "A care order with a plan for adoption is a very extreme step, lawful only where "
        + "necessary and proportionate under article 8 ECHR (where nothing else will do); the "
        + "s31(2) threshold was crossed and the appeal was dismissed, Lady Hale dissenting.",
      propositions: [.nothingElseWillDo], verification: .secondary,
      note: "Citation, court, date and panel verified against BAILII and The National Archives; "
        + "the holding and the 'nothing else will do' wording (para 198) only through secondary "
        + "sources. The TNA press summary names a different decision appealed from than BAILII.",
      sources: [
        (
          "Re B (a Child) [2013] UKSC 33 (BAILII)",
          "https://www.bailii.org/uk/cases/UKSC/2013/33.html"
        ),
        (
          "Re B (a Child), press summary",
          "https://caselaw.nationalarchives.gov.uk/uksc/2013/33/press-summary/1"
        ),
      ]),
    Row(
      id: "re-b-s-2013", shortName: "Re B-S", name: "Re B-S (Children)",
      citation: "[2013] EWCA Civ 1146", reports: ["[2014] 1 WLR 563", "[2014] 1 FLR 1035"],
      date: (2013, 9, 17), judges: ["Lord Dyson MR", "Sir James Munby P", "Black LJ"],
      holding: "Non-consensual adoption needs evidence and a reasoned, holistic analysis of every "
        + "realistic option with its pros and cons, because adoption is a last resort where "
        + "nothing else will do.",
      propositions: [.realisticOptionsAnalysis, .nothingElseWillDo], verification: .secondary,
      note: "Citation, court, date and panel verified against BAILII and The National Archives "
        + "(judgment of the court given by Munby P); the holding through secondary sources.",
      sources: [
        (
          "Re B-S (Children) [2013] EWCA Civ 1146 (BAILII)",
          "https://www.bailii.org/ew/cases/EWCA/Civ/2013/1146.html"
        ),
        ("Re B-S (Children)", "https://caselaw.nationalarchives.gov.uk/ewca/civ/2013/1146"),
      ]),
    Row(
      id: "re-nl-2014", shortName: "Re NL",
      name: "Re NL (A Child) (Appeal: Interim Care Order: Facts and Reasons)",
      citation: "[2014] EWHC 270 (Fam)", reports: ["[2014] 1 WLR 2795", "[2014] 1 FLR 1384"],
      date: (2014, 2, 13), judges: ["Pauffley J"],
      holding: "An appeal against an interim care order and removal was allowed because the "
        + "magistrates' facts and reasons were irregular: justice must never be sacrificed upon "
        + "the altar of speed (para 40).",
      propositions: [.justiceNotSacrificedToSpeed], verification: .secondary,
      note: "Citation, court and date verified against BAILII; the quotation and its paragraph "
        + "(40) through Re S-W [2015] EWCA Civ 27 para 54 as reported by a secondary source.",
      sources: [
        (
          "Re NL (A Child) [2014] EWHC 270 (Fam) (BAILII)",
          "https://www.bailii.org/ew/cases/EWHC/Fam/2014/270.html"
        )
      ]),
    Row(
      id: "re-s-2014", shortName: "Re S", name: "Re S (A Child)",
      citation: "[2014] EWCC B44 (Fam)", date: nil, judges: ["Sir James Munby P"],
      holding: "The 26-week limit is a deadline to be met in all save exceptional cases; the "
        + "President incorporated his 'View from the President's Chambers No. 1' into the "
        + "judgment.",
      propositions: [.twentySixWeekLimit], verification: .secondary,
      note: "Every part from secondary sources; the judgment itself (BAILII, Find Case Law) was "
        + "not reached. Kotilaine (Family Law Week, 2014): Munby P's View No. 1 (April 2013) "
        + "\"which he has now incorporated into his recent judgment in the Bournemouth and Poole "
        + "County Court Re S (A Child) [2014] EWCC B44\", the 26 weeks leaving no planned "
        + "flexibility. Enfield's procedures quote para 34: an extension beyond 26 weeks only if "
        + "'necessary' to resolve the proceedings 'justly'; \"Only the imperative demands of "
        + "justice – fair process – or of the child's welfare will suffice\". The day of the "
        + "judgment (2014, before 22 April) and the 'can be met, must be met, will be met' "
        + "quotation were not read, so no date is given.",
      sources: [
        (
          "Kotilaine, Children and Families Act 2014 - A Guide for Public Children Lawyers",
          "http://www.familylawweek.co.uk/site.aspx?i=ed129056"
        ),
        (
          "Enfield children's services procedures: Care and Supervision Proceedings and the "
            + "Public Law Outline (quoting Re S para 34)",
          "https://enfield.proceduresonline.com/p_care_supervis_plo.html"
        ),
      ]),
    Row(
      id: "re-m-f-2014", shortName: "Re M-F", name: "Re M-F (Children)",
      citation: "[2014] EWCA Civ 991", date: (2014, 7, 15),
      judges: ["Sir James Munby P", "Kitchin LJ", "Underhill LJ"],
      holding: "The 26-week limit is not, and must never be allowed to become, a straitjacket.",
      propositions: [.twentySixWeekLimit, .justiceNotSacrificedToSpeed], verification: .secondary,
      note: "Citation and date verified against BAILII; the quotation through a secondary source "
        + "(Law Gazette).",
      sources: [
        (
          "Re M-F (Children) [2014] EWCA Civ 991 (BAILII)",
          "https://www.bailii.org/ew/cases/EWCA/Civ/2014/991.html"
        )
      ]),
    Row(
      id: "re-s-w-2015", shortName: "Re S-W", name: "Re S-W (Children)",
      citation: "[2015] EWCA Civ 27", date: (2015, 1, 30),
      judges: ["King LJ", "Lewison LJ", "Sir James Munby P"],
      holding: "Justice can equally be denied if inappropriately accelerated (para 54, adopting "
        + "Re NL).",
      propositions: [.justiceNotSacrificedToSpeed], verification: .secondary,
      note: "Every part from secondary sources: the date (30 January 2015) and panel from vLex's "
        + "copy, the holding from a secondary report.",
      sources: [
        (
          "Re S-W (Children) [2015] EWCA Civ 27", "https://vlex.co.uk/vid/re-s-w-children-792973173"
        ),
        ("Re S-W (Children) [2015] EWCA Civ 27", "https://fairassociation.ca"),
      ]),
    Row(
      id: "re-q-2019", shortName: "Re Q",
      name: "Re Q (Child: Interim Care Order: Jurisdiction)",
      citation: "[2019] EWHC 512 (Fam)", date: (2019, 3, 7), judges: ["Knowles J"],
      holding: "An interim care or supervision order cannot endure beyond the child's 17th "
        + "birthday (16th if married).",
      propositions: [.interimOrderEndsAt17], verification: .secondary,
      note: "Citation and date (7 March 2019) read on The National Archives' Find Case Law; the "
        + "holding from secondary sources.",
      sources: [
        ("Re Q [2019] EWHC 512 (Fam)", "https://caselaw.nationalarchives.gov.uk/ewhc/fam/2019/512")
      ]),
  ]
}
