/// An extension of the period allowed for care proceedings under Children Act 1989 s32(5).
public struct TimetableExtension: Sendable, Hashable, Codable {
  /// The day the court granted it.
  public let granted: CalendarDay
  /// Its length in weeks: 1 to 8 (s32(8)).
  public let weeks: Int
  /// The court's reason (s32(5): necessary to resolve the proceedings justly; s32(7): specific
  /// justification). Pseudonymise or summarise: it is never printed in findings.
  public let reason: String?

  /// Creates an extension; ``CareProceedings`` checks it.
  public init(granted: CalendarDay, weeks: Int, reason: String? = nil) {
    self.granted = granted
    self.weeks = weeks
    self.reason = reason
  }
}

/// Why a set of care proceedings cannot be built as given.
public enum ProceedingsError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An extension is not 1 to 8 weeks long (by position, 1-based).
  case extensionLength(Int)
  /// An extension was granted before the application was issued (by position, 1-based).
  case extensionBeforeIssue(Int)
  /// An extension was given for an application issued before 22 April 2014, which had no
  /// 26-week limit to extend.
  case noLimitToExtend
  /// A stage or the disposal is dated before the issue day.
  case beforeIssue(String)
  /// A stage id is not in the outline.
  case unknownStage
  /// A day is outside the days the library supports.
  case outOfRange

  /// A sentence a non-programmer understands.
  public var description: String {
    switch self {
    case .extensionLength(let n): "extension \(n) must be 1 to 8 weeks long (s32(8))"
    case .extensionBeforeIssue(let n): "extension \(n) is dated before the application was issued"
    case .noLimitToExtend:
      "applications issued before 22 April 2014 had no 26-week limit to extend"
    case .beforeIssue(let what): "the \(what) is dated before the application was issued"
    case .unknownStage: "a stage is not part of the Public Law Outline in use"
    case .outOfRange: "a day is outside the dates this library supports"
    }
  }
}

/// Care proceedings from the day the application was issued: the s32 limit and its extensions,
/// the Public Law Outline stages, and where the case stands on any day.
///
/// ```swift
/// let proceedings = try CareProceedings(
///   issued: CalendarDay(2025, 1, 6),
///   extensions: [TimetableExtension(granted: CalendarDay(2025, 6, 30), weeks: 8, reason: "…")])
/// proceedings.statutoryLimit  // 2025-07-06: 26 weeks beginning with the issue day
/// proceedings.finalDeadline   // 2025-08-31: 8 weeks after the later of that and the grant
/// ```
public struct CareProceedings: Sendable {
  /// The day the application was issued (PLO Day 1).
  public let issued: CalendarDay
  /// The extensions granted, in the order granted.
  public let extensions: [TimetableExtension]
  /// Days on which stages were held or are listed, by stage id. The issue stage is held on the
  /// issue day unless another day is given: issuing the application is that stage.
  public let stageDays: [PublicLawOutline.StageID: CalendarDay]
  /// The day the application was disposed of, if it has been.
  public let disposed: CalendarDay?
  /// The pre-proceedings record, if any.
  public let preProceedings: PreProceedings?
  /// The outline in use.
  public let outline: PublicLawOutline
  /// The business-day calendar (England and Wales: FPR r2.3).
  public let calendar: WorkingCalendar

  /// The last day of the 26 weeks beginning with the issue day (s32(1)(a)(ii)): issue + 181
  /// days. `nil` for applications issued before 22 April 2014, which had no such limit.
  public let statutoryLimit: CalendarDay?
  /// The last day of the period after each extension, in order (s32(8)).
  public let extendedLimits: [CalendarDay]

