/// A stage of the outline placed on the calendar of one set of proceedings.
public struct ScheduledStage: Sendable, Hashable, Codable {
  /// The stage.
  public let stage: PublicLawOutline.Stage
  /// The first day it may take place, when the outline says.
  public let earliest: CalendarDay?
  /// The last day it should take place, when it can be computed (an advocates' meeting before an
  /// IRH that is not listed has none).
  public let latest: CalendarDay?
  /// The day it was held or is listed, if recorded.
  public let day: CalendarDay?
}

/// Where care proceedings stand on a day.
public struct ProceedingsStatus: Sendable, Hashable, Codable {
  /// The day of the status.
  public let day: CalendarDay
  /// The week of the proceedings the day falls in (week 1 is the issue day and the six days
  /// after it); `nil` before issue.
  public let week: Int?
  /// Days from `day` to the final deadline (0 on the last day, negative after it); `nil` when
  /// there is no limit.
  public let daysRemaining: Int?
  /// The final deadline, after extensions.
  public let finalDeadline: CalendarDay?
  /// Whether the application has been disposed of by `day`.
  public let isDisposed: Bool
  /// The next stage not yet held, with its days.
  public let nextStage: ScheduledStage?
  /// What needs attention on `day`.
  public let findings: [Finding]
}

extension CareProceedings {
  /// The outline's stages placed on this case's calendar.
  ///
  /// "Day n" counts the issue day as Day 1, in business days or calendar days as the outline
  /// says; a stage listed or held on a day uses that day for the stages timed from it.
  public func schedule() -> [ScheduledStage] {
    var placed: [PublicLawOutline.StageID: ScheduledStage] = [:]
    var result: [ScheduledStage] = []
    // Stages timed relative to another are placed after it, whatever their order in the table.
    let ordered = outline.stages.filter { !$0.isRelative } + outline.stages.filter(\.isRelative)
    for stage in ordered {
      let (earliest, latest) = window(for: stage, placed: placed)
      let scheduled = ScheduledStage(
        stage: stage, earliest: earliest, latest: latest, day: stageDays[stage.id])
      placed[stage.id] = scheduled
    }
    for stage in outline.stages { if let item = placed[stage.id] { result.append(item) } }
    return result
  }

  /// Where the proceedings stand at the end of `day`: the week, the days remaining, the next
  /// stage, and findings (overdue, extensions accumulating, stages late), each with its code and
  /// sources.
  public func status(on day: CalendarDay, subject: String? = nil) -> ProceedingsStatus {
    let stages = schedule()
    let isDisposed = disposed.map { $0 <= day } ?? false
    let next = stages.first { $0.day.map { $0 > day } ?? true && !$0.stage.isOptional }
    return ProceedingsStatus(
      day: day, week: day >= issued ? issued.distance(to: day) / 7 + 1 : nil,
      daysRemaining: finalDeadline.map { day.distance(to: $0) }, finalDeadline: finalDeadline,
      isDisposed: isDisposed, nextStage: isDisposed ? nil : next,
      findings: findings(on: day, stages: stages, subject: subject))
  }

  private func findings(on day: CalendarDay, stages: [ScheduledStage], subject: String?)
    -> [Finding]
  {
    let s32 = Self.s32Limit.provenance.sources
    let routine = Self.rules.first { $0.id == "law.s32.not-routine" }?.provenance.sources ?? []
    var findings: [Finding] = []
    func add(
      _ code: FindingCode, _ severity: FindingSeverity, _ message: String, due: CalendarDay? = nil,
      actual: CalendarDay? = nil, _ sources: [Source]
    ) {
      findings.append(
        Finding(
          code: code, severity: severity, message: message, subject: subject, dueDay: due,
          actualDay: actual, sources: sources))
    }
    guard let deadline = finalDeadline else {
      add(
        .lawS32NoLimit, .information,
        "Issued before 22 April 2014: no 26-week limit applies, only the duty to avoid delay.",
        [.commencementOrder2014])
      return findings
    }
    let disposedBy = disposed.flatMap { $0 <= day ? $0 : nil }
    if let disposedBy, disposedBy > deadline {
      add(
        .lawS32DisposedLate, .breach,
        "Disposed of after the period allowed under s32 (26 weeks and any extensions).",
        due: deadline, actual: disposedBy, s32)
    } else if disposedBy == nil, day > deadline {
      add(
        .lawS32Overdue, .breach,
        "Not disposed of within the period allowed under s32 (26 weeks and any extensions).",
        due: deadline, s32)
    }
    let granted = extensions.filter { $0.granted <= day }
    if granted.count >= 2 {
      add(
        .lawS32ExtensionsAccumulating, .concern,
        "\(granted.count) extensions granted: extensions are not to be granted routinely and "
          + "each needs specific justification.", routine)
    }
    var periodEnd = statutoryLimit
    for (index, grant) in extensions.enumerated() where grant.granted <= day {
      if grant.reason?.isBlank ?? true {
        add(
          .lawS32ExtensionWithoutReason, .concern,
          "Extension \(index + 1) has no recorded reason (s32(5), (7)).", actual: grant.granted,
          routine)
      }
      if let end = periodEnd, grant.granted > end {
        add(
          .lawS32ExtensionAfterExpiry, .concern,
          "Extension \(index + 1) was granted after the period it extends had ended.", due: end,
          actual: grant.granted, s32)
      }
      periodEnd = extendedLimits[index]
    }
    if disposedBy == nil {
      for item in stages where !item.stage.isOptional {
        guard let latest = item.latest else { continue }
        if let held = item.day, held <= day, held > latest {
          add(
            .lawPloStageLate, .advisory, "\(item.stage.name) was held after its latest day.",
            due: latest, actual: held, item.stage.provenance.sources)
        } else if item.day == nil || item.day.map({ $0 > day }) == true, day > latest {
          add(
            .lawPloStageOverdue, .advisory,
            "\(item.stage.name) has not been held and its latest day has passed.", due: latest,
            item.stage.provenance.sources)
        }
      }
    }
    findings += (preProceedings ?? PreProceedings()).findings(issued: issued, subject: subject)
    return findings
  }

