// What a record write is checked against, and how its problems are collected. The screens show one
// error per field (GOV.UK Design System, "Error message": one message for each question), so the first
// problem found for a field is the one kept: checks run most fundamental first (is it there, is it a
// known code, is it in the future, is it in order).
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import type { Calendar } from '../calendar/calendar.ts';
import type { CodeSet } from '../journey/code-sets.ts';
import { englandDateOf } from './england-date.ts';
import { formatDate, formatDateTime } from './format-date.ts';

/** field: the record's property name ('date', 'endDate', 'goals', ...), or '' for the whole record. */
export interface RecordProblem {
  field: string;
  message: string;
}

export interface RecordWrite {
  /** The child's journey before this write (for an edit, it still holds the old version of the record). */
  journey: Journey;
  recordType: JourneyRecordType;
  /** The proposed record, already valid against its TypeBox schema. */
  record: Record<string, unknown>;
  isNew: boolean;
  /** YYYY-MM-DD, England. */
  today: string;
  calendar: Calendar;
}

export class Problems {
  readonly list: RecordProblem[] = [];

  add(field: string, message: string): void {
    if (field !== '' && this.has(field)) return;
    this.list.push({ field, message });
  }

  has(field: string): boolean {
    return this.list.some((p) => p.field === field);
  }

  /** A thing that has happened cannot be dated after today (dates of date-times are England dates). */
  notFuture(field: string, value: string | null | undefined, what: string, today: string): void {
    if (value && englandDateOf(value) > today) this.add(field, `${what} must be today or in the past`);
  }

  /** value must be on or after bound (both dates or date-times, compared by England date). */
  notBefore(field: string, value: string | null | undefined, bound: string | null | undefined, message: string): void {
    if (value && bound && englandDateOf(value) < englandDateOf(bound)) this.add(field, message);
  }

  /** value must be on or before bound. */
  notAfter(field: string, value: string | null | undefined, bound: string | null | undefined, message: string): void {
    if (value && bound && englandDateOf(value) > englandDateOf(bound)) this.add(field, message);
  }

  /** A code must be one of its code set (schema only checks it is a short string). */
  inSet(field: string, code: string | null | undefined, set: CodeSet, message: string): void {
    if (code !== null && code !== undefined && !set.some(([c]) => c === code)) this.add(field, message);
  }
}

export const isBlank = (text: string | null | undefined): boolean => text === null || text === undefined || text.trim() === '';

/** '(3 March 2025)', or with the time for a date-time: for the "must be on or after …" messages. */
export const when = (value: string): string => `(${value.length === 10 ? formatDate(value) : formatDateTime(value)})`;

export interface WriteContext {
  journey: Journey;
  today: string;
  calendar: Calendar;
  isNew: boolean;
}

export function earliest(dates: readonly string[]): string | undefined {
  return dates.length ? dates.reduce((a, b) => (b < a ? b : a)) : undefined;
}

export function latest(dates: readonly string[]): string | undefined {
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
}
