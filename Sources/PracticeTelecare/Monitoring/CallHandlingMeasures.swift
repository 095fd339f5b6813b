/// The call-answering standard of the TSA Quality Standards Framework (TEC Monitoring module):
/// 97.5% of all calls answered within 60 seconds and 99% within 180 seconds.
public struct CallAnsweringStandard: Sendable, Hashable, Codable {
  /// A share of calls, in thousandths, to be answered within a number of seconds.
  public struct Threshold: Sendable, Hashable, Codable {
    /// The seconds from raised to answered; a call answered at exactly this many counts.
    public var seconds: Int
    /// The share required, in thousandths (975 for 97.5%).
    public var perMille: Int
  }

  /// 97.5% within 60 seconds.
  public var first: Threshold
  /// 99% within 180 seconds.
  public var second: Threshold
  /// Where the figures come from.
  public var provenance: Provenance

  /// The QSF figures as reported in a council's audit minutes (September 2021).
  public static let qualityStandardsFramework = CallAnsweringStandard(
    first: Threshold(seconds: 60, perMille: 975), second: Threshold(seconds: 180, perMille: 990),
    provenance: Provenance(
      .secondary, [.qsfCallAnswering, .mascotResponseAim],
      note: "Council minutes on a TEC Quality audit give 97.5% of all calls within 60 seconds "
        + "and 99% of all calls within 180 seconds; a TSA-accredited provider states the same "
        + "aims. The QSF module text itself was not read."))

  /// The standard as a fact.
  public var fact: Fact {
    Fact(
      id: "telecare.qsf.call-answering",
      statement: "\(Double(first.perMille) / 10)% of all calls answered within \(first.seconds) "
        + "seconds and \(Double(second.perMille) / 10)% within \(second.seconds) seconds.",
      provenance: provenance)
  }
}

/// The time within which a responder should arrive, set by the response provider.
public struct ResponseTarget: Sendable, Hashable, Codable {
  /// Minutes from the alarm being raised to the responder's arrival; arriving at exactly this
  /// many minutes counts as within.
  public var minutes: Int
  /// Where the target comes from.
  public var provenance: Provenance

  /// Creates a target.
  public init(minutes: Int, provenance: Provenance) {
    self.minutes = minutes
    self.provenance = provenance
  }

  /// A provider-defined target of `minutes` (no national figure was found).
  public static func providerDefined(minutes: Int) -> ResponseTarget {
    ResponseTarget(
      minutes: minutes,
      provenance: Provenance(
        .unverified, [.mascotResponseAim],
        note: "A PracticeKit convention: targets are provider-defined. One TSA-accredited "
          + "provider aims to attend 90% within 45 minutes and all within 60; no TSA or "
          + "national requirement was found, and no source states that none exists."))
  }
}

/// The call-handling measures of a log: answering within the QSF thresholds, the median answer
/// time, responses against the provider's target, false alarms and faults.
///
/// Shares are of **all** calls: an unanswered call counts as not answered in time.
public struct CallHandlingMeasures: Sendable, Hashable, Codable {
  /// Calls in the log.
  public var calls: Int
  /// Calls answered.
  public var answered: Int
  /// Calls answered within the standard's first threshold (60 s), inclusive.
  public var answeredWithinFirst: Int
  /// Calls answered within the second threshold (180 s), inclusive.
  public var answeredWithinSecond: Int
  /// The median seconds to answer, over answered calls; `nil` when none was answered.
  public var medianAnswerSeconds: Double?
  /// False or accidental alarms.
  public var falseAlarms: Int
  /// Calls logged as faults.
  public var faults: Int
  /// Responses: dispatched, arrived, arrived within target.
  public var responses: Responses
  /// The standard applied.
  public var standard: CallAnsweringStandard

  /// Responder dispatches and arrivals.
  public struct Responses: Sendable, Hashable, Codable {
    /// Calls with a responder dispatched.
    public var dispatched: Int
    /// Of those, responders who arrived.
    public var arrived: Int
    /// Of those, arrivals within the target (from the alarm being raised).
    public var arrivedWithinTarget: Int
    /// The target.
    public var target: ResponseTarget
  }

  /// Measures `calls` against `standard` and `target`.
  public init(
    calls log: [AlarmCall], standard: CallAnsweringStandard = .qualityStandardsFramework,
    target: ResponseTarget
  ) {
    let answerSeconds = log.compactMap(\.answerSeconds)
    calls = log.count
    answered = answerSeconds.count
    answeredWithinFirst = answerSeconds.count { $0 <= standard.first.seconds }
    answeredWithinSecond = answerSeconds.count { $0 <= standard.second.seconds }
    medianAnswerSeconds = Self.median(answerSeconds)
    falseAlarms = log.count(where: \.isFalseAlarm)
    faults = log.count(where: \.isFault)
    let dispatched = log.filter { $0.dispatchedAt != nil }
    let arrivals = dispatched.compactMap(\.arrivalSeconds)
    // A target too large to count in seconds is met by every arrival.
    let (limit, overflow) = target.minutes.multipliedReportingOverflow(by: 60)
    responses = Responses(
      dispatched: dispatched.count, arrived: arrivals.count,
      arrivedWithinTarget: arrivals.count { overflow || $0 <= limit }, target: target)
    self.standard = standard
  }

  /// The share of all calls answered within the first threshold, 0–1 (0 for an empty log).
  public var shareWithinFirst: Double { share(answeredWithinFirst) }
  /// The share of all calls answered within the second threshold, 0–1.
  public var shareWithinSecond: Double { share(answeredWithinSecond) }

  /// Whether the first threshold is met (exact integer comparison); `nil` for an empty log.
  public var meetsFirst: Bool? { meets(answeredWithinFirst, standard.first) }
  /// Whether the second threshold is met; `nil` for an empty log.
  public var meetsSecond: Bool? { meets(answeredWithinSecond, standard.second) }

  private func share(_ count: Int) -> Double { calls == 0 ? 0 : Double(count) / Double(calls) }

  private func meets(_ count: Int, _ threshold: CallAnsweringStandard.Threshold) -> Bool? {
    calls == 0 ? nil : count * 1000 >= calls * threshold.perMille
  }

  /// The median of `values`: the middle value, or the mean of the two middle values.
  static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1
      ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
  }

  /// Findings: thresholds missed.
  public var findings: [Finding] {
    var findings: [Finding] = []
    for (met, threshold) in [(meetsFirst, standard.first), (meetsSecond, standard.second)]
    where met == false {
      findings.append(
        Finding(
          code: .telecareCallsBelowStandard(seconds: threshold.seconds), severity: .concern,
          message: "Fewer than \(Double(threshold.perMille) / 10)% of calls were answered "
            + "within \(threshold.seconds) seconds.",
          sources: standard.provenance.sources))
    }
    return findings
  }
}
