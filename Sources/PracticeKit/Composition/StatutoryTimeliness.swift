/// PracticeLaw's statutory timescales fed to PracticeAudit's engines: the composition the domain
/// modules cannot make themselves, because neither may import the other.
///
/// - Looked-after reviews (SSDA903): the Care Planning, Placement and Case Review (England)
///   Regulations 2010 reg 33 chain — the first review within 20 working days of the start of a
///   period of care, the second within 3 months of the first, then every 6 months.
/// - Children in need (the CIN census): `CINTimescales.workingTogether` —
///   Working Together's assessment (45 working days from the referral), initial child protection
///   conference (15 working days from the strategy discussion) and review conference (3 months,
///   then 6 months) timescales, every edition, each applied to clocks started while it was in
///   force (2013, 2015, 2018, 2023); and pre-proceedings against the practice guidance of up to
///   16 weeks.
///
/// Every timescale keeps its own provenance, so an audit's figures cite the regulation or the
/// guidance edition they were measured against.
public enum StatutoryTimeliness {
  /// The reg 33 review chain: PracticeLaw's `StatutoryTimescales.lookedAfterReviews`.
  public static var lookedAfterReviews: Timescale { StatutoryTimescales.lookedAfterReviews }
}

extension CINTimescales {
  /// Working Together's assessment, initial conference and review conference timescales
  /// (`law.wtYYYY.assessment`, `.icpc`, `.review-conferences`), every edition: each applies to
  /// the clocks started while it was in force; and the pre-proceedings practice guidance of up to
  /// 16 weeks (`law.preproceedings.16-weeks`, secondary).
  public static var workingTogether: CINTimescales {
    CINTimescales(
      assessments: StatutoryTimescales.workingTogether(.assessment),
      initialConferences: StatutoryTimescales.workingTogether(.initialConference),
      reviewConferences: StatutoryTimescales.workingTogether(.reviewConferences),
      preProceedings: [PreProceedings.timescale])
  }
}

extension CINTimelinessAudit {
  /// Streams every child `reader` yields into an audit of `year` against Working Together's
  /// timescales (the edition in force when each clock started), checking the header once it
  /// has been read (``CINTimelinessAudit/yearCheck``) and adding the reader's data-quality
  /// findings to the audit's. Assessments are measured from `assessmentClock`: the referral (Working
  /// Together) unless told otherwise.
  /// - Throws: `XMLSyntaxError` when the census is not well-formed XML (line and column, never a
  ///   value).
  public static func statutory(
    reading reader: inout CINCensusReader, year: CollectionYear, keepsCases: Bool = false,
    assessmentClock: CINAssessmentClock = .fromReferral
  ) throws(XMLSyntaxError) -> CINTimelinessAudit {
    var audit = CINTimelinessAudit(
      year: year, timescales: .workingTogether, calendar: .englandAndWales,
      keepsCases: keepsCases, assessmentClock: assessmentClock)
    while let child = try reader.next() { audit.add(child) }
    audit.check(reader.header)
    audit.merge(readerFindings: reader.dataQuality)
    return audit
  }
}
