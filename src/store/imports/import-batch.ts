// Importing a return (CIN census XML, SSDA903 CSVs) read into an ImportBatch: the migration path from a
// council's old system. All or nothing, in one transaction: every child is matched to a stored child by
// the LA's own reference, every record to a stored record by its natural key (applyImportedRecords),
// every changed journey is checked whole (parseJourney); if any row is refused, nothing is written and
// the report lists every refusal with its file, line, field and reason. Otherwise new children and
// records are inserted, changed ones updated (a record a worker changed meanwhile fails the import: it
// is detected, not overwritten), each child's import is audited, and their clocks are recomputed.
// Importing the same files again finds everything `unchanged` and writes nothing but the audit of the run.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { sql, type Kysely, type Updateable } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAuditBy, recordAudits, type AuditedBy } from '../../access/audit.ts';
import { applyImportedRecords, type AppliedRecord, type RecordOutcome } from '../../practice/journey/apply-imported-child.ts';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import { isJourneySingleType } from '../../practice/journey/record-types.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import type { ImportBatch, ImportedChild, ImportedIdentity, Rejection } from '../../returns/import-batch.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { addRecordsToDocuments, journeyDocumentsOf } from '../journeys/journey-records.ts';
import { newRecordKey } from '../journeys/write-journey-record.ts';
import { storeClocksOf } from '../clocks/recompute-clocks.ts';

/** Who is importing: an administrator in the browser, or the command line. */
export type ImportedBy = { actor: Actor; origin: RequestOrigin } | { command: string };

export type ImportPhase = 'checking' | 'writing' | 'clocks';

export interface ImportOptions {
  /** Check everything and report, writing nothing (not even the audit of the run). */
  dryRun?: boolean;
  /**
   * Import every child whose rows all pass and leave out, whole, each child with a refused row (listed
   * in the report). A problem with a file as a whole still refuses everything. Off by default: a
   * migration normally fixes its files and runs again.
   */
  skipRefusedChildren?: boolean;
  /** Called as children are checked, written and their clocks computed (the CLI's progress bar). */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  format: ImportBatch['format'];
  rows: number;
  children: OutcomeCounts;
  records: OutcomeCounts;
  /**
   * Every refused row, in file and line order. Any refusal means nothing was written, unless refused
   * children were to be left out (skipRefusedChildren): then these are the rows of the children left out.
   */
  rejected: Rejection[];
  /** Children left out because a row of theirs was refused (skipRefusedChildren). */
  childrenLeftOut: number;
  /** What is wrong in the files but refuses nothing (ImportBatch.warnings). */
  warnings: Rejection[];
  written: boolean;
  /** Why the import stopped, when it stopped for something other than refused rows (a conflicting edit). */
  failure: string | null;
}

/** The child table's columns an import may set, from the identity the file holds. */
function identityColumns(identity: ImportedIdentity): Partial<Record<'date_of_birth' | 'expected_date_of_birth' | 'sex' | 'ethnicity' | 'upn' | 'disabilities' | 'unaccompanied_asylum_seeking', unknown>> {
  const out: Record<string, unknown> = {};
  if (identity.dateOfBirth !== undefined) out.date_of_birth = identity.dateOfBirth;
  if (identity.expectedDateOfBirth !== undefined) out.expected_date_of_birth = identity.expectedDateOfBirth;
  if (identity.sex !== undefined) out.sex = identity.sex;
  if (identity.ethnicity !== undefined) out.ethnicity = identity.ethnicity;
  if (identity.upn !== undefined) out.upn = identity.upn;
  if (identity.disabilities !== undefined) out.disabilities = identity.disabilities;
  if (identity.unaccompaniedAsylumSeeking !== undefined) out.unaccompanied_asylum_seeking = identity.unaccompaniedAsylumSeeking;
  return out;
}

interface StoredChild {
  id: string;
  child_reference: string;
  date_of_birth: string | null;
  expected_date_of_birth: string | null;
  sex: string;
  ethnicity: string;
  upn: string | null;
  disabilities: string[];
  unaccompanied_asylum_seeking: boolean;
}

interface StoredRow {
  id: string;
  child_id: string;
  record_type: string;
  record_key: string;
  version: number;
  data: unknown;
}

interface PlannedChild {
  imported: ImportedChild;
  childId: string;
  isNew: boolean;
  /** Identity columns that differ from what is stored (all of them for a new child). */
  identityChanges: Record<string, unknown>;
  journey: Journey;
  records: AppliedRecord[];
}

const CHUNK = 1000;
const compareSource = (a: Rejection, b: Rejection) => a.file.localeCompare(b.file) || a.line - b.line;

