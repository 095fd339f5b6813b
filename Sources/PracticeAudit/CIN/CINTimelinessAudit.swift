/// A timeliness measure of the Children in Need census.
public enum CINMeasure: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  /// Child and family assessments: authorised within the period of the referral.
  case assessments
  /// Initial child protection conferences: held within the period of the section 47 enquiry's
  /// start (its strategy discussion).
  case initialConferences
  /// Child protection review conferences: the first within the first period of the plan's start,
  /// then each within the repeating period of the previous one.
  case reviewConferences
  /// Pre-proceedings (`PreProceedingsandFGDM`, census 2026/27 on): the decision to step up or
  /// down within the period of the decision to start.
  case preProceedings

  /// A name for people.
  public var description: String {
    switch self {
    case .assessments: "Assessments"
    case .initialConferences: "Initial child protection conferences"
    case .reviewConferences: "Child protection review conferences"
    case .preProceedings: "Pre-proceedings"
    }
  }
}

/// Where an assessment's clock starts: the two measures of "assessed within 45 working days",
/// labelled so a local authority can compare itself with the published figure.
public enum CINAssessmentClock: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// Working Together's timescale: from the referral (`CINreferralDate`) to authorisation.
  case fromReferral
  /// DfE's published statistic of completed assessments by duration (Children in need, table
  /// C2): from the assessment's start (`AssessmentActualStartDate`) to its authorisation.
  case fromAssessmentStart

  /// The label a report shows, for example "45 working days from referral".
  public var description: String {
    switch self {
    case .fromReferral: "from referral (Working Together)"
    case .fromAssessmentStart: "from assessment start (DfE published statistic)"
    }
  }

  /// Where the measure's definition comes from.
  public var provenance: Provenance {
    switch self {
    case .fromReferral:
      Provenance(
        .secondary,
        [
          Source(
            .statutoryGuidance, title: "Working Together to Safeguard Children",
            locator: "assessment timescale",
            url:
              "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2",
            publisher: "HM Government")
        ],
        note: "\"No longer than 45 working days from the point of referral\", as local "
          + "procedures restate it; the guidance itself was not readable.")
    case .fromAssessmentStart:
      Provenance(
        .secondary,
        [
          Source(
            .officialStatistics,
            title: "Children in need: C2 Completed assessments by duration of assessment",
            url: "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/"
              + "3fb5a93d-1eb3-4f3a-bdd0-5caea4556ce6",
            publisher: "Department for Education")
        ],
        note: "The data set counts completed assessments by duration, with a \"started and "
          + "finished the same day\" category: the duration runs from the assessment's start. "
          + "The methodology text was not read, so the start-to-authorisation reading is "
          + "secondary.")
    }
  }
}

/// The timescales the CIN measures apply, each a list so that every edition of the guidance can
/// be given: for each item the timescale whose ``Timescale/effective`` days contain the day its
/// clock started is used.
///
/// The census dates become ``CaseEvent``s of each timescale's own kinds: the referral, the
/// enquiry's start or the plan's start is its ``Timescale/trigger``; the authorisation, the
/// conference or each review its ``Timescale/target``; the plan's end its first
/// ``Timescale/endsOn`` kind. PracticeLaw's Working Together timescales (`law.wtYYYY.assessment`,
/// `.icpc`, `.review-conferences`) and its pre-proceedings timescale (`law.preproceedings.16-weeks`)
/// have this shape; PracticeKit wires them in.
public struct CINTimescales: Sendable, Hashable {
  /// Referral to assessment authorised (Working Together: 45 working days).
  public var assessments: [Timescale]
  /// Section 47 start to initial conference (Working Together: 15 working days).
  public var initialConferences: [Timescale]
  /// Plan start to review conferences (Working Together: 3 months, then 6 months).
  public var reviewConferences: [Timescale]
  /// Decision to start pre-proceedings to the decision to step up or down (practice guidance:
  /// up to 16 weeks). Empty: pre-proceedings are counted but not measured.
  public var preProceedings: [Timescale]

  /// Creates the set.
  public init(
    assessments: [Timescale], initialConferences: [Timescale], reviewConferences: [Timescale],
    preProceedings: [Timescale] = []
  ) {
    self.assessments = assessments
    self.initialConferences = initialConferences
    self.reviewConferences = reviewConferences
    self.preProceedings = preProceedings
  }

