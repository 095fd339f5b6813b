import PracticeKit

/// `practice routes`: which routes into social work an applicant can take for a cohort
/// starting in a year, and why.
enum RoutesCommand {
  static let help = """
    Usage: practice routes [--year YEAR] [--degree CLASS] [--predicted] [--subject SUBJECT]
                           [--higher-degree] [--gcse-english GRADE] [--gcse-maths GRADE]
                           [--experience-months N] [--no-right-to-work] [--outside-england]
                           [--registered] [--apprenticeship-offer] [--format F]

    Evaluates an applicant against every route into social work in England (undergraduate and
    postgraduate degrees, Step Up to Social Work, Frontline / Approach Social Work, Think Ahead,
    the degree apprenticeship, Firstline / Pathways) as each stood for the cohort starting in
    YEAR: eligible, not eligible, or depending on the partnership (or university, or employer),
    with the reasons and the tag of each rule's source. Entry rules change: Step Up asked for a
    2:1 (or a 2:2 with a higher degree) in 2016-17, a 2:2 by 2024, and some partnerships accept a
    predicted 2:2 for 2026.

    Options:
      --year YEAR              the intake year (default: this year, UTC)
      --degree CLASS           first degree: first, 2:1, 2:2, third, pass or none (default none)
      --predicted              the degree class is predicted (final-year student)
      --subject SUBJECT        the degree subject, for example history
      --higher-degree          holds a master's or doctorate
      --gcse-english GRADE     GCSE English language grade, 0-9 (C = 4); default not stated
      --gcse-maths GRADE       GCSE maths grade, 0-9 (C = 4); default not stated
      --experience-months N    months of relevant full-time experience (default 0)
      --no-right-to-work       no right to work in the UK (default: has it)
      --outside-england        lives outside England (default: lives in England)
      --registered             already a registered social worker
      --apprenticeship-offer   an employer has offered a social work apprenticeship
    \(Arguments.formatHelp())
      -h, --help               this help

    Verification tags: V verified against the primary text, S a secondary source, U unverified.
    Unverified rules are shown with [unverified] in their reason.
    """

  static func run(_ words: [String], today: CalendarDay) throws(CommandError) -> String {
    let arguments = try Arguments(
      words,
      valued: [
        "--year", "--degree", "--subject", "--gcse-english", "--gcse-maths",
        "--experience-months", "--format",
      ],
      flags: [
        "--predicted", "--higher-degree", "--no-right-to-work", "--outside-england",
        "--registered", "--apprenticeship-offer", "--json",
      ])
    if arguments.wantsHelp { return help + "\n" }
    let format = try arguments.format()
    _ = try arguments.positionals(named: [])
    let year =
      try arguments.values["--year"].map { text throws(CommandError) in
        try number(text, "--year", in: 1900...2100)
      } ?? today.year
    let profile = try profile(arguments)
    let document = Document(year: year, profile: profile)
    return format.render(document) { document.report }
  }

  /// The applicant described by the options. A value the tool cannot read is a usage error
  /// naming the option (never the value).
  static func profile(_ arguments: Arguments) throws(CommandError) -> ApplicantProfile {
    let flags = arguments.flags
    var degree: ApplicantProfile.Degree?
    switch arguments.values["--degree"] {
    case nil, "none": degree = nil
    case let text?:
      guard let classification = DegreeClass(shortForm: text) else {
        throw .usage("--degree must be first, 2:1, 2:2, third, pass or none")
      }
      degree = ApplicantProfile.Degree(
        classification: classification, subject: arguments.values["--subject"],
        isPredicted: flags.contains("--predicted"))
    }
    if degree == nil, flags.contains("--predicted") || arguments.values["--subject"] != nil {
      throw .usage("--predicted and --subject describe a degree: give --degree too")
    }
    return ApplicantProfile(
      degree: degree, hasHigherDegree: flags.contains("--higher-degree"),
      gcseEnglish: try arguments.values["--gcse-english"].map { text throws(CommandError) in
        try number(text, "--gcse-english", in: 0...9)
      },
      gcseMaths: try arguments.values["--gcse-maths"].map { text throws(CommandError) in
        try number(text, "--gcse-maths", in: 0...9)
      },
      experienceMonths: try arguments.values["--experience-months"].map {
        text throws(CommandError) in try number(text, "--experience-months", in: 0...1200)
      } ?? 0,
      hasRightToWork: !flags.contains("--no-right-to-work"),
      livesInEngland: !flags.contains("--outside-england"),
      isRegisteredSocialWorker: flags.contains("--registered"),
      hasApprenticeshipOffer: flags.contains("--apprenticeship-offer") ? true : nil)
  }

  private static func number(_ text: String, _ option: String, in range: ClosedRange<Int>)
    throws(CommandError) -> Int
  {
    guard let value = Int(text), range.contains(value) else {
      throw .usage(
        "\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// The evaluation, as JSON or as a report.
  struct Document: Encodable {
    var schemaVersion = 1
    var year: Int
    var routes: [Route]

    struct Route: Encodable {
      var route: String
      var name: String
      var eligibility: String
      var reasons: [String]
    }

    init(year: Int, profile: ApplicantProfile) {
      self.year = year
      routes = TrainingRoute.eligibility(of: profile, forIntakeYear: year).map {
        Route(
          route: $0.route.rawValue, name: $0.name, eligibility: $0.status.rawValue,
          reasons: $0.decisiveReasons.map(\.message))
      }
    }

    /// The evaluation as a report for people: a table of routes and outcomes, then each
    /// route's reasons.
    var report: PracticeReport {
      PracticeReport(
        title: "Routes into social work for a cohort starting in \(year)",
        sections: [
          .init(
            id: "routes", title: "Routes",
            blocks: [
              .table(
                .init(
                  caption: "Eligibility by route", columns: ["Route", "Eligibility"],
                  rows: routes.map { [$0.name, Self.words($0.eligibility)] }))
            ])
        ]
          + routes.map { route in
            .init(
              id: route.route, title: "\(route.name): \(Self.words(route.eligibility))",
              blocks: route.reasons.isEmpty ? [] : [.list(route.reasons)])
          })
    }

    /// An eligibility outcome in words.
    static func words(_ status: String) -> String {
      switch EligibilityStatus(rawValue: status) {
      case .eligible: "eligible"
      case .notEligible: "not eligible"
      case .dependsOnPartnership: "depends on the partnership or provider"
      case nil: status
      }
    }
  }
}
