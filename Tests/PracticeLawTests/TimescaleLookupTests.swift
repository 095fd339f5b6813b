import PracticeLaw
import Testing

@Suite("Typed lookups of built-in timescales and rules")
struct TimescaleLookupTests {
  @Test("each Working Together timescale is found in every edition, by kind, not by id text")
  func workingTogetherByKind() {
    for kind in StatutoryTimescales.WorkingTogetherTimescale.allCases {
      let editions = StatutoryTimescales.workingTogether(kind)
      #expect(
        editions.map(\.id)
          == StatutoryTimescales.workingTogetherEditions.map { "law.wt\($0.id).\(kind.rawValue)" })
      #expect(editions.allSatisfy(StatutoryTimescales.workingTogether.contains))
    }
    #expect(
      StatutoryTimescales.workingTogether.count
        == StatutoryTimescales.workingTogetherEditions.count
        * StatutoryTimescales.WorkingTogetherTimescale.allCases.count)
    let conference = StatutoryTimescales.workingTogether(.initialConference)
    #expect(conference.allSatisfy { $0.initiatingTrigger == .section47StrategyDiscussion })
  }

  @Test("reg 33 reviews and the s32 limit are values, not lookups that can fail")
  func namedRules() {
    #expect(StatutoryTimescales.lookedAfterReviews.id == "law.cpr2010.reg33.reviews")
    #expect(StatutoryTimescales.carePlanning.first == StatutoryTimescales.lookedAfterReviews)
    #expect(CareProceedings.s32Limit.id == "law.s32.limit")
    #expect(CareProceedings.rules.filter { $0.id == "law.s32.limit" } == [CareProceedings.s32Limit])
  }
}
