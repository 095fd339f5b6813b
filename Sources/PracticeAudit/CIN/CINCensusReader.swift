/// Reads a Children in Need census XML file (`Message/Header`, `Message/Children/Child…`) one
/// child at a time.
///
/// Memory does not depend on the file's size: the XML is streamed (``XMLPullParser``) and only
/// the current child is held. Call ``next()`` until it returns `nil`; ``header`` is read before
/// the first child. Elements the measures do not use are skipped.
///
/// Malformed XML stops the reading with an ``XMLSyntaxError`` (line, column, rule). Bad values
/// do not: an invalid date, an invalid flag, a missing identifier or required date, a repeated
/// element or stray text between elements is recorded in ``dataQuality`` (element, place, rule;
/// never the value) and reading goes on.
public struct CINCensusReader: Sendable {
  /// The header's collection details, filled once they have been read.
  public private(set) var header = CINCensusHeader()
  /// Data-quality findings so far.
  public private(set) var dataQuality: CINDataQualityLog
  /// The number of children read so far.
  public private(set) var childCount = 0

  private var parser: XMLPullParser
  /// The open elements, and for each the leaves already seen in it (bits by ``Element``).
  private var path: [(element: Element, seen: UInt64)] = []
  private var leafText = ""
  private var leafLocation = XMLLocation(line: 1, column: 1)
  private var child: CINChild?
  private var childIdentifier: String?
  private var referral: CINReferral?
  private var assessment: CINAssessment?
  private var enquiry: CINEnquiry?
  private var plan: CINProtectionPlan?
  private var preProceedings: CINPreProceedings?

  /// The longest element value kept, in bytes.
  static let maximumValueLength = 4_096

  /// Creates a reader over a parser.
  public init(parser: XMLPullParser, dataQualityLimit: Int = 10_000) {
    self.parser = parser
    dataQuality = CINDataQualityLog(limit: dataQualityLimit)
  }

  /// Creates a reader streaming the file at `path`.
  /// - Throws: ``XMLSyntaxError`` when the file cannot be opened.
  public init(contentsOfFile path: String, dataQualityLimit: Int = 10_000) throws(XMLSyntaxError) {
    self.init(parser: try XMLPullParser(contentsOfFile: path), dataQualityLimit: dataQualityLimit)
  }

  /// Creates a reader over a string.
  public init(string: String) {
    self.init(parser: XMLPullParser(string: string))
  }

  /// The next child, or `nil` at the end of the document.
  /// - Throws: ``XMLSyntaxError`` when the XML is malformed.
  public mutating func next() throws(XMLSyntaxError) -> CINChild? {
    while let event = try parser.next() {
      switch event {
      case .startElement(let name, let location):
        let element = Element.named[name] ?? .other
        start(element, parent: path.last?.element ?? .other, at: location)
        path.append((element, 0))
      case .text(let text, let location):
        if let current = path.last?.element, current.isContainer {
          note(.strayText, current.path(in: path.dropLast().last?.element), location)
        } else if leafText.utf8.count + text.utf8.count <= Self.maximumValueLength {
          // Values read are dates, flags and identifiers: a longer one is kept out, so memory
          // stays bounded even for text split by comments.
          leafText += text
        }
      case .endElement:
        guard let (element, seen) = path.popLast() else { continue }
        if let done = end(element, parent: path.last?.element ?? .other, seen: seen) {
          return done
        }
      }
    }
    return nil
  }

  // MARK: - Building records

  private mutating func start(_ element: Element, parent: Element, at location: XMLLocation) {
    leafText = ""
    leafLocation = location
    switch (parent, element) {
    case (.children, .child):
      child = CINChild(id: "", location: location)
      childIdentifier = nil
    case (.cinDetails, .assessments): assessment = CINAssessment(location: location)
    case (.cinDetails, .section47): enquiry = CINEnquiry(location: location)
    case (.cinDetails, .protectionPlans): plan = CINProtectionPlan(location: location)
    case (.cinDetails, .preProceedings): preProceedings = CINPreProceedings(location: location)
    case (.child, .cinDetails): referral = CINReferral(location: location)
    default: break
    }
  }

