/// The ethical review of a ``TelecareProposal`` on a day: each of the twelve
/// ``EthicalQuestion``s answered from the proposal or left open, the findings, and the cost.
///
/// The review is an aid to deliberation, never a verdict: it has no "approved" state. Open
/// questions are reported as open for the person, their carers and the social worker to
/// discuss (EFORTT: "not a checklist for 'yes/no' answers").
public struct EthicalReview: Sendable, Hashable, Codable {
  /// Where a question stands.
  public enum Status: String, Sendable, Hashable, Codable {
    /// The proposal records an answer (findings may still apply).
    case answered
    /// The proposal does not record an answer: to be discussed.
    case open
    /// The question does not arise for this proposal (for example best interests for a person
    /// with capacity).
    case notApplicable
  }

  /// One question and where it stands.
  public struct Answer: Sendable, Hashable, Codable {
    /// The question.
    public var question: EthicalQuestion
    /// Answered, open or not applicable.
    public var status: Status
    /// What the proposal records, or what is missing, in plain words (no personal data).
    public var note: String
    /// The findings under this question.
    public var findings: [Finding]
  }

  /// The day of the review.
  public var day: CalendarDay
  /// The person's pseudonym.
  public var subject: String
  /// The twelve answers, in question order.
  public var answers: [Answer]
  /// The cost quote, when the proposal records a charging policy that yields one.
  public var quote: ChargeQuote?

  /// Reviews `proposal` on `day`.
  ///
  /// - Parameters:
  ///   - proposal: the proposal.
  ///   - day: the day of the review: review dates, the switchover and test calls are judged on it.
  ///   - catalogue: the device types the proposal's ids refer to; an id not in it is a finding
  ///     (``TelecareProposal/init(json:catalogue:)`` rejects it on reading).
  ///   - connectivity: the connectivity check (test-call interval).
  public init(
    _ proposal: TelecareProposal, on day: CalendarDay, catalogue: DeviceCatalogue = .standard,
    connectivity: ConnectivityCheck = ConnectivityCheck()
  ) {
    self.day = day
    subject = proposal.person.pseudonym
    let context = ReviewContext(proposal: proposal, day: day, catalogue: catalogue)
    var quote: ChargeQuote?
    answers = EthicalQuestion.all.map { question in
      let (status, note, findings) = context.answer(
        question, connectivity: connectivity, quote: &quote)
      return Answer(question: question, status: status, note: note, findings: findings)
    }
    self.quote = quote
  }

  /// Every finding, in question order.
  public var findings: [Finding] { answers.flatMap(\.findings) }

  /// The questions left open.
  public var openQuestions: [EthicalQuestion] {
    answers.filter { $0.status == .open }.map(\.question)
  }

  /// A one-line summary that never labels the proposal approved.
  public var summary: String {
    let open = openQuestions.count
    let answered = answers.count { $0.status == .answered }
    return
      "\(answered.counted("question")) answered, \(open) open, \(findings.count.counted("finding")). "
      + "This review supports deliberation; it does not approve or reject the proposal."
  }

  /// The findings as a report titled for the person.
  public var report: FindingReport {
    FindingReport(title: "Telecare ethical review: \(subject) on \(day)", findings: findings)
  }
}

/// The answering of each question: one function per question, one place per rule.
private struct ReviewContext {
  let proposal: TelecareProposal
  let day: CalendarDay
  let devices: [DeviceType]
  let capacity: CapacityAssessment?

  let unknownDevices: Int

  init(proposal: TelecareProposal, day: CalendarDay, catalogue: DeviceCatalogue) {
    self.proposal = proposal
    self.day = day
    devices = proposal.devices.compactMap { catalogue.device($0.type) }
    unknownDevices = proposal.devices.count - devices.count
    capacity = proposal.latestCapacity
  }

  var subject: String { proposal.person.pseudonym }
  var lacksCapacity: Bool { capacity?.outcome == .lacksCapacity }