/**
 * The place of a journey problem: the imported record at that path (e.g. /placements/2/endDate), or the
 * child as a whole. Paths name the list and index in the document applyImportedRecords returned.
 */
function placeOfProblem(plan: { imported: ImportedChild; records: AppliedRecord[]; journey: Record<string, unknown> }, path: string, message: string): Rejection {
  const [, list, index, field] = path.split('/');
  let record: Record<string, unknown> | undefined;
  if (list && isJourneySingleType(list)) record = plan.journey[list] as Record<string, unknown> | undefined;
  else if (list && index !== undefined) record = (plan.journey[list] as Record<string, unknown>[] | undefined)?.[Number(index)];
  const applied = record ? plan.records.find((r) => r.record === record) : undefined;
  const where = applied?.source ?? plan.imported.source;
  const fieldName = isJourneySingleType(list ?? '') ? index : field;
  return { ...where, field: applied ? (fieldName ?? null) : null, reason: applied ? `${message} (Lantern’s ${list} record)` : `child ${plan.imported.childReference}: ${path} ${message}` };
}

async function storedChildren(tx: Tx, references: readonly string[]): Promise<Map<string, StoredChild>> {
  const out = new Map<string, StoredChild>();
  for (let i = 0; i < references.length; i += CHUNK) {
    const rows = await tx
      .selectFrom('child')
      .select(['id', 'child_reference', 'date_of_birth', 'expected_date_of_birth', 'sex', 'ethnicity', 'upn', 'disabilities', 'unaccompanied_asylum_seeking'])
      .where('child_reference', 'in', references.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) out.set(row.child_reference, row as StoredChild);
  }
  return out;
}

/** The stored children's journey documents (begun as loadJourneys begins them) and their record rows. */
async function storedJourneys(tx: Tx, children: readonly StoredChild[]): Promise<{ rows: StoredRow[]; documents: Map<string, Record<string, unknown>> }> {
  const rows: StoredRow[] = [];
  const allocations: Parameters<typeof journeyDocumentsOf>[1][number][] = [];
  const childIds = children.map((c) => c.id);
  for (let i = 0; i < childIds.length; i += CHUNK) {
    const ids = childIds.slice(i, i + CHUNK);
    const [records, allocated] = await Promise.all([
      tx.selectFrom('journey_record').select(['id', 'child_id', 'record_type', 'record_key', 'version', 'data']).where('child_id', 'in', ids).orderBy('created_at').orderBy('id').execute(),
      tx.selectFrom('allocation').select(['child_id', 'worker_id', 'team_id', 'start_date', 'end_date']).where('child_id', 'in', ids).orderBy('start_date').execute(),
    ]);
    rows.push(...(records as StoredRow[]));
    allocations.push(...allocated);
  }
  return { rows, documents: journeyDocumentsOf(children, allocations) };
}

function identityChanges(stored: StoredChild | undefined, identity: ImportedIdentity): Record<string, unknown> {
  const wanted = identityColumns(identity);
  if (!stored) return wanted;
  const changes: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(wanted)) {
    const current = (stored as unknown as Record<string, unknown>)[column];
    if (JSON.stringify(current ?? null) !== JSON.stringify(value ?? null)) changes[column] = value;
  }
  // A date of birth replaces an expected one (the child was born), and the other way round never.
  if ('date_of_birth' in changes && changes.date_of_birth && stored.expected_date_of_birth) changes.expected_date_of_birth = null;
  return changes;
}

/**
 * One outcome per record, against what was stored before the import: a record the files meet twice
 * (created by one row, matched by the next; or changed and changed back) counts once, by its last state,
 * so importing the same files again finds it unchanged.
 */
function settle(before: Record<string, unknown>, records: readonly AppliedRecord[]): AppliedRecord[] {
  const last = new Map<string, AppliedRecord>();
  for (const r of records) last.set(`${r.recordType}\u0000${r.recordKey}`, r);
  return [...last.values()].map((r) => {
    const held = before[r.recordType];
    const stored = isJourneySingleType(r.recordType)
      ? (held as Record<string, unknown> | undefined)
      : (held as Record<string, unknown>[] | undefined)?.find((x) => x.id === r.recordKey);
    const outcome: RecordOutcome = !stored ? 'created' : isDeepStrictEqual(stored, r.record) ? 'unchanged' : 'updated';
    return { ...r, outcome };
  });
}

const count = (outcomes: readonly RecordOutcome[]): OutcomeCounts => ({
  created: outcomes.filter((o) => o === 'created').length,
  updated: outcomes.filter((o) => o === 'updated').length,
  unchanged: outcomes.filter((o) => o === 'unchanged').length,
});

class ImportConflict extends Error {}


