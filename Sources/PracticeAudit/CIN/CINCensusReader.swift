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
  private var path: [String] = []
  private var leafText = ""
  private var leafLocation = XMLLocation(line: 1, column: 1)
  private var child: CINChild?
  private var childIdentifier: String?
  private var referral: CINReferral?
  private var assessment: CINAssessment?
  private var enquiry: CINEnquiry?
  private var plan: CINProtectionPlan?
  /// The leaves already seen in each open container (by the container's name), to report repeats.
  private var seenLeaves: [String: Set<String>] = [:]

  /// Elements that hold other elements: text directly inside them is stray.
  private static let containers: Set<String> = [
    "Message", "Header", "CollectionDetails", "Source", "Children", "Child", "ChildIdentifiers",
    "ChildCharacteristics", "Disabilities", "CINdetails", "Assessments",
    "FactorsIdentifiedAtAssessment", "CINPlanDates", "Section47", "ChildProtectionPlans",
    "Reviews", "PreProceedingsandFGDM",
  ]

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
        start(name, parent: path.last ?? "", at: location)
        path.append(name)
      case .text(let text, let location):
        if let current = path.last, Self.containers.contains(current) {
          let parent = path.dropLast().last.map { $0 + "/" } ?? ""
          note(.strayText, parent + current, location)
        } else {
          leafText += text
        }
      case .endElement(let name, _):
        path.removeLast()
        if let done = end(name, parent: path.last ?? "") { return done }
      }
    }
    return nil
  }

  // MARK: - Building records

  private mutating func start(_ name: String, parent: String, at location: XMLLocation) {
    leafText = ""
    leafLocation = location
    if Self.containers.contains(name) { seenLeaves[name] = [] }
    switch (parent, name) {
    case ("Children", "Child"):
      child = CINChild(id: "", location: location)
      childIdentifier = nil
    case ("Child", "CINdetails"):
      referral = CINReferral(location: location)
    case ("CINdetails", "Assessments"):
      assessment = CINAssessment(location: location)
    case ("CINdetails", "Section47"):
      enquiry = CINEnquiry(location: location)
    case ("CINdetails", "ChildProtectionPlans"):
      plan = CINProtectionPlan(location: location)
    default:
      break
    }
  }

  /// Handles the end of an element; returns the child when a `Child` ends.
  private mutating func end(_ name: String, parent: String) -> CINChild? {
    switch (parent, name) {
    case ("CollectionDetails", "Collection"): header.collection = value
    case ("CollectionDetails", "Year"): header.year = value.flatMap { Int($0) }
    case ("CollectionDetails", "ReferenceDate"): header.referenceDate = date(parent, name)
    case ("ChildIdentifiers", "LAchildID"):
      if once(parent, name) { childIdentifier = value }
    case ("CINdetails", "CINreferralDate"):
      if once(parent, name) {
        let parsed = date(parent, name, required: true)
        referral?.referralDate = parsed
      }
    case ("CINdetails", "CINclosureDate"):
      if once(parent, name) {
        let parsed = date(parent, name)
        referral?.closureDate = parsed
      }
    case ("CINdetails", "DateOfInitialCPC"):
      if once(parent, name) {
        let parsed = date(parent, name)
        referral?.initialConference = parsed
      }
    case ("CINdetails", "ReferralNFA"):
      if once(parent, name) { _ = flag(parent, name) }
    case ("Assessments", "AssessmentActualStartDate"):
      if once(parent, name) {
        let parsed = date(parent, name)
        assessment?.started = parsed
      }
    case ("Assessments", "AssessmentAuthorisationDate"):
      if once(parent, name) {
        let parsed = date(parent, name)
        assessment?.authorised = parsed
      }
    case ("Section47", "S47ActualStartDate"):
      if once(parent, name) {
        let parsed = date(parent, name, required: true)
        enquiry?.started = parsed
      }
    case ("Section47", "InitialCPCtarget"):
      if once(parent, name) {
        let parsed = date(parent, name)
        enquiry?.conferenceTarget = parsed
      }
    case ("Section47", "DateOfInitialCPC"):
      if once(parent, name) {
        let parsed = date(parent, name)
        enquiry?.initialConference = parsed
      }
    case ("Section47", "ICPCnotRequired"):
      if once(parent, name) {
        let parsed = flag(parent, name)
        enquiry?.conferenceNotRequired = parsed
      }
    case ("ChildProtectionPlans", "CPPstartDate"):
      if once(parent, name) {
        let parsed = date(parent, name, required: true)
        plan?.started = parsed
      }
    case ("ChildProtectionPlans", "CPPendDate"):
      if once(parent, name) {
        let parsed = date(parent, name)
        plan?.ended = parsed
      }
    case ("Reviews", "CPPreviewDate"):
      let parsed = date(parent, name)
      if let parsed { plan?.reviews.append(parsed) }
    case ("CINdetails", "Assessments"):
      if let done = assessment { referral?.assessments.append(done) }
      assessment = nil
    case ("CINdetails", "Section47"):
      if let done = enquiry {
        if absent("Section47", "S47ActualStartDate") {
          note(.missingDate, "Section47/S47ActualStartDate", done.location)
        }
        referral?.enquiries.append(done)
      }
      enquiry = nil
    case ("CINdetails", "ChildProtectionPlans"):
      if let done = plan {
        if absent("ChildProtectionPlans", "CPPstartDate") {
          note(.missingDate, "ChildProtectionPlans/CPPstartDate", done.location)
        }
        referral?.plans.append(done)
      }
      plan = nil
    case ("Child", "CINdetails"):
      if let done = referral {
        if absent("CINdetails", "CINreferralDate") {
          note(.missingDate, "CINdetails/CINreferralDate", done.location)
        }
        if done.initialConference != nil,
          done.enquiries.contains(where: { $0.initialConference != nil })
        {
          note(.conferenceRecordedTwice, "CINdetails/DateOfInitialCPC", done.location)
        }
        child?.referrals.append(done)
      }
      referral = nil
    case ("Children", "Child"):
      guard var done = child else { return nil }
      child = nil
      childCount += 1
      if let childIdentifier {
        done.id = childIdentifier
      } else {
        done.id = "#\(childCount)"
        note(.missingChildIdentifier, "ChildIdentifiers/LAchildID", done.location)
      }
      return done
    default:
      break
    }
    return nil
  }

  // MARK: - Values

  /// The current leaf's text without surrounding white space; `nil` when empty.
  private var value: String? {
    let trimmed = leafText.utf8.drop { Self.isSpace($0) }.reversed().drop { Self.isSpace($0) }
    return trimmed.isEmpty ? nil : String(decoding: trimmed.reversed(), as: UTF8.self)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
  }

  /// Whether this is the first `name` in the record being built (a repeat is reported).
  private mutating func once(_ parent: String, _ name: String) -> Bool {
    guard seenLeaves[parent, default: []].insert(name).inserted else {
      note(.repeatedElement, parent + "/" + name, leafLocation)
      return false
    }
    return true
  }

  /// Whether the container being closed had no `name` element at all.
  private func absent(_ container: String, _ name: String) -> Bool {
    seenLeaves[container]?.contains(name) != true
  }

  /// The leaf's date; an invalid one is reported, and so is an empty one that is `required`.
  private mutating func date(_ parent: String, _ name: String, required: Bool = false)
    -> CalendarDay?
  {
    guard let value else {
      if required { note(.missingDate, parent + "/" + name, leafLocation) }
      return nil
    }
    guard let day = try? CalendarDay(iso8601: value) else {
      note(.invalidDate, parent + "/" + name, leafLocation)
      return nil
    }
    return day
  }

  private mutating func flag(_ parent: String, _ name: String) -> Bool? {
    switch value?.lowercased() {
    case nil: return nil
    case "1", "true": return true
    case "0", "false": return false
    default:
      note(.invalidFlag, parent + "/" + name, leafLocation)
      return nil
    }
  }

  private mutating func note(_ rule: CINDataRule, _ element: String, _ location: XMLLocation) {
    dataQuality.record(CINDataQualityFinding(rule, element: element, at: location))
  }
}
