import Foundation
import PracticeKit
import Synchronization
import Testing

@testable import practice

/// What a reader of one output knows: each named figure is a published number, withheld ("c"),
/// or absent; the truth comes from the same command run with `--unsuppressed`.
struct AttackSheet {
  var published: [String: Int] = [:]
  var withheld: Set<String> = []
  var truth: [String: Int] = [:]

  /// The withheld figures that are 1 to 5 (withheld by primary suppression).
  var small: Set<String> { withheld.filter { (1...5).contains(truth[$0] ?? 0) } }

  /// Records the figure `name` from its published and unsuppressed texts.
  mutating func add(_ name: String, published text: String?, truth exact: String?) {
    guard let text, let exact else { return }
    if let value = Self.number(exact) { truth[name] = value }
    if text == "c" {
      withheld.insert(name)
    } else if let value = Self.number(text) {
      published[name] = value
    }
  }

  /// "1,234" → 1234, "64%" → 64; `nil` for symbols.
  static func number(_ text: String) -> Int? {
    Int(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: ""))
  }
}

/// `whole = Σ parts`, as a reader would write it down from the labels.
struct AttackEquation {
  var whole: String
  var parts: [String]
}

/// `percent = round(100 × numerator / denominator)`, half up.
struct AttackShare {
  var percent: String
  var numerator: String
  var denominator: String
}

/// The differencing attacks: subtraction from totals, sums of withheld cells that leave each at
/// 1, percentages times their totals, and everything these give, repeated until nothing new.
/// Returns the withheld figures recovered exactly.
func differencingAttack(
  _ sheet: AttackSheet, _ equations: [AttackEquation], _ shares: [AttackShare]
) -> [String] {
  var known = sheet.published
  var changed = true
  while changed {
    changed = false
    for equation in equations {
      let unknown = equation.parts.filter { known[$0] == nil }
      let sum = equation.parts.compactMap { known[$0] }.reduce(0, +)
      if let whole = known[equation.whole] {
        if unknown.count == 1 {
          known[unknown[0]] = whole - sum
          changed = true
        } else if unknown.count > 1, unknown.allSatisfy(sheet.withheld.contains),
          whole - sum == unknown.count
        {
          // Each withheld count is at least 1.
          for name in unknown { known[name] = 1 }
          changed = true
        } else if unknown.count > 1, unknown.allSatisfy(sheet.small.contains),
          whole - sum == 5 * unknown.count
        {
          // Withheld as 1 to 5 (the strongest reader, who knows which): each is 5.
          for name in unknown { known[name] = 5 }
          changed = true
        }
      } else if unknown.isEmpty, sheet.truth[equation.whole] != nil {
        known[equation.whole] = sum
        changed = true
      }
    }
    for share in shares {
      guard let percent = known[share.percent] else { continue }
      let fits = { (numerator: Int, denominator: Int) in
        denominator > 0 && (200 * numerator + denominator) / (2 * denominator) == percent
      }
      if known[share.numerator] == nil, let denominator = known[share.denominator] {
        let candidates = (0...denominator).filter { fits($0, denominator) }
        if candidates.count == 1 {
          known[share.numerator] = candidates[0]
          changed = true
        }
      } else if known[share.denominator] == nil, let numerator = known[share.numerator],
        numerator > 0
      {
        let candidates = (numerator...(numerator * 201)).filter { fits(numerator, $0) }
        if candidates.count == 1 {
          known[share.denominator] = candidates[0]
          changed = true
        }
      }
    }
  }
  DisclosureAttackTests.withheldSeen.withLock { $0 += sheet.withheld.count }
  return sheet.withheld.sorted().filter { name in
    known[name] != nil && known[name] == sheet.truth[name]
  }
}

@Suite("Differencing attacks on what the commands publish")
struct DisclosureAttackTests {
  static let today = CalendarDay(2026, 11, 24)

  static func json(_ words: [String]) throws -> [String: Any] {
    let outcome = Practice.run(words, today: today)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
    return try #require(object as? [String: Any])
  }

  /// Every leaf of a JSON document by its dotted path, as text.
  static func leaves(_ value: Any, _ path: String = "", into result: inout [String: String]) {
    if let object = value as? [String: Any] {
      for (key, child) in object {
        leaves(child, path.isEmpty ? key : path + "." + key, into: &result)
      }
    } else if let array = value as? [Any] {
      for (index, child) in array.enumerated() { leaves(child, "\(path)[\(index)]", into: &result) }
    } else if let number = value as? NSNumber, !(value is Bool) {
      result[path] = number.stringValue
    } else if let text = value as? String {
      result[path] = text
    }
  }

