extension Source {
  /// Dodds v Walker [1981] 1 WLR 1027 (HL): the corresponding-date rule for calendar months.
  static let doddsVWalker = Source(
    .caseLaw, title: "Dodds v Walker [1981] 1 WLR 1027 (HL)",
    locator: "Lord Diplock; [1981] UKHL J0618-1",
    url: "https://vlex.co.uk/vid/dodds-v-walker-793845349", publisher: "House of Lords",
    date: CalendarDay(unchecked: CalendarDay.daysFromCivil(year: 1981, month: 6, day: 18)))

  /// Interpretation Act 1978, Schedule 1: "month" means calendar month.
  static let interpretationAct1978 = Source(
    .statute, title: "Interpretation Act 1978", locator: "Schedule 1, \"Month\"",
    url: "https://www.legislation.gov.uk/ukpga/1978/30/schedule/1", publisher: "legislation.gov.uk")
}

extension Period {
  /// The counting rules ``Period`` applies, each with its source and verification.
  public static let countingRules: [Fact] = [
    Fact(
      id: "core.period.after-excludes-event-day",
      statement: "A period after (or of, or from) an event excludes the event's day.",
      provenance: Provenance(
        .verified, [.doddsVWalker],
        note:
          "The rule applied since Lester v Garland (1808) 15 Ves Jun 248, restated by Lord Diplock."
      )),
    Fact(
      id: "core.period.months-corresponding-date",
      statement:
        "A period of months after a day ends on the corresponding date of the later month, "
        + "or on its last day when the month is too short.",
      provenance: Provenance(.verified, [.doddsVWalker, .interpretationAct1978])),
    Fact(
      id: "core.period.beginning-with-includes-event-day",
      statement:
        "A period beginning with a day counts that day as the first day: 26 weeks beginning "
        + "with day D ends on D + 181 days.",
      provenance: Provenance(
        .secondary,
        [
          Source(
            .statute, title: "Children Act 1989", locator: "s32(1)(a)(ii)",
            url: "https://www.legislation.gov.uk/ukpga/1989/41/section/32",
            publisher: "legislation.gov.uk")
        ],
        note: "The statute's wording; the inclusive reading is the courts' settled construction "
          + "(Zoan v Rouamba [2000] 1 WLR 1509, not checked against the judgment here).")),
    Fact(
      id: "core.period.months-beginning-with",
      statement: "A period of months beginning with a day ends the day before the corresponding "
        + "date, or on the last day of the month when there is no corresponding date.",
      provenance: Provenance(
        .secondary, [.doddsVWalker],
        note: "This library's convention, derived from the two rules above; no judgment on the "
          + "31-January case was found.")),
  ]
}
