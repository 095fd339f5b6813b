import PracticeLaw
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("Courts and leading cases")
struct CaseLawTests {
  // MARK: - Courts

  @Test("the registry has unique ids and unique forms")
  func registryIsConsistent() {
    #expect(Set(Court.all.map(\.id)).count == Court.all.count)
    #expect(Set(Court.all.map(\.description)).count == Court.all.count)
    #expect(Court.all.count == 38)
    for court in Court.all {
      #expect(!court.provenance.sources.isEmpty, "\(court.id) has no source")
      if let first = court.firstYear, let last = court.lastYear { #expect(first <= last) }
      // A bound taken from anything but a verified direction, or the instrument that created
      // the court, must be marked secondary or below.
      if court.firstYear != nil || court.lastYear != nil, court.provenance.verification == .verified
      {
        #expect(
          ["ewca-civ", "ewca-crim", "ewhc-admin", "uksc", "ewfc", "ewfc-b", "ewfc-b-bailii"]
            .contains(court.id))
        #expect(
          court.provenance.sources.contains {
            $0.kind == .practiceDirection || $0.kind == .regulation
          })
      }
    }
  }

  @Test(
    "the years each form was in use",
    arguments: [
      ("uksc", 2009, nil), ("ewca-civ", 2001, nil), ("ewca-crim", 2001, nil),
      ("ewhc-admin", 2001, nil), ("ewhc-fam", 2002, nil), ("ewhc-qb", 2002, 2022),
      ("ewhc-kb", 2022, nil), ("ewfc", 2014, nil), ("ewfc-b", 2014, nil),
      ("ewfc-b-bailii", 2014, nil), ("ewcc-b-fam", 2001, 2014), ("ukpc", nil, nil),
    ] as [(String, Int?, Int?)])
  func years(_ id: String, _ first: Int?, _ last: Int?) throws {
    let court = try #require(Court.named(id))
    #expect(court.firstYear == first)
    #expect(court.lastYear == last)
  }

  @Test("forms print as patterns and codes")
  func patterns() throws {
    let fam = try #require(Court.named("ewhc-fam"))
    #expect(fam.pattern == "[YEAR] EWHC N (Fam)")
    #expect(fam.description == "EWHC (Fam)")
    let bailii = try #require(Court.named("ewcc-b-fam"))
    #expect(bailii.pattern == "[YEAR] EWCC BN (Fam)")
    #expect(bailii.description == "EWCC B (Fam)")
    #expect(Court.named("ewca-civ")?.description == "EWCA Civ")
    #expect(Court.named("nowhere") == nil)
    #expect(fam.isInUse(in: 2002) && !fam.isInUse(in: 2001))
  }

  @Test("the Supreme Court and Family Court bounds come from the orders that created them")
  func creatingInstruments() throws {
    let uksc = try #require(Court.named("uksc"))
    #expect(uksc.provenance.sources.contains { $0.url?.contains("uksi/2009/1604") == true })
    for id in ["ewfc", "ewfc-b", "ewfc-b-bailii"] {
      let court = try #require(Court.named(id))
      #expect(court.provenance.sources.contains { $0.url?.contains("uksi/2014/954") == true })
      #expect(!court.isInUse(in: 2013) && court.isInUse(in: 2014))
    }
  }

  @Test("TNA coverage years are tagged secondary and say so")
  func coverageIsHonest() throws {
    for id in ["ewhc-kb", "ewhc-ipec"] {
      let court = try #require(Court.named(id))
      #expect(court.provenance.verification == .secondary)
      #expect(court.provenance.note?.contains("coverage") == true)
    }
  }

  @Test("court facts have stable ids under law.caselaw")
  func courtFacts() {
    let facts = Court.facts
    #expect(Set(facts.map(\.id)).count == facts.count)
    #expect(facts.allSatisfy { $0.id.hasPrefix("law.caselaw.") })
    #expect(facts.contains { $0.id == "law.caselaw.neutral-citation.introduced" })
    #expect(facts.contains { $0.id == "law.caselaw.court.ewfc" })
    #expect(!facts.contains { $0.id == "law.caselaw.court.ukpc" })  // no bound, no fact
  }

  // MARK: - Leading cases

  struct Expected: Sendable, CustomTestStringConvertible {
    var shortName: String
    var citation: String
    var court: String
    var date: String?
    var verification: Verification
    var propositions: Set<Proposition>
    var testDescription: String { shortName }
  }

  static let expected: [Expected] = [
    Expected(
      shortName: "T v Wakefield MDC", citation: "[2008] EWCA Civ 199", court: "ewca-civ",
      date: "2008-03-19", verification: .secondary, propositions: [.supervisionOrderInitialTerm]),
    Expected(
      shortName: "Re B", citation: "[2013] UKSC 33", court: "uksc", date: "2013-06-12",
      verification: .secondary, propositions: [.nothingElseWillDo]),
    Expected(
      shortName: "Re B-S", citation: "[2013] EWCA Civ 1146", court: "ewca-civ",
      date: "2013-09-17", verification: .secondary,
      propositions: [.realisticOptionsAnalysis, .nothingElseWillDo]),
    Expected(
      shortName: "Re NL", citation: "[2014] EWHC 270 (Fam)", court: "ewhc-fam",
      date: "2014-02-13", verification: .secondary, propositions: [.justiceNotSacrificedToSpeed]),
    Expected(
      shortName: "Re S", citation: "[2014] EWCC B44 (Fam)", court: "ewcc-b-fam", date: nil,
      verification: .secondary, propositions: [.twentySixWeekLimit]),
    Expected(
      shortName: "Re M-F", citation: "[2014] EWCA Civ 991", court: "ewca-civ",
      date: "2014-07-15", verification: .secondary,
      propositions: [.twentySixWeekLimit, .justiceNotSacrificedToSpeed]),
    Expected(
      shortName: "Re S-W", citation: "[2015] EWCA Civ 27", court: "ewca-civ", date: "2015-01-30",
      verification: .secondary, propositions: [.justiceNotSacrificedToSpeed]),
    Expected(
      shortName: "Re Q", citation: "[2019] EWHC 512 (Fam)", court: "ewhc-fam", date: "2019-03-07",
      verification: .secondary, propositions: [.interimOrderEndsAt17]),
  ]

  @Test("the catalogue has every case, in date order")
  func catalogueIsComplete() {
    #expect(LeadingCase.all.map(\.shortName) == Self.expected.map(\.shortName))
    #expect(Set(LeadingCase.all.map(\.id)).count == LeadingCase.all.count)
  }

  @Test("each case's citation, court, date, verification and propositions", arguments: expected)
  func leadingCase(_ row: Expected) throws {
    let entry = try #require(LeadingCase.all.first { $0.shortName == row.shortName })
    #expect(entry.citation.description == row.citation)
    #expect(entry.court.id == row.court)
    #expect(entry.judgmentDate.map { "\($0)" } == row.date)
    #expect(entry.provenance.verification == row.verification)
    #expect(entry.propositions == row.propositions)
    #expect(!entry.judges.isEmpty)
    #expect(!entry.holding.isEmpty)
    #expect(entry.provenance.note?.isEmpty == false)
    #expect(!entry.provenance.sources.isEmpty)
    #expect(entry.provenance.sources.allSatisfy { $0.kind == .caseLaw && $0.url != nil })
    #expect(LeadingCase.cited(as: entry.citation) == entry)
  }

  @Test(
    "cases supporting a proposition",
    arguments: [
      (Proposition.nothingElseWillDo, ["Re B", "Re B-S"]),
      (.realisticOptionsAnalysis, ["Re B-S"]),
      (.twentySixWeekLimit, ["Re S", "Re M-F"]),
      (.justiceNotSacrificedToSpeed, ["Re NL", "Re M-F", "Re S-W"]),
      (.supervisionOrderInitialTerm, ["T v Wakefield MDC"]),
      (.interimOrderEndsAt17, ["Re Q"]),
    ])
  func supporting(_ proposition: Proposition, _ names: [String]) {
    #expect(LeadingCase.supporting(proposition).map(\.shortName) == names)
    #expect(!proposition.description.isEmpty)
  }

  @Test("every proposition has a case")
  func everyPropositionSupported() {
    for proposition in Proposition.allCases {
      #expect(!LeadingCase.supporting(proposition).isEmpty)
    }
  }

  @Test("leading-case facts have stable ids and carry the case's verification")
  func caseFacts() {
    let facts = LeadingCase.facts
    #expect(facts.count == LeadingCase.all.count)
    #expect(
      facts.first { $0.id == "law.caselaw.case.re-b-2013" }?.provenance.verification == .secondary)
    #expect(
      facts.first { $0.id == "law.caselaw.case.re-s-2014" }?.provenance.verification == .secondary)
    #expect(facts.allSatisfy { $0.statement.contains("[") })
  }

  @Test("citations encode as their canonical string in JSON and decode with validation")
  func json() throws {
    let citation = try NeutralCitation("[2014] EWCC B44 (Fam)")
    let data = try JSONEncoder().encode([citation])
    #expect(String(decoding: data, as: UTF8.self) == "[\"[2014] EWCC B44 (Fam)\"]")
    #expect(try JSONDecoder().decode([NeutralCitation].self, from: data) == [citation])
    let bad = Data("[\"[1999] UKSC 1\"]".utf8)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([NeutralCitation].self, from: bad)
    }
  }
}
