// How reports write numbers: thousands separators, used by every renderer and report builder.

extension Int {
  /// The number with a comma between each group of three digits ("12,345").
  package var groupedText: String {
    let digits = String(magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return self < 0 ? "-" + grouped : grouped
  }
}

extension Double {
  /// ``reportText(decimals:)`` with a comma between each group of three digits of the whole part
  /// ("34,328.2"), for figures such as full-time equivalents.
  package var groupedReportText: String {
    let text = reportText(decimals: 1)
    let sign = text.hasPrefix("-") ? "-" : ""
    let digits = text.dropFirst(sign.count)
    guard let point = digits.firstIndex(of: "."), let whole = Int(digits[..<point]) else {
      return text
    }
    return sign + whole.groupedText + digits[point...]
  }
}

extension Int {
  /// The count with its noun, singular for 1 and plural otherwise: `1.counted("finding")` is
  /// "1 finding", `3.counted("finding")` "3 findings" (`plural` when it is not the noun + s).
  package func counted(_ noun: String, plural: String? = nil) -> String {
    "\(groupedText) " + (self == 1 ? noun : plural ?? noun + "s")
  }
}
