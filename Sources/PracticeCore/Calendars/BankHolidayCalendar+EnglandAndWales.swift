// England and Wales bank holidays: the Banking and Financial Dealings Act 1971 Schedule 1 para 1,
// the annual royal proclamations under s1(3) (New Year's Day, early May, substitute days), the
// common-law holidays (Good Friday, Christmas Day), and every one-off move and extra day.
// Research notes: shared/domain/law.md §10.

extension Source {
  /// Banking and Financial Dealings Act 1971 at `locator`; `path` is the legislation.gov.uk path
  /// after `ukpga/1971/80/`, for example `schedule/1/paragraph/1` (the default: the schedule).
  static func bfda1971(_ locator: String, path: String = "schedule/1") -> Source {
    Source(
      .statute, title: "Banking and Financial Dealings Act 1971", locator: locator,
      url: "https://www.legislation.gov.uk/ukpga/1971/80/" + path,
      publisher: "legislation.gov.uk")
  }

  /// BFDA 1971 Schedule 1 paragraph `n`: 1 England and Wales, 2 Scotland, 3 Northern Ireland.
  static func bfda1971Schedule1(paragraph n: Int) -> Source {
    bfda1971("Schedule 1 para \(n)", path: "schedule/1/paragraph/\(n)")
  }

  /// BFDA 1971 s1(3): the power to appoint a bank holiday by proclamation.
  static let bfda1971Proclamations = bfda1971("s1(3) (royal proclamation)", path: "section/1")

  /// A royal proclamation under BFDA 1971 s1(3) as published in The Gazette; `notice` is the
  /// notice number and `locator` says which days it appoints.
  static func gazetteProclamation(notice: String, _ locator: String) -> Source {
    Source(
      .proclamation, title: "Royal proclamation appointing bank holidays (The Gazette)",
      locator: locator, url: "https://www.thegazette.co.uk/notice/" + notice,
      publisher: "The Gazette")
  }

  /// The proclamation of 24 June 1998 (in pursuance of s1(3)).
  static let proclamation1998 = gazetteProclamation(
    notice: "L-55182-5SI",
    "24 June 1998: 28 December 1998, 1 January and 3 May 1999 in England, Wales and Northern "
      + "Ireland; 28 December 1998, 4 January and 31 May 1999 in Scotland")
  /// The proclamation for 2020.
  static let proclamation2020 = gazetteProclamation(
    notice: "3326938",
    "1 January and 8 May 2020 in England, Wales and Northern Ireland; 13 July 2020 in Northern "
      + "Ireland")
  /// The proclamation for 2023.
  static let proclamation2023 = gazetteProclamation(
    notice: "4115743",
    "2 January and 1 May 2023 in England, Wales and Northern Ireland; 12 July 2023 in Northern "
      + "Ireland")
  /// The proclamation for 2024.
  static let proclamation2024 = gazetteProclamation(
    notice: "4388378",
    "1 January and 6 May 2024 in England, Wales and Northern Ireland; 12 July 2024 in Northern "
      + "Ireland")
  /// The proclamation for 2025.
  static let proclamation2025 = gazetteProclamation(
    notice: "4631404",
    "1 January and 5 May 2025 in England, Wales and Northern Ireland; 14 July 2025 in Northern "
      + "Ireland")

  /// GOV.UK "UK bank holidays" (the published lists and their JSON feed).
  static let govukBankHolidays = Source(
    .guidance, title: "UK bank holidays",
    locator: "the published list for each division (bank-holidays.json)",
    url: "https://www.gov.uk/bank-holidays", publisher: "GOV.UK")

  /// python-holidays (vacanza/holidays), used as an independent cross-check.
  static let pythonHolidays = Source(
    .software, title: "python-holidays, holidays/countries/united_kingdom.py",
    url: "https://github.com/vacanza/holidays", publisher: "vacanza")

  /// workalendar, used as an independent cross-check.
  static let workalendar = Source(
    .software, title: "workalendar, workalendar/europe/united_kingdom.py",
    url: "https://github.com/workalendar/workalendar", publisher: "workalendar")
}

extension BankHolidayCalendar {
  /// The bank holidays of England and Wales, 1971–2199.
  ///
  /// Conventions and disagreements between sources (each tested):
  /// - New Year's Day is a bank holiday from 1974 (first proclaimed for 1 January 1974);
  ///   python-holidays starts it in 1975.
  /// - 14 November 1973 (Princess Anne's wedding) is included as an extra day; python-holidays
  ///   omits it.
  /// - The 1977 spring bank holiday moved to Monday 6 June (Hansard); python-holidays keeps 30 May.
  /// - 1971–2027 are as published or proclaimed; later years are projections of the standing rules.
  public static let englandAndWales = BankHolidayCalendar(
    id: "england-and-wales", name: "England and Wales", supportedYears: 1971...2199,
    rules: EnglandAndWales.rules, changes: EnglandAndWales.changes)

