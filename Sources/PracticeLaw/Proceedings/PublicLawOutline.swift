/// The Public Law Outline: the stages of care proceedings and the latest day for each, as a
/// table a caller can replace (a local practice direction, a later amendment, a pilot).
///
/// The built-in ``pd12A2014`` table is Practice Direction 12A as in force from 22 April 2014.
/// Its paragraphs 1.1–1.3 were read; the body of its table was not, so each stage carries its
/// own verification tag.
public struct PublicLawOutline: Sendable, Hashable, Codable {
  /// The stable identifier of a stage, for example ``StageID/cmh``. The built-in stages are
  /// static members, so a typo in one is a compile error; an outline of your own makes its ids
  /// with ``init(rawValue:)``.
  public struct StageID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    CustomStringConvertible
  {
    /// The identifier, as in JSON and on the command line (`cmh`).
    public let rawValue: String

    /// Creates an identifier.
    ///
    /// - Parameter rawValue: The identifier, for example `cmh`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Orders identifiers alphabetically.
    public static func < (lhs: StageID, rhs: StageID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The identifier.
    public var description: String { rawValue }

    /// The issue of the application (PLO Day 1): held on the issue day.
    public static let issue = StageID(rawValue: "issue")
    /// Allocation and standard directions (Day 2).
    public static let allocation = StageID(rawValue: "allocation")
    /// The advocates' meeting before the Case Management Hearing.
    public static let cmhAdvocatesMeeting = StageID(rawValue: "cmhAdvocatesMeeting")
    /// The Case Management Hearing.
    public static let cmh = StageID(rawValue: "cmh")
    /// The Further Case Management Hearing (only when necessary).
    public static let fcmh = StageID(rawValue: "fcmh")
    /// The advocates' meeting before the Issues Resolution Hearing.
    public static let irhAdvocatesMeeting = StageID(rawValue: "irhAdvocatesMeeting")
    /// The Issues Resolution Hearing.
    public static let irh = StageID(rawValue: "irh")
    /// The final hearing.
    public static let finalHearing = StageID(rawValue: "finalHearing")
  }

  /// How "Day n" of the outline is counted from the day of issue (Day 1).
  public enum DayCounting: String, Sendable, Hashable, Codable, CaseIterable {
    /// Day n is the (n − 1)th business day after issue (FPR r2.3 business days).
    case businessDays
    /// Day n is issue + (n − 1) calendar days.
    case calendarDays
  }

  /// One stage of the outline.
  public struct Stage: Sendable, Hashable, Codable, Identifiable {
    /// When a stage should take place.
    public enum Timing: Sendable, Hashable, Codable {
      /// On Day n.
      case day(Int)
      /// Not before Day `earliest` and not later than Day `latest`.
      case days(earliest: Int, latest: Int)
      /// No later than Day n.
      case noLaterThanDay(Int)
      /// No later than n business days before the stage with id `stage`: n clear business days
      /// between (``FamilyProcedureTime/lastDayBefore(_:clearBusinessDays:)``).
      case businessDaysBefore(Int, stage: StageID)
      /// As the court directs, within the timetable for the proceedings.
      case asDirected
      /// By the end of the period allowed under s32 (the 26 weeks and any extensions).
      case byFinalDeadline
    }

    /// A stable identifier, for example ``StageID/cmh``.
    public let id: StageID
    /// The stage's name, for example "Case Management Hearing".
    public let name: String
    /// When it should happen.
    public let timing: Timing
    /// Whether it happens only when the court finds it necessary (the FCMH).
    public let isOptional: Bool
    /// Where the timing comes from.
    public let provenance: Provenance

    /// Creates a stage.
    public init(
      id: StageID, name: String, timing: Timing, isOptional: Bool = false, provenance: Provenance
    ) {
      self.id = id
      self.name = name
      self.timing = timing
      self.isOptional = isOptional
      self.provenance = provenance
    }
  }

  /// The table's name.
  public let name: String
  /// How "Day n" is counted.
  public let dayCounting: DayCounting
  /// Where the day-counting rule comes from.
  public let dayCountingProvenance: Provenance
  /// The stages, in order.
  public let stages: [Stage]

  /// Creates a table.
  public init(
    name: String, dayCounting: DayCounting, dayCountingProvenance: Provenance, stages: [Stage]
  ) {
    self.name = name
    self.dayCounting = dayCounting
    self.dayCountingProvenance = dayCountingProvenance
    self.stages = stages
  }

  /// The same table with "Day n" counted the other way.
  public func counting(_ counting: DayCounting) -> PublicLawOutline {
    PublicLawOutline(
      name: name, dayCounting: counting,
      dayCountingProvenance: Provenance(.unverified, [], note: "Chosen by the caller."),
      stages: stages)
  }

