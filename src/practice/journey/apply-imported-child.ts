// Putting what a return file says about a child into the child's journey: each imported record is
// matched to a stored record of the same type by its natural key (the fields in `match`, or the record in
// force on a day for one that began before the file, or the latest or nth within a window of days for a
// return that gives less than the day), then its fields are set, so importing the same file
// twice changes nothing, and importing Lantern's own export gives the records back rather than copies of
// them. Defaults fill only new records; a stored record's
// other fields (written by a worker, or by another file) are kept. Pure: the caller checks the result
// with parseJourney and stores it.
import { isDeepStrictEqual } from 'node:util';
import type { ImportedRecord, Rejection } from '../../returns/import-batch.ts';
import { isJourneySingleType, type JourneyRecordType } from './record-types.ts';
import { chronologicalKey, englandDateOf } from '../casework/england-date.ts';

export type RecordOutcome = 'created' | 'updated' | 'unchanged';

export interface AppliedRecord {
  recordType: JourneyRecordType;
  /** The record's id within the journey (single types: the type's name). */
  recordKey: string;
  outcome: RecordOutcome;
  record: Record<string, unknown>;
  source: ImportedRecord['source'];
}

export interface AppliedChild {
  /** The journey document with the imported records in place (not yet checked). */
  journey: Record<string, unknown>;
  records: AppliedRecord[];
  rejected: Rejection[];
}

const matches = (record: Record<string, unknown>, match: Record<string, unknown>): boolean =>
  Object.entries(match).every(([field, value]) => isDeepStrictEqual(record[field] ?? null, value ?? null));

/**
 * The records in force on `day` (ImportedRecord.inForceOn): started on or before it and not ended before
 * it; those still open after the day come before one ending on it (the day one placement ends and the
 * next begins, the next is the one in force), as the SSDA903 episodes are built (returns/ssda903/episodes.ts).
 */
function inForce(list: readonly Record<string, unknown>[], day: string): Record<string, unknown>[] {
  const started = list.filter((r) => typeof r.startDate === 'string' && r.startDate <= day);
  const open = started.filter((r) => r.endDate == null || (r.endDate as string) > day);
  return open.length ? open : started.filter((r) => r.endDate === day);
}

type Within = NonNullable<ImportedRecord['matchWithin']>;

/** The day a date or date-time field falls on in England, or null when it holds neither. */
const dayOf = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? englandDateOf(value) : null);

/** Those matching `match` whose `within.field` falls on a day up to `within.to` (from `from` when `inWindow`), in time order (ties: as held). */
function byDay(list: readonly Record<string, unknown>[], match: Record<string, unknown>, within: Within, inWindow: boolean): Record<string, unknown>[] {
  const dated = list.flatMap((r) => {
    const day = matches(r, match) ? dayOf(r[within.field]) : null;
    if (day === null || day > within.to || (inWindow && within.from !== undefined && day < within.from) || (!inWindow && (within.from === undefined || day >= within.from))) return [];
    return [{ r, key: chronologicalKey(r[within.field] as string) }];
  });
  return dated.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ r }) => r);
}

/** ImportedRecord.matchWithin: the nth (or the latest) in the window, as a list of one or none. */
function within(list: readonly Record<string, unknown>[], match: Record<string, unknown>, window: Within): Record<string, unknown>[] {
  const found = byDay(list, match, window, true);
  const one = window.nth === undefined ? found.at(-1) : found[window.nth];
  return one ? [one] : [];
}

function candidates(list: readonly Record<string, unknown>[], imported: Pick<ImportedRecord, 'match' | 'inForceOn' | 'matchWithin'>): Record<string, unknown>[] {
  if (imported.matchWithin) return within(list, imported.match, imported.matchWithin);
  return imported.inForceOn === undefined ? list.filter((r) => matches(r, imported.match)) : inForce(list, imported.inForceOn);
}

/** ImportedRecord.dayOnly: the fields to write, leaving out a day-only value on the day the stored one is already on. */
function withoutSameDay(stored: Record<string, unknown>, fields: Record<string, unknown>, dayOnly: readonly string[] | undefined): Record<string, unknown> {
  if (!dayOnly?.length) return fields;
  return Object.fromEntries(Object.entries(fields).filter(([field, value]) => !(dayOnly.includes(field) && dayOf(value) !== null && dayOf(value) === dayOf(stored[field]))));
}