  /// The sheet of a command run with and without `--unsuppressed`.
  static func sheet(_ words: [String]) throws -> AttackSheet {
    var published: [String: String] = [:]
    var exact: [String: String] = [:]
    leaves(try json(words), into: &published)
    leaves(try json(words + ["--unsuppressed"]), into: &exact)
    var sheet = AttackSheet()
    for (name, text) in published { sheet.add(name, published: text, truth: exact[name]) }
    return sheet
  }

  static func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("practice-attack-\(UInt64.random(in: 0...UInt64.max))").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// audit 903: file rows against children and episodes, periods split three ways, reviews
  /// against what is due, proceedings outcomes against the estimate, the within-26 share.
  static func attack903(_ directory: String) throws -> [String] {
    let sheet = try sheet(["audit", "903", directory, "--year", "2025", "--json"])
    let review = "reviewTimeliness."
    let equations = [
      AttackEquation(whole: "children", parts: ["tables.Header"]),
      AttackEquation(whole: "tables.Header", parts: ["children"]),
      AttackEquation(whole: "episodes", parts: ["tables.Episodes"]),
      AttackEquation(whole: "tables.Episodes", parts: ["episodes"]),
      AttackEquation(
        whole: "periodsOfCare",
        parts: [
          review + "fullyAssessablePeriods", review + "partial.periods",
          review + "excludedShortBreaks",
        ]),
      AttackEquation(
        whole: review + "due", parts: ["onTime", "late", "missing"].map { review + $0 }),
      AttackEquation(
        whole: review + "partial.due",
        parts: ["onTime", "late", "missing"].map { review + "partial." + $0 }),
      AttackEquation(
        whole: "proceedings.estimated",
        parts: ["concluded", "open", "endedOtherwise", "beforeLimit"].map { "proceedings." + $0 }),
    ]
    let shares = [
      AttackShare(
        percent: "proceedings.percentWithin26Weeks",
        numerator: "proceedings.concludedWithin26Weeks", denominator: "proceedings.concluded")
    ]
    return differencingAttack(sheet, equations, shares)
  }

  /// audit cin: each measure's statuses against what is due, and its on-time percentage.
  static func attackCIN(_ file: String) throws -> [String] {
    let sheet = try sheet(["audit", "cin", file, "--year", "2025", "--json"])
    let measures = [
      "assessments", "initialConferences", "reviewConferences", "preProceedings.timeliness",
    ]
    let equations = measures.map { measure in
      AttackEquation(
        whole: measure + ".due", parts: ["onTime", "late", "missing"].map { measure + "." + $0 })
    }
    let shares = measures.map {
      AttackShare(
        percent: $0 + ".onTimePercentage", numerator: $0 + ".onTime", denominator: $0 + ".due")
    }
    return differencingAttack(sheet, equations, shares)
  }

  /// audit cases: grades against the audits, good or better and below good against their grades,
  /// the pooled shares against their periods.
  static func attackCases(_ file: String, cycle: AuditCycle) throws -> [String] {
    let sheet = try sheet(["audit", "cases", file, "--as-of", "2026-11-24", "--json"])
    let scale = cycle.framework.scale
    let periods = cycle.measures(asOf: today)
    var equations: [AttackEquation] = []
    var shares: [AttackShare] = []
    for index in periods.indices {
      let period = "periods[\(index)]."
      let grades = scale.grades.indices.map { period + "grades[\($0)].count" }
      let good = scale.grades.indices.filter { scale.isGoodOrBetter(scale.grades[$0].id) == true }
      let below = scale.grades.indices.filter {
        scale.isGoodOrBetter(scale.grades[$0].id) == false
      }
      equations.append(AttackEquation(whole: period + "audits", parts: grades))
      equations.append(AttackEquation(whole: period + "good", parts: good.map { grades[$0] }))
      equations.append(AttackEquation(whole: period + "belowGood", parts: below.map { grades[$0] }))
      shares.append(
        AttackShare(
          percent: period + "goodOrBetter", numerator: period + "good",
          denominator: period + "audits"))
    }
    for (name, loop) in [("withLoop", true), ("withoutLoop", false)] {
      let rows = periods.indices.filter { periods[$0].loopInPlace == loop }
      equations.append(
        AttackEquation(whole: "loop.\(name).good", parts: rows.map { "periods[\($0)].good" }))
      equations.append(
        AttackEquation(whole: "loop.\(name).audits", parts: rows.map { "periods[\($0)].audits" }))
      shares.append(
        AttackShare(
          percent: "loop." + name, numerator: "loop.\(name).good",
          denominator: "loop.\(name).audits"))
    }
    return differencingAttack(sheet, equations, shares)
  }

