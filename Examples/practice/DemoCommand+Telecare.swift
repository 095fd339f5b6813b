import PracticeKit

/// The demo's telecare section: a few seeded proposals reviewed on the demo day, with the open
/// questions, the findings by severity and the weekly and annual cost each person is quoted.
struct DemoTelecare: Encodable {
  /// One reviewed proposal.
  struct Proposal: Encodable {
    var pseudonym: String
    var devices: [String]
    var answered: Int
    var open: [Int]
    var findings: [String: Int]
    @Nullable var weeklyPence: Int?
    @Nullable var annualPence: Int?

    /// The devices by their names for people ("Pendant / wrist alarm"); JSON keeps the ids.
    var deviceNames: String {
      devices.map { DeviceCatalogue.standard.device($0)?.name ?? $0 }.joined(separator: ", ")
    }
  }

  var proposals: [Proposal]

  /// The synthetic authority's three proposals (seed 0), prepared four weeks before `day`.
  init(day: CalendarDay) {
    let authority = SyntheticAuthority(children: 1, seed: 0, reportDay: day)
    proposals = authority.telecareProposals.map { proposal in
      let kit = proposal.devices.map(\.type)
      let review = EthicalReview(proposal, on: day)
      var counts: [String: Int] = [:]
      for finding in review.findings { counts[finding.severity.rawValue, default: 0] += 1 }
      return Proposal(
        pseudonym: review.subject, devices: kit,
        answered: review.answers.count { $0.status == .answered },
        open: review.openQuestions.map(\.id), findings: counts,
        weeklyPence: review.quote?.monitoringWeeklyPence,
        annualPence: review.quote?.monitoringAnnualPence)
    }
  }

  /// The demo report's section.
  var section: PracticeReport.Section {
    var lines: [String] = []
    for proposal in proposals {
      let findings = FindingSeverity.allCases.reversed().compactMap { severity in
        proposal.findings[severity.rawValue].map { "\($0) \(severity)" }
      }
      let cost = proposal.weeklyPence.map { weekly in
        "\(ChargeQuote.pounds(weekly)) a week, \(ChargeQuote.pounds(proposal.annualPence ?? 0)) a year"
      }
      lines.append(
        "\(proposal.pseudonym) (\(proposal.deviceNames)): "
          + "\(proposal.answered) answered, open \(proposal.open.map(String.init).joined(separator: ","))"
          + "; findings: \(findings.isEmpty ? "none" : findings.joined(separator: ", "))"
          + "; cost \(cost ?? "not worked out")")
    }
    return .init(
      id: "telecare", title: "Telecare",
      blocks: [
        .paragraph("Ethical review: EFORTT, MCA 2005, Care Act 2014; never an approval."),
        .list(lines),
        .paragraph("Run 'practice telecare review FILE.json' for a proposal of your own."),
      ])
  }
}
