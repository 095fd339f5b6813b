/// A local authority's own standards (for example child protection visits every 10 working
/// days) as timescales in the library's own form: a JSON document a user prepares, evaluated by
/// the same engine as the statutory timescales and labelled local, not statutory.
///
/// ```json
/// {"schemaVersion": 1, "timescales": [{
///   "id": "local.cp-visits", "title": "Child protection visits every 10 working days",
///   "trigger": "childProtectionPlanStarted", "target": "statutoryVisit",
///   "periods": [{"amount": 10, "unit": "workingDays", "counting": "after"}],
///   "repeatsLast": true, "endsOn": ["childProtectionPlanEnded"], "requires": [],
///   "effective": {}, "provenance": {"verification": "unverified", "sources": [],
///   "note": "Our practice standard."}}]}
/// ```
///
/// Event kinds are the library's (`EventKind` raw values: the right-hand column of
/// ``CaseloadEventName``'s table).
public struct LocalTimescales: JSONDocument, Hashable {
  /// The schema version this release reads and writes.
  public static let currentSchemaVersion = 1
  /// The schema version of this document.
  public var schemaVersion: Int
  /// The local timescales.
  public var timescales: [Timescale]

  /// Creates a document.
  public init(timescales: [Timescale]) {
    self.schemaVersion = Self.currentSchemaVersion
    self.timescales = timescales
  }

  /// Checks each timescale as `Timescale`'s initialiser does (at least one period, none in
  /// hours) and that identifiers are unique and not a statutory timescale's.
  public func validate() throws(DocumentDecodingError) {
    var seen: Set<String> = Set(Caseload.statutoryTimescales.map(\.id))
    for (index, timescale) in timescales.enumerated() {
      let path = "timescales[\(index)]"
      guard seen.insert(timescale.id).inserted else {
        throw DocumentDecodingError(path: path + ".id", reason: .duplicateIdentifier)
      }
      do {
        _ = try Timescale(
          id: timescale.id, title: timescale.title, trigger: timescale.trigger,
          target: timescale.target, periods: timescale.periods,
          initiatingTrigger: timescale.initiatingTrigger, repeatsLast: timescale.repeatsLast,
          endsOn: timescale.endsOn, requires: timescale.requires,
          thereafter: timescale.thereafter, effective: timescale.effective,
          provenance: timescale.provenance)
      } catch {
        throw DocumentDecodingError(path: path + ".periods", reason: .invalidValue)
      }
      if timescale.periods.contains(where: { $0.amount < 1 }) {
        throw DocumentDecodingError(path: path + ".periods", reason: .invalidValue)
      }
    }
  }
}
