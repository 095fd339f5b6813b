import PracticeKit

/// The `--region` option: one of the UK bank-holiday divisions GOV.UK publishes.
enum Region: String, CaseIterable {
  case englandAndWales = "england-and-wales"
  case scotland = "scotland"
  case northernIreland = "northern-ireland"

  static let optionHelp =
    "--region R   england-and-wales (default), scotland or northern-ireland"

  /// Reads `--region`, defaulting to England and Wales.
  init(_ arguments: Arguments) throws(CommandError) {
    guard let text = arguments.values["--region"] else {
      self = .englandAndWales
      return
    }
    guard let region = Region(rawValue: text) else {
      let names = Region.allCases.map(\.rawValue).joined(separator: ", ")
      throw .usage("unknown region; use one of \(names)")
    }
    self = region
  }

  /// The division's name for people.
  var name: String {
    switch self {
    case .englandAndWales: "England and Wales"
    case .scotland: "Scotland"
    case .northernIreland: "Northern Ireland"
    }
  }

  var calendar: WorkingCalendar {
    switch self {
    case .englandAndWales: .englandAndWales
    case .scotland: .scotland
    case .northernIreland: .northernIreland
    }
  }
}

extension CalendarDay {
  /// Parses a command-line day in ISO form; `what` names the argument in the error.
  init(argument text: String, what: String) throws(CommandError) {
    do {
      try self.init(iso8601: text)
    } catch {
      throw .data("\(what): \(error)")
    }
  }
}