  /// The report (synthetic authority): the proceedings table, its histogram and chart summary,
  /// the timeliness table and chart, due soon, and the case-audit table.
  static func attackReport(children: Int, seed: Int) throws -> [String] {
    let words = [
      "report", "--children", "\(children)", "--seed", "\(seed)", "--format", "json",
      "--today", "2026-11-24",
    ]
    var published: [String: String] = [:]
    var exact: [String: String] = [:]
    for (document, into) in [(try json(words), 0), (try json(words + ["--unsuppressed"]), 1)] {
      var figures: [String: String] = [:]
      for section in document["sections"] as? [[String: Any]] ?? [] {
        let id = section["id"] as? String ?? ""
        for (blockIndex, block) in (section["blocks"] as? [[String: Any]] ?? []).enumerated() {
          if let table = block["table"] as? [String: Any] {
            for row in table["rows"] as? [[String]] ?? [] {
              for (column, text) in row.enumerated() {
                // "6 (75%)" and "7 of 9" are two figures each.
                let pieces = text.replacingOccurrences(of: " of ", with: " ")
                  .replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
                  .split(separator: " ")
                for (piece, value) in pieces.enumerated() {
                  figures["\(id).\(row[0]).\(column).\(piece)"] = String(value)
                }
              }
            }
          }
          if let chart = block["chart"] as? [String: Any] {
            for point in chart["points"] as? [[String: Any]] ?? [] {
              let value = (point["value"] as? NSNumber).map { "\($0.intValue)" } ?? "c"
              figures["\(id).chart\(blockIndex).\(point["label"] as? String ?? "")"] = value
            }
            if let summary = chart["summary"] as? String,
              let first = summary.split(separator: " ").first
            {
              figures["\(id).summary"] = String(first)
            }
          }
        }
      }
      if into == 0 { published = figures } else { exact = figures }
    }
    var sheet = AttackSheet()
    for (name, text) in published { sheet.add(name, published: text, truth: exact[name]) }
    let proceedings = "proceedings."
    let value = { (label: String) in proceedings + label + ".1.0" }
    let chart =
      sheet.published.keys.contains { $0.hasPrefix("proceedings.chart2.") }
      || sheet.withheld.contains { $0.hasPrefix("proceedings.chart2.") }
    let openKey =
      sheet.truth.keys.first { $0.hasPrefix(proceedings + "Open on ") && $0.hasSuffix(".1.0") }
      ?? value("Open on")
    let bins = (0..<26).map { proceedings + "chart2.\($0 * 4)" + ($0 == 25 ? "+" : "") }
    var equations = [
      AttackEquation(
        whole: value("Periods of care with an interim care order"),
        parts: [
          value("Concluded (interim order on or after 22 April 2014)"),
          openKey, value("Care ended for another reason (not measured)"),
          value("Interim order before 22 April 2014 (no limit)"),
        ]),
      AttackEquation(
        whole: proceedings + "summary",
        parts: [value("Concluded (interim order on or after 22 April 2014)")]),
      AttackEquation(
        whole: value("Concluded (interim order on or after 22 April 2014)"),
        parts: [proceedings + "summary"]),
    ]
    if chart {
      equations += [
        AttackEquation(whole: proceedings + "summary", parts: bins),
        AttackEquation(
          whole: proceedings + "Concluded within 26 weeks.1.0", parts: Array(bins.prefix(6))),
        AttackEquation(
          whole: proceedings + "Concluded within 26 weeks.1.0", parts: Array(bins.prefix(7))),
      ]
    }
    var shares = [
      AttackShare(
        percent: proceedings + "Concluded within 26 weeks.1.1",
        numerator: proceedings + "Concluded within 26 weeks.1.0",
        denominator: value("Concluded (interim order on or after 22 April 2014)"))
    ]
    let rowsOf = { (prefix: String) in
      Set(sheet.truth.keys.filter { $0.hasPrefix(prefix) }.map { $0.split(separator: ".")[1] })
    }
    for measure in rowsOf("timeliness.") {
      let row = "timeliness.\(measure)."
      equations.append(
        AttackEquation(whole: row + "2.0", parts: [row + "3.0", row + "4.0", row + "5.0"]))
      shares.append(
        AttackShare(percent: row + "6.0", numerator: row + "3.0", denominator: row + "2.0"))
      shares.append(
        AttackShare(
          percent: "timeliness.chart3.\(measure)", numerator: row + "3.0",
          denominator: row + "2.0"))
    }
    // Case audits: Audits, then four grades (the first two good or better), then the share.
    for period in rowsOf("case-audits.") {
      let row = "case-audits.\(period)."
      equations.append(
        AttackEquation(whole: row + "2.0", parts: (3...6).map { row + "\($0).0" }))
      equations.append(AttackEquation(whole: row + "good", parts: [row + "3.0", row + "4.0"]))
      shares.append(
        AttackShare(percent: row + "7.0", numerator: row + "good", denominator: row + "2.0"))
    }
    for measure in rowsOf("due.") {
      let row = "due.\(measure)."
      equations.append(AttackEquation(whole: row + "3.0", parts: [row + "1.0", row + "2.0"]))
    }
    return differencingAttack(sheet, equations, shares)
  }

