/// A seeded generator of consistent synthetic Children in Need census XML: for a census year, a
/// number of children each with one episode of need, an assessment, and for some a section 47
/// enquiry, an initial conference, a child protection plan and its reviews.
///
/// Every due day comes from the ``CINTimescales`` given, so the audit of a generated file with the
/// same timescales finds exactly the late and missing items drawn: each item is independently late
/// with probability ``lateRate`` and missing (never held; a plan's reviews stop there) with
/// probability ``missingRate``, otherwise on time. Episodes start up to 300 days before the year,
/// so plans that began earlier have reviews due in it. The same seed gives the same bytes.
///
/// The census passes the DfE rules as the Python validator csc-validator-be-cin 0.1.13 applies
/// them, but for its queries on the items made missing on purpose (8670Q, 8675Q): UPNs with their
/// check letter, assessment factors, categories of abuse, conferences on working days, enquiries
/// needing no conference marked `ICPCnotRequired`, and only what belongs to the census year
/// (completions, closures and plan ends in it; earlier assessments and enquiries left out).
///
/// The shares of enquiries (30% of episodes), of enquiries needing no conference (30%), of
/// conferences leading to a plan (80%) and of plans ending (30%) are this generator's choices for
/// volume and variety, not DfE figures.
public struct CINCensusGenerator: Sendable {
  /// The most children a generator writes: about two and a half times the children in need in
  /// England in a year, a file of under 1 GB.
  public static let maximumChildren = 1_000_000

  /// The number of children.
  public let children: Int
  /// The seed of the ``SeededGenerator``.
  public let seed: UInt64
  /// The census year.
  public let year: CollectionYear
  /// The probability that an item is late.
  public let lateRate: Double
  /// The probability that an item is missing.
  public let missingRate: Double
  /// The timescales the due days come from.
  public let timescales: CINTimescales
  /// The working-day calendar.
  public let calendar: WorkingCalendar