  /// The timescales of `measure`.
  public subscript(measure: CINMeasure) -> [Timescale] {
    switch measure {
    case .assessments: assessments
    case .initialConferences: initialConferences
    case .reviewConferences: reviewConferences
    case .preProceedings: preProceedings
    }
  }

  /// The timescale of `measure` that applies to a clock started on `day`.
  public func timescale(for measure: CINMeasure, startedOn day: CalendarDay) -> Timescale? {
    self[measure].first { $0.effective.contains(day) }
  }
}

/// The counts of one measure for a census year.
public struct CINMeasureCounts: Sendable, Hashable, Codable {
  /// Met on or before the due day.
  public var onTime = 0
  /// Met after the due day.
  public var late = 0
  /// Not met, and the due day had passed by the end of the year.
  public var missing = 0
  /// Not met, and not yet due at the end of the year.
  public var notYetDue = 0
  /// Could not be measured: a date the clock needs is missing, out of order or outside the
  /// calendar, or no timescale applies to the day the clock started.
  public var notMeasurable = 0
  /// Initial conferences only: none was owed (`ICPCnotRequired` is true).
  public var notRequired = 0
  /// Initial conferences only: the enquiry's outcome is not recorded — no conference, no
  /// `InitialCPCtarget` and `ICPCnotRequired` not true — and the conference's due day has
  /// passed by the year's end (the case the DfE validation's query 8675Q raises). Not in
  /// ``due``: nothing says a conference was owed, nor that none was.
  public var outcomeNotRecorded = 0

  /// Creates counts.
  public init() {}

  /// The items due and assessed: on time, late or missing.
  public var due: Int { onTime + late + missing }

  fileprivate mutating func count(_ status: DueItem.Status) {
    switch status {
    case .onTime: onTime += 1
    case .late: late += 1
    case .missing: missing += 1
    case .notYetDue: notYetDue += 1
    }
  }
}

/// What the census's pre-proceedings blocks (`PreProceedingsandFGDM`) say about the year, beside
/// their timeliness (``CINMeasure/preProceedings``).
public struct CINPreProceedingsCounts: Sendable, Hashable, Codable {
  /// Every block read, whatever its dates (zero: the census has no pre-proceedings module, as
  /// before 2026/27).
  public var recorded = 0
  /// Pre-proceedings running at some time in the year: started on or before its end and not
  /// ended before its start (those with no usable start are left out).
  public var inYear = 0
  /// Started in the year (`PPStartDate`).
  public var started = 0
  /// Ended in the year (``CINPreProceedings/ended``).
  public var ended = 0
  /// Ended in the year with an application to the court (`CourtAppDate`).
  public var endedInCourtApplication = 0
  /// Of those running in the year: a letter before proceedings recorded (`LBPSentDate`).
  public var letterSent = 0
  /// Of those running in the year: a family group decision-making meeting offered
  /// (`FGDMMeetingOffer` true).
  public var familyMeetingOffered = 0
  /// Of those running in the year: a family group decision-making meeting facilitated
  /// (`FGDMMeetingFac` true).
  public var familyMeetingHeld = 0

  /// Creates counts.
  public init() {}
}

/// One late or missing item, for the case list (internal use: it names the child).
public struct CINCaseFinding: Sendable, Hashable, Codable {
  /// The measure.
  public var measure: CINMeasure
  /// The child's `LAchildID`.
  public var child: String
  /// The episode (`CINdetails`), counted from 1 in the child's record.
  public var referral: Int
  /// The assessment, enquiry or plan, counted from 1 within the episode.
  public var item: Int
  /// For review conferences, which review (1 for the first).
  public var review: Int?
  /// The last day on which the item was on time.
  public var due: CalendarDay
  /// The day it happened; `nil` when missing.
  public var held: CalendarDay?
  /// ``DueItem/Status/late`` or ``DueItem/Status/missing``.
  public var status: DueItem.Status
  /// The timescale applied.
  public var timescale: String
  /// Where the assessment, enquiry or plan starts in the file.
  public var location: XMLLocation
}

