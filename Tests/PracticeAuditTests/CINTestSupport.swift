import PracticeAudit

/// The tests' own timescales (the audit never imports PracticeLaw): Working Together's shape,
/// with the same event kinds.
enum CINTestSupport {
  static func timescales() throws -> CINTimescales {
    let provenance = Provenance(.unverified, [], note: "test timescale")
    return CINTimescales(
      assessments: [
        try Timescale(
          id: "test.assessment", title: "Assessment", trigger: "referral",
          target: "assessmentCompleted", periods: [Period(45, .workingDays)],
          provenance: provenance)
      ],
      initialConferences: [
        try Timescale(
          id: "test.icpc", title: "ICPC", trigger: "strategyDiscussion",
          target: "initialChildProtectionConference", periods: [Period(15, .workingDays)],
          provenance: provenance)
      ],
      reviewConferences: [
        try Timescale(
          id: "test.reviews", title: "Reviews", trigger: "childProtectionPlanStarted",
          target: "childProtectionReviewConference",
          periods: [Period(3, .months), Period(6, .months)], repeatsLast: true,
          endsOn: ["childProtectionPlanEnded"], provenance: provenance)
      ],
      preProceedings: [
        try Timescale(
          id: "test.preproceedings", title: "Pre-proceedings", trigger: "preProceedingsStarted",
          target: "preProceedingsEnded", periods: [Period(16, .weeks, counting: .beginningWith)],
          provenance: provenance)
      ])
  }

  /// The path of a fixture in Fixtures/cin/.
  static func fixture(_ name: String) -> String {
    let directory = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    return (directory + ["Fixtures", "cin", Substring(name)]).joined(separator: "/")
  }

  /// Every child of a census document, with the reader after the last one.
  static func readAll(_ reader: inout CINCensusReader) throws -> [CINChild] {
    var children: [CINChild] = []
    while let child = try reader.next() { children.append(child) }
    return children
  }
}
