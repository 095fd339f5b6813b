import PracticeAudit
import Testing

@Suite("CIN census generator")
struct CINCensusGeneratorTests {
  static func generator(seed: UInt64, late: Double = 0.1, missing: Double = 0.05) throws
    -> CINCensusGenerator
  {
    try CINCensusGenerator(
      children: 300, seed: seed, year: try CollectionYear(endingIn: 2025), lateRate: late,
      missingRate: missing, timescales: try CINTestSupport.timescales())
  }

  static func audit(_ document: String) throws -> (CINTimelinessAudit, CINCensusReader) {
    var reader = CINCensusReader(string: document)
    var audit = CINTimelinessAudit(
      year: try CollectionYear(endingIn: 2025), timescales: try CINTestSupport.timescales())
    for child in try CINTestSupport.readAll(&reader) { audit.add(child) }
    audit.check(reader.header)
    return (audit, reader)
  }

  @Test("the same seed gives the same bytes; another seed does not")
  func determinism() throws {
    let first = try Self.generator(seed: 42).document
    #expect(try Self.generator(seed: 42).document == first)
    #expect(try Self.generator(seed: 43).document != first)
    var pieces: [String] = []
    try Self.generator(seed: 42).write { pieces.append($0) }
    #expect(pieces.count == 302)
    #expect(pieces.joined() == first)
  }

  @Test("with no late or missing rate, the audit finds every item on time")
  func consistent() throws {
    let (audit, reader) = try Self.audit(try Self.generator(seed: 7, late: 0, missing: 0).document)
    #expect(reader.childCount == 300)
    #expect(reader.dataQuality.total == 0)
    #expect(audit.dataQuality.total == 0)
    // The generator writes no pre-proceedings module.
    for measure in CINMeasure.allCases where measure != .preProceedings {
      let counts = try #require(audit.counts[measure])
      #expect(counts.late == 0)
      #expect(counts.missing == 0)
      #expect(counts.notMeasurable == 0)
      #expect(counts.onTime > 10)
    }
  }

  /// Every value of the elements named `names`, in file order.
  static func values(_ names: Set<String>, in document: String) throws -> [(String, String)] {
    var parser = XMLPullParser(string: document)
    var open: [String] = []
    var found: [(String, String)] = []
    while let event = try parser.next() {
      switch event {
      case .startElement(let name, _): open.append(name)
      case .endElement: open.removeLast()
      case .text(let text, _):
        if let name = open.last, names.contains(name) { found.append((name, text)) }
      }
    }
    return found
  }

  @Test("UPNs carry the DfE check letter (validator rule 1510) and are unique")
  func upns() throws {
    // Check letters computed independently: digits weighted 2 to 13, modulo 23.
    #expect(CINCensusGenerator.upn(1) == "Y201000000001")
    #expect(CINCensusGenerator.upn(1_000) == "V201000001000")
    #expect(CINCensusGenerator.upn(123_456_789) == "P201123456789")
    let upns = try Self.values(["UPN"], in: try Self.generator(seed: 3).document).map(\.1)
    #expect(upns.count == 300)
    #expect(Set(upns).count == 300)
  }

  @Test("what the DfE rules ask: dates in the year, conferences on working days, codes present")
  func validatorRules() throws {
    let year = try CollectionYear(endingIn: 2025)
    let document = try Self.generator(seed: 11, late: 0.3, missing: 0.1).document
    let found = try Self.values(
      [
        "DateOfInitialCPC", "AssessmentAuthorisationDate", "CINclosureDate", "CPPendDate",
        "ReasonForClosure", "AssessmentFactors", "InitialCategoryOfAbuse", "NumberOfPreviousCPP",
      ], in: document)
    var seen: [String: Int] = [:]
    for (name, value) in found {
      seen[name, default: 0] += 1
      switch name {
      case "DateOfInitialCPC":
        // Rules 8715 and 8875.
        let day = try CalendarDay(iso8601: value)
        #expect(try WorkingCalendar.englandAndWales.isWorkingDay(day))
        #expect(year.contains(day))
      case "AssessmentAuthorisationDate", "CINclosureDate", "CPPendDate":
        // Rules 8696, 8620 and 8930.
        #expect(year.contains(try CalendarDay(iso8601: value)))
      case "ReasonForClosure":
        // Rules 8585Q and 2990.
        #expect(!["RC2", "RC8", "RC9"].contains(value))
      default: break
      }
    }
    for name in ["DateOfInitialCPC", "CINclosureDate", "CPPendDate", "AssessmentFactors"] {
      #expect((seen[name] ?? 0) > 5)
    }
    #expect(seen["InitialCategoryOfAbuse"] == seen["NumberOfPreviousCPP"])
    // An enquiry with neither a target nor a conference says none was required (8675Q, 8868).
    let (audit, _) = try Self.audit(document)
    #expect(audit.counts[.initialConferences]?.outcomeNotRecorded == 0)
    #expect((audit.counts[.initialConferences]?.notRequired ?? 0) > 5)
  }

  @Test("late and missing rates show in the audit")
  func rates() throws {
    let (audit, _) = try Self.audit(try Self.generator(seed: 7, late: 0.3, missing: 0.2).document)
    let counts = try #require(audit.counts[.assessments])
    #expect(counts.late > 0)
    #expect(counts.missing > 0)
    let share = Double(counts.late + counts.missing) / Double(counts.due)
    #expect(share > 0.3 && share < 0.7)
  }

  @Test(
    "impossible settings are refused",
    arguments: [
      (-1, 0.1, 0.1), (1_000_001, 0.1, 0.1), (10, 1.5, 0.0), (10, -0.1, 0.0), (10, 0.6, 0.6),
    ])
  func refused(children: Int, late: Double, missing: Double) throws {
    #expect(throws: CINCensusGenerator.ConfigurationError.self) {
      try CINCensusGenerator(
        children: children, seed: 1, year: try CollectionYear(endingIn: 2025), lateRate: late,
        missingRate: missing, timescales: try CINTestSupport.timescales())
    }
  }
}
