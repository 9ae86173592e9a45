// One-off changes to the England-and-Wales bank holidays, made by royal proclamation under the Banking and
// Financial Dealings Act 1971 s.1(2)–(3) and published in The London Gazette. The regular rules are in
// bank-holidays.ts; this table is applied on top of them. PRACTICE.md §3 lists exactly these:
//   "2020 early May moved to Fri 8 May; 2022 spring moved to Thu 2 Jun plus Fri 3 Jun, and Mon 19 Sep added;
//    2023 Mon 8 May added. Earlier ones: 1995 early May moved to Mon 8 May; Fri 31 Dec 1999; 2002 spring moved
//    to Tue 4 Jun plus Mon 3 Jun; Fri 29 Apr 2011; 2012 spring moved to Mon 4 Jun plus Tue 5 Jun."
//
// Names are GOV.UK's slugs (alphagov/frontend lib/data/bank-holidays.json, the source of
// shared/standards/bank-holidays/uk-bank-holidays-2019-2028.json) for 2020–2023. GOV.UK's data does not go
// back before 2012 in this form, so the earlier names are ours in the same style; a holiday that was only
// moved keeps its usual name ("spring"), as GOV.UK does for 2 June 2022, except that GOV.UK calls the
// VE-Day early-May move "early_may_ve", which we also use for 1995 (moved for the 50th anniversary of VE Day).
//
// A new proclamation (the 2022 state funeral came eleven days before) does not need a release: an LA
// administrator adds it as a local extra holiday (calendar.ts, createCalendar). Add it here too afterwards.

export interface OneOffBankHoliday {
  /** The day that is a bank holiday by proclamation. */
  readonly date: string;
  /** GOV.UK-style slug. */
  readonly name: string;
  /** The rule date that stops being a bank holiday because this one replaces it, or null if added. */
  readonly replaces: string | null;
  /** Why, for people reading the table. */
  readonly reason: string;
}

export const ONE_OFF_BANK_HOLIDAYS: readonly OneOffBankHoliday[] = [
  { date: '1995-05-08', name: 'early_may_ve', replaces: '1995-05-01', reason: 'early May moved for the 50th anniversary of VE Day' },
  { date: '1999-12-31', name: 'millennium', replaces: null, reason: 'the millennium' },
  { date: '2002-06-03', name: 'queen_golden_jubilee', replaces: null, reason: 'Queen Elizabeth II’s golden jubilee' },
  { date: '2002-06-04', name: 'spring', replaces: '2002-05-27', reason: 'spring moved for the golden jubilee' },
  { date: '2011-04-29', name: 'royal_wedding', replaces: null, reason: 'wedding of Prince William and Catherine Middleton' },
  { date: '2012-06-04', name: 'spring', replaces: '2012-05-28', reason: 'spring moved for the diamond jubilee' },
  { date: '2012-06-05', name: 'queen_diamond_jubilee', replaces: null, reason: 'Queen Elizabeth II’s diamond jubilee' },
  { date: '2020-05-08', name: 'early_may_ve', replaces: '2020-05-04', reason: 'early May moved for the 75th anniversary of VE Day' },
  { date: '2022-06-02', name: 'spring', replaces: '2022-05-30', reason: 'spring moved for the platinum jubilee' },
  { date: '2022-06-03', name: 'queen_platinum', replaces: null, reason: 'Queen Elizabeth II’s platinum jubilee' },
  { date: '2022-09-19', name: 'queens_bank_holiday', replaces: null, reason: 'state funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'kings_coronation', replaces: null, reason: 'coronation of King Charles III' },
];

export function oneOffsInYear(year: number): readonly OneOffBankHoliday[] {
  const prefix = `${year}-`;
  return ONE_OFF_BANK_HOLIDAYS.filter((o) => o.date.startsWith(prefix));
}
