// Reading a proposal from JSON with PracticeCore's shared document reader (schema version,
// typed decoding, unknown fields, all reported by JSON path), then the checks the types cannot
// make: device ids against a catalogue, and figures that must not be negative.

extension TelecareProposal: JSONDocument {}

extension TelecareProposal {
  /// Reads a proposal from JSON text and checks every device id against `catalogue` and that
  /// no hours, weeks, months or pence are negative.
  ///
  /// `init(json:)` alone (from `JSONDocument`) checks only the document's shape; the review
  /// then reports a device id it does not know as a finding.
  ///
  /// - Throws: `DocumentDecodingError` naming the path of the first problem, never a value.
  public init(json: String, catalogue: DeviceCatalogue) throws(DocumentDecodingError) {
    self = try TelecareProposal(json: json)
    try validate(catalogue: catalogue)
  }

  /// Reads a proposal from UTF-8 JSON bytes, with the checks of ``init(json:catalogue:)``.
  ///
  /// - Throws: `DocumentDecodingError` naming the path of the first problem, never a value.
  public init(jsonUTF8 bytes: [UInt8], catalogue: DeviceCatalogue) throws(DocumentDecodingError) {
    self = try TelecareProposal(jsonUTF8: bytes)
    try validate(catalogue: catalogue)
  }

  private func validate(catalogue: DeviceCatalogue) throws(DocumentDecodingError) {
    for (index, device) in devices.enumerated() where catalogue.device(device.type) == nil {
      throw DocumentDecodingError(path: "devices[\(index)].type", reason: .invalidValue)
    }
    for (index, assessment) in capacity.enumerated() {
      for (deviceIndex, id) in assessment.devices.enumerated() where catalogue.device(id) == nil {
        throw DocumentDecodingError(
          path: "capacity[\(index)].devices[\(deviceIndex)]", reason: .invalidValue)
      }
    }
    var figures: [(String, Double?)] = [
      ("handsOnCare.currentHoursPerWeek", handsOnCare?.currentHoursPerWeek),
      ("handsOnCare.replacedHoursPerWeek", handsOnCare?.replacedHoursPerWeek),
      ("connectivity.batteryBackupHours", connectivity?.batteryBackupHours),
      ("costs.weeklyIncomePence", costs?.weeklyIncomePence.map(Double.init)),
      (
        "review.firstReviewWeeksAfterInstallation",
        review.map { Double($0.firstReviewWeeksAfterInstallation) }
      ),
      ("review.intervalMonths", review.map { Double($0.intervalMonths) }),
    ]
    switch costs?.policy {
    case .flat(let weekly): figures.append(("costs.policy.weeklyPence", Double(weekly)))
    case .banded(let bands):
      for (index, band) in bands.enumerated() {
        figures.append(("costs.policy.bands[\(index)].weeklyPence", Double(band.weeklyPence)))
      }
    case .meansTested(let full, let guarantee):
      figures.append(("costs.policy.fullWeeklyPence", Double(full)))
      figures.append(("costs.policy.minimumIncomeGuaranteeWeeklyPence", Double(guarantee)))
    case nil: break
    }
    for (path, value) in figures where (value ?? 0) < 0 {
      throw DocumentDecodingError(path: path, reason: .invalidValue)
    }
  }
}