function findRecord(journey: Record<string, unknown>, recordType: JourneyRecordType, match: Record<string, unknown>, inForceOn?: string): Record<string, unknown> | undefined {
  const held = journey[recordType];
  if (isJourneySingleType(recordType)) return held && typeof held === 'object' ? (held as Record<string, unknown>) : undefined;
  return Array.isArray(held) ? candidates(held as Record<string, unknown>[], { match, inForceOn })[0] : undefined;
}

/**
 * Applies a child's imported records, in order, to a copy of their journey document. `newId` makes the
 * id of a new list record. A record whose reference cannot be resolved, or whose match is ambiguous
 * (two stored records share the natural key), is rejected with its source place and left out.
 */
export function applyImportedRecords(
  journey: Record<string, unknown>,
  records: readonly ImportedRecord[],
  newId: (recordType: JourneyRecordType) => string,
): AppliedChild {
  const doc: Record<string, unknown> = structuredClone(journey);
  const applied: AppliedRecord[] = [];
  const rejected: Rejection[] = [];
  for (const imported of records) {
    const { recordType, match, source } = imported;
    const resolved: Record<string, unknown> = {};
    let unresolved: string | null = null;
    for (const [field, ref] of Object.entries(imported.refs ?? {})) {
      const target = findRecord(doc, ref.recordType, ref.match, ref.inForceOn);
      const id = isJourneySingleType(ref.recordType) ? ref.recordType : target?.id;
      if (!target || typeof id !== 'string') {
        unresolved = field;
        break;
      }
      resolved[field] = id;
    }
    if (unresolved) {
      rejected.push({ ...source, field: unresolved, reason: `refers to a ${imported.refs![unresolved]!.recordType} record that is not in the files or stored` });
      continue;
    }
    // A field given as undefined is not in the file (a reader's optional column absent): it sets nothing.
    const fields = Object.fromEntries(Object.entries({ ...imported.fields, ...resolved }).filter(([, v]) => v !== undefined));
    if (isJourneySingleType(recordType)) {
      const stored = findRecord(doc, recordType, {});
      const next = { ...(stored ?? imported.defaults ?? {}), ...fields };
      doc[recordType] = next;
      applied.push({ recordType, recordKey: recordType, outcome: !stored ? 'created' : isDeepStrictEqual(stored, next) ? 'unchanged' : 'updated', record: next, source });
      continue;
    }
    const list = Array.isArray(doc[recordType]) ? (doc[recordType] as Record<string, unknown>[]) : (doc[recordType] = []) as Record<string, unknown>[];
    const found = candidates(list, imported);
    if (found.length > 1) {
      const field = imported.inForceOn === undefined ? Object.keys(match)[0] ?? null : 'startDate';
      const what = imported.inForceOn === undefined ? 'matches' : `on ${imported.inForceOn} finds`;
      rejected.push({ ...source, field, reason: `${what} ${found.length} ${recordType} records already held for this child; correct them in Lantern first` });
      continue;
    }
    let stored = found[0];
    if (!stored && imported.matchWithin?.orEarlierIfSame) {
      // The latest before the window already says what the file says: it stands for the file's record.
      const earlier = byDay(list, match, imported.matchWithin, false).at(-1);
      if (earlier && isDeepStrictEqual(earlier, { ...earlier, ...withoutSameDay(earlier, fields, imported.dayOnly) })) stored = earlier;
    }
    if (!stored) {
      const record = { id: newId(recordType), ...imported.defaults, ...fields };
      list.push(record);
      applied.push({ recordType, recordKey: String(record.id), outcome: 'created', record, source });
      continue;
    }
    const next = { ...stored, ...withoutSameDay(stored, fields, imported.dayOnly) };
    const outcome: RecordOutcome = isDeepStrictEqual(stored, next) ? 'unchanged' : 'updated';
    list[list.indexOf(stored)] = next;
    applied.push({ recordType, recordKey: String(next.id ?? ''), outcome, record: next, source });
  }
  return { journey: doc, records: applied, rejected };
}