  enum EnglandAndWales {
    static let bfda = Provenance(
      .verified, [.bfda1971Schedule1(paragraph: 1), .govukBankHolidays])

    static let rules: [BankHolidayRule] = [
      // 1974 is the disputed first year (see above); from 1975 every source agrees.
      BankHolidayRule(
        "New Year's Day", .fixed(month: 1, day: 1), substitutes: true, years: 1974...1974,
        Provenance(
          .secondary, [.bfda1971Proclamations, .pythonHolidays],
          note: "First proclaimed for 1 January 1974 (ianvisits.co.uk, 40th anniversary article); "
            + "python-holidays starts in 1975. This library follows 1974.")),
      BankHolidayRule(
        "New Year's Day", .fixed(month: 1, day: 1), substitutes: true, years: 1975...9999,
        Provenance(
          .verified,
          [
            .proclamation2023, .proclamation2024, .bfda1971Proclamations, .govukBankHolidays,
            .pythonHolidays,
          ],
          note: "Not in Schedule 1: appointed each year by proclamation under s1(3) (2 January "
            + "2023, a Monday, in place of Sunday 1 January).")),
      BankHolidayRule(
        "Good Friday", .easter(offset: -2), years: 1971...9999,
        Provenance(
          .verified, [.govukBankHolidays, .pythonHolidays],
          note: "A common-law holiday in England and Wales, not a statutory bank holiday.")),
      BankHolidayRule("Easter Monday", .easter(offset: 1), years: 1971...9999, bfda),
      BankHolidayRule(
        "Early May bank holiday", .first(.monday, month: 5), years: 1978...9999,
        Provenance(
          .verified,
          [
            .proclamation2024, .proclamation2025, .bfda1971Proclamations, .govukBankHolidays,
            .pythonHolidays,
          ],
          note: "Not in Schedule 1: appointed each year by proclamation under s1(3), since 1978.")),
      BankHolidayRule("Spring bank holiday", .last(.monday, month: 5), years: 1971...9999, bfda),
      BankHolidayRule("Summer bank holiday", .last(.monday, month: 8), years: 1971...9999, bfda),
      BankHolidayRule(
        "Christmas Day", .fixed(month: 12, day: 25), substitutes: true, years: 1971...9999,
        Provenance(
          .verified, [.govukBankHolidays],
          note: "A common-law holiday, not in BFDA 1971 Schedule 1; the substitute day when it "
            + "falls on a weekend is as in GOV.UK's lists (2016, 2021, 2022).")),
      BankHolidayRule(
        "Boxing Day", .fixed(month: 12, day: 26), substitutes: true, years: 1971...9999,
        Provenance(
          .verified, [.bfda1971Schedule1(paragraph: 1), .proclamation1998, .govukBankHolidays],
          note: "Schedule 1 para 1: 26 December if not a Sunday, 27 December when 25 or 26 "
            + "December is a Sunday; a Saturday's substitute is by proclamation (Monday 28 "
            + "December 1998).")),
    ]

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
      CalendarDay(unchecked: CalendarDay.daysFromCivil(year: year, month: month, day: day))
    }

    static let secondaryOnly = Provenance(
      .secondary, [.pythonHolidays, .workalendar],
      note: "Neither the proclamation nor a Government announcement in Hansard was found in the "
        + "public texts reachable here; the two calendar libraries agree.")

    /// The Prime Minister's written answer announcing the 2002 Golden Jubilee days.
    static let goldenJubilee = Provenance(
      .verified,
      [
        Source(
          .parliamentaryRecord, title: "Hansard (Commons), Written Answers, 23 November 2000",
          locator: "vol 357 cc294-5W, Her Majesty the Queen",
          url:
            "https://api.parliament.uk/historic-hansard/written_answers/2000/nov/23/her-majesty-the-queen"
        ),
        .pythonHolidays, .workalendar,
      ],
      note: "\"Tuesday 4 June 2002 ... will be a Bank Holiday in place of the Spring Bank "
        + "Holiday, which would otherwise fall on 27 May ... Monday 3 June, will be an additional "
        + "Bank Holiday for the Golden Jubilee.\"")

