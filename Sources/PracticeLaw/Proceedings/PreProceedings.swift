/// The pre-proceedings stage before an application for a care order: the letter before
/// proceedings, the pre-proceedings meeting and its reviews.
///
/// The durations are practice guidance, not law: the "up to 16 weeks" is from a practice guide
/// (secondary) and is tagged so.
public struct PreProceedings: Sendable, Hashable, Codable {
  /// The day the letter before proceedings was sent.
  public let letterBeforeProceedings: CalendarDay?
  /// The day of the pre-proceedings meeting.
  public let meeting: CalendarDay?
  /// The days of the review meetings.
  public let reviews: [CalendarDay]

  /// Creates a record.
  public init(
    letterBeforeProceedings: CalendarDay? = nil, meeting: CalendarDay? = nil,
    reviews: [CalendarDay] = []
  ) {
    self.letterBeforeProceedings = letterBeforeProceedings
    self.meeting = meeting
    self.reviews = reviews.sorted()
  }

  /// How long pre-proceedings usually last: up to 16 weeks, counted here from the letter.
  public static let expectedDuration = Sourced(
    16,
    Provenance(
      .secondary,
      [
        Source(
          .secondary, title: "DFJ Social Work Practice Guide, chapter 1",
          url: "https://dfjsocialworkpracticeguide.org",
          publisher: "dfjsocialworkpracticeguide.org")
      ],
      note: "\"Pre-proceedings is a formal process, lasting up to 16 weeks\"; not found in the "
        + "Public Law Working Group's March 2021 guidance or the DfE's 2014 statutory guidance "
        + "as read here. Counted in weeks beginning with the day of the letter (this library's "
        + "choice)."))

  /// The expected duration as a timescale for audits of the Children in Need census
  /// (`law.preproceedings.16-weeks`): the decision to step up or down within 16 weeks beginning
  /// with the decision to start pre-proceedings (the census's `PPStartDate` and
  /// `StepDecisionDate`), the start day being day 1. An application issued ends the stage (a
  /// caseload may record the application without a separate decision).
  public static let timescale: Timescale = builtIn("the pre-proceedings timescale") {
    let weeks = try Period(expectedDuration.value, .weeks, counting: .beginningWith)
    return try Timescale(
      id: "law.preproceedings.16-weeks", title: "Pre-proceedings", trigger: .preProceedingsStarted,
      target: .preProceedingsEnded, periods: [weeks], endsOn: [.applicationIssued],
      provenance: Provenance(
        expectedDuration.provenance.verification, expectedDuration.sources,
        note: "Up to 16 weeks (practice guidance, secondary), counted here from the decision to "
          + "start pre-proceedings, the start day being day 1 (this library's choice: the census "
          + "records that decision, PPStartDate, as the start)."))
  }

  /// The last day of the expected duration, counted from the letter; `nil` without a letter.
  public var expectedEnd: CalendarDay? {
    letterBeforeProceedings.flatMap { try? $0.adding(days: 7 * Self.expectedDuration.value - 1) }
  }

  /// Findings for proceedings issued on `issued`: steps not recorded, steps out of order, and
  /// pre-proceedings that ran longer than usual.
  public func findings(issued: CalendarDay, subject: String? = nil) -> [Finding] {
    let sources = Self.expectedDuration.sources + [.pd12APreProceedings]
    var findings: [Finding] = []
    func add(
      _ code: FindingCode, _ severity: FindingSeverity, _ message: String, due: CalendarDay? = nil
    ) {
      findings.append(
        Finding(
          code: code, severity: severity, message: message, subject: subject, dueDay: due,
          actualDay: due == nil ? nil : issued, sources: sources))
    }
    guard let letter = letterBeforeProceedings else {
      add(
        .lawPreproceedingsNoLetter, .advisory,
        "No letter before proceedings is recorded; if the case was too urgent for "
          + "pre-proceedings, record why.")
      return findings
    }
    if letter > issued {
      add(
        .lawPreproceedingsAfterIssue, .concern,
        "The letter before proceedings is dated after issue.")
    }
    if meeting == nil {
      add(.lawPreproceedingsNoMeeting, .advisory, "No pre-proceedings meeting is recorded.")
    } else if let meeting, meeting < letter {
      add(
        .lawPreproceedingsMeetingBeforeLetter, .concern,
        "The pre-proceedings meeting is dated before the letter that invites the family to it.")
    }
    if let end = expectedEnd, issued > end {
      add(
        .lawPreproceedingsOver16Weeks, .advisory,
        "Pre-proceedings ran longer than the 16 weeks practice guidance expects.", due: end)
    }
    return findings
  }
}

extension Source {
  /// PD12A para 3.1: compliance with the pre-proceedings checklist.
  static let pd12APreProceedings = practiceDirection12A("para 3.1 (pre-proceedings checklist)")
}
