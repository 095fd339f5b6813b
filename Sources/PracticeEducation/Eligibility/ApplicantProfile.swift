/// What an applicant brings, as they would describe it to a careers adviser: a JSON document
/// they can prepare by hand.
///
/// ```json
/// { "schemaVersion": 1,
///   "degree": { "classification": "lowerSecond", "subject": "history", "isPredicted": false },
///   "hasHigherDegree": false, "gcseEnglish": 5, "gcseMaths": 4, "experienceMonths": 8,
///   "hasRightToWork": true, "livesInEngland": true, "isRegisteredSocialWorker": false }
/// ```
///
/// A field left out (or `null`) means "not stated": a requirement that depends on it is
/// reported as depending on the partnership rather than guessed.
public struct ApplicantProfile: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1

  /// The first degree: its classification, subject and whether it is still predicted.
  public struct Degree: Sendable, Hashable, Codable {
    /// The classification achieved or predicted.
    public var classification: DegreeClass
    /// The subject, for example "history"; `nil` when not stated.
    public var subject: String?
    /// Whether the applicant is in their final year and the class is a prediction.
    public var isPredicted: Bool

    /// Creates a degree.
    public init(classification: DegreeClass, subject: String? = nil, isPredicted: Bool = false) {
      self.classification = classification
      self.subject = subject
      self.isPredicted = isPredicted
    }

    /// Reads a degree; `isPredicted` left out means the degree is completed.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      classification = try container.decode(DegreeClass.self, forKey: .classification)
      subject = try container.decodeIfPresent(String.self, forKey: .subject)
      isPredicted = try container.decodeIfPresent(Bool.self, forKey: .isPredicted) ?? false
    }

    private enum CodingKeys: String, CodingKey {
      case classification, subject, isPredicted
    }

    /// Whether the subject is (or includes) `name`, ignoring case.
    func isInSubject(_ name: String) -> Bool {
      subject?.lowercased().contains(name.lowercased()) ?? false
    }
  }

  /// The schema version of this document.
  public var schemaVersion: Int
  /// The first degree, or `nil` for none.
  public var degree: Degree?
  /// Whether the applicant holds a higher degree (master's or doctorate).
  public var hasHigherDegree: Bool
  /// GCSE English language grade on the 9–1 scale (C = 4), `nil` when not stated.
  public var gcseEnglish: Int?
  /// GCSE maths grade on the 9–1 scale (C = 4), `nil` when not stated.
  public var gcseMaths: Int?
  /// Months of full-time (or equivalent) relevant experience with children, families or
  /// vulnerable adults.
  public var experienceMonths: Int
  /// Whether the applicant has the right to work in the UK, `nil` when not stated.
  public var hasRightToWork: Bool?
  /// Whether the applicant lives in England, `nil` when not stated.
  public var livesInEngland: Bool?
  /// Whether the applicant is already a registered (qualified) social worker.
  public var isRegisteredSocialWorker: Bool
  /// Whether an employer has offered the applicant an apprenticeship, `nil` when not stated.
  public var hasApprenticeshipOffer: Bool?

  /// Creates a profile.
  public init(
    degree: Degree? = nil, hasHigherDegree: Bool = false, gcseEnglish: Int? = nil,
    gcseMaths: Int? = nil, experienceMonths: Int = 0, hasRightToWork: Bool? = nil,
    livesInEngland: Bool? = nil, isRegisteredSocialWorker: Bool = false,
    hasApprenticeshipOffer: Bool? = nil
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.degree = degree
    self.hasHigherDegree = hasHigherDegree
    self.gcseEnglish = gcseEnglish
    self.gcseMaths = gcseMaths
    self.experienceMonths = experienceMonths
    self.hasRightToWork = hasRightToWork
    self.livesInEngland = livesInEngland
    self.isRegisteredSocialWorker = isRegisteredSocialWorker
    self.hasApprenticeshipOffer = hasApprenticeshipOffer
  }

  private enum CodingKeys: String, CodingKey {
    case schemaVersion, degree, hasHigherDegree, gcseEnglish, gcseMaths, experienceMonths
    case hasRightToWork, livesInEngland, isRegisteredSocialWorker, hasApprenticeshipOffer
  }

  /// Reads a profile; booleans and counts left out take their "none" value (no higher degree,
  /// no experience, not registered). Grades must be 0–9 and months 0 or more.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    degree = try container.decodeIfPresent(Degree.self, forKey: .degree)
    hasHigherDegree = try container.decodeIfPresent(Bool.self, forKey: .hasHigherDegree) ?? false
    gcseEnglish = try Self.grade(container, .gcseEnglish)
    gcseMaths = try Self.grade(container, .gcseMaths)
    experienceMonths = try container.decodeIfPresent(Int.self, forKey: .experienceMonths) ?? 0
    guard experienceMonths >= 0 else {
      throw DecodingError.dataCorruptedError(
        forKey: .experienceMonths, in: container, debugDescription: "negative")
    }
    hasRightToWork = try container.decodeIfPresent(Bool.self, forKey: .hasRightToWork)
    livesInEngland = try container.decodeIfPresent(Bool.self, forKey: .livesInEngland)
    isRegisteredSocialWorker =
      try container.decodeIfPresent(Bool.self, forKey: .isRegisteredSocialWorker) ?? false
    hasApprenticeshipOffer = try container.decodeIfPresent(
      Bool.self, forKey: .hasApprenticeshipOffer)
  }

  private static func grade(
    _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
  ) throws -> Int? {
    guard let grade = try container.decodeIfPresent(Int.self, forKey: key) else { return nil }
    guard (0...9).contains(grade) else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container, debugDescription: "grade outside 0–9")
    }
    return grade
  }
}
