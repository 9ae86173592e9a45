// School terms as Lantern counts them for personal education plan reviews (statutory guidance: a PEP
// reviewed each school term): autumn 1 Sep–31 Dec, spring 1 Jan–31 Mar, summer 1 Apr–31 Jul; August is
// not a term. Real term dates vary by school; these keep the clock simple and the same for every LA.
import { daysFromCivil, yearOfDayNumber } from './day-number.ts';

/** The first day of the term that starts strictly after day `d`. */
export function nextTermStart(d: number): number {
  const year = yearOfDayNumber(d);
  const april = daysFromCivil(year, 4, 1);
  if (d < april) return april;
  const september = daysFromCivil(year, 9, 1);
  return d < september ? september : daysFromCivil(year + 1, 1, 1);
}

/** The last day of the term starting on `termStart`. */
export function termEnd(termStart: number): number {
  const year = yearOfDayNumber(termStart);
  if (termStart === daysFromCivil(year, 1, 1)) return daysFromCivil(year, 3, 31);
  if (termStart === daysFromCivil(year, 4, 1)) return daysFromCivil(year, 7, 31);
  return daysFromCivil(year, 12, 31);
}
