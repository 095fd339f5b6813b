/// One point of a ``GradingScale``: an identifier used in documents, a label for people, and the
/// number auditors may write instead (Ofsted's 1–4, or a 0–10 scaling).
public struct Grade: Sendable, Hashable, Codable, Identifiable {
  /// The identifier used in JSON documents, for example `requiresImprovement`.
  public var id: String
  /// The wording for people, for example "Requires improvement to be good".
  public var label: String
  /// The grade's number on the scale, for example 3.
  public var number: Int

  /// Creates a grade.
  public init(id: String, label: String, number: Int) {
    self.id = id
    self.label = label
    self.number = number
  }
}

/// An ordered grading scale, as data: Ofsted's four points, a 0–10 scaling, or a local one.
///
/// ``grades`` run from best to worst, so a grade's *rank* (its index, 0 for the best) orders
/// judgements whatever the numbers are: Ofsted numbers 1 (outstanding) to 4 (inadequate), a
/// Signs of Safety scaling 10 (safe) down to 0. "Good or better" means one of the first
/// ``goodOrBetterCount`` grades; a scale without that convention leaves it `nil`.
public struct GradingScale: Sendable, Hashable, Codable, Identifiable {
  /// A stable identifier, for example `ofsted`.
  public var id: String
  /// A name for people.
  public var name: String
  /// The grades, best first.
  public var grades: [Grade]
  /// How many of the best grades count as "good or better"; `nil` when the scale has no such
  /// convention.
  public var goodOrBetterCount: Int?

  /// Creates a scale; it is checked when the framework that uses it is validated (documents are
  /// checked when read).
  public init(id: String, name: String, grades: [Grade], goodOrBetterCount: Int?) {
    self.id = id
    self.name = name
    self.grades = grades
    self.goodOrBetterCount = goodOrBetterCount
  }

  /// Ofsted's four-point scale for ILACS judgements, numbered 1 (best) to 4; outstanding and
  /// good are "good or better" (secondary sources; see the `audit.scale.ofsted` fact).
  public static let ofsted = GradingScale(
    id: "ofsted", name: "Ofsted four-point scale",
    grades: [
      Grade(id: "outstanding", label: "Outstanding", number: 1),
      Grade(id: "good", label: "Good", number: 2),
      Grade(id: "requiresImprovement", label: "Requires improvement to be good", number: 3),
      Grade(id: "inadequate", label: "Inadequate", number: 4),
    ],
    goodOrBetterCount: 2)

  /// A 0–10 scaling in the Signs of Safety style (10 best), as Lincolnshire audits use instead
  /// of Ofsted grades. There is no published "good or better" cut-off, so
  /// ``goodOrBetterCount`` is `nil`; a local authority sets its own with ``withGoodOrBetter(from:)``.
  public static let zeroToTen = GradingScale(
    id: "zeroToTen", name: "0–10 scaling (Signs of Safety style)",
    grades: (0...10).reversed().map { Grade(id: "\($0)", label: "\($0)", number: $0) },
    goodOrBetterCount: nil)

  /// This scale with "good or better" meaning `grade` or any better grade; unchanged when no
  /// grade has that identifier.
  public func withGoodOrBetter(from gradeID: String) -> GradingScale {
    guard let rank = rank(of: gradeID) else { return self }
    var scale = self
    scale.goodOrBetterCount = rank + 1
    return scale
  }

  /// The rank of a grade: 0 for the best, `grades.count - 1` for the worst; `nil` when the
  /// scale has no grade with that identifier.
  public func rank(of gradeID: String) -> Int? {
    grades.firstIndex { $0.id == gradeID }
  }

  /// The grade with this identifier.
  public func grade(_ gradeID: String) -> Grade? {
    grades.first { $0.id == gradeID }
  }

  /// The grade an auditor wrote as `text`: its identifier, its label (ignoring case and
  /// surrounding spaces) or its number; `nil` when nothing matches.
  public func grade(matching text: String) -> Grade? {
    let trimmed = text.trimmingSpaces
    if let grade = grade(trimmed) { return grade }
    if let number = Int(trimmed) { return grades.first { $0.number == number } }
    let lowered = trimmed.lowercased()
    return grades.first { $0.label.lowercased() == lowered || $0.id.lowercased() == lowered }
  }

  /// Whether `gradeID` is good or better; `nil` when the scale has no such convention or no
  /// such grade.
  public func isGoodOrBetter(_ gradeID: String) -> Bool? {
    guard let goodOrBetterCount, let rank = rank(of: gradeID) else { return nil }
    return rank < goodOrBetterCount
  }

  /// Whether grade `a` is strictly better than grade `b` (`false` when either is unknown).
  public func isBetter(_ a: String, than b: String) -> Bool {
    guard let rankA = rank(of: a), let rankB = rank(of: b) else { return false }
    return rankA < rankB
  }

  /// The worse of two grades (the one with the higher rank).
  func worse(_ a: String, _ b: String) -> String {
    (rank(of: a) ?? 0) >= (rank(of: b) ?? 0) ? a : b
  }

  /// Checks the scale: at least two grades, identifiers and numbers unique, the good-or-better
  /// count within the scale.
  func validate(_ validation: AuditValidation) throws(DocumentDecodingError) {
    guard grades.count >= 2 else { throw validation.error(.emptyList, at: .key("grades")) }
    var ids = Set<String>()
    var numbers = Set<Int>()
    for (index, grade) in grades.enumerated() {
      guard !grade.id.trimmingSpaces.isEmpty else {
        throw validation.error(.invalidValue, at: .key("grades"), .index(index), .key("id"))
      }
      guard ids.insert(grade.id).inserted else {
        throw validation.error(
          .duplicateIdentifier, at: .key("grades"), .index(index), .key("id"))
      }
      guard numbers.insert(grade.number).inserted else {
        throw validation.error(
          .duplicateIdentifier, at: .key("grades"), .index(index), .key("number"))
      }
    }
    if let goodOrBetterCount, !(1...grades.count).contains(goodOrBetterCount) {
      throw validation.error(.invalidValue, at: .key("goodOrBetterCount"))
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
