// The bad-input corpus: hand-made malformed files (Fixtures/bad/) and generated extremes, each
// read by the reader its name selects. Every input must give a typed outcome — an error naming the
// place (line and column, JSON path) and the rule, or a documented acceptance — and no message may
// contain the marker planted in the offending values. Fixtures/bad/expected.tsv pins each outcome.
import PracticeKit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("Bad inputs")
struct BadInputTests {
  /// The marker planted in the offending value of every input.
  static let marker = "SECRET-7731"

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/bad")

  /// `file<TAB>outcome` lines.
  static let expected: [(file: String, outcome: String)] = {
    let url = directory.appendingPathComponent("expected.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
      return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
  }()

  /// What a reader made of an input.
  enum Outcome {
    case accepted(String)
    case rejected(String)

    var text: String {
      switch self {
      case .accepted(let summary): "accepted: \(summary)"
      case .rejected(let message): "rejected: \(message)"
      }
    }
  }

  /// Reads `bytes` with the reader the file name's prefix selects.
  static func read(_ name: String, _ bytes: [UInt8]) -> Outcome? {
    let text = String(decoding: bytes, as: UTF8.self)
    if name.hasPrefix("csv-") { return csv(bytes) }
    if name.hasPrefix("day-return-") { return day(text, .statutoryReturn) }
    if name.hasPrefix("day-iso-") { return day(text, .iso8601) }
    if name.hasPrefix("citation-") {
      do {
        return .accepted(try NeutralCitation(text).description)
      } catch {
        return .rejected("\(error)")
      }
    }
    if name.hasPrefix("json-options-") { return document(RealisticOptionsAnalysis.self, bytes) }
    if name.hasPrefix("json-threshold-") { return document(ThresholdAssessment.self, bytes) }
    if name.hasPrefix("json-welfare-") { return document(WelfareChecklist.self, bytes) }
    if name.hasPrefix("json-childs-voice-") { return document(ChildsVoice.self, bytes) }
    if name.hasPrefix("json-audit-cycle-") { return document(AuditCycle.self, bytes) }
    if name.hasPrefix("json-telecare-proposal-") {
      do {
        _ = try TelecareProposal(jsonUTF8: bytes, catalogue: .standard)
        return .accepted("read")
      } catch {
        return .rejected(error.description)
      }
    }
    if name.hasPrefix("json-applicant-profile-") { return document(ApplicantProfile.self, bytes) }
    if name.hasPrefix("ssda903-") { return ssda903(name, text) }
    if name.hasPrefix("cin-") { return census(directory.appendingPathComponent(name).path) }
    if name.hasPrefix("calls-") {
      let result = AlarmCallLog.read(csv: text)
      return problems(result.problems.map(\.description), accepted: "\(result.calls.count) calls")
    }
    return nil
  }

  /// A reader that reports problems and carries on: every message is kept, so the marker check
  /// covers all of them; the outcome shows the first.
  static func problems(_ messages: [String], accepted: String) -> Outcome {
    guard let first = messages.first else { return .accepted(accepted) }
    let all = messages.joined(separator: "\n")
    return .rejected(messages.count == 1 ? first : "\(first) (+\(messages.count - 1) more)\n\(all)")
  }

  /// The census file streamed to the end (bytes as they are: the reader checks the encoding): a
  /// syntax error stops it (and is the outcome); data-quality findings are listed after it.
  static func census(_ path: String) -> Outcome {
    var children = 0
    var reader: CINCensusReader
    do {
      reader = try CINCensusReader(contentsOfFile: path)
    } catch {
      return .rejected(error.description)
    }
    do {
      while try reader.next() != nil { children += 1 }
    } catch {
      return .rejected(
        ([error.description] + reader.dataQuality.findings.map(\.description))
          .joined(separator: "\n"))
    }
    return problems(
      reader.dataQuality.findings.map(\.description), accepted: "\(children) children")
  }

  static func ssda903(_ name: String, _ text: String) -> Outcome {
    guard let year = try? CollectionYear(endingIn: 2025) else { return .rejected("year") }
    let result = SSDA903.Reader(year: year).read(files: [(name, text)])
    return problems(
      result.issues.map(\.description),
      accepted: "\(result.episodes.count) episodes, \(result.reviews.count) reviews")
  }

  static func csv(_ bytes: [UInt8]) -> Outcome {
    var reader = CSVReader(bytes: bytes)
    var records = 0
    do {
      while try reader.next() != nil { records += 1 }
      return .accepted("\(reader.header?.count ?? 0) columns, \(records) records")
    } catch {
      return .rejected(error.description)
    }
  }

  static func day(_ text: String, _ format: CalendarDay.Format) -> Outcome {
    do {
      return .accepted(try CalendarDay(text, format: format).description)
    } catch {
      return .rejected(error.description)
    }
  }

  static func document<Document: JSONDocument>(_: Document.Type, _ bytes: [UInt8])
    -> Outcome
  {
    do {
      _ = try Document(jsonUTF8: bytes)
      return .accepted("read")
    } catch {
      return .rejected(error.description)
    }
  }

  @Test("the corpus holds at least 60 inputs and the manifest names each file once")
  func manifest() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
      .filter { $0 != "expected.tsv" }.sorted()
    #expect(files.count >= 60)
    #expect(Self.expected.map(\.file).sorted() == files)
  }

  @Test("each input gives its pinned outcome, and no message repeats the offending value")
  func corpus() throws {
    for (file, expected) in Self.expected {
      let data = try Data(contentsOf: Self.directory.appendingPathComponent(file))
      let outcome = try #require(Self.read(file, Array(data)), "no reader for \(file)")
      // Pinned: the first line (a reader that carries on lists every problem after it).
      #expect(outcome.text.split(separator: "\n").first.map(String.init) == expected, "\(file)")
      #expect(!outcome.text.contains(Self.marker), "\(file) leaks the marker")
    }
  }

  @Test("generated extremes: 1 MB and 64 KiB fields, 10,000 columns, 10,000-deep JSON")
  func extremes() {
    let field = Array(repeating: UInt8(ascii: "x"), count: 1 << 20)
    let wide = (0..<10_000).map { "c\($0)" }.joined(separator: ",")
    #expect(
      Self.csv(Array("case,note\nA1,".utf8) + field + Array("\n".utf8)).text
        == "rejected: Line 2, column 1048580: a field is longer than 65536 bytes, more than any "
        + "return holds; the file is not read further.")
    #expect(
      Self.csv(Array("case,note\nA1,".utf8) + field.prefix(65_536) + Array("\n".utf8)).text
        == "accepted: 2 columns, 1 records")
    #expect(
      Self.csv(Array("\(wide)\n\(wide)\n".utf8)).text == "accepted: 10000 columns, 1 records")
    let deep =
      "{\"schemaVersion\":1,\"options\":" + String(repeating: "[", count: 10_000)
      + String(repeating: "]", count: 10_000) + "}"
    #expect(
      Self.document(RealisticOptionsAnalysis.self, Array(deep.utf8)).text.hasPrefix("rejected:"))
  }
}
