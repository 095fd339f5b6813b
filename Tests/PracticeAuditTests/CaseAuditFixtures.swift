import PracticeAudit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The audit fixtures (Fixtures/audits/), read from the project.
enum AuditFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/audits")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  /// The worked example cycle (three quarters of 2025, hand-computed in LoopMeasuresTests).
  static func cycle() throws -> AuditCycle {
    try AuditCycle(json: text("cycle.json"))
  }
}

extension String {
  /// This text with the first occurrence of `target` replaced (unchanged when absent).
  func replacingFirst(_ target: String, with replacement: String) -> String {
    let characters = Array(self)
    let pattern = Array(target)
    guard !pattern.isEmpty, characters.count >= pattern.count else { return self }
    for start in 0...(characters.count - pattern.count)
    where Array(characters[start..<start + pattern.count]) == pattern {
      return String(characters[..<start]) + replacement
        + String(characters[(start + pattern.count)...])
    }
    return self
  }
}
