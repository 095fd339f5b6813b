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
  }

  var proposals: [Proposal]

  /// Three proposals drawn from a fixed seed, prepared four weeks before `day`.
  init(day: CalendarDay) {
    var random = SeededGenerator(seed: 7)
    let kits = [
      ["pendant", "smokeDetector"], ["pendant", "exitSensor"], ["gpsLocator", "fallDetector"],
    ]
    let prepared = day.advanced(by: -28)
    proposals = kits.enumerated().map { index, kit in
      let lacksCapacity = index == 2
      let consent = ConsentRecord(
        given: true, recordedOn: prepared,
        reviewBy: random.bool(probability: 0.5) ? prepared.adding(months: 6) : nil,
        reviewOnChange: true)
      let proposal = TelecareProposal(
        preparedOn: prepared,
        person: .init(pseudonym: "DEMO-\(index + 1)", aims: ["to feel safe at home"]),
        needs: ["falls"], notAddressed: index == 0 ? ["loneliness"] : nil,
        wellbeing: [.health, .control], devices: kit.map { .init(type: $0) },
        responders: [.init(role: .keyHolder, agreed: random.bool(probability: 0.7))],
        carers: index == 0 ? [] : nil,
        handsOnCare: .init(
          currentHoursPerWeek: Double(random.int(in: 0...14)),
          replacedHoursPerWeek: index == 1 ? 2 : 0, agreementRecorded: false),
        consent: lacksCapacity ? nil : consent,
        capacity: [
          CapacityAssessment(
            decision: "telecare", devices: kit, assessedOn: prepared,
            outcome: lacksCapacity ? .lacksCapacity : .hasCapacity, practicableStepsTaken: true,
            unableTo: lacksCapacity ? [.retain] : [], impairmentOrDisturbance: lacksCapacity)
        ],
        costs: CostRecord(
          policy: .meansTested(fullWeeklyPence: 500, minimumIncomeGuaranteeWeeklyPence: 22_865),
          weeklyIncomePence: 22_865 + random.int(in: 0...800), equipmentToMeetOrPreventNeeds: true,
          quotedToPersonOn: index == 1 ? nil : prepared),
        connectivity: ConnectivityRecord(
          line: index == 0 ? .digital : .analogue, batteryBackupHours: 4,
          lastSuccessfulTestCall: day.advanced(by: -random.int(in: 3...40))),
        review: .init(
          firstReviewWeeksAfterInstallation: 6, intervalMonths: 12,
          monitoringFeedbackToSocialWorker: index != 2))
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

  var lines: [String] {
    var lines = [
      "", "Telecare (ethical review: EFORTT, MCA 2005, Care Act 2014; never an approval):",
    ]
    for proposal in proposals {
      let findings = FindingSeverity.allCases.reversed().compactMap { severity in
        proposal.findings[severity.rawValue].map { "\($0) \(severity)" }
      }
      let cost = proposal.weeklyPence.map { weekly in
        "\(ChargeQuote.pounds(weekly)) a week, \(ChargeQuote.pounds(proposal.annualPence ?? 0)) a year"
      }
      lines.append(
        "  \(proposal.pseudonym) (\(proposal.devices.joined(separator: ", "))): "
          + "\(proposal.answered) answered, open \(proposal.open.map(String.init).joined(separator: ","))"
          + "; findings: \(findings.isEmpty ? "none" : findings.joined(separator: ", "))"
          + "; cost \(cost ?? "not worked out")")
    }
    lines.append("  run 'practice telecare review FILE.json' for a proposal of your own")
    return lines
  }
}