  func finding(
    _ code: FindingCode, _ severity: FindingSeverity, _ message: String, _ sources: [Source],
    due: CalendarDay? = nil, actual: CalendarDay? = nil
  ) -> Finding {
    Finding(
      code: code, severity: severity, message: message, subject: subject,
      dueDay: due, actualDay: actual, sources: sources)
  }

  typealias Result = (EthicalReview.Status, String, [Finding])

  func answer(
    _ question: EthicalQuestion, connectivity: ConnectivityCheck, quote: inout ChargeQuote?
  ) -> Result {
    switch question.id {
    case 1: aims()
    case 2: consent()
    case 3: bestInterests()
    case 4: liberty()
    case 5: privacy()
    case 6: responders()
    case 7: handsOnCare()
    case 8: cost(&quote)
    case 9: wellbeing()
    case 10: carers()
    case 11: connectivityAnswer(connectivity)
    default: review()
    }
  }

  func aims() -> Result {
    // A device the catalogue does not describe cannot be weighed: what it does is unknown.
    let unknown =
      unknownDevices == 0
      ? []
      : [
        finding(
          .telecareDevicesUnknown, .concern,
          "\(unknownDevices.counted("proposed device")) \(unknownDevices == 1 ? "is" : "are") not in the device catalogue: what they do, "
            + "collect and alert is unknown to this review.", [.efortt("Table 1, row 2")])
      ]
    let (status, note, findings) = aimsInTheirWords()
    return (status, note, unknown + findings)
  }

  func aimsInTheirWords() -> Result {
    let aims = proposal.person.aims.filter { !$0.trimmingWhitespace.isEmpty }
    guard !aims.isEmpty else {
      return (
        .open, "No aims recorded in the person's words.",
        [
          finding(
            .telecareAimsNotRecorded, .advisory,
            "The person's own aims are not recorded: begin from their view of their well-being.",
            [.careAct("s1(3)(a)-(b)", section: 1)])
        ]
      )
    }
    guard let limits = proposal.notAddressed else {
      return (
        .open, "\(aims.count.counted("aim")) recorded; what telecare will not address is not.", []
      )
    }
    return (
      .answered,
      "\(aims.count.counted("aim")) recorded; \(limits.count.counted("problem")) it will not address.",
      []
    )
  }

