// Fuzz target: applicant profiles and route eligibility. Malformed input must give a
// DocumentDecodingError, never a crash; a profile that reads must be evaluable against every route
// for every intake year the routes know, and must write and read back equal.
import PracticeEducation

/// libFuzzer's entry point: one input of `count` bytes at `start`; returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzApplicantProfile(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  guard let profile = try? ApplicantProfile(jsonUTF8: bytes) else { return 0 }
  for year in 2000...2030 {
    let answers = TrainingRoute.eligibility(of: profile, forIntakeYear: year)
    guard answers.count == TrainingRoute.all.count else {
      fatalError("a route went unanswered")
    }
  }
  guard let json = try? profile.jsonString(), (try? ApplicantProfile(json: json)) == profile
  else {
    fatalError("ApplicantProfile did not survive a JSON round trip")
  }
  return 0
}
