// proceedings-tracker: the s32 timetable for a list of care proceedings, from a JSON file.
//
//   swift run proceedings-tracker [cases.json]
//
// With no argument it reads an embedded sample. The file is
// {"schemaVersion":1,"asOf":"YYYY-MM-DD","cases":[{"reference":"C1","issued":"YYYY-MM-DD",
//   "extensions":[{"granted":"YYYY-MM-DD","weeks":8,"reason":"..."}],"disposed":null}]}
// A malformed file gives an error naming the path (cases[2].issued), never a value, and exit 1.
import PracticeLaw

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The input document.
struct CaseList: Decodable {
  /// One set of proceedings.
  struct Case: Decodable {
    var reference: String
    var issued: CalendarDay
    var extensions: [TimetableExtension]?
    var disposed: CalendarDay?
  }

  var schemaVersion: Int
  var asOf: CalendarDay
  var cases: [Case]
}

/// Why the tracker stopped, as a message for standard error.
struct Failure: Error {
  var message: String
}

let sample = """
  {"schemaVersion": 1, "asOf": "2025-09-01", "cases": [
    {"reference": "C1", "issued": "2025-01-06", "extensions": [
      {"granted": "2025-06-30", "weeks": 8, "reason": "expert report"}], "disposed": null},
    {"reference": "C2", "issued": "2025-01-06", "extensions": [
      {"granted": "2025-07-20", "weeks": 4, "reason": "parenting assessment"}]},
    {"reference": "C3", "issued": "2025-03-03", "disposed": "2025-08-15"},
    {"reference": "C4", "issued": "2025-06-02"}
  ]}
  """

/// A decoding path in the document's own terms: `cases[2].issued`.
func describe(_ path: [any CodingKey]) -> String {
  var text = ""
  for key in path {
    if let index = key.intValue {
      text += "[\(index)]"
    } else {
      text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
    }
  }
  return text.isEmpty ? "the document" : text
}

/// What went wrong in decoding, naming the path and never the value.
func describe(_ error: DecodingError) -> String {
  switch error {
  case .keyNotFound(let key, let context):
    let parent = describe(context.codingPath)
    return "\(context.codingPath.isEmpty ? key.stringValue : parent + "." + key.stringValue): "
      + "missing"
  case .valueNotFound(_, let context):
    return "\(describe(context.codingPath)): missing (null)"
  case .typeMismatch(let type, let context):
    return "\(describe(context.codingPath)): expected \(type == String.self ? "text" : "\(type)")"
  case .dataCorrupted(let context):
    if context.codingPath.isEmpty { return "the file is not valid JSON" }
    // CalendarDay's message names the expected form, never the value.
    return "\(describe(context.codingPath)): \(context.debugDescription)"
  @unknown default:
    return "the file could not be read as a case list"
  }
}

func load(_ arguments: [String]) throws(Failure) -> (name: String, data: Data) {
  guard let path = arguments.first else { return ("the embedded sample", Data(sample.utf8)) }
  guard arguments.count == 1 else {
    throw Failure(message: "usage: proceedings-tracker [cases.json]")
  }
  do {
    return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
  } catch {
    throw Failure(message: "\(path): cannot be read")
  }
}

func report(_ arguments: [String]) throws(Failure) -> String {
  let (name, data) = try load(arguments)
  let list: CaseList
  do {
    list = try JSONDecoder().decode(CaseList.self, from: data)
  } catch let error as DecodingError {
    throw Failure(message: "\(name): \(describe(error))")
  } catch {
    throw Failure(message: "\(name): the file could not be read as a case list")
  }
  guard list.schemaVersion == 1 else {
    throw Failure(message: "\(name): schemaVersion: this tracker reads version 1")
  }
  var lines = ["Care proceedings as of \(list.asOf) (\(list.cases.count) case(s))"]
  for (index, item) in list.cases.enumerated() {
    let proceedings: CareProceedings
    do {
      proceedings = try CareProceedings(
        issued: item.issued, extensions: item.extensions ?? [],
        // The application was issued on the issue day, so that stage is held then.
        stageDays: [.issue: item.issued], disposed: item.disposed)
    } catch {
      throw Failure(message: "\(name): cases[\(index)]: \(error.description)")
    }
    let status = proceedings.status(on: list.asOf)
    let limit = proceedings.statutoryLimit.map { "\($0)" } ?? "none (issued before 22 April 2014)"
    let deadline = proceedings.finalDeadline.map { "\($0)" } ?? "none"
    let week = status.week.map { "week \($0)" } ?? "not yet issued"
    let remaining = status.daysRemaining.map {
      $0 >= 0 ? "\($0) day(s) remaining" : "\(-$0) day(s) past the final deadline"
    }
    // Each code once, in first-found order, with how many times it was found.
    var counts: [FindingCode: Int] = [:]
    var order: [FindingCode] = []
    for finding in status.findings {
      if counts[finding.code] == nil { order.append(finding.code) }
      counts[finding.code, default: 0] += 1
    }
    let codes = order.map { code in
      let count = counts[code] ?? 1
      return count > 1 ? "\(code) (\(count))" : code.rawValue
    }
    lines += [
      "\(item.reference): issued \(item.issued)\(status.isDisposed ? ", disposed of" : "")",
      "  26-week limit \(limit); final deadline \(deadline)",
      "  \(week), \(status.isDisposed ? "disposed of" : remaining ?? "no limit")",
      "  findings: \(codes.isEmpty ? "none" : codes.joined(separator: ", "))",
    ]
  }
  return lines.joined(separator: "\n") + "\n"
}

do {
  print(try report(Array(CommandLine.arguments.dropFirst())), terminator: "")
} catch {
  var message = "proceedings-tracker: \(error.message)\n"
  message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  exit(1)
}