/// The timeliness audit of a Children in Need census year, fed one child at a time.
///
/// The rules (all built on ``Timescale/schedule(for:events:asOf:calendar:)`` with the data ending
/// on the census reference date, 31 March):
/// - Assessments: each `Assessments` is measured from its episode's referral date (Working
///   Together), or from its own `AssessmentActualStartDate` with
///   ``CINAssessmentClock/fromAssessmentStart`` (DfE's published statistic). Counted when
///   authorised within the year (on time or late), or when still open at the year's end with its
///   due day passed (missing); open and not yet overdue: not yet due. Assessments authorised
///   before the year are not counted.
/// - Initial conferences: each `Section47` is measured from its start. The conference date is the
///   enquiry's `DateOfInitialCPC`, or the episode's, which belongs to the latest enquiry started
///   on or before it that has none of its own and is not marked `ICPCnotRequired`. Not owed when
///   `ICPCnotRequired` is true and no conference is recorded. With neither a conference, nor an
///   `InitialCPCtarget`, nor `ICPCnotRequired` true (false or absent), the outcome is not
///   recorded: once the due day has passed it is counted apart
///   (``CINMeasureCounts/outcomeNotRecorded``, the DfE query 8675Q), before it as not yet due.
///   Otherwise counted as for assessments.
/// - Review conferences: each plan's chain of reviews, ended by `CPPendDate`; each review whose
///   due day falls within the year is counted (after a missing review the chain stops, since the
///   next due day depends on a review that did not happen). A review dated on or before the plan's
///   start is ignored and reported (validator rule 8841).
/// - Pre-proceedings: each `PreProceedingsandFGDM` is measured from `PPStartDate` to its end
///   (`StepDecisionDate`, or `CourtAppDate` when no decision is recorded), counted as for
///   assessments; ``preProceedings`` says how many ran in the year and how many ended in a court
///   application.
/// - A child whose `LAchildID` is on an earlier child is reported and not counted again.
/// - An item due on 31 March itself and not yet met is "not yet due": the engine counts a due day
///   as passed only once the data runs beyond it.
public struct CINTimelinessAudit: Sendable {
  /// The census year audited.
  public let year: CollectionYear
  /// The timescales applied.
  public let timescales: CINTimescales
  /// The working-day calendar.
  public let calendar: WorkingCalendar
  /// Where assessments are measured from: the measure ``counts`` shows for
  /// ``CINMeasure/assessments``.
  public let assessmentClock: CINAssessmentClock
  /// Whether late and missing items are kept in ``cases``.
  public let keepsCases: Bool
  /// The number of children added.
  public private(set) var children = 0
  /// The number of episodes (`CINdetails`) added.
  public private(set) var referrals = 0
  /// The counts of each measure.
  public private(set) var counts: [CINMeasure: CINMeasureCounts]
  /// The census's pre-proceedings in the year.
  public private(set) var preProceedings = CINPreProceedingsCounts()
  /// The late and missing items, when ``keepsCases`` is on, in the order found.
  public private(set) var cases: [CINCaseFinding] = []
  /// Findings about the order of dates and the header (the reader reports the rest, and
  /// ``merge(readerFindings:)`` adds them).
  public private(set) var dataQuality = CINDataQualityLog()
  /// Whether the census is the year audited, once its header has been checked
  /// (``check(_:)``): an error when its reference date is not 31 March of ``year``.
  public private(set) var yearCheck: CollectionYearCheck?
  /// The children's identifiers seen, so a repeated child is counted once.
  private var identifiers: Set<String> = []

  /// Creates an audit of `year` applying `timescales`, measuring assessments from
  /// `assessmentClock` (the referral, as Working Together says, unless told otherwise).
  public init(
    year: CollectionYear, timescales: CINTimescales,
    calendar: WorkingCalendar = .englandAndWales, keepsCases: Bool = false,
    assessmentClock: CINAssessmentClock = .fromReferral
  ) {
    self.year = year
    self.timescales = timescales
    self.calendar = calendar
    self.assessmentClock = assessmentClock
    self.keepsCases = keepsCases
    counts = Dictionary(uniqueKeysWithValues: CINMeasure.allCases.map { ($0, CINMeasureCounts()) })
  }

  /// Adds the census reader's data-quality findings to ``dataQuality``, so the audit carries
  /// every finding about the file.
  public mutating func merge(readerFindings: CINDataQualityLog) {
    dataQuality.merge(readerFindings)
  }

