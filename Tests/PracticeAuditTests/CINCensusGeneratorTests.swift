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
    for measure in CINMeasure.allCases {
      let counts = try #require(audit.counts[measure])
      #expect(counts.late == 0)
      #expect(counts.missing == 0)
      #expect(counts.notMeasurable == 0)
      #expect(counts.onTime > 10)
    }
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
    arguments: [(-1, 0.1, 0.1), (10, 1.5, 0.0), (10, -0.1, 0.0), (10, 0.6, 0.6)])
  func refused(children: Int, late: Double, missing: Double) throws {
    #expect(throws: CINCensusGenerator.ConfigurationError.self) {
      try CINCensusGenerator(
        children: children, seed: 1, year: try CollectionYear(endingIn: 2025), lateRate: late,
        missingRate: missing, timescales: try CINTestSupport.timescales())
    }
  }
}