  func consent() -> Result {
    let mca = Source.mentalCapacityAct("s1-s3", section: 1)
    var findings: [Finding] = []
    if let capacity {
      let proposed = Set(proposal.devices.map(\.type))
      if !proposed.isSubset(of: Set(capacity.devices)) {
        findings.append(
          finding(
            .telecareCapacityNotDecisionSpecific, .concern,
            "The latest capacity assessment does not cover every proposed device: capacity is "
              + "assessed for this decision.", [mca], actual: capacity.assessedOn))
      }
      // Time-specific: a change of needs or devices after the assessment calls for a new one.
      if let change = proposal.changes.map(\.day).filter({ $0 > capacity.assessedOn }).max() {
        findings.append(
          finding(
            .telecareCapacityNotReassessedAfterChange, .concern,
            "Needs or devices changed after the latest capacity assessment: capacity is "
              + "assessed at the time of the decision.",
            [mca, .mentalCapacityAct("s2(1)", section: 2)],
            due: change, actual: capacity.assessedOn))
      }
      if capacity.outcome == .lacksCapacity {
        if !capacity.practicableStepsTaken {
          findings.append(
            finding(
              .telecareCapacityNoPracticableSteps, .breach,
              "Incapacity is recorded without all practicable steps to help the person decide "
                + "(MCA 2005 s1(3)).", [.mentalCapacityAct("s1(3)", section: 1)],
              actual: capacity.assessedOn))
        }
        if capacity.unableTo.isEmpty || capacity.impairmentOrDisturbance != true {
          findings.append(
            finding(
              .telecareCapacityIncompleteTest, .concern,
              "Incapacity is recorded without the impairment (s2(1)) and the abilities the person "
                + "could not exercise (s3(1)).",
              [.mentalCapacityAct("s2(1)", section: 2), .mentalCapacityAct("s3(1)", section: 3)],
              actual: capacity.assessedOn))
        }
        return (.answered, "The person lacks capacity for this decision on record.", findings)
      }
    }
    guard let consent = proposal.consent else {
      findings.append(
        finding(
          .telecareConsentNotRecorded, .concern,
          "No consent is recorded; a person is presumed to have capacity (MCA 2005 s1(2)).",
          [.mentalCapacityAct("s1(2)", section: 1), .scie2010]))
      return (.open, "Consent is not recorded.", findings)
    }
    let notOneOff = [Source.efortt("Abstract; Conclusions"), .crossedLines]
    if !consent.given {
      findings.append(
        finding(
          .telecareConsentRefused, .concern,
          "The person has not consented; a person with capacity may refuse, even unwisely "
            + "(MCA 2005 s1(4)).", [.mentalCapacityAct("s1(4)", section: 1)],
          actual: consent.recordedOn))
    }
    if let reviewBy = consent.reviewBy {
      if day > reviewBy {
        findings.append(
          finding(
            .telecareConsentReviewOverdue, .concern, "The consent review date has passed.",
            notOneOff,
            due: reviewBy))
      }
    } else {
      findings.append(
        finding(
          .telecareConsentNoReviewDate, .breach,
          "No consent review date: consent to telecare is not a one-off.", notOneOff,
          actual: consent.recordedOn))
    }
    if !consent.reviewOnChange {
      findings.append(
        finding(
          .telecareConsentNoReviewOnChange, .advisory,
          "Consent is not set to be revisited when needs or devices change.", notOneOff))
    }
    if let change = proposal.changes.filter({ $0.day > consent.recordedOn }).map(\.day).max() {
      findings.append(
        finding(
          .telecareConsentNotRevisitedAfterChange, .concern,
          "Needs or devices changed after consent was recorded: revisit consent.", notOneOff,
          due: change, actual: consent.recordedOn))
    }
    let state = consent.given ? "given" : "refused"
    return (
      .answered,
      "Consent \(state) on \(consent.recordedOn)"
        + (consent.reviewBy.map { ", to be revisited by \($0)." } ?? "."), findings
    )
  }

  func bestInterests() -> Result {
    guard lacksCapacity else {
      return (.notApplicable, "The person is not recorded as lacking capacity.", [])
    }
    guard let record = proposal.bestInterests else {
      return (
        .open, "No best-interests record.",
        [
          finding(
            .telecareCapacityNoBestInterests, .breach,
            "The person lacks capacity and there is no best-interests record (MCA 2005 s1(5), s4).",
            [.mentalCapacityAct("s1(5)", section: 1), .mentalCapacityAct("s4", section: 4)])
        ]
      )
    }
    var findings: [Finding] = []
    let s4 = Source.mentalCapacityAct("s4", section: 4)
    let missing = record.missingItems
    if !missing.isEmpty {
      findings.append(
        finding(
          .telecareBestInterestsChecklistIncomplete, .concern,
          "The best-interests checklist does not record "
            + missing.map(\.locator).joined(separator: ", ") + ".", [s4],
          actual: record.decidedOn))
    }
    if record.consulted.isEmpty {
      findings.append(
        finding(
          .telecareBestInterestsNoOneConsulted, .concern,
          "No one is recorded as consulted (carers, anyone named, an attorney or deputy: s4(7)).",
          [.mentalCapacityAct("s4(7)", section: 4)], actual: record.decidedOn))
    }
    if (record.lessRestrictiveOption ?? "").trimmingWhitespace.isEmpty {
      findings.append(
        finding(
          .telecareBestInterestsNoLessRestrictiveOption, .concern,
          "No less restrictive option is recorded (MCA 2005 s1(6)): for example a pendant before "
            + "passive tracking, or a carer's alert before a locked door.",
          [.mentalCapacityAct("s1(6)", section: 1)], actual: record.decidedOn))
    }
    return (
      .answered,
      "Best-interests decision on \(record.decidedOn); \(record.consulted.count.counted("consultee")).",
      findings
    )
  }

