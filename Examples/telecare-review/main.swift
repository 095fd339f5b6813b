// telecare-review: the ethical review and cost of a telecare proposal, from a JSON file.
//
//   swift run telecare-review [proposal.json] [--on YYYY-MM-DD]
//   swift run telecare-review --print-sample > proposal.json
//
// With no file it reviews an embedded sample. The review answers the twelve questions from the
// proposal or leaves them open; it never approves or rejects. A malformed file gives an error
// naming the JSON path (devices[1].type), never a value, and exit 1.
import PracticeTelecare

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

/// Why the review stopped, as a message for standard error.
struct Failure: Error {
  var message: String
}

/// A person with capacity who consents to a pendant and an exit sensor alerting her daughter;
/// the cost was quoted, the line is analogue, and no review is planned yet.
let sample = """
  {
    "schemaVersion": 1,
    "preparedOn": "2025-05-01",
    "person": {"pseudonym": "SAMPLE-1", "aims": ["to feel safe at night"]},
    "needs": ["falls at night", "leaves the house at night"],
    "notAddressed": ["loneliness in the day"],
    "wellbeing": ["health", "control", "relationships"],
    "devices": [{"type": "pendant", "alertsCarer": false},
                {"type": "exitSensor", "alertsCarer": true}],
    "responders": [{"role": "keyHolder", "agreed": true}],
    "carers": [{"relationship": "daughter", "consulted": true, "effectConsidered": false}],
    "handsOnCare": {"currentHoursPerWeek": 10, "replacedHoursPerWeek": 0,
                    "agreementRecorded": false},
    "privacy": {"discussed": false, "dataSharedWith": ["monitoring centre", "daughter"]},
    "consent": {"given": true, "recordedOn": "2025-05-01", "reviewOnChange": true},
    "capacity": [{"decision": "to have a pendant and an exit sensor",
                  "devices": ["pendant", "exitSensor"], "assessedOn": "2025-04-28",
                  "outcome": "hasCapacity", "practicableStepsTaken": true, "unableTo": []}],
    "costs": {"policy": {"kind": "flat", "weeklyPence": 450},
              "equipmentToMeetOrPreventNeeds": true, "quotedToPersonOn": "2025-04-30"},
    "connectivity": {"line": "analogue", "lastSuccessfulTestCall": "2025-05-20"},
    "changes": []
  }
  """

func run(_ arguments: [String]) throws(Failure) -> String {
  if arguments == ["--print-sample"] { return sample + "\n" }
  var words = arguments
  var day = CalendarDay(2025, 6, 2)
  if let index = words.firstIndex(of: "--on") {
    guard index + 1 < words.count, let given = try? CalendarDay(iso8601: words[index + 1]) else {
      throw Failure(message: "--on needs a date YYYY-MM-DD")
    }
    day = given
    words.removeSubrange(index...index + 1)
  }
  guard words.count <= 1 else {
    throw Failure(message: "usage: telecare-review [proposal.json] [--on YYYY-MM-DD]")
  }
  let name = words.first ?? "the embedded sample"
  var bytes = Array(sample.utf8)
  if let path = words.first {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(message: "\(path): cannot be read")
    }
    bytes = Array(data)
  }
  let proposal: TelecareProposal
  do {
    proposal = try TelecareProposal(jsonUTF8: bytes, catalogue: .standard)
  } catch {
    throw Failure(message: "\(name): \(error.description)")
  }
  let review = EthicalReview(proposal, on: day)
  var lines = ["Telecare proposal for \(review.subject), reviewed on \(day)", review.summary]
  if let quote = review.quote {
    lines.append(
      "Cost: \(ChargeQuote.pounds(quote.monitoringWeeklyPence)) a week, "
        + "\(ChargeQuote.pounds(quote.monitoringAnnualPence)) a year for monitoring"
        + (quote.equipment == .free ? "; equipment free." : "."))
  }
  for answer in review.answers {
    lines.append("\(answer.question.id). [\(answer.status.rawValue)] \(answer.question.text)")
    lines += answer.findings.map { "   \($0.severity): \($0.message)" }
  }
  return lines.joined(separator: "\n") + "\n"
}

do {
  print(try run(Array(CommandLine.arguments.dropFirst())), terminator: "")
} catch {
  var message = "telecare-review: \(error.message)\n"
  message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  exit(1)
}