    static let changes: [BankHolidayChange] = [
      BankHolidayChange(
        .extra(name: "Wedding of Princess Anne and Mark Phillips", on: day(1973, 11, 14)),
        Provenance(
          .secondary,
          [.workalendar, Source(.secondary, title: "BBC On This Day, 14 November 1973")],
          note: "Absent from python-holidays.")),
      BankHolidayChange(
        .move(holiday: "Spring bank holiday", to: day(1977, 6, 6)),
        Provenance(
          .verified,
          [
            Source(
              .parliamentaryRecord, title: "Hansard, Written Answers, 19 January 1977",
              locator: "vol 924 cc191-3W")
          ],
          note: "python-holidays keeps 30 May 1977.")),
      BankHolidayChange(
        .extra(name: "Silver Jubilee of Elizabeth II", on: day(1977, 6, 7)),
        Provenance(
          .verified,
          [
            Source(
              .parliamentaryRecord, title: "Hansard, Written Answers, 19 January 1977",
              locator: "vol 924 cc191-3W")
          ])),
      BankHolidayChange(
        .extra(name: "Wedding of Charles and Diana", on: day(1981, 7, 29)), secondaryOnly),
      BankHolidayChange(
        .move(holiday: "Early May bank holiday", to: day(1995, 5, 8)),
        Provenance(
          .verified,
          [
            Source(
              .parliamentaryRecord, title: "Hansard (Lords), Written Answers, 16 December 1993",
              locator: "vol 550 cc135-6WA, Early May Bank Holiday",
              url:
                "https://api.parliament.uk/historic-hansard/written_answers/1993/dec/16/early-may-bank-holiday"
            ),
            .pythonHolidays,
          ],
          note: "\"For 1995 only, the holiday will be held in England, Wales and Northern Ireland "
            + "on the second Monday in May\" (VE Day 50th anniversary); workalendar keeps 1 May "
            + "1995.")),
      BankHolidayChange(
        .extra(name: "Millennium Celebrations", on: day(1999, 12, 31)),
        Provenance(
          .verified,
          [
            Source(
              .parliamentaryRecord,
              title: "House of Commons Culture, Media and Sport Committee, Fourth Report "
                + "(1997-98), HC 818",
              locator: "para 19",
              url: "https://publications.parliament.uk/pa/cm199798/cmselect/cmcumeds/818/81804.htm"),
            .pythonHolidays, .workalendar,
          ],
          note: "The committee records that \"the Government has decided to make Friday 31 "
            + "December 1999 a Bank Holiday\"; the proclamation itself was not found.")),
      BankHolidayChange(
        .move(holiday: "Spring bank holiday", to: day(2002, 6, 4)), goldenJubilee),
      BankHolidayChange(
        .extra(name: "Golden Jubilee of Elizabeth II", on: day(2002, 6, 3)), goldenJubilee),
      BankHolidayChange(
        .extra(name: "Wedding of William and Catherine", on: day(2011, 4, 29)), secondaryOnly),
      BankHolidayChange(
        .move(holiday: "Spring bank holiday", to: day(2012, 6, 4)),
        Provenance(.verified, [.govukBankHolidays])),
      BankHolidayChange(
        .extra(name: "Queen's Diamond Jubilee", on: day(2012, 6, 5)),
        Provenance(.verified, [.govukBankHolidays])),
      BankHolidayChange(
        .move(holiday: "Early May bank holiday", to: day(2020, 5, 8)),
        Provenance(
          .verified, [.proclamation2020, .govukBankHolidays], note: "VE Day 75th anniversary.")),
      BankHolidayChange(
        .move(holiday: "Spring bank holiday", to: day(2022, 6, 2)),
        Provenance(.verified, [.govukBankHolidays])),
      BankHolidayChange(
        .extra(name: "Platinum Jubilee bank holiday", on: day(2022, 6, 3)),
        Provenance(.verified, [.govukBankHolidays])),
      BankHolidayChange(
        .extra(
          name: "Bank Holiday for the State Funeral of Queen Elizabeth II", on: day(2022, 9, 19)),
        Provenance(
          .verified,
          [
            .gazetteProclamation(
              notice: "4158896", "19 September 2022 in England, Wales and Northern Ireland"),
            .govukBankHolidays,
          ])),
      BankHolidayChange(
        .extra(name: "Bank holiday for the coronation of King Charles III", on: day(2023, 5, 8)),
        Provenance(.verified, [.govukBankHolidays])),
    ]
  }
}
