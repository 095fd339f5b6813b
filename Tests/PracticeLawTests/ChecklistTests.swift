import PracticeLaw
import Testing

/// `YYYY-MM-DD` as a day, for test tables.
func day(_ text: String) throws -> CalendarDay { try CalendarDay(iso8601: text) }

@Suite("Welfare checklist (CA 1989 s1(3), s1(4))")
struct WelfareChecklistTests {
  @Test("items are in statutory order with letters a–g and their locators")
  func items() {
    #expect(WelfareChecklistItem.allCases.map(\.letter) == ["a", "b", "c", "d", "e", "f", "g"])
    #expect(WelfareChecklistItem.wishesAndFeelings.locator == "s1(3)(a)")
    #expect(WelfareChecklistItem.rangeOfPowers.locator == "s1(3)(g)")
    #expect(
      WelfareChecklistItem.needs.statutoryText == "his physical, emotional and educational needs")
    // (a) to (c) were read on legislation.gov.uk's Part I as commenced; (d) to (g) were not.
    let read: Set<WelfareChecklistItem> = [.wishesAndFeelings, .needs, .effectOfChange]
    for item in WelfareChecklistItem.allCases {
      let verified = read.contains(item)
      #expect(item.provenance.verification == (verified ? .verified : .secondary))
      #expect(item.provenance.sources.count == (verified ? 4 : 3))
      #expect(
        item.provenance.sources.contains {
          $0.url == "https://www.legislation.gov.uk/ukpga/1989/41/part/I/1991-10-14"
        } == verified)
      #expect(item.source.url == "https://www.legislation.gov.uk/ukpga/1989/41/section/1")
    }
  }

  @Test(
    "a finding for each unaddressed item, none for addressed ones",
    arguments: [
      [WelfareChecklistItem](),
      [.wishesAndFeelings],
      [.needs, .harm, .rangeOfPowers],
      WelfareChecklistItem.allCases,
    ])
  func unaddressed(addressed: [WelfareChecklistItem]) {
    var evidence: [WelfareChecklistItem: [EvidenceEntry]] = [:]
    for item in addressed { evidence[item] = [EvidenceEntry("recorded")] }
    // A blank entry does not address an item.
    evidence[.effectOfChange, default: []].append(EvidenceEntry("   "))
    let record = WelfareChecklist(subject: "C1", proceedings: .partIV, evidence: evidence)
    let missing = record.findings().filter { $0.code.rawValue == "law.s1-3.item-not-addressed" }
    let expected = WelfareChecklistItem.allCases.filter { !addressed.contains($0) }
    #expect(record.unaddressedItems == expected)
    #expect(missing.count == expected.count)
    #expect(missing.allSatisfy { $0.severity == .concern && $0.subject == "C1" })
    #expect(missing.map(\.sources.first?.locator) == expected.map(\.locator))
  }

  @Test(
    "s1(4): severity and note follow the proceedings",
    arguments: [
      (WelfareChecklist.Proceedings?.some(.opposedSection8), FindingSeverity.concern, "s1(4)(a)"),
      (.some(.partIV), .concern, "s1(4)(b)"),
      (.some(.unopposedSection8), .advisory, "does not require"),
      (.some(.other), .advisory, "does not require"),
      (nil, .concern, "not stated"),
    ])
  func applicability(
    proceedings: WelfareChecklist.Proceedings?, severity: FindingSeverity, note: String
  ) {
    let findings = WelfareChecklist(proceedings: proceedings).findings()
    let applicability = findings.filter { $0.code.rawValue == "law.s1-4.applicability" }
    #expect(applicability.count == 1)
    #expect(applicability.first?.severity == .information)
    #expect(applicability.first?.message.contains(note) == true)
    let missing = findings.filter { $0.code.rawValue == "law.s1-3.item-not-addressed" }
    #expect(missing.count == 7)
    #expect(missing.allSatisfy { $0.severity == severity })
  }

  @Test("facts have stable law.checklist ids and provenance")
  func facts() {
    let ids = WelfareChecklist.facts.map(\.id)
    #expect(ids.first == "law.checklist.s1-1")
    #expect(ids.contains("law.checklist.s1-3.a") && ids.contains("law.checklist.s1-3.g"))
    #expect(ids.last == "law.checklist.s1-4")
    #expect(WelfareChecklistItem.facts.count == 7)
  }
}