  /// Why a generator cannot be made.
  public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number of children is outside 0 ... ``CINCensusGenerator/maximumChildren``.
    case childrenOutOfRange
    /// A rate is outside 0...1, or the two add up to more than 1.
    case invalidRates

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .childrenOutOfRange: "the number of children must be between 0 and 1,000,000"
      case .invalidRates:
        "the late and missing rates must each be between 0 and 1, and add up to at most 1"
      }
    }
  }

  /// Creates a generator.
  /// - Throws: ``ConfigurationError`` for a negative count or impossible rates.
  public init(
    children: Int, seed: UInt64, year: CollectionYear, lateRate: Double = 0.1,
    missingRate: Double = 0.05, timescales: CINTimescales,
    calendar: WorkingCalendar = .englandAndWales
  ) throws(ConfigurationError) {
    guard (0...Self.maximumChildren).contains(children) else { throw .childrenOutOfRange }
    guard (0...1).contains(lateRate), (0...1).contains(missingRate), lateRate + missingRate <= 1
    else { throw .invalidRates }
    self.children = children
    self.seed = seed
    self.year = year
    self.lateRate = lateRate
    self.missingRate = missingRate
    self.timescales = timescales
    self.calendar = calendar
  }

  /// Writes the document in pieces (the header, each child, the end), so a file of any size can
  /// be written without holding it in memory.
  public func write(_ output: (String) -> Void) {
    var random = SeededGenerator(seed: seed)
    output(
      """
      <?xml version="1.0" encoding="utf-8"?>
      <Message>
        <Header>
          <CollectionDetails>
            <Collection>CIN</Collection>
            <Year>\(year.endingYear - 1)</Year>
            <ReferenceDate>\(year.end)</ReferenceDate>
          </CollectionDetails>
          <Source>
            <SourceLevel>L</SourceLevel>
            <LEA>999</LEA>
            <SoftwareCode>PracticeKit synthetic census</SoftwareCode>
            <Release>1</Release>
            <SerialNo>\(seed)</SerialNo>
            <DateTime>\(year.end)T00:00:00</DateTime>
          </Source>
        </Header>
        <Children>

      """)
    for number in stride(from: 1, through: children, by: 1) {
      output(child(number, &random))
    }
    output("  </Children>\n</Message>\n")
  }

  /// The whole document as one string (for small files and tests).
  public var document: String {
    var text = ""
    write { text += $0 }
    return text
  }

  // MARK: - One child

  private static let ethnicities = ["WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "CHNE"]
  private static let referralSources = ["1A", "1B", "2A", "3A", "3E", "5A", "5C", "6", "9"]
  /// Closure reasons other than RC2 (the child died: it needs a death date, validator query
  /// 8585Q) and RC8 and RC9 (closed after assessment with no further action, which contradicts a
  /// section 47 enquiry or plan: validator rule 2990).
  private static let closureReasons = ["RC1", "RC3", "RC4", "RC5", "RC6", "RC7"]
  /// Factors identified at assessment (validator query 8897Q asks for at least one).
  private static let factors = ["1A", "1B", "2A", "2B", "3A", "3B", "4A", "4B", "5A", "5B"]
  /// Categories of abuse (validator rules 8905 and 8910).
  private static let abuseCategories = ["NEG", "PHY", "SAB", "EMO", "MUL"]

  /// A unique pupil number for child `number`: a check letter, a local authority code (201) and
  /// nine digits, the check letter computed as the DfE's UPN specification does (validator rule
  /// 1510: the digits weighted 2 to 13, summed modulo 23, as a letter of
  /// ABCDEFGHJKLMNPQRTUVWXYZ). Synthetic: no real pupil has it.
  public static func upn(_ number: Int) -> String {
    let digits = String(number % 1_000_000_000)
    let body = Array("201" + String(repeating: "0", count: 9 - digits.count) + digits)
    var sum = 0
    for (index, character) in body.enumerated() {
      sum += (character.wholeNumberValue ?? 0) * (index + 2)
    }
    let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")
    return String(letters[sum % 23]) + String(body)
  }

  private func child(_ number: Int, _ random: inout SeededGenerator) -> String {
    let digits = String(number)
    let id = "CIN" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    let born = year.start.advanced(by: -random.int(in: 30...(17 * 365)))
    var lines = [
      "    <Child>",
      "      <ChildIdentifiers>",
      "        <LAchildID>\(id)</LAchildID>",
      "        <UPN>\(Self.upn(number))</UPN>",
      "        <PersonBirthDate>\(born)</PersonBirthDate>",
      "        <Sex>\(random.bool(probability: 0.5) ? "M" : "F")</Sex>",
      "      </ChildIdentifiers>",
      "      <ChildCharacteristics>",
      "        <Ethnicity>\(random.element(of: Self.ethnicities) ?? "WBRI")</Ethnicity>",
      "      </ChildCharacteristics>",
      "      <CINdetails>",
    ]
    let referred = year.start.advanced(
      by: random.int(in: -300...(year.start.distance(to: year.end))))
    lines += [
      "        <CINreferralDate>\(referred)</CINreferralDate>",
      "        <ReferralSource>\(random.element(of: Self.referralSources) ?? "1A")</ReferralSource>",
      "        <PrimaryNeedCode>N\(random.int(in: 1...9))</PrimaryNeedCode>",
    ]
    var body: [String] = []
    var last = referred
    var open = false
    let assessmentStart = min(referred.advanced(by: random.int(in: 0...3)), year.end)
    let authorised = held(.assessments, from: referred, after: assessmentStart, &random)
    let factor = random.element(of: Self.factors) ?? "1A"
    // A census returns the assessments completed in its year and those still open that started
    // in it (validator rules 8696 and 8736): one completed, or started, before it is left out.
    if authorised.map({ $0 >= year.start }) ?? (assessmentStart >= year.start) {
      body += ["        <Assessments>", tag("AssessmentActualStartDate", assessmentStart, 10)]
      if let authorised {
        body += [
          tag("AssessmentAuthorisationDate", authorised, 10),
          "          <FactorsIdentifiedAtAssessment><AssessmentFactors>\(factor)"
            + "</AssessmentFactors></FactorsIdentifiedAtAssessment>",
        ]
      }
      body.append("        </Assessments>")
    }
    if let authorised { last = max(last, authorised) } else { open = true }
    if random.bool(probability: 0.3) {
      let (enquiry, plan, latest, ongoing) = protection(from: referred, &random)
      body += enquiry + plan
      last = max(last, latest)
      open = open || ongoing
    }
    // Closed in the year (validator rule 8620), after everything else.
    let first = max(last, year.start.advanced(by: -1))
    if !open, random.bool(probability: 0.5), let closed = day(after: first, within: 30, &random) {
      lines += [
        tag("CINclosureDate", closed, 8),
        "        <ReasonForClosure>\(random.element(of: Self.closureReasons) ?? "RC1")"
          + "</ReasonForClosure>",
      ]
    }
    lines.append("        <ReferralNFA>false</ReferralNFA>")
    lines += body
    lines += ["      </CINdetails>", "    </Child>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// A section 47 enquiry from soon after the referral, its conference and perhaps a plan: the
  /// lines of each, the last day used, and whether anything is still open.
  private func protection(from referred: CalendarDay, _ random: inout SeededGenerator) -> (
    [String], [String], CalendarDay, Bool
  ) {
    let started = min(referred.advanced(by: random.int(in: 1...10)), year.end)
    var enquiry = ["        <Section47>", tag("S47ActualStartDate", started, 10)]
    // An enquiry that found no conference needed says so (ICPCnotRequired true): otherwise the
    // validator's query 8675Q asks why there is no conference.
    let close = ["          <ICPCnotRequired>false</ICPCnotRequired>", "        </Section47>"]
    // An enquiry whose conference was held before the year is not in its census (validator rule
    // 8715): only the plan that followed is.
    func returned(_ lines: [String], conference: CalendarDay?) -> [String] {
      (conference.map { $0 >= year.start } ?? (started >= year.start)) ? lines : []
    }
    guard random.bool(probability: 0.7),
      let target = try? timescales.timescale(for: .initialConferences, startedOn: started)?
        .dueDay(forItem: 0, from: started, calendar: calendar)
    else {
      let notRequired = [
        "          <ICPCnotRequired>true</ICPCnotRequired>", "        </Section47>",
      ]
      return (returned(enquiry + notRequired, conference: nil), [], started, false)
    }
    enquiry.append(tag("InitialCPCtarget", target, 10))
    guard let conference = held(.initialConferences, from: started, after: started, &random)
    else {
      return (returned(enquiry + close, conference: nil), [], started, true)
    }
    enquiry.append(tag("DateOfInitialCPC", conference, 10))
    guard random.bool(probability: 0.8) else {
      return (returned(enquiry + close, conference: conference), [], conference, false)
    }
    let (plan, last, ongoing) = protectionPlan(from: conference, &random)
    return (returned(enquiry + close, conference: conference), plan, last, ongoing)
  }

  /// A plan starting on `started` with its chain of reviews up to the year's end.
  private func protectionPlan(from started: CalendarDay, _ random: inout SeededGenerator) -> (
    [String], CalendarDay, Bool
  ) {
    var plan = ["        <ChildProtectionPlans>", tag("CPPstartDate", started, 10)]
    let details = [
      "          <InitialCategoryOfAbuse>\(random.element(of: Self.abuseCategories) ?? "NEG")"
        + "</InitialCategoryOfAbuse>",
      "          <LatestCategoryOfAbuse>\(random.element(of: Self.abuseCategories) ?? "NEG")"
        + "</LatestCategoryOfAbuse>",
      "          <NumberOfPreviousCPP>\(random.int(in: 0...2))</NumberOfPreviousCPP>",
    ]
    var reviews: [String] = []
    let timescale = timescales.timescale(for: .reviewConferences, startedOn: started)
    var previous = started
    var index = 0
    var nextDue: CalendarDay?
    while let timescale,
      let due = try? timescale.dueDay(
        forItem: index, from: previous, triggerDay: started, calendar: calendar)
    {
      nextDue = due
      guard due <= year.end, let review = outcome(due: due, after: previous, &random),
        review <= year.end
      else { break }
      reviews.append("          <Reviews><CPPreviewDate>\(review)</CPPreviewDate></Reviews>")
      previous = review
      index += 1
      nextDue = nil
    }
    var ongoing = true
    // Ending before the next review falls due, so no review is owed after the last one held.
    // Ended in the year (validator rule 8930).
    let limit = min(nextDue ?? year.end, year.end)
    let from = max(previous, year.start.advanced(by: -1))
    if random.bool(probability: 0.3),
      let ended = day(after: from, within: from.distance(to: limit), &random)
    {
      plan.append(tag("CPPendDate", ended, 10))
      ongoing = false
    }
    plan += details + reviews
    plan.append("        </ChildProtectionPlans>")
    return (plan, previous, ongoing)
  }

  // MARK: - Days

  /// The day a one-off item (an assessment, a conference) was held, or `nil` when missing or
  /// after the year's end.
  private func held(
    _ measure: CINMeasure, from start: CalendarDay, after earliest: CalendarDay,
    _ random: inout SeededGenerator
  ) -> CalendarDay? {
    guard
      let due = try? timescales.timescale(for: measure, startedOn: start)?
        .dueDay(forItem: 0, from: start, calendar: calendar),
      var day = outcome(due: max(due, earliest), after: earliest, &random)
    else { return nil }
    // Conferences are held on working days (validator rule 8875): a weekend or holiday moves to
    // the working day before when on time, after when late.
    if measure == .initialConferences {
      var step = day <= due ? -1 : 1
      while (try? calendar.isWorkingDay(day)) == false {
        if step < 0, day.advanced(by: -1) <= earliest { step = 1 }
        day = day.advanced(by: step)
      }
    }
    return day <= year.end ? day : nil
  }

  /// On time (a day from `earliest` to `due`), late (1 to 30 days after `due`) or missing.
  private func outcome(
    due: CalendarDay, after earliest: CalendarDay, _ random: inout SeededGenerator
  )
    -> CalendarDay?
  {
    let draw = random.double()
    if draw < missingRate { return nil }
    if draw < missingRate + lateRate { return due.advanced(by: random.int(in: 1...30)) }
    return due.advanced(by: -random.int(in: 0...max(0, min(20, earliest.distance(to: due) - 1))))
  }

  /// A day 1 to `days` days after `day`, within the year; `nil` when there is none.
  private func day(after day: CalendarDay, within days: Int, _ random: inout SeededGenerator)
    -> CalendarDay?
  {
    guard days >= 1 else { return nil }
    let next = day.advanced(by: random.int(in: 1...days))
    return next <= year.end ? next : nil
  }

  private func tag(_ name: String, _ day: CalendarDay, _ indent: Int) -> String {
    String(repeating: " ", count: indent) + "<\(name)>\(day)</\(name)>"
  }
}
