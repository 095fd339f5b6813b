import PracticeTelecare

/// Hand-written proposals and call logs for the tests: a baseline with every question answered
/// and no finding, which each test changes in one place.
enum Samples {
  static let day = CalendarDay(2025, 6, 2)

  /// A person with capacity who consents: every question answered, no finding.
  static var proposal: TelecareProposal {
    TelecareProposal(
      preparedOn: CalendarDay(2025, 5, 1),
      person: .init(pseudonym: "P-0001", aims: ["to feel safe at night"]),
      needs: ["falls at night"], notAddressed: ["loneliness"], wellbeing: [.health, .control],
      devices: [.init(type: "pendant"), .init(type: "exitSensor", alertsCarer: true)],
      responders: [.init(role: .keyHolder, agreed: true)],
      carers: [.init(relationship: "daughter", consulted: true, effectConsidered: true)],
      handsOnCare: .init(
        currentHoursPerWeek: 10, replacedHoursPerWeek: 0, agreementRecorded: false),
      privacy: .init(discussed: true, dataSharedWith: ["monitoring centre", "daughter"]),
      consent: ConsentRecord(
        given: true, recordedOn: CalendarDay(2025, 5, 1), reviewBy: CalendarDay(2025, 11, 1),
        reviewOnChange: true),
      capacity: [
        CapacityAssessment(
          decision: "to have a pendant and an exit sensor", devices: ["pendant", "exitSensor"],
          assessedOn: CalendarDay(2025, 4, 28), outcome: .hasCapacity, practicableStepsTaken: true)
      ],
      eligibility: EligibilityRecord(
        assessedOn: CalendarDay(2025, 4, 20), outcomesUnableToAchieve: [.homeSafety, .nutrition],
        arisesFromImpairmentOrIllness: true, significantImpactOnWellbeing: true),
      costs: CostRecord(
        policy: .flat(weeklyPence: 450), equipmentToMeetOrPreventNeeds: true,
        quotedToPersonOn: CalendarDay(2025, 4, 30)),
      connectivity: ConnectivityRecord(
        line: .digital, batteryBackupHours: 4, lastSuccessfulTestCall: CalendarDay(2025, 5, 20)),
      review: .init(
        firstReviewWeeksAfterInstallation: 6, intervalMonths: 12,
        monitoringFeedbackToSocialWorker: true))
  }

  /// The baseline for a person who lacks capacity: a complete functional test, a complete
  /// best-interests record, and deprivation of liberty considered. No finding.
  static var lackingCapacity: TelecareProposal {
    var proposal = proposal
    proposal.consent = nil
    proposal.capacity = [
      CapacityAssessment(
        decision: "to have a pendant and an exit sensor", devices: ["pendant", "exitSensor"],
        assessedOn: CalendarDay(2025, 4, 28), outcome: .lacksCapacity,
        practicableStepsTaken: true, unableTo: [.retain, .useOrWeigh],
        impairmentOrDisturbance: true)
    ]
    proposal.bestInterests = BestInterestsRecord(
      decidedOn: CalendarDay(2025, 4, 30), decision: "exit sensor alerting the daughter",
      considered: BestInterestsRecord.ChecklistItem.allCases, consulted: [.carer, .attorney],
      lessRestrictiveOption: "a door chime before any monitoring-centre alert")
    proposal.liberty = LibertyRecord(
      consideredOn: CalendarDay(2025, 4, 30), amountsToDeprivation: false,
      courtOfProtectionApplication: false)
    return proposal
  }

  /// A hand-computed call log (see CallLogTests for the expected figures).
  static let callLog = """
    call_id,installation,device,raised_at,answered_at,closed_at,outcome,dispatched_at,arrived_at
    C1,I-1,pendant,2025-03-01T10:00:00,2025-03-01T10:00:30,2025-03-01T10:05:00,advice,,
    C2,I-1,pendant,2025-03-01T11:00:00,2025-03-01T11:01:00,2025-03-01T11:04:00,advice,,
    C3,I-1,pendant,2025-03-02T09:00:00,2025-03-02T09:01:01,2025-03-02T09:06:00,advice,,
    C4,I-2,smokeDetector,2025-03-02T12:00:00,2025-03-02T12:03:00,2025-03-02T12:10:00,emergency,,
    C5,I-2,smokeDetector,2025-03-03T08:00:00,2025-03-03T08:03:01,2025-03-03T08:09:00,fault,,
    C6,I-2,pendant,2025-03-03T13:00:00,,,,,
    C7,I-1,pendant,2025-03-03T23:59:40,2025-03-04T00:00:25,2025-03-04T00:05:00,advice,,
    C8,I-1,fallDetector,2025-03-05T07:00:00,2025-03-05T07:00:10,2025-03-05T07:01:00,false-alarm,,
    C9,I-1,fallDetector,2025-03-06T02:00:00,2025-03-06T02:00:20,2025-03-06T03:00:00,emergency,2025-03-06T02:05:00,2025-03-06T02:45:00
    C10,I-2,pendant,2025-03-07T18:00:00,2025-03-07T18:01:30,2025-03-07T19:00:00,emergency,2025-03-07T18:03:00,2025-03-07T18:45:01

    """

  /// A log with bad rows among good ones; the line numbers are asserted in CallLogTests.
  static let badCallLog = """
    call_id,installation,device,raised_at,answered_at,closed_at,outcome,dispatched_at,arrived_at
    G1,I-1,pendant,2025-03-01T10:00:00,2025-03-01T10:00:30,,advice,,
    B1,I-1,pendant,2025-02-30T10:00:00,,,,,
    B2,I-1,pendant,2025-03-01T10:00:00
    B3,I-1,pendant,2025-03-01T10:00:00,2025-03-01T09:59:59,,,,
    ,I-1,pendant,2025-03-01T10:00:00,,,,,
    G1,I-1,pendant,2025-03-01T11:00:00,,,,,
    B4,I-1,pendant,2025-03-01T11:00:00,,,,,2025-03-01T11:30:00
    B5,I-1,pendant,2025-03-01 11:00,,,,,
    G2,I-2,pendant,2025-03-01T12:00:00,2025-03-01T12:00:05,,,,

    """
}