  /// Practice Direction 12A (2014): the Public Law Outline from 22 April 2014.
  public static let pd12A2014: PublicLawOutline = {
    let secondary = Source(
      .secondary, title: "The stages of care proceedings (2015)",
      url: "http://www.ssfchelp.org.uk/blog/article/2-57/The-stages-of-care-proceedings.html",
      publisher: "ssfchelp.org.uk", date: CalendarDay(2015, 8, 30))
    let familyRightsGroup = Source(
      .secondary, title: "Family Rights Group, A–Z of terms: Case management hearing",
      url: "https://frg.org.uk/get-help-and-advice/a-z-of-terms/case-management-hearing/",
      publisher: "Family Rights Group")
    let albionChambers = Source(
      .secondary, title: "Albion Chambers, Relaunch of the Public Law Outline (2023)",
      url: "https://albionchambers.co.uk/relaunch-of-the-public-law-outline/",
      publisher: "Albion Chambers")
    func tagged(_ verification: Verification, _ locator: String, _ note: String) -> Provenance {
      Provenance(verification, [.practiceDirection12A(locator), secondary], note: note)
    }
    return PublicLawOutline(
      name: "Public Law Outline 2014 (PD12A)", dayCounting: .businessDays,
      dayCountingProvenance: tagged(
        .unverified, "para 7.1",
        "Whether PLO days are business days was not read in PD12A; business days (FPR r2.3) are "
          + "this library's default. Use counting(.calendarDays) for the other reading."),
      stages: [
        Stage(
          id: .issue, name: "Issue (Day 1)", timing: .day(1),
          provenance: tagged(
            .secondary, "Stage 1", "The application and annex documents are filed on Day 1.")),
        Stage(
          id: .allocation, name: "Allocation and standard directions (Day 2)", timing: .day(2),
          provenance: tagged(
            .secondary, "Stage 1",
            "Service on the parties, allocation, standard directions, guardian appointed.")),
        Stage(
          id: .cmhAdvocatesMeeting, name: "Advocates' meeting before the CMH",
          timing: .businessDaysBefore(2, stage: .cmh),
          provenance: tagged(
            .unverified, "Stage 2",
            "No later than 2 business days before the CMH (not read in PD12A). Secondary pages "
              + "come close without saying it: ssfchelp gives \"no later than day 10\" for a Day-12 "
              + "CMH, and Albion Chambers (2023), reporting the relaunched PLO, \"not later than 48 "
              + "hours beforehand\".")),
        Stage(
          id: .cmh, name: "Case Management Hearing", timing: .days(earliest: 12, latest: 18),
          provenance: Provenance(
            .secondary,
            [.practiceDirection12A("Stage 2"), familyRightsGroup, albionChambers, secondary],
            note: "Not before Day 12 and not later than Day 18 (PD12A's table not read). Family "
              + "Rights Group: the CMH \"should take place between 12 and 18 days after children's "
              + "services make the application\"; Albion Chambers (2023): \"a CMH between days 12 "
              + "and 18 following the application\". Neither says how the days are counted. The "
              + "2013 pilot (PD36C) said no later than Day 12 (ssfchelp: \"CMH on day 12\").")),
        Stage(
          id: .fcmh, name: "Further Case Management Hearing", timing: .noLaterThanDay(25),
          isOptional: true,
          provenance: tagged(
            .unverified, "Stage 2",
            "Only where necessary (FPR r12.25(2), read); no later than Day 25 was read neither in "
              + "PD12A nor in a secondary page (tri.x's glossary: only \"where necessary and must "
              + "not be regarded as a routine step\").")),
        Stage(
          id: .irhAdvocatesMeeting, name: "Advocates' meeting before the IRH",
          timing: .businessDaysBefore(7, stage: .irh),
          provenance: tagged(
            .unverified, "Stage 3",
            "No later than 7 business days before the IRH; read neither in PD12A nor in a "
              + "secondary page.")),
        Stage(
          id: .irh, name: "Issues Resolution Hearing", timing: .asDirected,
          provenance: tagged(
            .unverified, "Stage 3",
            "As directed, in accordance with the timetable (PD12A not read). Secondary pages give "
              + "local or later practice instead: ssfchelp \"no later than 20 weeks\", Albion "
              + "Chambers (2023) \"at or around week 20\".")),
        Stage(
          id: .finalHearing, name: "Final hearing", timing: .byFinalDeadline,
          provenance: Provenance(
            .verified, [.childrenAct1989("s32(1)(a)(ii), (5)", path: "section/32")],
            note: "Disposal within 26 weeks beginning with the day of issue, unless extended.")),
      ])
  }()
}