  /// Creates the proceedings and checks the extensions and days.
  /// - Throws: ``ProceedingsError`` naming the extension or day that is wrong.
  public init(
    issued: CalendarDay, extensions: [TimetableExtension] = [],
    stageDays: [PublicLawOutline.StageID: CalendarDay] = [:], disposed: CalendarDay? = nil,
    preProceedings: PreProceedings? = nil, outline: PublicLawOutline = .pd12A2014,
    calendar: WorkingCalendar = .englandAndWales
  ) throws(ProceedingsError) {
    let ordered = extensions.enumerated().sorted {
      ($0.element.granted, $0.offset) < ($1.element.granted, $1.offset)
    }
    for (position, grant) in ordered {
      guard (1...8).contains(grant.weeks) else { throw .extensionLength(position + 1) }
      guard grant.granted >= issued else { throw .extensionBeforeIssue(position + 1) }
    }
    for (id, day) in stageDays {
      guard outline.stages.contains(where: { $0.id == id }) else { throw .unknownStage }
      guard day >= issued else { throw .beforeIssue("stage") }
    }
    if let disposed, disposed < issued { throw .beforeIssue("disposal") }
    self.issued = issued
    self.extensions = ordered.map(\.element)
    var days = stageDays
    if outline.stages.contains(where: { $0.id == .issue }),
      days[.issue] == nil
    {
      days[.issue] = issued
    }
    self.stageDays = days
    self.disposed = disposed
    self.preProceedings = preProceedings
    self.outline = outline
    self.calendar = calendar
    guard issued >= ProvisionCatalogue.familyJusticeReforms else {
      guard extensions.isEmpty else { throw .noLimitToExtend }
      statutoryLimit = nil
      extendedLimits = []
      return
    }
    do {
      var end = try Period(26, .weeks, counting: .beginningWith).lastDay(from: issued)
      statutoryLimit = end
      var limits: [CalendarDay] = []
      for grant in self.extensions {
        // s32(8): no more than eight weeks after the later of the end of the period being
        // extended and the end of the day on which the extension is granted.
        end = try max(end, grant.granted).adding(days: 7 * grant.weeks)
        limits.append(end)
      }
      extendedLimits = limits
    } catch {
      throw .outOfRange
    }
  }

  /// The last day of the period allowed, after every extension; `nil` when there is no limit.
  public var finalDeadline: CalendarDay? { extendedLimits.last ?? statutoryLimit }

  /// The 26-week limit of s32(1)(a)(ii) (`law.s32.limit`), with its sources: the rule the
  /// statutory limit and every final deadline cite.
  public static let s32Limit = Fact(
    id: "law.s32.limit",
    statement: "An application issued on or after 22 April 2014 is to be disposed of within 26 "
      + "weeks beginning with the day of issue: the last day is issue + 181 days.",
    provenance: Provenance(
      .verified,
      [.childrenAct1989("s32(1)(a)(ii)", path: "section/32"), .commencementOrder2014],
      note: "Counting the issue day as day 1 is the settled reading of \"beginning with\" "
        + "(core.period.beginning-with-includes-event-day, secondary)."))

  /// The rules this timetable applies, with their sources.
  public static let rules: [Fact] = [
    s32Limit,
    Fact(
      id: "law.s32.extension-end",
      statement: "Each extension ends no more than eight weeks after the later of the end of the "
        + "period being extended and the day it is granted.",
      provenance: Provenance(
        .secondary, [.childrenAct1989("s32(5), (8)", path: "section/32")],
        note: "8 weeks per extension confirmed by practitioner sources; the \"later of\" wording "
          + "is as reported, not read in the statute here.")),
    Fact(
      id: "law.s32.not-routine",
      statement: "Extensions are not to be granted routinely and require specific justification.",
      provenance: Provenance(
        .secondary, [.childrenAct1989("s32(7)", path: "section/32")],
        note: ProvisionCatalogue.section32Seven)),
    Fact(
      id: "law.s32.transitional",
      statement: "Applications issued before 22 April 2014 have no 26-week limit.",
      provenance: Provenance(
        .unverified, [.commencementOrder2014, .transitionalProvisionsOrder2014],
        note: "S.I. 2014/889 art 4(c) (read) brings CAFA 2014 s14, the 26-week limit, into force "
          + "on 22 April 2014 but says nothing about applications already issued; it is not the "
          + "source of this rule. The transitional provisions are in S.I. 2014/1042 (cited by "
          + "legislation.gov.uk's commencement notes for the Part 2 changes), whose text was not "
          + "reached here (December 2026: neither its articles, its contents page nor its "
          + "explanatory note), and no secondary source stating the rule was found.")),
  ]
}
