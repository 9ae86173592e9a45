// A child's journey in storage: one journey_record row per record, assembled into the Journey document
// the clock engine reads. Loading is batched (many children per query) for rebuilds.
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { JOURNEY_LIST_TYPES, JOURNEY_SINGLE_TYPES, isJourneyListType, isJourneySingleType, type JourneyRecordType } from '../../practice/journey/record-types.ts';
import type { Tx } from '../tenant.ts';
import { bulkInsert } from '../bulk-insert.ts';

export interface StoredRecord {
  /** The storage row's id. */
  id: string;
  /** The record's id within the journey (what clock instances refer to). */
  recordKey: string;
  recordType: JourneyRecordType;
  data: Record<string, unknown>;
}

/** Splits a journey into rows; records without an id of their own (legal statuses, singles) are keyed by their row id. */
export function recordsOfJourney(journey: Journey, newId: () => string): StoredRecord[] {
  const rows: StoredRecord[] = [];
  for (const type of JOURNEY_LIST_TYPES) {
    for (const record of journey[type] ?? []) {
      const data: Record<string, unknown> = { ...record };
      const id = newId();
      rows.push({ id, recordKey: typeof data.id === 'string' ? data.id : id, recordType: type, data });
    }
  }
  for (const type of JOURNEY_SINGLE_TYPES) {
    const record = journey[type];
    if (record) rows.push({ id: newId(), recordKey: type, recordType: type, data: { ...record } });
  }
  return rows;
}

/**
 * Puts stored rows into the journey documents of their children, in the order given: list types
 * appended, single types set. A row whose child has no document is skipped, unless `documentFor`
 * makes one (a read of only some record types starts from nothing).
 */
export function addRecordsToDocuments(
  documents: Map<string, Record<string, unknown>>,
  records: readonly { child_id: string; record_type: string; data: unknown }[],
  documentFor?: (childId: string) => Record<string, unknown>,
): void {
  for (const r of records) {
    let doc = documents.get(r.child_id);
    if (!doc && documentFor) documents.set(r.child_id, (doc = documentFor(r.child_id)));
    if (!doc) continue;
    if (isJourneyListType(r.record_type)) {
      const list = doc[r.record_type];
      if (Array.isArray(list)) list.push(r.data);
      else doc[r.record_type] = [r.data];
    } else if (isJourneySingleType(r.record_type)) {
      doc[r.record_type] = r.data;
    }
  }
}

/**
 * Journey documents begun from children's rows and their allocations (given in start order), one per
 * child, before their records are added (addRecordsToDocuments). Every reader of whole journeys starts here.
 */
export function journeyDocumentsOf(
  children: readonly { id: string; date_of_birth: string | null; expected_date_of_birth: string | null }[],
  allocations: readonly { child_id: string; worker_id: string; team_id: string; start_date: string; end_date: string | null }[],
): Map<string, Record<string, unknown>> {
  const documents = new Map<string, Record<string, unknown>>();
  for (const c of children) documents.set(c.id, { child: { id: c.id, dateOfBirth: c.date_of_birth, expectedDateOfBirth: c.expected_date_of_birth }, allocations: [] });
  for (const a of allocations) {
    (documents.get(a.child_id)?.allocations as unknown[] | undefined)?.push({ workerId: a.worker_id, teamId: a.team_id, startDate: a.start_date, endDate: a.end_date });
  }
  return documents;
}

const CHUNK = 500;

/** The journeys of the given children, in the order given. Throws if stored data is not a valid journey. */
export async function loadJourneys(tx: Tx, childIds: readonly string[]): Promise<Journey[]> {
  const out: Journey[] = [];
  for (let i = 0; i < childIds.length; i += CHUNK) {
    const ids = childIds.slice(i, i + CHUNK);
    const [children, allocations, records] = await Promise.all([
      tx.selectFrom('child').select(['id', 'date_of_birth', 'expected_date_of_birth']).where('id', 'in', ids).execute(),
      tx.selectFrom('allocation').select(['child_id', 'worker_id', 'team_id', 'start_date', 'end_date']).where('child_id', 'in', ids).orderBy('start_date').execute(),
      tx.selectFrom('journey_record').select(['child_id', 'record_type', 'data']).where('child_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
    ]);
    const documents = journeyDocumentsOf(children, allocations);
    addRecordsToDocuments(documents, records);
    for (const id of ids) {
      const parsed = parseJourney(documents.get(id));
      if (!parsed.ok) throw new Error(`stored journey of child ${id} is not valid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      out.push(parsed.journey);
    }
  }
  return out;
}

const RECORD_COLUMNS = [
  ['local_authority_id', 'uuid'], ['id', 'uuid'], ['child_id', 'uuid'], ['record_type', 'text'], ['record_key', 'text'], ['data', 'jsonb'],
] as const;

/** Stores the records of several children's journeys (their allocations are stored separately). */
export async function insertJourneyRecords(tx: Tx, localAuthorityId: string, journeys: readonly Journey[], newId: () => string): Promise<number> {
  const rows = journeys.flatMap((journey) =>
    recordsOfJourney(journey, newId).map((r) => ({ local_authority_id: localAuthorityId, id: r.id, child_id: journey.child.id, record_type: r.recordType, record_key: r.recordKey, data: r.data })),
  );
  await bulkInsert(tx, 'journey_record', RECORD_COLUMNS, rows);
  return rows.length;
}