const RECORD_COLUMNS = [
  ['local_authority_id', 'uuid'], ['id', 'uuid'], ['child_id', 'uuid'], ['record_type', 'text'], ['record_key', 'text'], ['data', 'jsonb'],
  ['created_by', 'uuid'], ['updated_by', 'uuid'],
] as const;
const CHILD_COLUMNS = [
  ['local_authority_id', 'uuid'], ['id', 'uuid'], ['child_reference', 'text'], ['given_name', 'text'], ['family_name', 'text'],
  ['date_of_birth', 'date'], ['expected_date_of_birth', 'date'], ['sex', 'text'], ['ethnicity', 'text'], ['upn', 'text'],
  ['disabilities', 'text[]'], ['unaccompanied_asylum_seeking', 'boolean'],
] as const;

/**
 * Checks and, if nothing is refused, writes an import batch for one LA. Returns the report either way;
 * throws only for what is not the file's fault (the database failing).
 */
export async function importBatch(db: Kysely<Database>, localAuthorityId: string, by: ImportedBy, batch: ImportBatch, now: Date, options: ImportOptions = {}): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  const report = (children: OutcomeCounts, records: OutcomeCounts, rejected: Rejection[], written: boolean, failure: string | null = null, childrenLeftOut = 0): ImportReport => ({
    format: batch.format, rows: batch.rows, children, records, rejected: [...rejected].sort(compareSource), childrenLeftOut, warnings: batch.warnings ?? [], written, failure,
  });
  const none: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
  if ('actor' in by && by.actor.localAuthorityId !== localAuthorityId) throw new Error('importBatch: the actor belongs to another local authority');
  const auditedBy: AuditedBy = 'actor' in by ? by : { localAuthorityId, command: by.command };

  try {
    return await withTenant(db, localAuthorityId, async (tx) => {
      const rejected: Rejection[] = [...batch.rejected];
      const references = batch.children.map((c) => c.childReference);
      const seen = new Set<string>();
      for (const child of batch.children) {
        if (seen.has(child.childReference)) rejected.push({ ...child.source, field: null, reason: `child ${child.childReference} is given twice in the batch`, childReference: child.childReference });
        seen.add(child.childReference);
      }
      const stored = await storedChildren(tx, references);
      const { rows, documents } = await storedJourneys(tx, [...stored.values()]);
      // A stored record with no id of its own (an older legal status) is known by its row's key: given it
      // as its id here, an update keeps pointing at the same row (and writes the id it always had).
      addRecordsToDocuments(documents, rows.map((r) => {
        const data = r.data as Record<string, unknown>;
        return isJourneySingleType(r.record_type) || typeof data.id === 'string' ? r : { ...r, data: { ...data, id: r.record_key } };
      }));
      const rowOf = new Map(rows.map((r) => [`${r.child_id}\u0000${r.record_type}\u0000${r.record_key}`, r]));

      // Check every child: apply the file's records to their journey and check the journey whole.
      const plans: PlannedChild[] = [];
      batch.children.forEach((imported, index) => {
        if (index % 500 === 0) progress('checking', index, batch.children.length);
        const existing = stored.get(imported.childReference);
        const childId = existing?.id ?? randomUUID();
        const changes = identityChanges(existing, imported.identity);
        const base = documents.get(childId) ?? { child: { id: childId, dateOfBirth: null, expectedDateOfBirth: null }, allocations: [] };
        const child = base.child as Record<string, unknown>;
        if ('date_of_birth' in changes) child.dateOfBirth = changes.date_of_birth;
        if ('expected_date_of_birth' in changes) child.expectedDateOfBirth = changes.expected_date_of_birth;
        const ofChild = (r: Rejection): Rejection => ({ ...r, childReference: imported.childReference });
        if (!existing && !/^[A-Za-z0-9]{1,20}$/.test(imported.childReference)) {
          rejected.push(ofChild({ ...imported.source, field: 'childReference', reason: `the child reference “${imported.childReference}” must be 1 to 20 letters and digits` }));
          return;
        }
        const applied = applyImportedRecords(base, imported.records, newRecordKey);
        const parsed = parseJourney(applied.journey);
        const problems = [...applied.rejected, ...(parsed.ok ? [] : parsed.problems.map((p) => placeOfProblem({ imported, records: applied.records, journey: applied.journey }, p.path, p.message)))];
        if (problems.length || !parsed.ok) {
          rejected.push(...problems.map(ofChild));
          return;
        }
        plans.push({ imported, childId, isNew: !existing, identityChanges: changes, journey: parsed.journey, records: settle(base, applied.records) });
      });
      progress('checking', batch.children.length, batch.children.length);

      // Any refusal refuses the whole import, unless refused children are to be left out and every
      // refusal is about a child (not a file as a whole): then those children are left out, whole.
      const aboutAFile = rejected.some((r) => r.childReference === undefined);
      if (rejected.length && (!options.skipRefusedChildren || aboutAFile)) return report(none, none, rejected, false);
      const leftOut = new Set(rejected.map((r) => r.childReference));
      if (leftOut.size) plans.splice(0, plans.length, ...plans.filter((p) => !leftOut.has(p.imported.childReference)));
      const childOutcomes = plans.map((p): RecordOutcome => (p.isNew ? 'created' : Object.keys(p.identityChanges).length || p.records.some((r) => r.outcome !== 'unchanged') ? 'updated' : 'unchanged'));
      const recordOutcomes = plans.flatMap((p) => p.records.map((r) => r.outcome));
      if (options.dryRun) return report(count(childOutcomes), count(recordOutcomes), rejected, false, null, leftOut.size);

      // Write: new children, changed identities, new and changed records, one audit row per child touched.
      const actorId = 'actor' in by ? by.actor.staffUserId : null;
      const touched = plans.filter((_, i) => childOutcomes[i] !== 'unchanged');
      progress('writing', 0, touched.length);
      await bulkInsert(tx, 'child', CHILD_COLUMNS, touched.filter((p) => p.isNew).map((p) => ({
        local_authority_id: localAuthorityId, id: p.childId, child_reference: p.imported.childReference,
        // Returns carry no names: the child is named by their reference until a worker records it.
        given_name: 'Name not recorded', family_name: p.imported.childReference,
        date_of_birth: null, expected_date_of_birth: null, sex: '9', ethnicity: 'NOBT', upn: null, disabilities: [], unaccompanied_asylum_seeking: false,
        ...p.identityChanges,
      })));
      for (const p of touched) {
        if (p.isNew || Object.keys(p.identityChanges).length === 0) continue;
        const set = { ...p.identityChanges, updated_at: now } as unknown as Updateable<Database['child']>;
        await tx.updateTable('child').set(set).set({ version: sql`version + 1` }).where('id', '=', p.childId).execute();
      }
      const inserts: Record<string, unknown>[] = [];
      let done = 0;
      for (const p of touched) {
        for (const r of p.records) {
          if (r.outcome === 'created') {
            inserts.push({ local_authority_id: localAuthorityId, id: randomUUID(), child_id: p.childId, record_type: r.recordType, record_key: r.recordKey, data: r.record, created_by: actorId, updated_by: actorId });
          } else if (r.outcome === 'updated') {
            const row = rowOf.get(`${p.childId}\u0000${r.recordType}\u0000${r.recordKey}`);
            if (!row) throw new Error(`importBatch: no stored row for ${r.recordType} ${r.recordKey}`);
            const result = await tx
              .updateTable('journey_record')
              .set({ data: JSON.stringify(r.record), version: row.version + 1, updated_at: now, updated_by: actorId })
              .where('id', '=', row.id)
              .where('version', '=', row.version)
              .executeTakeFirst();
            if (Number(result.numUpdatedRows) !== 1) throw new ImportConflict(`child ${p.imported.childReference}'s ${r.recordType} record was changed by someone else during the import; nothing was imported, try again`);
          }
        }
        if (++done % 500 === 0) progress('writing', done, touched.length);
      }
      await bulkInsert(tx, 'journey_record', RECORD_COLUMNS, inserts);
      await recordAudits(tx, auditedBy, now, touched.map((p) => ({
        action: p.isNew ? 'create' : 'update', recordType: 'child', recordId: p.childId, childId: p.childId,
        detail: { import: batch.format, file: p.imported.source.file, records: count(p.records.map((r) => r.outcome)), identity: Object.keys(p.identityChanges) },
      })));
      progress('writing', touched.length, touched.length);

      // Clocks (and drift) for every child whose journey changed, in batches.
      const changed = touched.map((p) => p.journey);
      for (let i = 0; i < changed.length; i += CHUNK) {
        progress('clocks', i, changed.length);
        await storeClocksOf(tx, localAuthorityId, changed.slice(i, i + CHUNK), now);
      }
      progress('clocks', changed.length, changed.length);
      const result = report(count(childOutcomes), count(recordOutcomes), rejected, true, null, leftOut.size);
      await recordAuditBy(tx, auditedBy, now, { action: 'create', recordType: 'import', detail: { format: batch.format, rows: batch.rows, collectionYear: batch.collectionYear, children: result.children, records: result.records, childrenLeftOut: leftOut.size, rowsRefused: rejected.length } });
      return result;
    });
  } catch (error) {
    if (error instanceof ImportConflict) return report(none, none, [], false, error.message);
    throw error;
  }
}
