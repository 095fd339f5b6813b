// audit-agreement: how far an audit round's auditors and moderators agree, from a CSV file.
//
//   swift run audit-agreement [round.csv]
//
// With no argument it reads an embedded sample round. The file has a header; each row is one
// moderated audit: case reference, the auditor's grade, the moderator's grade, as Ofsted labels
// (Outstanding, Good, Requires improvement to be good, Inadequate) or numbers 1–4. It prints the
// cross-table, percent agreement, Cohen's kappa (unweighted with its standard error, linear,
// quadratic) and the Landis and Koch band. A bad row gives an error naming its line and column,
// never its value, and exit 1.
import PracticeAudit

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

let sample = """
  case,auditor,moderator
  R01,Good,Good
  R02,Good,Requires improvement to be good
  R03,Outstanding,Good
  R04,Inadequate,Inadequate
  R05,Requires improvement to be good,Requires improvement to be good
  R06,Good,Good
  R07,Good,Good
  R08,Requires improvement to be good,Inadequate
  R09,Outstanding,Outstanding
  R10,Good,Good
  R11,Requires improvement to be good,Good
  R12,Good,Good
  """

/// Why the example stopped, as a message for standard error.
struct Failure: Error {
  var message: String
}

/// The auditor/moderator table of the CSV text.
func table(from bytes: [UInt8], scale: GradingScale) throws(Failure) -> AgreementTable {
  var reader = CSVReader(bytes: bytes)
  var pairs: [(first: Int, second: Int)] = []
  do {
    while let record = try reader.next() {
      var ranks: [Int] = []
      for column in 1...2 {
        guard let grade = record[column].flatMap(scale.grade(matching:)),
          let rank = scale.rank(of: grade.id)
        else {
          throw Failure(message: "line \(record.line), column \(column + 1): not an Ofsted grade")
        }
        ranks.append(rank)
      }
      pairs.append((ranks[0], ranks[1]))
    }
  } catch let error as Failure {
    throw error
  } catch {
    throw Failure(message: "\(error)")
  }
  guard (reader.header?.count ?? 0) >= 3 else {
    throw Failure(message: "the header needs case, auditor and moderator columns")
  }
  do {
    return try AgreementTable(pairs: pairs, categories: scale.grades.count)
  } catch {
    throw Failure(message: error.description)
  }
}

/// `value` to `places` decimals.
func decimal(_ value: Double?, _ places: Int = 3) -> String {
  guard let value else { return "undefined" }
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  return "\((value * scale).rounded() / scale)"
}

let arguments = Array(CommandLine.arguments.dropFirst())
let scale = GradingScale.ofsted
do throws(Failure) {
  let bytes: [UInt8]
  if let path = arguments.first {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(message: "cannot read the file '\(path)'")
    }
    bytes = Array(data)
  } else {
    bytes = Array(sample.utf8)
  }
  let agreement = try table(from: bytes, scale: scale)
  let short = ["O", "G", "RI", "I"]
  print("auditor \\ moderator   " + short.map { $0.padding(4) }.joined())
  for (row, counts) in agreement.counts.enumerated() {
    print("  " + short[row].padding(20) + counts.map { String($0).padding(4) }.joined())
  }
  let unweighted = agreement.cohenKappa()
  print("cases: \(agreement.total)")
  print("percent agreement: \(decimal(agreement.proportionAgreeing.map { $0 * 100 }, 1))%")
  print(
    "Cohen's kappa: \(decimal(unweighted.value)) (SE \(decimal(unweighted.standardError)))"
      + (unweighted.undefinedReason.map { " — \($0)" } ?? ""))
  print("linearly weighted: \(decimal(agreement.cohenKappa(.linear).value))")
  print("quadratically weighted: \(decimal(agreement.cohenKappa(.quadratic).value))")
  print("agreement (Landis and Koch): \(unweighted.band?.description ?? "undefined")")
} catch {
  var message = "audit-agreement: \(error.message)\n"
  message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  exit(1)
}

extension String {
  /// The text padded with spaces to `width` characters.
  func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(width - count, 0))
  }
}