  /// Checks the header's reference date against the year audited (``yearCheck``, and a
  /// ``CINDataRule/referenceDateMismatch`` finding when it differs).
  public mutating func check(_ header: CINCensusHeader) {
    yearCheck = header.yearCheck(against: year)
    if let reference = header.referenceDate, reference != year.end {
      dataQuality.record(
        CINDataQualityFinding(
          .referenceDateMismatch, element: "CollectionDetails/ReferenceDate",
          at: XMLLocation(line: 1, column: 1)))
    }
  }

  /// Adds one child's items to the counts; a child whose identifier was added before is reported
  /// (``CINDataRule/repeatedChild``) and not counted.
  public mutating func add(_ child: CINChild) {
    guard identifiers.insert(child.id).inserted else {
      dataQuality.record(
        CINDataQualityFinding(
          .repeatedChild, element: "ChildIdentifiers/LAchildID", at: child.location))
      return
    }
    children += 1
    for (episode, referral) in child.referrals.enumerated() {
      referrals += 1
      let place = Place(child: child.id, referral: episode + 1)
      for (index, assessment) in referral.assessments.enumerated() {
        measureAssessment(assessment, of: referral, at: place.item(index + 1, assessment.location))
      }
      let conferences = conferenceDays(of: referral)
      for (index, enquiry) in referral.enquiries.enumerated() {
        measureEnquiry(
          enquiry, conference: conferences[index], at: place.item(index + 1, enquiry.location))
      }
      for (index, plan) in referral.plans.enumerated() {
        measurePlan(plan, at: place.item(index + 1, plan.location))
      }
      for (index, block) in referral.preProceedings.enumerated() {
        measurePreProceedings(block, at: place.item(index + 1, block.location))
      }
    }
  }

  // MARK: - Measures

  /// Where an item is: its child, episode, position and element.
  private struct Place {
    var child: String
    var referral: Int
    var item = 0
    var location = XMLLocation(line: 1, column: 1)

    func item(_ item: Int, _ location: XMLLocation) -> Place {
      Place(child: child, referral: referral, item: item, location: location)
    }
  }

  private mutating func measureAssessment(
    _ assessment: CINAssessment, of referral: CINReferral, at place: Place
  ) {
    let start =
      switch assessmentClock {
      case .fromReferral: referral.referralDate
      case .fromAssessmentStart: assessment.started
      }
    guard let start else { return notMeasurable(.assessments) }
    if let authorised = assessment.authorised, authorised < start {
      order("Assessments/AssessmentAuthorisationDate", place)
      return notMeasurable(.assessments)
    }
    measureFirst(
      .assessments, from: start, met: assessment.authorised.map { [$0] } ?? [], at: place)
  }

  private mutating func measureEnquiry(
    _ enquiry: CINEnquiry, conference: CalendarDay?, at place: Place
  ) {
    if conference == nil, enquiry.conferenceNotRequired == true {
      counts[.initialConferences, default: CINMeasureCounts()].notRequired += 1
      return
    }
    guard let started = enquiry.started else { return notMeasurable(.initialConferences) }
    if conference == nil, enquiry.conferenceTarget == nil {
      // Nothing recorded says whether a conference was needed.
      guard let item = schedule(.initialConferences, from: started, met: [], end: nil)?.first
      else { return notMeasurable(.initialConferences) }
      if item.status == .missing {
        counts[.initialConferences, default: CINMeasureCounts()].outcomeNotRecorded += 1
      } else {
        counts[.initialConferences, default: CINMeasureCounts()].count(item.status)
      }
      return
    }
    if let conference, conference < started {
      order("Section47/DateOfInitialCPC", place)
      return notMeasurable(.initialConferences)
    }
    measureFirst(.initialConferences, from: started, met: conference.map { [$0] } ?? [], at: place)
  }

  private mutating func measurePlan(_ plan: CINProtectionPlan, at place: Place) {
    guard let started = plan.started else { return notMeasurable(.reviewConferences) }
    if let ended = plan.ended, ended < started {
      order("ChildProtectionPlans/CPPendDate", place)
      return notMeasurable(.reviewConferences)
    }
    var reviews: [CalendarDay] = []
    for review in plan.reviews {
      if review <= started {
        order("Reviews/CPPreviewDate", place)
      } else {
        reviews.append(review)
      }
    }
    guard let items = schedule(.reviewConferences, from: started, met: reviews, end: plan.ended)
    else { return notMeasurable(.reviewConferences) }
    for item in items where year.contains(item.dueDay) {
      record(.reviewConferences, item, review: item.number, at: place)
    }
  }

