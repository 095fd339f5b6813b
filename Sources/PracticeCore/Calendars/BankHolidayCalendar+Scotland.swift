// Scotland and Northern Ireland bank holidays as GOV.UK publishes them (its `scotland` and
// `northern-ireland` divisions), from the Banking and Financial Dealings Act 1971 Schedule 1
// paras 2 and 3, the St Andrew's Day Bank Holiday (Scotland) Act 2007 and annual proclamations.
// Both start in 2007, the first year of St Andrew's Day, so that every year shipped is one the
// cross-checks cover: GOV.UK 2024–2027 and python-holidays 2007–2100 (see the tests).

extension BankHolidayCalendar {
  /// The bank holidays of Scotland as GOV.UK lists them, 2007–2199.
  ///
  /// Easter Monday is not a bank holiday in Scotland; 2 January and St Andrew's Day are, and the
  /// summer bank holiday is the first Monday in August. The one-off UK-wide days since 2007 apply,
  /// and so does the Scotland-only day for the 2026 FIFA World Cup (15 June 2026).
  public static let scotland = BankHolidayCalendar(
    id: "scotland", name: "Scotland", supportedYears: Scotland.years, rules: Scotland.rules,
    changes: Scotland.changes)

  /// The bank holidays of Northern Ireland as GOV.UK lists them, 2007–2199: England and Wales's
  /// holidays plus St Patrick's Day and the Battle of the Boyne (12 July), each with a substitute
  /// weekday.
  public static let northernIreland = BankHolidayCalendar(
    id: "northern-ireland", name: "Northern Ireland", supportedYears: NorthernIreland.years,
    rules: NorthernIreland.rules, changes: NorthernIreland.changes)

  enum Scotland {
    static let years = 2007...2199
    /// In Schedule 1 para 2 (a Saturday's substitute is by proclamation, as for 2 January 1999).
    static let statutory = Provenance(
      .verified, [.govukBankHolidays, .bfda1971Schedule1(paragraph: 2), .proclamation1998],
      note: "In Schedule 1 para 2 (a Sunday moves to the Monday); a Saturday's substitute is by "
        + "proclamation (Monday 4 January 1999 for Saturday 2 January).")
    /// Not in Schedule 1 para 2: appointed each year by proclamation under s1(3).
    static let proclaimed = Provenance(
      .verified, [.govukBankHolidays, .proclamation1998, .bfda1971Proclamations],
      note: "Not in Schedule 1 para 2: appointed each year by proclamation under s1(3), as the "
        + "1998 proclamation appointed 31 May 1999 and 28 December 1998 in Scotland.")
    static let rules: [BankHolidayRule] = [
      BankHolidayRule(
        "New Year's Day", .fixed(month: 1, day: 1), substitutes: true, years: years, statutory),
      BankHolidayRule(
        "2nd January", .fixed(month: 1, day: 2), substitutes: true, years: years, statutory),
      BankHolidayRule("Good Friday", .easter(offset: -2), years: years, statutory),
      BankHolidayRule(
        "Early May bank holiday", .first(.monday, month: 5), years: years, statutory),
      BankHolidayRule("Spring bank holiday", .last(.monday, month: 5), years: years, proclaimed),
      BankHolidayRule("Summer bank holiday", .first(.monday, month: 8), years: years, statutory),
      BankHolidayRule(
        "St Andrew's Day", .fixed(month: 11, day: 30), substitutes: true, years: years,
        Provenance(
          .verified,
          [
            Source(
              .statute, title: "St Andrew's Day Bank Holiday (Scotland) Act 2007", locator: "s1",
              url: "https://www.legislation.gov.uk/asp/2007/2", publisher: "legislation.gov.uk"),
            .govukBankHolidays,
          ],
          note: "At a weekend, the following Monday. python-holidays starts it in 2006; the Act "
            + "received Royal Assent in January 2007.")),
      BankHolidayRule(
        "Christmas Day", .fixed(month: 12, day: 25), substitutes: true, years: years, statutory),
      BankHolidayRule(
        "Boxing Day", .fixed(month: 12, day: 26), substitutes: true, years: years, proclaimed),
    ]
    static let changes: [BankHolidayChange] =
      EnglandAndWales.changes.filter { $0.year >= years.lowerBound } + [
        BankHolidayChange(
          .extra(
            name: "Bank holiday for Scotland's participation in the FIFA World Cup",
            on: EnglandAndWales.day(2026, 6, 15)),
          Provenance(
            .verified,
            [
              Source(
                .proclamation, title: "Scotland Bank Holiday Proclamation, 4 February 2026",
                locator: "under s1(3) of the Banking and Financial Dealings Act 1971",
                url:
                  "https://privycouncil.independent.gov.uk/wp-content/uploads/2026/02/Scotland-Bank-Holiday-Proclamation.pdf",
                publisher: "Privy Council Office"),
              .pythonHolidays,
            ],
            note: "Scotland only. Announced after GOV.UK's 2019–2027 feed snapshot kept in this "
              + "project's research data was taken."))
      ]
  }

  enum NorthernIreland {
    static let years = 2007...2199
    /// In Schedule 1 para 3.
    static let statutory = Provenance(
      .verified, [.govukBankHolidays, .bfda1971Schedule1(paragraph: 3)])
    /// Not in Schedule 1 para 3: appointed each year by proclamation under s1(3).
    static let proclaimed = Provenance(
      .verified,
      [.govukBankHolidays, .proclamation2024, .proclamation2025, .bfda1971Proclamations],
      note: "Not in Schedule 1 para 3: appointed each year by proclamation under s1(3).")
    /// Common-law holidays, as in England and Wales.
    static let commonLaw = Provenance(
      .verified, [.govukBankHolidays],
      note: "A common-law holiday, not in BFDA 1971 Schedule 1 para 3.")
    static let rules: [BankHolidayRule] = [
      BankHolidayRule(
        "New Year's Day", .fixed(month: 1, day: 1), substitutes: true, years: years, proclaimed),
      BankHolidayRule(
        "St Patrick's Day", .fixed(month: 3, day: 17), substitutes: true, years: years, statutory),
      BankHolidayRule("Good Friday", .easter(offset: -2), years: years, commonLaw),
      BankHolidayRule("Easter Monday", .easter(offset: 1), years: years, statutory),
      BankHolidayRule(
        "Early May bank holiday", .first(.monday, month: 5), years: years, proclaimed),
      BankHolidayRule("Spring bank holiday", .last(.monday, month: 5), years: years, statutory),
      BankHolidayRule(
        "Battle of the Boyne (Orangemen's Day)", .fixed(month: 7, day: 12), substitutes: true,
        years: years,
        Provenance(
          .verified,
          [
            .govukBankHolidays, .proclamation2020, .proclamation2024, .proclamation2025,
            .bfda1971Proclamations,
          ],
          note: "Not in Schedule 1 para 3: appointed each year by proclamation, on 12 July or "
            + "the following Monday (Monday 13 July 2020, Friday 12 July 2024, Monday 14 July "
            + "2025).")),
      BankHolidayRule("Summer bank holiday", .last(.monday, month: 8), years: years, statutory),
      BankHolidayRule(
        "Christmas Day", .fixed(month: 12, day: 25), substitutes: true, years: years, commonLaw),
      BankHolidayRule(
        "Boxing Day", .fixed(month: 12, day: 26), substitutes: true, years: years, statutory),
    ]
    static let changes: [BankHolidayChange] = EnglandAndWales.changes.filter {
      $0.year >= years.lowerBound
    }
  }
}
