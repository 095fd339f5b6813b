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
/// The shares of enquiries (30% of episodes), of enquiries needing no conference (30%), of
/// conferences leading to a plan (80%) and of plans ending (30%) are this generator's choices for
/// volume and variety, not DfE figures.
public struct CINCensusGenerator: Sendable {
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
    /// The number of children is negative.
    case negativeChildren
    /// A rate is outside 0...1, or the two add up to more than 1.
    case invalidRates

    /// A sentence a non-programmer understands.
    public var description: String {
      switch self {
      case .negativeChildren: "the number of children cannot be negative"
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
    guard children >= 0 else { throw .negativeChildren }
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

  private func child(_ number: Int, _ random: inout SeededGenerator) -> String {
    let digits = String(number)
    let id = "CIN" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    let born = year.start.advanced(by: -random.int(in: 30...(17 * 365)))
    var lines = [
      "    <Child>",
      "      <ChildIdentifiers>",
      "        <LAchildID>\(id)</LAchildID>",
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
    body += ["        <Assessments>", tag("AssessmentActualStartDate", assessmentStart, 10)]
    if let authorised {
      body.append(tag("AssessmentAuthorisationDate", authorised, 10))
      last = max(last, authorised)
    } else {
      open = true
    }
    body.append("        </Assessments>")
    if random.bool(probability: 0.3) {
      let (enquiry, plan, latest, ongoing) = protection(from: referred, &random)
      body += enquiry + plan
      last = max(last, latest)
      open = open || ongoing
    }
    if !open, random.bool(probability: 0.5), let closed = day(after: last, within: 30, &random) {
      lines += [
        tag("CINclosureDate", closed, 8),
        "        <ReasonForClosure>RC\(random.int(in: 1...8))</ReasonForClosure>",
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
    // No enquiry here is marked ICPCnotRequired; the element is written (false) because the
    // validator's query 8675Q reads it.
    let close = ["          <ICPCnotRequired>false</ICPCnotRequired>", "        </Section47>"]
    guard random.bool(probability: 0.7),
      let target = try? timescales.timescale(for: .initialConferences, startedOn: started)?
        .dueDay(forItem: 0, from: started, calendar: calendar)
    else {
      return (enquiry + close, [], started, false)
    }
    enquiry.append(tag("InitialCPCtarget", target, 10))
    guard let conference = held(.initialConferences, from: started, after: started, &random) else {
      return (enquiry + close, [], started, true)
    }
    enquiry.append(tag("DateOfInitialCPC", conference, 10))
    guard random.bool(probability: 0.8) else {
      return (enquiry + close, [], conference, false)
    }
    let (plan, last, ongoing) = protectionPlan(from: conference, &random)
    return (enquiry + close, plan, last, ongoing)
  }

  /// A plan starting on `started` with its chain of reviews up to the year's end.
  private func protectionPlan(from started: CalendarDay, _ random: inout SeededGenerator) -> (
    [String], CalendarDay, Bool
  ) {
    var plan = ["        <ChildProtectionPlans>", tag("CPPstartDate", started, 10)]
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
    let limit = min(nextDue ?? year.end, year.end)
    if random.bool(probability: 0.3),
      let ended = day(after: previous, within: previous.distance(to: limit), &random)
    {
      plan.append(tag("CPPendDate", ended, 10))
      ongoing = false
    }
    plan += reviews
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
      let day = outcome(due: max(due, earliest), after: earliest, &random), day <= year.end
    else { return nil }
    return day
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
