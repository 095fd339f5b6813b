/// One piece of recorded evidence: what was recorded, where it comes from and when.
///
/// Decision support counts an entry as addressing a question when its text is not blank; it
/// never judges whether the evidence is sufficient.
public struct EvidenceEntry: Sendable, Hashable, Codable {
  /// What was recorded, in the practitioner's words.
  public var text: String
  /// The document it comes from (an assessment, a statement, a case note), if recorded.
  public var sourceDocument: String?
  /// When it was recorded or the document is dated, if known.
  public var date: CalendarDay?

  /// Creates an entry.
  public init(_ text: String, sourceDocument: String? = nil, date: CalendarDay? = nil) {
    self.text = text
    self.sourceDocument = sourceDocument
    self.date = date
  }

  /// Whether the text has something other than white space.
  public var isRecorded: Bool { !text.isBlank }
}

extension [EvidenceEntry] {
  /// Whether any entry is recorded (has non-blank text).
  var addresses: Bool { contains { $0.isRecorded } }
}

extension String {
  /// Whether the string is empty or only white space.
  var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

extension String? {
  /// Whether the string is absent, empty or only white space.
  var isBlank: Bool { self?.isBlank ?? true }
}
