// `lantern calendar`: the England-and-Wales practice calendar from the command line (PRACTICE.md §3). No
// database: the rules and proclamations are in code, and an LA's own one-offs can be given with
// --extra-holiday (the web app keeps them per LA).
import { createCalendar, type Calendar, type ExtraHoliday } from '../../practice/calendar/calendar.ts';
import { parseIsoDate } from '../../practice/calendar/day-number.ts';
import { FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR } from '../../practice/calendar/bank-holidays.ts';
import { parse, UsageError, type Command } from '../command.ts';

const SUBCOMMANDS = 'bank-holidays, add-working-days or working-days-between';

function date(value: string, what: string): string {
  try {
    parseIsoDate(value);
  } catch (error) {
    throw new UsageError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return value;
}

function wholeNumber(value: string, what: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${what} must be a whole number, got "${value}"`);
  return Number(value);
}

function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError(`YEAR must be a four-digit year, got "${value}"`);
  const n = Number(value);
  if (n < FIRST_BANK_HOLIDAY_YEAR || n > LAST_BANK_HOLIDAY_YEAR) {
    throw new UsageError(`YEAR must be between ${FIRST_BANK_HOLIDAY_YEAR} and ${LAST_BANK_HOLIDAY_YEAR}, got ${n}`);
  }
  return n;
}

function extraHolidays(raw: unknown): ExtraHoliday[] {
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values.map((value: unknown) => {
    const text = String(value);
    // --extra-holiday YYYY-MM-DD or YYYY-MM-DD=name
    const [day = '', ...rest] = text.split('=');
    return { date: date(day, '--extra-holiday'), name: rest.length > 0 ? rest.join('=') : 'local_extra' };
  });
}

function arity(positionals: string[], count: number, shape: string): void {
  if (positionals.length !== count) throw new UsageError(`expected ${shape}`);
}

// The practice code refuses bad input with a RangeError (a date outside 1990–2100, a weekend extra holiday):
// for the command line that is a bad argument, so it becomes a one-line UsageError.
function asUsage<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'England-and-Wales bank holidays and working-day arithmetic',
  usage: `lantern calendar bank-holidays YEAR
lantern calendar add-working-days DATE N
lantern calendar working-days-between FROM TO
              [--extra-holiday YYYY-MM-DD[=NAME]]...

bank-holidays          the England-and-Wales bank holidays in YEAR (1990–2100) as a JSON array of
                       { "date", "name" }, names as on GOV.UK
add-working-days       the Nth working day after DATE (DATE is day 0); a negative N counts back
                       (put -- before it: add-working-days -- 2025-01-08 -10)
working-days-between   the working days after FROM up to and including TO (negative if TO is before FROM)

A working day is not a Saturday, Sunday or bank holiday. --extra-holiday adds a local one-off bank holiday
(repeatable), as an LA administrator can in the web app. Dates are YYYY-MM-DD.`,
  async run(args) {
    const { values, positionals } = parse(args, { 'extra-holiday': { type: 'string', multiple: true } }, true);
    const [sub, ...rest] = positionals;
    if (sub === undefined) throw new UsageError(`expected a subcommand: ${SUBCOMMANDS}`);
    const extras = extraHolidays(values['extra-holiday']);
    const calendar: Calendar = asUsage(() => createCalendar(extras));
    switch (sub) {
      case 'bank-holidays': {
        arity(rest, 1, 'bank-holidays YEAR');
        const holidays = calendar.bankHolidays(year(rest[0] ?? ''));
        console.log(JSON.stringify(holidays.map((h) => ({ date: h.date, name: h.name })), null, 2));
        return 0;
      }
      case 'add-working-days': {
        arity(rest, 2, 'add-working-days DATE N');
        const from = date(rest[0] ?? '', 'DATE');
        const n = wholeNumber(rest[1] ?? '', 'N');
        console.log(asUsage(() => calendar.addWorkingDays(from, n)));
        return 0;
      }
      case 'working-days-between': {
        arity(rest, 2, 'working-days-between FROM TO');
        const from = date(rest[0] ?? '', 'FROM');
        const to = date(rest[1] ?? '', 'TO');
        console.log(asUsage(() => calendar.workingDaysBetween(from, to)));
        return 0;
      }
      default:
        throw new UsageError(`unknown subcommand "${sub}": expected ${SUBCOMMANDS}`);
    }
  },
};
