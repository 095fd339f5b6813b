// The documents the CIN census reader, audit and generator rely on, and the facts they encode.

extension AuditDomain {
  /// The Department for Education's page for the census.
  static let cinCensusGuide = Source(
    .guidance, title: "Children in need census: guide to submitting data",
    url:
      "https://www.gov.uk/government/publications/children-in-need-census-2023-to-2024-specification",
    publisher: "Department for Education")

  /// DfE's methodology for the children in need statistics.
  static let cinMethodology = Source(
    .officialStatistics, title: "Characteristics of children in need: methodology",
    url: "https://explore-education-statistics.service.gov.uk/methodology/"
      + "characteristics-of-children-in-need-methodology",
    publisher: "Department for Education")

  /// The CIN census validator used by local authorities: its sample files, XML conversion and
  /// rule catalogue.
  static let cinValidator = Source(
    .software, title: "csc-validator-be-cin (CIN census validator), rules of PyPI 0.1.13",
    url: "https://github.com/data-to-insight/csc-validator-be-cin", publisher: "Data to Insight")

  /// One file of the validator, read at its source: the primary text for what the validator
  /// itself does (not for the DfE rule it implements).
  static func cinValidatorFile(_ path: String) -> Source {
    Source(
      .software, title: "csc-validator-be-cin (CIN census validator)", locator: path,
      url: "https://github.com/data-to-insight/csc-validator-be-cin", publisher: "Data to Insight")
  }

  /// The sources of the CIN census support.
  static var censusSources: [Source] {
    var seen = Set<Source>()
    return
      ([cinCensusGuide, cinMethodology, cinValidator] + censusFacts.flatMap(\.provenance.sources))
      .filter { seen.insert($0).inserted }
  }

  /// The facts the CIN census support encodes, each with its provenance.
  static var censusFacts: [Fact] {
    [
      Fact(
        id: "audit.cin.year",
        statement: "The children in need census covers the financial year, 1 April to 31 March; "
          + "its ReferenceDate is 31 March.",
        provenance: Provenance(
          .verified, [cinCensusGuide, cinMethodology],
          note: "The DfE samples in the validator write the start year in Header/Year.")),
      Fact(
        id: "audit.cin.structure",
        statement: "The census is one XML message: Header/CollectionDetails (Collection, Year, "
          + "ReferenceDate) and Children/Child, each with ChildIdentifiers (LAchildID), "
          + "ChildCharacteristics and CINdetails holding CINreferralDate, CINclosureDate, "
          + "DateOfInitialCPC, ReferralNFA, Assessments (AssessmentActualStartDate, "
          + "AssessmentAuthorisationDate), Section47 (S47ActualStartDate, InitialCPCtarget, "
          + "DateOfInitialCPC, ICPCnotRequired) and ChildProtectionPlans (CPPstartDate, "
          + "CPPendDate, Reviews/CPPreviewDate); dates are YYYY-MM-DD.",
        provenance: Provenance(
          .secondary, [cinValidator],
          note: "From the validator's sample files and XML conversion, not the DfE technical "
            + "specification.")),
      Fact(
        id: "audit.cin.rule.2884",
        statement: "An initial child protection conference is recorded at the Section47 level "
          + "or the CINdetails level, not both (validator rule 2884).",
        provenance: Provenance(
          .verified, [cinValidatorFile("cin_validator/rules/cin2022_23/rule_2884.py")],
          note: "What the validator checks, read in its rule file (message: \"recorded at both "
            + "the S47 and CIN Details level and it should only be recorded in one\"); the DfE "
            + "validation rule itself was not read.")),
      Fact(
        id: "audit.cin.rule.8841",
        statement: "A child protection plan review cannot be on or before the plan's start date "
          + "(validator rule 8841).",
        provenance: Provenance(
          .verified, [cinValidatorFile("cin_validator/rules/cin2022_23/rule_8841.py")],
          note: "What the validator checks, read in its rule file (review date <= plan start "
            + "date fails).")),
      Fact(
        id: "audit.cin.rule.8568",
        statement: "ReferralNFA must be 1, 0, true or false (validator rule 8568); this library "
          + "applies the same list to ICPCnotRequired.",
        provenance: Provenance(
          .verified, [cinValidatorFile("cin_validator/rules/cin2022_23/rule_8568.py")],
          note: "The validator's accepted values, read in its rule file (lower-cased \"1\", "
            + "\"0\", \"true\", \"false\"); applying them to ICPCnotRequired is this library's "
            + "choice.")),
      Fact(
        id: "audit.cin.validator-working-days",
        statement: "The validator's query rules 8670Q and 8675Q flag assessments and enquiries "
          + "started more than 45 and 15 working days before the census year's end without an "
          + "authorisation or conference, counting n − 1 working days so as to include the end "
          + "date; this library's timescales count n working days after the start day.",
        provenance: Provenance(
          .verified,
          [
            cinValidatorFile(
              "cin_validator/utils.py england_working_days; rules/cin2022_23/rule_8670Q.py, "
                + "rule_8675Q.py")
          ],
          note: "Read in the validator's code: CustomBusinessDay(n=num_days - 1) with the "
            + "England and Wales bank holidays, subtracted from the census year's end.")),
    ]
  }
}