  /// Handles the end of an element (`seen`: the leaves found in it); returns the child when a
  /// `Child` ends.
  private mutating func end(_ element: Element, parent: Element, seen: UInt64) -> CINChild? {
    switch (parent, element) {
    case (.collectionDetails, .collection): header.collection = value
    case (.collectionDetails, .year): header.year = value.flatMap { Int($0) }
    case (.collectionDetails, .referenceDate): header.referenceDate = date(element, in: parent)
    case (.childIdentifiers, .laChildID):
      if once(element, in: parent) { childIdentifier = value }
    case (.cinDetails, .referralDate):
      if once(element, in: parent) {
        let parsed = date(element, in: parent, required: true)
        referral?.referralDate = parsed
      }
    case (.cinDetails, .closureDate):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        referral?.closureDate = parsed
      }
    case (.cinDetails, .initialConference):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        referral?.initialConference = parsed
      }
    case (.cinDetails, .referralNFA):
      if once(element, in: parent) { _ = flag(element, in: parent) }
    case (.assessments, .assessmentStart):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        assessment?.started = parsed
      }
    case (.assessments, .assessmentAuthorised):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        assessment?.authorised = parsed
      }
    case (.section47, .enquiryStart):
      if once(element, in: parent) {
        let parsed = date(element, in: parent, required: true)
        enquiry?.started = parsed
      }
    case (.section47, .conferenceTarget):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        enquiry?.conferenceTarget = parsed
      }
    case (.section47, .initialConference):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        enquiry?.initialConference = parsed
      }
    case (.section47, .conferenceNotRequired):
      if once(element, in: parent) {
        let parsed = flag(element, in: parent)
        enquiry?.conferenceNotRequired = parsed
      }
    case (.protectionPlans, .planStart):
      if once(element, in: parent) {
        let parsed = date(element, in: parent, required: true)
        plan?.started = parsed
      }
    case (.protectionPlans, .planEnd):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        plan?.ended = parsed
      }
    case (.reviews, .reviewDate):
      let parsed = date(element, in: parent)
      if let parsed { plan?.reviews.append(parsed) }
    case (.preProceedings, .preProceedingsStart):
      if once(element, in: parent) {
        let parsed = date(element, in: parent, required: true)
        preProceedings?.started = parsed
      }
    case (.preProceedings, .letterBeforeProceedings):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        preProceedings?.letterBeforeProceedings = parsed
      }
    case (.preProceedings, .familyMeetingOffered):
      if once(element, in: parent) {
        let parsed = flag(element, in: parent)
        preProceedings?.familyMeetingOffered = parsed
      }
    case (.preProceedings, .familyMeetingHeld):
      if once(element, in: parent) {
        let parsed = flag(element, in: parent)
        preProceedings?.familyMeetingHeld = parsed
      }
    case (.preProceedings, .firstMeeting):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        preProceedings?.firstMeeting = parsed
      }
    case (.preProceedings, .reviewMeetings):
      if once(element, in: parent) {
        let parsed = count(element, in: parent)
        preProceedings?.reviewMeetings = parsed
      }
    case (.preProceedings, .stepDecision):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        preProceedings?.decided = parsed
      }
    case (.preProceedings, .preProceedingsOutcome):
      if once(element, in: parent) {
        let parsed = code(element, in: parent, allowed: Self.preProceedingsOutcomes)
        preProceedings?.outcome = parsed
      }
    case (.preProceedings, .courtApplication):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        preProceedings?.courtApplication = parsed
      }
    case (.preProceedings, .proceedingsLetter):
      if once(element, in: parent) {
        let parsed = date(element, in: parent)
        preProceedings?.proceedingsLetter = parsed
      }
    case (.cinDetails, .assessments):
      if let done = assessment { referral?.assessments.append(done) }
      assessment = nil
    case (.cinDetails, .section47):
      if let done = enquiry {
        requireLeaf(.enquiryStart, of: element, seen: seen, at: done.location)
        referral?.enquiries.append(done)
      }
      enquiry = nil
    case (.cinDetails, .protectionPlans):
      if let done = plan {
        requireLeaf(.planStart, of: element, seen: seen, at: done.location)
        referral?.plans.append(done)
      }
      plan = nil
    case (.cinDetails, .preProceedings):
      if let done = preProceedings {
        requireLeaf(.preProceedingsStart, of: element, seen: seen, at: done.location)
        referral?.preProceedings.append(done)
      }
      preProceedings = nil
    case (.child, .cinDetails):
      if let done = referral {
        requireLeaf(.referralDate, of: element, seen: seen, at: done.location)
        if done.initialConference != nil,
          done.enquiries.contains(where: { $0.initialConference != nil })
        {
          note(
            .conferenceRecordedTwice, Element.initialConference.path(in: .cinDetails),
            done.location)
        }
        child?.referrals.append(done)
      }
      referral = nil
    case (.children, .child):
      guard var done = child else { return nil }
      child = nil
      childCount += 1
      if let childIdentifier {
        done.id = childIdentifier
      } else {
        done.id = "#\(childCount)"
        note(.missingChildIdentifier, Element.laChildID.path(in: .childIdentifiers), done.location)
      }
      return done
    default:
      break
    }
    return nil
  }

  /// Reports a required leaf absent from the container that has just ended.
  private mutating func requireLeaf(
    _ leaf: Element, of container: Element, seen: UInt64, at location: XMLLocation
  ) {
    if seen & leaf.bit == 0 { note(.missingDate, leaf.path(in: container), location) }
  }

  // MARK: - Values

  /// The current leaf's text without surrounding white space; `nil` when empty.
  private var value: String? {
    let bytes = leafText.utf8
    guard let first = bytes.firstIndex(where: { !Self.isSpace($0) }),
      let last = bytes.lastIndex(where: { !Self.isSpace($0) })
    else { return nil }
    // Only ASCII white space is cut, so the bytes kept are whole UTF-8 sequences.
    return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex)
      ? leafText : String(decoding: bytes[first...last], as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// Whether this is the first `element` in its parent (a repeat is reported).
  private mutating func once(_ element: Element, in parent: Element) -> Bool {
    guard let last = path.indices.last else { return true }
    guard path[last].seen & element.bit == 0 else {
      note(.repeatedElement, element.path(in: parent), leafLocation)
      return false
    }
    path[last].seen |= element.bit
    return true
  }

  /// The leaf's date; an invalid one is reported, and so is an empty one that is `required`.
  private mutating func date(_ element: Element, in parent: Element, required: Bool = false)
    -> CalendarDay?
  {
    guard let value else {
      if required { note(.missingDate, element.path(in: parent), leafLocation) }
      return nil
    }
    guard let day = try? CalendarDay(iso8601: value) else {
      note(.invalidDate, element.path(in: parent), leafLocation)
      return nil
    }
    return day
  }

  private mutating func flag(_ element: Element, in parent: Element) -> Bool? {
    switch value?.lowercased() {
    case nil: return nil
    case "1", "true": return true
    case "0", "false": return false
    default:
      note(.invalidFlag, element.path(in: parent), leafLocation)
      return nil
    }
  }

  /// The codes of `PPOutcome` (code set CS131, validator rule 9011).
  static let preProceedingsOutcomes: Set<String> = ["A", "B", "C"]

  /// The leaf's code when it is one of `allowed`; another value is reported.
  private mutating func code(_ element: Element, in parent: Element, allowed: Set<String>)
    -> String?
  {
    guard let value else { return nil }
    guard allowed.contains(value) else {
      note(.invalidValue, element.path(in: parent), leafLocation)
      return nil
    }
    return value
  }

  /// The leaf's whole number of zero or more (at most 9,999); another value is reported.
  private mutating func count(_ element: Element, in parent: Element) -> Int? {
    guard let value else { return nil }
    guard value.utf8.count <= 4, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let number = Int(value)
    else {
      note(.invalidValue, element.path(in: parent), leafLocation)
      return nil
    }
    return number
  }

  private mutating func note(_ rule: CINDataRule, _ element: String, _ location: XMLLocation) {
    dataQuality.record(CINDataQualityFinding(rule, element: element, at: location))
  }
}

