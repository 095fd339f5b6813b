/// A phase of the DfE/DH Social Work Teaching Partnerships programme (education.md §5).
public struct TeachingPartnershipPhase: Sendable, Hashable, Codable {
  /// The phase's name, for example "Phase 1 (early adopters)".
  public let name: String
  /// The year it started.
  public let year: Int
  /// How many partnerships it added.
  public let partnerships: Int
  /// What is recorded about it.
  public let summary: String
  /// Where it comes from.
  public let provenance: Provenance
}

/// A Social Work Teaching Partnership: universities, local authorities and private, voluntary or
/// independent partners training students together. Fill one in with its own members and
/// placements and ask for its report.
public struct TeachingPartnership: Sendable, Hashable, Codable {
  /// A kind of member.
  public enum MemberKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A higher education institution.
    case university
    /// A local authority.
    case localAuthority
    /// A private, voluntary or independent sector partner.
    case privateVoluntaryIndependent
  }

  /// A member organisation.
  public struct Member: Sendable, Hashable, Codable {
    /// Its name.
    public var name: String
    /// Its kind.
    public var kind: MemberKind

    /// Creates a member.
    public init(name: String, kind: MemberKind) {
      self.name = name
      self.kind = kind
    }
  }

  /// The partnership's name.
  public var name: String
  /// Its members.
  public var members: [Member]
  /// The placements its students took this year.
  public var placements: [Placement]

  /// Creates a partnership.
  public init(name: String, members: [Member], placements: [Placement] = []) {
    self.name = name
    self.members = members
    self.placements = placements
  }

  /// What a partnership reports: members by kind, placements, and the share in statutory
  /// settings (`nil` with no placements).
  public struct Report: Sendable, Hashable, Codable {
    /// Universities.
    public let universities: Int
    /// Local authorities.
    public let localAuthorities: Int
    /// Private, voluntary and independent partners.
    public let otherPartners: Int
    /// Placements recorded.
    public let placements: Int
    /// Placements in statutory settings.
    public let statutoryPlacements: Int
    /// Statutory placements ÷ placements.
    public let statutoryShare: Double?
    /// Findings: a partnership needs at least one university and one local authority.
    public let findings: [Finding]
  }

  /// The partnership's report.
  public var report: Report {
    var counts: [MemberKind: Int] = [:]
    for member in members { counts[member.kind, default: 0] += 1 }
    let statutory = placements.filter(\.isStatutory).count
    var findings: [Finding] = []
    for kind in [MemberKind.university, .localAuthority] where counts[kind, default: 0] == 0 {
      findings.append(
        Finding(
          code: kind == .university
            ? .educationPartnershipNoUniversity : .educationPartnershipNoEmployer,
          severity: .concern,
          message: "A teaching partnership is a collaboration between universities and "
            + "employers; this one has no \(kind == .university ? "university" : "local authority").",
          sources: [EducationSource.partnershipsInvitation]))
    }
    return Report(
      universities: counts[.university, default: 0],
      localAuthorities: counts[.localAuthority, default: 0],
      otherPartners: counts[.privateVoluntaryIndependent, default: 0], placements: placements.count,
      statutoryPlacements: statutory,
      statutoryShare: placements.isEmpty ? nil : Double(statutory) / Double(placements.count),
      findings: findings)
  }
}

/// The national programme: its phases, its reach and its end.
public enum TeachingPartnerships {
  /// The phases: 4 early adopters (2015), 11 more (2016), 10 more (2018).
  public static let phases: [TeachingPartnershipPhase] = [
    TeachingPartnershipPhase(
      name: "Phase 1 (early adopters)", year: 2015, partnerships: 4,
      summary: "South Yorkshire, North West Midlands, Greater Manchester, South East London.",
      provenance: Provenance(.secondary, [EducationSource.partnerships2016])),
    TeachingPartnershipPhase(
      name: "Phase 2", year: 2016, partnerships: 11,
      summary: "Two-year funding (April 2016 – March 2018); priority to embedding the KSS and two "
        + "statutory placements per student.",
      provenance: Provenance(
        .secondary, [EducationSource.partnerships2016, EducationSource.partnershipsEvaluation])),
    TeachingPartnershipPhase(
      name: "Phase 3", year: 2018, partnerships: 10, summary: "Ten more partnerships.",
      provenance: Provenance(.secondary, [EducationSource.partnershipsEvaluation])),
  ]

  /// 23 partnerships after an amalgamation (4 self-funded, 19 funded), covering 113 local
  /// authorities, 54 universities (about 70% of the 79 offering social work) and 32 PVI partners
  /// (2020).
  public static let reach2020 = Sourced(
    "23 partnerships after an amalgamation (4 self-funded, 19 funded): 113 local authorities, "
      + "54 universities (about 70% of 79 offering social work), 32 PVI partners",
    Provenance(.secondary, [EducationSource.partnershipsEvaluation]))

  /// The evaluation's workstream headings, the closest verified list of criteria areas (the
  /// seed's "eight areas" are unverified).
  public static let workstreams: [Sourced<String>] = [
    "Governance (strategic and operational delivery)", "Admissions",
    "Placements and curriculum", "Academic delivery and academic experience of practice",
    "Practice support and delivery", "Workforce planning",
  ].map {
    Sourced(
      $0,
      Provenance(
        .verified, [EducationSource.partnershipsEvaluator, EducationSource.partnershipsEvaluation],
        note: "The questions the evaluator set out when commissioned (\"What activity have TPs "
          + "delivered?\"), on its own page."))
  }

  /// The days DfE funded partnerships: from 2015 to the end of March 2024 (DfE wrote at the
  /// beginning of April 2024 that funding would not be renewed for 2024-25).
  public static let funding: Sourced<EffectivePeriod> = builtIn(
    "teaching partnership funding period ends before it starts"
  ) {
    Sourced(
      try EffectivePeriod(from: CalendarDay(2015, 1, 1), through: CalendarDay(2024, 3, 31)),
      provenance)
  }

  private static let provenance = Provenance(
    .secondary, [EducationSource.partnershipsEnd],
    note: "The 1 January 2015 start and 31 March 2024 end are conventions for \"2015\" and "
      + "\"not renewed for 2024-25\".")

  /// How many partnerships had been funded by the end of `year` (before the amalgamation).
  public static func partnershipsFunded(by year: Int) -> Int {
    phases.filter { $0.year <= year }.reduce(0) { $0 + $1.partnerships }
  }
}