  private func window(
    for stage: PublicLawOutline.Stage, placed: [PublicLawOutline.StageID: ScheduledStage]
  )
    -> (CalendarDay?, CalendarDay?)
  {
    switch stage.timing {
    case .day(let n): return (outlineDay(n), outlineDay(n))
    case .days(let earliest, let latest): return (outlineDay(earliest), outlineDay(latest))
    case .noLaterThanDay(let n): return (nil, outlineDay(n))
    case .businessDaysBefore(let n, let other):
      guard let anchor = placed[other].flatMap({ $0.day ?? $0.latest }) else { return (nil, nil) }
      // Clear business days (FPR r2.9(2)–(4)): one helper with the FPR computation of time.
      return (
        nil,
        try? FamilyProcedureTime(calendar: calendar).lastDayBefore(anchor, clearBusinessDays: n)
      )
    case .asDirected: return (nil, stageDays[.finalHearing] ?? finalDeadline)
    case .byFinalDeadline: return (nil, finalDeadline)
    }
  }

  /// PLO "Day n": Day 1 is the issue day.
  private func outlineDay(_ n: Int) -> CalendarDay? {
    switch outline.dayCounting {
    case .calendarDays: try? issued.adding(days: n - 1)
    case .businessDays: try? calendar.adding(workingDays: n - 1, to: issued)
    }
  }
}

extension PublicLawOutline.Stage {
  fileprivate var isRelative: Bool {
    if case .businessDaysBefore = timing { return true }
    return false
  }
}

extension ScheduledStage: CustomStringConvertible {
  /// One line a person reads, for example
  /// "Case Management Hearing: from 2025-01-21 to 2025-01-29, listed 2025-01-27".
  public var description: String {
    var window: [String] = []
    if let earliest, earliest != latest { window.append("from \(earliest)") }
    if let latest { window.append(earliest == latest ? "on \(latest)" : "by \(latest)") }
    let when = window.isEmpty ? "no day set" : window.joined(separator: " ")
    return "\(stage.name): \(when)" + (day.map { ", held or listed \($0)" } ?? "")
  }
}

extension ProceedingsStatus: CustomStringConvertible {
  /// A short summary a person reads: the day, the week, the deadline and days remaining, the next
  /// stage and how many findings there are, for example
  /// "2025-07-07: week 27; final deadline 2025-07-06 (1 day ago); next: Final hearing by
  /// 2025-07-06; 1 finding".
  public var description: String {
    var parts = ["\(day): " + (week.map { "week \($0)" } ?? "before issue")]
    if let finalDeadline, let daysRemaining {
      let remaining =
        switch daysRemaining {
        case 0: "the last day"
        case 1...: daysRemaining == 1 ? "1 day left" : "\(daysRemaining) days left"
        default: daysRemaining == -1 ? "1 day ago" : "\(-daysRemaining) days ago"
        }
      parts.append("final deadline \(finalDeadline) (\(remaining))")
    } else {
      parts.append("no 26-week limit")
    }
    if isDisposed {
      parts.append("disposed of")
    } else if let nextStage {
      parts.append("next: \(nextStage.stage.name)" + (nextStage.latest.map { " by \($0)" } ?? ""))
    }
    parts.append(findings.count == 1 ? "1 finding" : "\(findings.count) findings")
    return parts.joined(separator: "; ")
  }
}
