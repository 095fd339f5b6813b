// Scotland and Northern Ireland bank holidays as GOV.UK publishes them (its `scotland` and
// `northern-ireland` divisions), from the Banking and Financial Dealings Act 1971 Schedule 1
// paras 2 and 3, the St Andrew's Day Bank Holiday (Scotland) Act 2007 and annual proclamations.

extension BankHolidayCalendar {
  /// The bank holidays of Scotland as GOV.UK lists them.
  public static let scotland = BankHolidayCalendar(
    id: "scotland", name: "Scotland", supportedYears: Scotland.years, rules: Scotland.rules,
    changes: Scotland.changes)

  /// The bank holidays of Northern Ireland as GOV.UK lists them.
  public static let northernIreland = BankHolidayCalendar(
    id: "northern-ireland", name: "Northern Ireland", supportedYears: NorthernIreland.years,
    rules: NorthernIreland.rules, changes: NorthernIreland.changes)

  enum Scotland {
    static let years = 2007...2199
    static let govuk = Provenance(.verified, [.govukBankHolidays, .bfda1971("Schedule 1 para 2")])
    static let rules: [BankHolidayRule] = [
      BankHolidayRule("New Year's Day", .fixed(month: 1, day: 1), substitutes: true, years: years, govuk),
      BankHolidayRule("2nd January", .fixed(month: 1, day: 2), substitutes: true, years: years, govuk),
      BankHolidayRule("Good Friday", .easter(offset: -2), years: years, govuk),
      BankHolidayRule("Early May bank holiday", .first(.monday, month: 5), years: years, govuk),
      BankHolidayRule("Spring bank holiday", .last(.monday, month: 5), years: years, govuk),
      BankHolidayRule("Summer bank holiday", .first(.monday, month: 8), years: years, govuk),
      BankHolidayRule("St Andrew's Day", .fixed(month: 11, day: 30), substitutes: true, years: years, govuk),
      BankHolidayRule("Christmas Day", .fixed(month: 12, day: 25), substitutes: true, years: years, govuk),
      BankHolidayRule("Boxing Day", .fixed(month: 12, day: 26), substitutes: true, years: years, govuk),
    ]
    static let changes: [BankHolidayChange] = EnglandAndWales.changes.filter { $0.year >= years.lowerBound }
  }

  enum NorthernIreland {
    static let years = 2007...2199
    static let govuk = Provenance(.verified, [.govukBankHolidays, .bfda1971("Schedule 1 para 3")])
    static let rules: [BankHolidayRule] = [
      BankHolidayRule("New Year's Day", .fixed(month: 1, day: 1), substitutes: true, years: years, govuk),
      BankHolidayRule("St Patrick's Day", .fixed(month: 3, day: 17), substitutes: true, years: years, govuk),
      BankHolidayRule("Good Friday", .easter(offset: -2), years: years, govuk),
      BankHolidayRule("Easter Monday", .easter(offset: 1), years: years, govuk),
      BankHolidayRule("Early May bank holiday", .first(.monday, month: 5), years: years, govuk),
      BankHolidayRule("Spring bank holiday", .last(.monday, month: 5), years: years, govuk),
      BankHolidayRule(
        "Battle of the Boyne (Orangemen's Day)", .fixed(month: 7, day: 12), substitutes: true, years: years,
        govuk),
      BankHolidayRule("Summer bank holiday", .last(.monday, month: 8), years: years, govuk),
      BankHolidayRule("Christmas Day", .fixed(month: 12, day: 25), substitutes: true, years: years, govuk),
      BankHolidayRule("Boxing Day", .fixed(month: 12, day: 26), substitutes: true, years: years, govuk),
    ]
    static let changes: [BankHolidayChange] = EnglandAndWales.changes.filter { $0.year >= years.lowerBound }
  }
}
