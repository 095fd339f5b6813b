import PracticeLaw
import Testing

@Suite("Realistic options (Re B-S; s1(5); Re B)")
struct RealisticOptionsTests {
  typealias Option = RealisticOptionsAnalysis.RealisticOption

  static func balanced(_ kind: RealisticOptionsAnalysis.OptionKind) -> Option {
    Option(kind, pros: ["for"], cons: ["against"])
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var analysis: RealisticOptionsAnalysis
    var codes: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "complete holistic analysis recommending special guardianship",
      analysis: RealisticOptionsAnalysis(
        options: [balanced(.noOrder), balanced(.specialGuardianship), balanced(.adoption)],
        recommended: .specialGuardianship, reasoning: "weighed against the others"),
      codes: []),
    Case(
      name: "adoption with nothing-else-will-do reasoning",
      analysis: RealisticOptionsAnalysis(
        options: [balanced(.noOrder), balanced(.longTermFostering), balanced(.adoption)],
        recommended: .adoption, reasoning: "weighed", nothingElseWillDo: "necessary because …"),
      codes: []),
    Case(
      name: "adoption without nothing-else-will-do reasoning",
      analysis: RealisticOptionsAnalysis(
        options: [Self.balanced(.noOrder), Self.balanced(.adoption)], recommended: .adoption,
        reasoning: "weighed", nothingElseWillDo: " "),
      codes: ["law.re-b.nothing-else-will-do-not-recorded"]),
    Case(
      name: "linear: one option analysed",
      analysis: RealisticOptionsAnalysis(
        options: [balanced(.adoption), Option(.noOrder, analysed: false)]),
      codes: ["law.re-b-s.option-not-analysed", "law.re-b-s.linear-analysis"]),
    Case(
      name: "no-order option not considered",
      analysis: RealisticOptionsAnalysis(
        options: [balanced(.supervisionOrder), balanced(.childArrangementsOrder)]),
      codes: ["law.s1-5.no-order-not-considered"]),
    Case(
      name: "an option with pros but no cons",
      analysis: RealisticOptionsAnalysis(
        options: [
          balanced(.noOrder), balanced(.specialGuardianship), Option(.adoption, pros: ["for"]),
        ]),
      codes: ["law.re-b-s.option-not-analysed"]),
    Case(
      name: "no options at all",
      analysis: RealisticOptionsAnalysis(),
      codes: ["law.re-b-s.linear-analysis", "law.s1-5.no-order-not-considered"]),
    Case(
      name: "recommendation without reasoning, not among the options",
      analysis: RealisticOptionsAnalysis(
        options: [balanced(.noOrder), balanced(.supervisionOrder)],
        recommended: .longTermFostering),
      codes: [
        "law.re-b-s.recommendation-not-reasoned", "law.re-b-s.recommendation-not-among-options",
      ]),
  ]

  @Test("findings fire exactly when the analysis lacks something", arguments: cases)
  func findings(testCase: Case) {
    #expect(testCase.analysis.findings().map(\.code.rawValue) == testCase.codes)
  }

  @Test("option findings name the option by position and kind, never its text")
  func optionMessage() {
    let analysis = RealisticOptionsAnalysis(
      subject: "C3",
      options: [
        Self.balanced(.noOrder), Self.balanced(.supervisionOrder),
        Option(.adoption, summary: "SECRET-SUMMARY", pros: ["SECRET-PRO"], analysed: false),
      ])
    let finding = analysis.findings().first { $0.code.rawValue == "law.re-b-s.option-not-analysed" }
    #expect(finding?.message.hasPrefix("Option 3 (adoption (placement order))") == true)
    #expect(finding?.message.contains("not marked analysed, no cons") == true)
    #expect(finding?.message.contains("SECRET") == false)
    #expect(finding?.subject == "C3")
    #expect(
      finding?.sources.first?.url == "https://www.bailii.org/ew/cases/EWCA/Civ/2013/1146.html")
  }

  @Test("nothing-else-will-do cites Re B and Re B-S")
  func reBSources() {
    let analysis = RealisticOptionsAnalysis(
      options: [Self.balanced(.noOrder), Self.balanced(.adoption)], recommended: .adoption,
      reasoning: "weighed")
    let finding = analysis.findings().first
    #expect(finding?.code.rawValue == "law.re-b.nothing-else-will-do-not-recorded")
    #expect(
      finding?.sources.map { $0.url } == [
        "https://www.bailii.org/uk/cases/UKSC/2013/33.html",
        "https://www.bailii.org/ew/cases/EWCA/Civ/2013/1146.html",
      ])
  }
}
