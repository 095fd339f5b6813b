/// A body that registered and regulated social workers in England (education.md §4).
public enum Regulator: String, Sendable, Hashable, Codable, CaseIterable {
  /// The General Social Care Council (Care Standards Act 2000), to 31 July 2012.
  case generalSocialCareCouncil
  /// The Health and Care Professions Council, 1 August 2012 to 1 December 2019.
  case healthAndCareProfessionsCouncil
  /// Social Work England, from Monday 2 December 2019.
  case socialWorkEngland

  /// The full name.
  public var name: String {
    switch self {
    case .generalSocialCareCouncil: "General Social Care Council (GSCC)"
    case .healthAndCareProfessionsCouncil: "Health and Care Professions Council (HCPC)"
    case .socialWorkEngland: "Social Work England"
    }
  }

  /// Who regulated social workers in England on each day.
  public static let history: Versioned<Regulator> = builtIn("regulator periods overlap") {
    try Versioned([
      (
        try EffectivePeriod(from: CalendarDay(2001, 10, 1), through: CalendarDay(2012, 7, 31)),
        .generalSocialCareCouncil
      ),
      (
        try EffectivePeriod(from: CalendarDay(2012, 8, 1), through: CalendarDay(2019, 12, 1)),
        .healthAndCareProfessionsCouncil
      ),
      (.starting(CalendarDay(2019, 12, 2)), .socialWorkEngland),
    ])
  }

  /// The regulator on `day`, or `nil` before the GSCC.
  public static func regulating(on day: CalendarDay) -> Regulator? {
    history.value(on: day)
  }

  /// The days it regulated.
  public var period: EffectivePeriod {
    Self.history.versions.first { $0.value == self }?.period ?? .always
  }

  /// Where the dates come from.
  public var provenance: Provenance {
    switch self {
    case .generalSocialCareCouncil:
      Provenance(
        .verified, [EducationSource.gsccReview, EducationSource.hcpc2012],
        note: "Established on 1 October 2001 under the Care Standards Act 2000 (the council's own "
          + "10-year review); closed 31 July 2012.")
    case .healthAndCareProfessionsCouncil:
      Provenance(
        .verified, [EducationSource.hcpc2012, EducationSource.sweTransition],
        note: "From 1 August 2012; the last day, 1 December 2019, is inferred from the transfer.")
    case .socialWorkEngland:
      Provenance(
        .verified, [EducationSource.sweTransition],
        note: "Regulatory functions from Monday 2 December 2019.")
    }
  }
}