@Suite("Child's voice (UNCRC art 12, s1(3)(a))")
struct ChildsVoiceTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var voice: ChildsVoice
    var codes: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = {
    let dated = try? day("2025-02-03")
    let wishes = [EvidenceEntry("wants to stay at school", sourceDocument: "direct work")]
    return [
      Case(
        name: "nothing recorded", voice: ChildsVoice(), codes: ["law.art12.wishes-not-recorded"]),
      Case(
        name: "only blank wishes", voice: ChildsVoice(wishesAndFeelings: [EvidenceEntry(" ")]),
        codes: ["law.art12.wishes-not-recorded"]),
      Case(
        name: "wishes only", voice: ChildsVoice(wishesAndFeelings: wishes),
        codes: [
          "law.art12.age-understanding-not-noted", "law.art12.method-not-recorded",
          "law.art12.date-not-recorded",
        ]),
      Case(
        name: "complete",
        voice: ChildsVoice(
          wishesAndFeelings: wishes, ageAndUnderstanding: "9; understands the plan",
          howAscertained: "direct work", ascertainedOn: dated),
        codes: []),
      Case(
        name: "dated entry stands for the date",
        voice: ChildsVoice(
          wishesAndFeelings: [EvidenceEntry("x", date: dated)], ageAndUnderstanding: "12",
          howAscertained: "advocate"),
        codes: []),
      Case(
        name: "age and understanding blank",
        voice: ChildsVoice(
          wishesAndFeelings: wishes, ageAndUnderstanding: "  ", howAscertained: "visit",
          ascertainedOn: dated),
        codes: ["law.art12.age-understanding-not-noted"]),
    ]
  }()

  @Test("findings fire exactly when something is missing", arguments: cases)
  func findings(testCase: Case) {
    let findings = testCase.voice.findings()
    #expect(findings.map(\.code.rawValue) == testCase.codes)
    #expect(findings.allSatisfy { $0.sources.contains { $0.locator == "art 12" } })
  }

  @Test("UNCRC general principles are facts")
  func facts() {
    #expect(
      ChildsVoice.facts.map(\.id) == [
        "law.checklist.uncrc.art2", "law.checklist.uncrc.art3", "law.checklist.uncrc.art6",
        "law.checklist.uncrc.art12",
      ])
  }
}

@Suite("Decision-support facts")
struct DecisionSupportFactTests {
  @Test("ids are unique, under law.checklist, and every fact has a source")
  func facts() {
    let facts = DecisionSupport.facts
    #expect(Set(facts.map(\.id)).count == facts.count)
    #expect(facts.allSatisfy { $0.id.hasPrefix("law.checklist.") })
    #expect(facts.allSatisfy { !$0.provenance.sources.isEmpty })
    // No checklist statement is unverified (the leap-day age convention lives in PracticeCore).
    #expect(facts.allSatisfy { $0.provenance.verification != .unverified })
  }

  @Test("citations are verified and holdings secondary, with BAILII addresses")
  func caseLaw() {
    let byID = Dictionary(uniqueKeysWithValues: DecisionSupport.facts.map { ($0.id, $0) })
    #expect(byID["law.checklist.re-b.citation"]?.provenance.verification == .verified)
    #expect(byID["law.checklist.re-b.holding"]?.provenance.verification == .secondary)
    #expect(byID["law.checklist.re-b-s.citation"]?.provenance.verification == .verified)
    #expect(byID["law.checklist.re-b-s.holding"]?.provenance.verification == .secondary)
    #expect(
      byID["law.checklist.re-b.citation"]?.provenance.sources.first?.url
        == "https://www.bailii.org/uk/cases/UKSC/2013/33.html")
    #expect(
      byID["law.checklist.re-b-s.citation"]?.provenance.sources.first?.url
        == "https://www.bailii.org/ew/cases/EWCA/Civ/2013/1146.html")
    #expect(byID["law.checklist.s31-3"]?.provenance.verification == .verified)
  }
}
