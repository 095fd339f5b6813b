// route-finder: the routes into social work an applicant can take, from a JSON profile.
//
//   swift run route-finder [profile.json [YEAR]]
//
// With no argument it reads an embedded sample for 2026. The profile is
// {"schemaVersion":1,"degree":{"classification":"lowerSecond","subject":"history",
//  "isPredicted":false},"hasHigherDegree":false,"gcseEnglish":5,"gcseMaths":4,
//  "experienceMonths":8,"hasRightToWork":true,"livesInEngland":true,
//  "isRegisteredSocialWorker":false}
// A malformed file gives an error naming the path (degree.classification), never a value, and
// exit 1.
import PracticeEducation

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

/// Why the finder stopped, as a message for standard error.
struct Failure: Error {
  var message: String
}

let sample = """
  {"schemaVersion": 1,
   "degree": {"classification": "lowerSecond", "subject": "history", "isPredicted": true},
   "gcseEnglish": 5, "experienceMonths": 8, "hasRightToWork": true, "livesInEngland": true}
  """

func load(_ arguments: [String]) throws(Failure) -> (name: String, bytes: [UInt8], year: Int) {
  guard let path = arguments.first else { return ("the embedded sample", Array(sample.utf8), 2026) }
  guard arguments.count <= 2 else {
    throw Failure(message: "usage: route-finder [profile.json [YEAR]]")
  }
  var year = 2026
  if arguments.count == 2 {
    guard let given = Int(arguments[1]), (1900...2100).contains(given) else {
      throw Failure(message: "YEAR must be a year from 1900 to 2100")
    }
    year = given
  }
  do {
    return (path, Array(try Data(contentsOf: URL(fileURLWithPath: path))), year)
  } catch {
    throw Failure(message: "\(path): cannot be read")
  }
}

func report(_ arguments: [String]) throws(Failure) -> String {
  let (name, bytes, year) = try load(arguments)
  let profile: ApplicantProfile
  do {
    profile = try ApplicantProfile(jsonUTF8: bytes)
  } catch {
    throw Failure(message: "\(name): \(error.description)")
  }
  var lines = ["Routes into social work for a cohort starting in \(year) (\(name)):"]
  for answer in TrainingRoute.eligibility(of: profile, forIntakeYear: year) {
    lines += ["", "\(answer.name): \(answer.status.rawValue)"]
    lines += answer.decisiveReasons.map { "  - \($0.message)" }
    guard answer.status != .notEligible,
      let edition = TrainingRoute.route(answer.route).edition(forIntakeYear: year)
    else { continue }
    lines.append("  duration: \(edition.duration.value) [\(edition.duration.verification.tag)]")
    if let funding = edition.funding {
      lines.append("  funding: \(funding.value) [\(funding.verification.tag)]")
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

do {
  print(try report(Array(CommandLine.arguments.dropFirst())), terminator: "")
} catch {
  var message = "route-finder: \(error.message)\n"
  message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  exit(1)
}