  func liberty() -> Result {
    let movement = devices.filter(\.monitorsMovement)
    guard !movement.isEmpty else {
      return (.notApplicable, "No proposed device monitors or restricts movement.", [])
    }
    let sources = [
      Source.mentalCapacityAct("s6(4)(b)", section: 6), .cheshireWest, .researchInPractice2023,
    ]
    let names = movement.map(\.name).joined(separator: ", ")
    guard let record = proposal.liberty else {
      // A person with capacity who consents is not deprived of liberty; otherwise consider it.
      if capacity?.outcome == .hasCapacity, proposal.consent?.given == true {
        return (.answered, "\(names): the person has capacity and consents.", [])
      }
      return (
        .open, "\(names) monitor movement; deprivation of liberty is not recorded as considered.",
        [
          finding(
            .telecareLibertyConsiderDeprivation, .concern,
            "A device monitors or restricts movement (\(names)): consider whether the "
              + "arrangements amount to a deprivation of liberty and whether the Court of "
              + "Protection route is needed.", sources)
        ]
      )
    }
    var findings: [Finding] = []
    if record.amountsToDeprivation, !record.courtOfProtectionApplication {
      findings.append(
        finding(
          .telecareLibertyNoAuthorisation, .breach,
          "The arrangements are judged a deprivation of liberty at home with no Court of "
            + "Protection application (DoLS cover only care homes and hospitals).", sources,
          actual: record.consideredOn))
    }
    return (.answered, "Deprivation of liberty considered on \(record.consideredOn).", findings)
  }

  func privacy() -> Result {
    let watching = devices.filter { $0.isPassive && $0.monitorsMovement }
    var findings: [Finding] = []
    if !watching.isEmpty, proposal.privacy?.discussed != true {
      findings.append(
        finding(
          .telecarePrivacyNotDiscussed, .concern,
          "Automatic movement monitoring (\(watching.map(\.name).joined(separator: ", "))) with "
            + "no recorded discussion of privacy; older people were wary of passive sensors.",
          [.efortt("Table 1, row 3"), .scie2010, .crossedLines]))
    }
    guard let privacy = proposal.privacy, !privacy.dataSharedWith.isEmpty else {
      return (.open, "Who sees the data is not recorded.", findings)
    }
    return (
      .answered,
      "Data shared with \(privacy.dataSharedWith.count.counted("recipient")); privacy "
        + (privacy.discussed ? "discussed." : "not discussed."), findings
    )
  }

  func responders() -> Result {
    let agreed = (proposal.responders ?? []).filter(\.agreed)
    let findings =
      agreed.isEmpty
      ? [
        finding(
          .telecareRespondersNoneAgreed, .concern,
          "No responder or key holder has agreed to respond to alarms.",
          [.qsfCallAnswering, .generationDefinitions])
      ] : []
    guard let responders = proposal.responders else {
      return (.open, "Responders are not recorded.", findings)
    }
    return (
      .answered, "\(agreed.count) of \(responders.count.counted("responder")) agreed.", findings
    )
  }

  func handsOnCare() -> Result {
    guard let care = proposal.handsOnCare else {
      return (.open, "Current hands-on care is not recorded.", [])
    }
    guard care.replacedHoursPerWeek > 0 else {
      return (.answered, "Telecare replaces no hands-on care.", [])
    }
    let findings =
      care.agreementRecorded
      ? []
      : [
        finding(
          .telecareHandsOnCareReplacedWithoutAgreement, .concern,
          "Telecare replaces hands-on care without recorded agreement; older people said it "
            + "should never replace hands-on care.",
          [.efortt("Abstract"), .efortCordis, .crossedLines])
      ]
    return (.answered, "Telecare replaces some hands-on care each week.", findings)
  }

