// Putting what a return file says about a child into the child's journey: each imported record is
// matched to a stored record of the same type by its natural key (the fields in `match`), then its
// fields are set, so importing the same file twice changes nothing, and importing Lantern's own export
// gives the records back rather than copies of them. Defaults fill only new records; a stored record's
// other fields (written by a worker, or by another file) are kept. Pure: the caller checks the result
// with parseJourney and stores it.
import { isDeepStrictEqual } from 'node:util';
import type { ImportedRecord, Rejection } from '../../returns/import-batch.ts';
import { isJourneySingleType, type JourneyRecordType } from './record-types.ts';

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

function findRecord(journey: Record<string, unknown>, recordType: JourneyRecordType, match: Record<string, unknown>): Record<string, unknown> | undefined {
  const held = journey[recordType];
  if (isJourneySingleType(recordType)) return held && typeof held === 'object' ? (held as Record<string, unknown>) : undefined;
  return Array.isArray(held) ? (held as Record<string, unknown>[]).find((r) => matches(r, match)) : undefined;
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
      const target = findRecord(doc, ref.recordType, ref.match);
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
    const found = list.filter((r) => matches(r, match));
    if (found.length > 1) {
      rejected.push({ ...source, field: Object.keys(match)[0] ?? null, reason: `matches ${found.length} ${recordType} records already held for this child; correct them in Lantern first` });
      continue;
    }
    const stored = found[0];
    if (!stored) {
      const record = { id: newId(recordType), ...imported.defaults, ...fields };
      list.push(record);
      applied.push({ recordType, recordKey: String(record.id), outcome: 'created', record, source });
      continue;
    }
    const next = { ...stored, ...fields };
    const outcome: RecordOutcome = isDeepStrictEqual(stored, next) ? 'unchanged' : 'updated';
    list[list.indexOf(stored)] = next;
    applied.push({ recordType, recordKey: String(next.id ?? ''), outcome, record: next, source });
  }
  return { journey: doc, records: applied, rejected };
}
