extension CINTimescales {
  /// Working Together's assessment, initial conference and review conference timescales
  /// (`law.wtYYYY.assessment`, `.icpc`, `.review-conferences`), every edition: each applies to
  /// the clocks started while it was in force.
  public static var workingTogether: CINTimescales {
    func timescales(_ suffix: String) -> [Timescale] {
      StatutoryTimescales.workingTogether.filter { $0.id.hasSuffix(suffix) }
    }
    return CINTimescales(
      assessments: timescales(".assessment"), initialConferences: timescales(".icpc"),
      reviewConferences: timescales(".review-conferences"))
  }
}
