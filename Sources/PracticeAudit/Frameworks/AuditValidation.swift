/// The path of the part of a document being validated, for errors that name where.
struct AuditValidation {
  private(set) var path: [DocumentPathComponent] = []

  /// An error for `reason` at the current path extended by `components`.
  func error(_ reason: DocumentDecodingError.Reason, at components: DocumentPathComponent...)
    -> DocumentDecodingError
  {
    DocumentDecodingError(at: path + components, reason: reason)
  }

  /// A validation whose path is this one's extended by `components`.
  func appending(_ components: DocumentPathComponent...) -> AuditValidation {
    var copy = self
    copy.path += components
    return copy
  }
}
