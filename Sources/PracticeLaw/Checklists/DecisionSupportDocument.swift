/// A decision-support document a practitioner prepares by hand (a welfare checklist, a threshold
/// assessment, a realistic options analysis, a record of the child's voice).
///
/// It is a ``PracticeCore/JSONDocument``: read one with `init(json:)` or `init(jsonUTF8:)`;
/// malformed input gives a ``PracticeCore/DocumentDecodingError`` naming the path (for example
/// `options[2].pros`) and never crashes.
public protocol DecisionSupportDocument: JSONDocument {}
