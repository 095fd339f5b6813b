/// A record of the evidence on each limb of the threshold in the Children Act 1989 s31(2), with
/// the s31(3) age bar.
///
/// A care or supervision order may only be made if the court is satisfied that (a) the child is
/// suffering, or is likely to suffer, significant harm, and (b) the harm or likelihood is
/// attributable to (i) the care given, or likely to be given, not being what it would be
/// reasonable to expect a parent to give, or (ii) the child's being beyond parental control.
/// An interim order needs "reasonable grounds for believing" those circumstances (s38(2)).
///
/// ``findings(on:)`` reports limbs with nothing recorded and the age bar; it never decides
/// whether the threshold is crossed.
public struct ThresholdAssessment: DecisionSupportDocument, Hashable {
  /// The order sought, which decides which test applies.
  public enum OrderSought: String, Sendable, Hashable, Codable, CaseIterable {
    /// A care order (s31(1)(a)): the s31(2) threshold.
    case careOrder
    /// A supervision order (s31(1)(b)): the s31(2) threshold.
    case supervisionOrder
    /// An interim care order (s38): reasonable grounds for believing (s38(2)).
    case interimCareOrder
    /// An interim supervision order (s38): reasonable grounds for believing (s38(2)).
    case interimSupervisionOrder
    /// Any other order: no threshold finding is made.
    case other

    /// Whether the order is a final care or supervision order (s31(2)).
    public var isFinalCareOrSupervision: Bool {
      self == .careOrder || self == .supervisionOrder
    }

    /// Whether the order is an interim care or supervision order (s38(2)).
    public var isInterim: Bool { self == .interimCareOrder || self == .interimSupervisionOrder }
  }

  /// A limb of the s31(2) threshold.
  public enum Limb: String, Sendable, Hashable, Codable, CaseIterable {
    /// (a) significant harm suffered or likely.
    case significantHarm
    /// (b)(i) attributable to care not what it would be reasonable to expect a parent to give.
    case careNotReasonable
    /// (b)(ii) attributable to the child's being beyond parental control.
    case beyondParentalControl

    /// The locator, for example `s31(2)(b)(i)`.
    public var locator: String {
      switch self {
      case .significantHarm: "s31(2)(a)"
      case .careNotReasonable: "s31(2)(b)(i)"
      case .beyondParentalControl: "s31(2)(b)(ii)"
      }
    }

    /// The statutory words (read on legislation.gov.uk).
    public var statutoryText: String {
      switch self {
      case .significantHarm:
        "that the child concerned is suffering, or is likely to suffer, significant harm"
      case .careNotReasonable:
        "the care given to the child, or likely to be given to him if the order were not made, "
          + "not being what it would be reasonable to expect a parent to give to him"
      case .beyondParentalControl: "the child's being beyond parental control"
      }
    }

    /// Where the words come from (verified).
    public var provenance: Provenance { ChecklistProvenance.partIV(locator) }
  }

  /// `1`.
  public static let currentSchemaVersion = 1

  /// The document's schema version.
  public var schemaVersion: Int
  /// The child or case the record concerns (pseudonymise before export), if given.
  public var subject: String?
  /// The order sought.
  public var orderSought: OrderSought
  /// The child's date of birth, for the s31(3) age bar.
  public var dateOfBirth: CalendarDay?
  /// Whether the child is married (the bar is 16 rather than 17); absent means not recorded.
  public var married: Bool?
  /// Evidence on limb (a).
  public var significantHarm: [EvidenceEntry]
  /// Evidence on limb (b)(i).
  public var careNotReasonable: [EvidenceEntry]
  /// Evidence on limb (b)(ii).
  public var beyondParentalControl: [EvidenceEntry]

  /// Creates an assessment.
  public init(
    subject: String? = nil, orderSought: OrderSought, dateOfBirth: CalendarDay? = nil,
    married: Bool? = nil, significantHarm: [EvidenceEntry] = [],
    careNotReasonable: [EvidenceEntry] = [], beyondParentalControl: [EvidenceEntry] = []
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.subject = subject
    self.orderSought = orderSought
    self.dateOfBirth = dateOfBirth
    self.married = married
    self.significantHarm = significantHarm
    self.careNotReasonable = careNotReasonable
    self.beyondParentalControl = beyondParentalControl
  }

  /// The evidence recorded on `limb`.
  public func evidence(for limb: Limb) -> [EvidenceEntry] {
    switch limb {
    case .significantHarm: significantHarm
    case .careNotReasonable: careNotReasonable
    case .beyondParentalControl: beyondParentalControl
    }
  }

  /// Whether `limb` has at least one recorded (non-blank) entry.
  public func isAddressed(_ limb: Limb) -> Bool { evidence(for: limb).addresses }