  @Test(
    "seeded small returns: no withheld figure of audit 903, audit cin, audit cases or report is recovered"
  )
  func noRecovery() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var recovered: [String] = []
    var seeds = 0
    // 48 returns of 30 to 200 children; the report (the costliest) on every other one.
    for seed in 1...48 {
      let children = 30 + (seed * 37) % 171
      let folder = directory + "/903-\(seed)"
      let census = directory + "/cin-\(seed).xml"
      let common = ["--children", "\(children)", "--seed", "\(seed)", "--year", "2025"]
      #expect(
        Practice.run(["generate", "903"] + common + [folder], today: Self.today).exitCode == 0)
      #expect(
        Practice.run(["generate", "cin"] + common + [census], today: Self.today).exitCode == 0)
      recovered += try Self.attack903(folder).map { "903 seed \(seed): \($0)" }
      recovered += try Self.attackCIN(census).map { "cin seed \(seed): \($0)" }
      if seed.isMultiple(of: 2) {
        recovered += try Self.attackReport(children: children, seed: seed).map {
          "report seed \(seed): \($0)"
        }
      }
      if seed <= 10 {
        let cycle = AuditCycleGenerator(seed: UInt64(seed), auditsPerPeriod: 8 + 3 * seed)
          .cycle(endingBefore: Self.today)
        let file = directory + "/cycle-\(seed).json"
        try Data(try cycle.jsonString().utf8).write(to: URL(fileURLWithPath: file))
        recovered += try Self.attackCases(file, cycle: cycle).map { "cases seed \(seed): \($0)" }
      }
      seeds += 1
    }
    #expect(recovered.isEmpty, "\(recovered.prefix(20))")
    #expect(seeds == 48)
    #expect(Self.withheldSeen.withLock { $0 } > 1000)
  }

  /// Withheld figures the attacks were tried on, over the run.
  static let withheldSeen = Mutex(0)

  @Test("the attacks work: each recovers the figure the issue found leaking")
  func attacksWork() {
    var sheet = AttackSheet()
    for (name, text, exact) in [
      ("due", "20", "20"), ("onTime", "c", "3"), ("late", "10", "10"), ("missing", "7", "7"),
      ("a", "c", "1"), ("b", "c", "1"), ("row", "14", "14"), ("x", "12", "12"),
      ("share", "c", "4"), ("of", "8", "8"), ("percent", "50%", "50%"),
    ] {
      sheet.add(name, published: text, truth: exact)
    }
    let recovered = differencingAttack(
      sheet,
      [
        AttackEquation(whole: "due", parts: ["onTime", "late", "missing"]),
        AttackEquation(whole: "row", parts: ["a", "b", "x"]),
      ],
      [AttackShare(percent: "percent", numerator: "share", denominator: "of")])
    #expect(recovered == ["a", "b", "onTime", "share"])
  }
}
