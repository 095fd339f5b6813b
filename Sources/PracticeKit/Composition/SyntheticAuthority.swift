/// A seeded synthetic local authority: a year's SSDA903 return and Children in Need census, a
/// year of case-file audits under two frameworks, and a few telecare proposals — everything the
/// combined report needs, made in memory, the same for the same seed.
///
/// The looked-after and census data come from PracticeAudit's generators with the law's own
/// timescales (``StatutoryTimeliness``), read back through the same readers a local authority's
/// files go through, so the report exercises the whole library.
public struct SyntheticAuthority: Sendable, Hashable {
  /// Children in the SSDA903 return and in the census.
  public let children: Int
  /// The seed.
  public let seed: UInt64
  /// The day the report is made: the collection and census years are the last complete ones.
  public let reportDay: CalendarDay

  /// Creates an authority of `children` children reporting on `reportDay`.
  public init(children: Int = 3_000, seed: UInt64 = 2_026, reportDay: CalendarDay) {
    self.children = max(1, children)
    self.seed = seed
    self.reportDay = reportDay
  }

  /// Why the synthetic data could not be made.
  public enum SyntheticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A generator rejected its settings (a message naming the setting).
    case configuration(String)
    /// A due day fell outside the working-day calendar's range.
    case outOfRange

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .configuration(let message): "the synthetic data could not be made: \(message)"
      case .outOfRange: "the report day is outside the dates this library supports"
      }
    }
  }

  /// The last collection year (1 April to 31 March) that ended before the report day.
  public func collectionYear() throws(SyntheticError) -> CollectionYear {
    guard let year = (try? CollectionYear(containing: reportDay))?.previous else {
      throw .outOfRange
    }
    return year
  }

  /// The year's SSDA903 return, generated and read back.
  public func lookedAfterReturn() throws(SyntheticError) -> SSDA903.Return {
    let reviews = StatutoryTimeliness.lookedAfterReviews
    let year = try collectionYear()
    let generator: SSDA903Generator
    do {
      generator = try SSDA903Generator(
        children: children, seed: seed, year: year, reviews: reviews,
        calendar: .englandAndWales)
    } catch {
      throw .configuration(error.description)
    }
    let files: [SSDA903Generator.File]
    do {
      files = try generator.files()
    } catch {
      throw .outOfRange
    }
    return SSDA903.Reader(year: year).read(
      files: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
  }

  /// The year's Children in Need census, generated as XML, streamed and audited.
  public func childrenInNeedAudit() throws(SyntheticError) -> CINTimelinessAudit {
    let year = try collectionYear()
    let generator: CINCensusGenerator
    do {
      generator = try CINCensusGenerator(
        children: children, seed: seed, year: year,
        timescales: .workingTogether,
        calendar: .englandAndWales)
    } catch {
      throw .configuration(error.description)
    }
    var reader = CINCensusReader(string: generator.document)
    do {
      return try CINTimelinessAudit.statutory(reading: &reader, year: year)
    } catch {
      throw .configuration("the generated census did not read back: \(error.description)")
    }
  }

  /// The authority's live caseload as of the report day: the same number of children, numbered
  /// as the census numbers them, from the same seed (``CaseloadGenerator``).
  public var caseload: CaseloadGenerator {
    CaseloadGenerator(children: children, seed: seed, asOf: reportDay)
  }

  /// What is overdue and due in the next 10 working days on ``caseload``.
  public func caseloadDue() throws(SyntheticError) -> CaseloadDue {
    do {
      return try Caseload(events: caseload.events()).due(asOf: reportDay)
    } catch let error as CaseloadReadError {
      throw .configuration(error.description)
    } catch {
      throw .outOfRange
    }
  }

  /// A year of case-file audits under the ILACS-aligned framework, the loop introduced halfway.
  public var caseAudits: AuditCycle {
    AuditCycleGenerator(seed: seed).cycle(endingBefore: reportDay)
  }

  /// The same year's audits under the relationship-based practice framework.
  public var relationshipAudits: AuditCycle {
    AuditCycleGenerator(seed: seed &+ 1, framework: RelationshipPractice.framework)
      .cycle(endingBefore: reportDay)
  }

  /// Three telecare proposals prepared four weeks before the report day: a pendant and smoke
  /// detector for a person with capacity; an exit sensor that replaces some hands-on care and
  /// was not costed to the person; GPS and a fall detector for a person who lacks capacity.
  public var telecareProposals: [TelecareProposal] {
    var random = SeededGenerator(seed: seed &+ 7)
    let kits = [
      ["pendant", "smokeDetector"], ["pendant", "exitSensor"], ["gpsLocator", "fallDetector"],
    ]
    let prepared = reportDay.advanced(by: -28)
    return kits.enumerated().map { index, kit in
      let lacksCapacity = index == 2
      let consent = ConsentRecord(
        given: true, recordedOn: prepared,
        reviewBy: random.bool(probability: 0.5) ? prepared.adding(months: 6) : nil,
        reviewOnChange: true)
      return TelecareProposal(
        preparedOn: prepared,
        person: .init(pseudonym: "TC-\(index + 1)", aims: ["to feel safe at home"]),
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
          lastSuccessfulTestCall: reportDay.advanced(by: -random.int(in: 3...40))),
        review: .init(
          firstReviewWeeksAfterInstallation: 6, intervalMonths: 12,
          monitoringFeedbackToSocialWorker: index != 2))
    }
  }
}