  /// What is missing, for a hearing or decision on `day`:
  /// - `law.s31-2.significant-harm-not-addressed` / `law.s38-2.significant-harm-not-addressed`
  ///   (concern) when limb (a) has nothing recorded;
  /// - `law.s31-2.attribution-not-addressed` / `law.s38-2.attribution-not-addressed` (concern)
  ///   when neither (b)(i) nor (b)(ii) has anything recorded;
  /// - `law.s31-3.age-bar` (breach) when the child has reached 17 (16 if married) by `day`;
  /// - `law.s31-3.date-of-birth-not-recorded` (advisory) when the age bar cannot be checked.
  ///
  /// No finding is made for ``OrderSought/other``.
  public func findings(on day: CalendarDay) -> [Finding] {
    guard orderSought.isFinalCareOrSupervision || orderSought.isInterim else { return [] }
    let interim = orderSought.isInterim
    let standard =
      interim ? "s38(2) (reasonable grounds for believing the s31(2) circumstances)" : "s31(2)"
    let testSources: [Source] =
      interim
      ? [.childrenAct1989("s38(2)", path: "section/38"), Limb.significantHarm.source]
      : [Limb.significantHarm.source]
    var findings: [Finding] = []
    if !isAddressed(.significantHarm) {
      findings.append(
        Finding(
          code: interim
            ? .lawInterimThresholdSignificantHarmNotAddressed
            : .lawThresholdSignificantHarmNotAddressed, severity: .concern,
          message: "Threshold \(standard): no evidence recorded that the child is suffering, or "
            + "is likely to suffer, significant harm (limb (a)).",
          subject: subject, sources: testSources))
    }
    if !isAddressed(.careNotReasonable) && !isAddressed(.beyondParentalControl) {
      findings.append(
        Finding(
          code: interim
            ? .lawInterimThresholdAttributionNotAddressed : .lawThresholdAttributionNotAddressed,
          severity: .concern,
          message: "Threshold \(standard): no evidence recorded that the harm is attributable to "
            + "the care given (limb (b)(i)) or to the child's being beyond parental control "
            + "(limb (b)(ii)).",
          subject: subject,
          sources: interim
            ? [.childrenAct1989("s38(2)", path: "section/38"), Limb.careNotReasonable.source]
            : [Limb.careNotReasonable.source]))
    }
    findings += ageBarFindings(on: day)
    return findings
  }

  private func ageBarFindings(on day: CalendarDay) -> [Finding] {
    var sources: [Source] = [.childrenAct1989("s31(3)", path: "part/IV/2012-11-01")]
    if orderSought.isInterim { sources.append(.reQ2019) }
    guard let dateOfBirth else {
      return [
        Finding(
          code: .lawAgeBarBirthDayNotRecorded, severity: .advisory,
          message: "The child's date of birth is not recorded, so the s31(3) age bar (17, or 16 "
            + "if married) cannot be checked.",
          subject: subject, sources: sources)
      ]
    }
    let check = AgeBar(dateOfBirth: dateOfBirth, married: married ?? false, on: day)
    guard check.isBarred, let barDay = check.barDay else { return [] }
    let order =
      orderSought.isInterim ? "interim care or supervision order" : "care or supervision order"
    return [
      Finding(
        code: .lawAgeBar, severity: .breach,
        message: "s31(3): no \(order) may be made for a child who has reached \(check.barAge)"
          + (check.married ? " (married)" : "") + "; that age was reached on \(barDay).",
        subject: subject, dueDay: barDay, actualDay: day, sources: sources)
    ]
  }

  /// Facts for the threshold limbs, the interim test, the age bar and the age convention; ids
  /// `law.checklist.s31-2.a`, `law.checklist.s31-2.b-i`, `law.checklist.s31-2.b-ii`,
  /// `law.checklist.s38-2`, `law.checklist.s31-3`, `law.checklist.re-q`, and the ``AgeBar``
  /// facts.
  public static var facts: [Fact] {
    let limbs = Limb.allCases.map { limb in
      let suffix =
        switch limb {
        case .significantHarm: "a"
        case .careNotReasonable: "b-i"
        case .beyondParentalControl: "b-ii"
        }
      return Fact(
        id: "law.checklist.s31-2.\(suffix)",
        statement: "Children Act 1989 \(limb.locator): \(limb.statutoryText).",
        provenance: limb.provenance)
    }
    return limbs + [
      Fact(
        id: "law.checklist.s38-2",
        statement: "Children Act 1989 s38(2): an interim care or supervision order may be made "
          + "only if the court is satisfied that there are reasonable grounds for believing that "
          + "the circumstances with respect to the child are as mentioned in s31(2).",
        provenance: Provenance(.verified, [.childrenAct1989("s38(2)", path: "section/38")])),
      Fact(
        id: "law.checklist.s31-3",
        statement: "Children Act 1989 s31(3): no care order or supervision order may be made with "
          + "respect to a child who has reached the age of seventeen (or sixteen, in the case of "
          + "a child who is married).",
        provenance: ChecklistProvenance.partIV("s31(3)")),
      Fact(
        id: "law.checklist.re-q",
        statement: "Re Q [2019] EWHC 512 (Fam): an interim care or supervision order cannot "
          + "endure beyond the child's 17th birthday (16th if married).",
        provenance: Provenance(.secondary, [.reQ2019, .reQSecondary])),
    ]
  }
}

extension ThresholdAssessment.Limb {
  /// The Children Act 1989 at this limb.
  var source: Source { .childrenAct1989(locator, path: "part/IV/2012-11-01") }
}
