// School terms as Lantern counts them for personal education plan reviews (statutory guidance: a PEP
// reviewed each school term). The LA sets its own term dates as a local standard (clocks/types.ts
// SchoolTermDates: the days of the year the spring, summer and autumn terms start and the summer term
// ends); the default is spring 1 Jan–31 Mar, summer 1 Apr–31 Jul, autumn 1 Sep–31 Dec. The summer
// holiday is not a term. Real term dates vary by school; one set per LA keeps the clock explainable.
import { daysFromCivil, yearOfDayNumber } from './day-number.ts';
import { DEFAULT_SCHOOL_TERMS, type SchoolTermDates } from '../clocks/types.ts';

const dayIn = (year: number, monthDay: string): number => daysFromCivil(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5)));

/** The first day of the term that starts strictly after day `d`. */
export function nextTermStart(d: number, terms: SchoolTermDates = DEFAULT_SCHOOL_TERMS): number {
  const year = yearOfDayNumber(d);
  const spring = dayIn(year, terms.springStart);
  if (d < spring) return spring;
  const summer = dayIn(year, terms.summerStart);
  if (d < summer) return summer;
  const autumn = dayIn(year, terms.autumnStart);
  return d < autumn ? autumn : dayIn(year + 1, terms.springStart);
}

/** The last day of the term starting on `termStart`. */
export function termEnd(termStart: number, terms: SchoolTermDates = DEFAULT_SCHOOL_TERMS): number {
  const year = yearOfDayNumber(termStart);
  if (termStart === dayIn(year, terms.springStart)) return dayIn(year, terms.summerStart) - 1;
  if (termStart === dayIn(year, terms.summerStart)) return dayIn(year, terms.summerEnd);
  // Autumn: to the day before the spring term starts (31 December by default).
  return dayIn(year + 1, terms.springStart) - 1;
}