/// The census elements the reader knows, so each name is looked up once per element.
private enum Element: Int {
  case other
  // Containers: text directly inside them is stray.
  case message, header, collectionDetails, source, children, child, childIdentifiers
  case childCharacteristics, disabilities, cinDetails, assessments, factors, cinPlanDates
  case section47, protectionPlans, reviews, preProceedings
  // Leaves the measures read.
  case collection, year, referenceDate, laChildID, referralDate, closureDate, initialConference
  case referralNFA, assessmentStart, assessmentAuthorised, enquiryStart, conferenceTarget
  case conferenceNotRequired, planStart, planEnd, reviewDate
  case preProceedingsStart, letterBeforeProceedings, familyMeetingOffered, familyMeetingHeld
  case firstMeeting, reviewMeetings, stepDecision, preProceedingsOutcome, courtApplication
  case proceedingsLetter

  /// The census's element names.
  static let names: [Element: String] = [
    .message: "Message", .header: "Header", .collectionDetails: "CollectionDetails",
    .source: "Source", .children: "Children", .child: "Child",
    .childIdentifiers: "ChildIdentifiers",
    .childCharacteristics: "ChildCharacteristics", .disabilities: "Disabilities",
    .cinDetails: "CINdetails", .assessments: "Assessments",
    .factors: "FactorsIdentifiedAtAssessment", .cinPlanDates: "CINPlanDates",
    .section47: "Section47", .protectionPlans: "ChildProtectionPlans", .reviews: "Reviews",
    .preProceedings: "PreProceedingsandFGDM", .collection: "Collection", .year: "Year",
    .referenceDate: "ReferenceDate", .laChildID: "LAchildID", .referralDate: "CINreferralDate",
    .closureDate: "CINclosureDate", .initialConference: "DateOfInitialCPC",
    .referralNFA: "ReferralNFA", .assessmentStart: "AssessmentActualStartDate",
    .assessmentAuthorised: "AssessmentAuthorisationDate", .enquiryStart: "S47ActualStartDate",
    .conferenceTarget: "InitialCPCtarget", .conferenceNotRequired: "ICPCnotRequired",
    .planStart: "CPPstartDate", .planEnd: "CPPendDate", .reviewDate: "CPPreviewDate",
    .preProceedingsStart: "PPStartDate", .letterBeforeProceedings: "LBPSentDate",
    .familyMeetingOffered: "FGDMMeetingOffer", .familyMeetingHeld: "FGDMMeetingFac",
    .firstMeeting: "InitialPPMeetingDate", .reviewMeetings: "ReviewMeetingsCount",
    .stepDecision: "StepDecisionDate", .preProceedingsOutcome: "PPOutcome",
    .courtApplication: "CourtAppDate", .proceedingsLetter: "LetterInitCPDate",
  ]

  /// Each element by its name.
  static let named = Dictionary(uniqueKeysWithValues: names.map { ($1, $0) })

  var isContainer: Bool {
    (Element.message.rawValue...Element.preProceedings.rawValue).contains(rawValue)
  }

  /// The element's bit in a set of leaves seen.
  var bit: UInt64 { 1 << UInt64(rawValue) }

  /// `Parent/Name`, for findings (only the census's own names: never text from the input).
  func path(in parent: Element?) -> String {
    let name = Element.names[self] ?? "?"
    guard let parent, let parentName = Element.names[parent] else { return name }
    return parentName + "/" + name
  }
}