  private mutating func measurePreProceedings(_ block: CINPreProceedings, at place: Place) {
    preProceedings.recorded += 1
    guard let started = block.started else { return notMeasurable(.preProceedings) }
    if let ended = block.ended, ended < started {
      let element = block.decided == nil ? "CourtAppDate" : "StepDecisionDate"
      order("PreProceedingsandFGDM/" + element, place)
      return notMeasurable(.preProceedings)
    }
    let endedBefore = block.ended.map { $0 < year.start } ?? false
    if started <= year.end, !endedBefore {
      preProceedings.inYear += 1
      if year.contains(started) { preProceedings.started += 1 }
      if let ended = block.ended, year.contains(ended) {
        preProceedings.ended += 1
        if block.courtApplication != nil { preProceedings.endedInCourtApplication += 1 }
      }
      if block.letterBeforeProceedings != nil { preProceedings.letterSent += 1 }
      if block.familyMeetingOffered == true { preProceedings.familyMeetingOffered += 1 }
      if block.familyMeetingHeld == true { preProceedings.familyMeetingHeld += 1 }
    }
    guard !timescales.preProceedings.isEmpty else { return }
    measureFirst(.preProceedings, from: started, met: block.ended.map { [$0] } ?? [], at: place)
  }

  /// Counts the first item of a one-off timescale (an assessment, an initial conference) when it
  /// was met within the year or was still open at its end.
  private mutating func measureFirst(
    _ measure: CINMeasure, from start: CalendarDay, met: [CalendarDay], at place: Place
  ) {
    guard let item = schedule(measure, from: start, met: met, end: nil)?.first else {
      return notMeasurable(measure)
    }
    if let held = item.actualDay, !year.contains(held) { return }
    record(measure, item, review: nil, at: place)
  }

  /// The items of the timescale that applies to a clock started on `start`; `nil` when none
  /// applies or a due day is outside the calendar.
  private func schedule(
    _ measure: CINMeasure, from start: CalendarDay, met: [CalendarDay], end: CalendarDay?
  ) -> [DueItem]? {
    // A clock started after the year's end is not part of this census year.
    guard start <= year.end,
      let timescale = timescales.timescale(for: measure, startedOn: start)
    else { return nil }
    // The census's start dates are the initiating events (S47ActualStartDate is the strategy
    // discussion at which the enquiry was initiated).
    var events = [CaseEvent(subject: "", kind: timescale.clockStart, day: start)]
    for day in met { events.append(CaseEvent(subject: "", kind: timescale.target, day: day)) }
    if let end, let ends = timescale.endsOn.first {
      events.append(CaseEvent(subject: "", kind: ends, day: end))
    }
    return try? timescale.schedule(for: "", events: events, asOf: year.end, calendar: calendar)
  }

  private mutating func record(
    _ measure: CINMeasure, _ item: DueItem, review: Int?, at place: Place
  ) {
    counts[measure, default: CINMeasureCounts()].count(item.status)
    guard keepsCases, item.status == .late || item.status == .missing else { return }
    cases.append(
      CINCaseFinding(
        measure: measure, child: place.child, referral: place.referral, item: place.item,
        review: review, due: item.dueDay, held: item.actualDay, status: item.status,
        timescale: item.timescale, location: place.location))
  }

  private mutating func notMeasurable(_ measure: CINMeasure) {
    counts[measure, default: CINMeasureCounts()].notMeasurable += 1
  }

  private mutating func order(_ element: String, _ place: Place) {
    dataQuality.record(CINDataQualityFinding(.beforeItsStart, element: element, at: place.location))
  }

  /// The conference day of each enquiry of `referral`: its own, or the episode's for the latest
  /// enquiry started on or before it that has none of its own and is not marked
  /// `ICPCnotRequired`.
  private func conferenceDays(of referral: CINReferral) -> [CalendarDay?] {
    var days = referral.enquiries.map(\.initialConference)
    if let shared = referral.initialConference {
      let enquiries = referral.enquiries
      let owner = enquiries.indices.filter {
        days[$0] == nil && enquiries[$0].conferenceNotRequired != true
          && (enquiries[$0].started.map { $0 <= shared } ?? false)
      }.max { (enquiries[$0].started ?? shared) < (enquiries[$1].started ?? shared) }
      if let owner { days[owner] = shared }
    }
    return days
  }
}