  func cost(_ quote: inout ChargeQuote?) -> Result {
    let notQuoted = finding(
      .telecareCostNotQuoted, .concern,
      "The weekly and annual cost was not quoted to the person before they decided; cost was the "
        + "main reason people refused, and social workers could not quote it.",
      [.crossedLines, .chargingRegulations])
    var findings = proposal.eligibility?.findings(subject: subject) ?? []
    guard let costs = proposal.costs else {
      return (.open, "No charging policy or cost is recorded.", [notQuoted] + findings)
    }
    do {
      quote = try costs.quote()
    } catch {
      findings.append(
        finding(
          .telecareCostCannotCompute, .concern, "The charge cannot be worked out: \(error).",
          [.chargingRegulations]))
    }
    if quote?.isMaximum == true {
      findings.append(
        finding(
          .telecareCostNoFinancialAssessment, .advisory,
          "No financial assessment: the figure is the most the person would pay.",
          [.preventingNeedsRegulations]))
    }
    if let quoted = costs.quotedToPersonOn {
      if let consent = proposal.consent, quoted > consent.recordedOn {
        findings.append(
          finding(
            .telecareCostQuotedAfterConsent, .concern,
            "The cost was quoted after the person consented.", [.crossedLines],
            due: consent.recordedOn, actual: quoted))
      }
    } else {
      findings.insert(notQuoted, at: 0)
    }
    guard let quote else { return (.open, "The charge could not be worked out.", findings) }
    let note =
      "Monitoring \(ChargeQuote.pounds(quote.monitoringWeeklyPence)) a week "
      + "(\(ChargeQuote.pounds(quote.monitoringAnnualPence)) a year)"
      + (quote.isMaximum ? " at most" : "") + "; equipment "
      + (quote.equipment == .free ? "free." : "not covered by this policy.")
    return (.answered, note, findings)
  }

  func wellbeing() -> Result {
    guard !proposal.wellbeing.isEmpty else {
      return (
        .open, "No well-being aspect recorded.",
        [
          finding(
            .telecareWellbeingNoneRecorded, .advisory,
            "No Care Act s1(2) well-being aspect is recorded as supported.",
            [.careAct("s1(2)", section: 1)])
        ]
      )
    }
    let letters = proposal.wellbeing.map(\.paragraph).sorted().joined(separator: ", ")
    return (.answered, "Well-being aspects s1(2)(\(letters)).", [])
  }

  func carers() -> Result {
    guard let carers = proposal.carers else { return (.open, "Carers are not recorded.", []) }
    guard !carers.isEmpty else { return (.answered, "No unpaid carer.", []) }
    let unconsidered = carers.count { !$0.effectConsidered }
    let findings =
      unconsidered == 0
      ? []
      : [
        finding(
          .telecareCarersEffectNotConsidered, .advisory,
          "The effect on \(unconsidered.counted("carer")) is not recorded as considered.",
          [.careAct("s2(1)(b),(d)", section: 2)])
      ]
    let alerts = proposal.devices.contains(where: \.alertsCarer)
    return (
      .answered,
      "\(carers.count.counted("carer")); "
        + (alerts ? "a carer's alert is proposed." : "no carer's alert."),
      findings
    )
  }

  func connectivityAnswer(_ check: ConnectivityCheck) -> Result {
    guard let record = proposal.connectivity else {
      return (.open, "The line, battery backup and test calls are not recorded.", [])
    }
    return (
      .answered, "A \(record.line.rawValue) line.",
      check.findings(for: record, on: day, subject: subject)
    )
  }

  func review() -> Result {
    let sources = [Source.efortt("Conclusions"), .crossedLines]
    guard let plan = proposal.review else {
      return (
        .open, "No review plan.",
        [
          finding(
            .telecareReviewNoPlan, .concern, "No review date or interval is planned.", sources)
        ]
      )
    }
    let findings =
      plan.monitoringFeedbackToSocialWorker
      ? []
      : [
        finding(
          .telecareReviewNoFeedback, .advisory,
          "No feedback from the monitoring centre to the social worker is arranged.", sources)
      ]
    return (
      .answered,
      "First review \(plan.firstReviewWeeksAfterInstallation.counted("week")) after installation, then "
        + "every \(plan.intervalMonths.counted("month")).", findings
    )
  }
}
