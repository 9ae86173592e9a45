// What a returns rule is: a DfE rule code and a check over one child's return record (the CIN census
// record or the SSDA903 rows) that says where the rule is broken. Where a rule is broken is said in the
// return's terms (which episode, which plan, by its date); check-child.ts turns that into the Lantern
// record to fix.
import type { ReturnName } from './catalogue.ts';

/** The collection year as at the day of checking: 1 April to the as-at date (later records are not yet real). */
export interface RulesYear {
  start: string;
  end: string;
}

/** The kinds of Lantern record a broken rule can point at, with the date that identifies it in the return. */
export type RefKind =
  | 'child' | 'referral' | 'assessment' | 'cinPlan' | 's47' | 'conference' | 'cpPlan' | 'cpReview'
  | 'episode' | 'claReview' | 'missing' | 'careLeaver' | 'adoption' | 'allocation' | 'healthCheck';

export interface Hit {
  /** In the return's terms, for a person: "episode starting 15/01/2025". */
  where: string;
  ref?: { kind: RefKind; date?: string | null };
}

export interface ReturnsRule<R> {
  code: string;
  return: ReturnName;
  /** One line for the docs: what Lantern checks (the DfE message is in the catalogue). */
  check(record: R, year: RulesYear): Hit[];
}

/** A real calendar date in ISO form. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const dmyCache = new Map<string, string | null>();

/** dd/mm/yyyy (the 903 format) to ISO, or null when it is not a real date (remembered: the same dates recur). */
export function isoOfDmy(value: string | null | undefined): string | null {
  if (!value) return null;
  const known = dmyCache.get(value);
  if (known !== undefined) return known;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : null;
  const result = iso && isIsoDate(iso) ? iso : null;
  if (dmyCache.size < 100_000) dmyCache.set(value, result);
  return result;
}

/** Days from a to b (ISO dates). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Whole years of age on a day (a birthday counts on the day). */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Saturday or Sunday. */
export const isWeekend = (iso: string): boolean => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
