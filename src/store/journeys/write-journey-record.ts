// Writing one record of a child's journey (a visit, a CP plan, an assessment…), from a screen or the
// API. In one transaction: find the child within the actor's scope, check the actor may write this kind
// of record, check the record (its schema, then the practice rules against the rest of the journey),
// refuse a stale edit (optimistic concurrency on the row's version), store it, audit it, and recompute
// the child's clocks, so every screen shows the clocks on the new record at once. Bad input changes
// nothing: every check runs before the first write.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Value } from 'typebox/value';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { can } from '../../access/capabilities.ts';
import { MANAGER_FIELDS, RETURN_INTERVIEW_FIELDS, mayWriteRecord } from '../../access/record-access.ts';
import { validateRecordWrite, type RecordProblem } from '../../practice/casework/validate-record.ts';
import { recordSchemaOf } from '../../practice/journey/record-schemas.ts';
import { isJourneySingleType, type JourneyRecordType } from '../../practice/journey/record-types.ts';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadJourneys } from './journey-records.ts';
import { loadLocalCalendar } from '../clocks/local-standards.ts';
import { storeClocksOf } from '../clocks/recompute-clocks.ts';
import type { Journey } from '../../practice/journey/journey.ts';

export interface RecordWriteInput {
  childId: string;
  recordType: JourneyRecordType;
  /** The record as the writer gives it. For a new record the id may be left out: one is made. */
  record: Record<string, unknown>;
  /** For an edit: the record's key and the version the writer started from. */
  edit?: { recordKey: string; expectedVersion: number };
  /**
   * An independent return-interview service recording the interview on a missing episode referred to
   * it: the referral, not the child-scope rule, gives access, and only the interview may change.
   */
  referredInterview?: boolean;
  /**
   * A screen's form holds only some of a record's fields: merge keeps the others from the stored
   * version (a field the form cleared arrives as undefined and is removed). The API replaces.
   */
  merge?: boolean;
}

export interface StoredRecordVersion {
  recordKey: string;
  version: number;
  data: Record<string, unknown>;
  updatedAt: Date;
  updatedByName: string | null;
}

export type RecordWriteResult =
  /** `journey` is the child's whole journey with this record in place: the clocks are computed from it. */
  | { ok: true; recordKey: string; version: number; record: Record<string, unknown>; journey: Journey }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'forbidden'; message: string }
  | { ok: false; reason: 'invalid'; problems: RecordProblem[] }
  | { ok: false; reason: 'conflict'; current: StoredRecordVersion };

const KEY_PREFIX: Partial<Record<JourneyRecordType, string>> = {
  contacts: 'contact', earlyHelp: 'early-help', referrals: 'referral', assessments: 'assessment', strategyDiscussions: 'strategy',
  s47Enquiries: 's47', initialConferences: 'icpc', cpPlans: 'cp-plan', coreGroups: 'core-group', reviewConferences: 'rcpc',
  cinPlans: 'cin-plan', cinReviews: 'cin-review', visits: 'visit', caseSupervisions: 'supervision', caseNotes: 'note',
  periodsOfCare: 'care', legalStatuses: 'legal-status', placements: 'placement', claReviews: 'cla-review', healthAssessments: 'health',
  personalEducationPlans: 'pep', preProceedings: 'pre-proceedings', proceedings: 'proceedings',
  healthChecks: 'health-check', iroContacts: 'iro-contact', iroEscalations: 'escalation', advocacyOffers: 'advocacy',
  missingEpisodes: 'missing', exploitationScreenings: 'screening',
  emergencyProtectionOrders: 'epo', policeProtections: 'police-protection',
};

export function newRecordKey(type: JourneyRecordType): string {
  return `${KEY_PREFIX[type] ?? 'record'}-${randomUUID().slice(0, 8)}`;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

function schemaProblems(type: JourneyRecordType, record: unknown): RecordProblem[] {
  const schema = recordSchemaOf(type);
  if (Value.Check(schema, record)) return [];
  const problems: RecordProblem[] = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(schema, record)) {
    const params: Record<string, unknown> = error.params;
    const extra = error.keyword === 'additionalProperties' && Array.isArray(params.additionalProperties) ? String(params.additionalProperties[0]) : '';
    const required = error.keyword === 'required' && Array.isArray(params.requiredProperties) ? String(params.requiredProperties[0]) : '';
    const field = extra || required || error.instancePath.split('/')[1] || '';
    if (error.keyword === 'boolean' || seen.has(field)) continue;
    seen.add(field);
    const message = extra ? `${extra} is not a field of this record` : required ? `${required} is required` : `${field || 'The record'} ${error.message}`;
    problems.push({ field, message });
    if (problems.length >= 20) break;
  }
  return problems;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Who did it is stamped by the server from the session, never taken from the writer: the worker who
 * decided a contact, the manager who authorised an assessment or signed off a decision.
 */
function stampActor(type: JourneyRecordType, record: Record<string, unknown>, previous: Record<string, unknown> | null, actor: Actor): void {
  const stamp = (when: string, by: string): void => {
    if (record[when] === null || record[when] === undefined) record[by] = null;
    else if (!previous || !same(previous[when], record[when])) record[by] = actor.staffUserId;
    else record[by] = previous[by] ?? null;
  };
  if (type === 'contacts') {
    stamp('decidedAt', 'decidedBy');
    stamp('signedOffAt', 'signedOffBy');
  }
  if (type === 'assessments') stamp('authorisedDate', 'authorisedBy');
  if (type === 'strategyDiscussions' && Array.isArray(record.attendees)) {
    // The older free-text list the clocks and reports read is derived from the attendees.
    record.agencies = [...new Set((record.attendees as { agency: string }[]).map((a) => a.agency))];
  }
}

/** Manager-only fields keep their stored values for other writers; an attempt to change one is refused. */
function managerFieldProblems(type: JourneyRecordType, record: Record<string, unknown>, previous: Record<string, unknown> | null, actor: Actor): RecordProblem[] {
  if (can(actor, 'authorise_casework')) return [];
  const problems: RecordProblem[] = [];
  for (const field of MANAGER_FIELDS[type] ?? []) {
    const before = previous?.[field] ?? null;
    if (record[field] === undefined) record[field] = before ?? undefined;
    else if (!same(record[field], before)) problems.push({ field, message: 'Only a manager can authorise or sign off' });
  }
  return problems;
}

export async function loadStoredRecord(tx: Tx, childId: string, type: JourneyRecordType, recordKey: string): Promise<StoredRecordVersion | null> {
  const row = await tx
    .selectFrom('journey_record as r')
    .leftJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'r.local_authority_id').onRef('s.id', '=', 'r.updated_by'))
    .select(['r.record_key', 'r.version', 'r.data', 'r.updated_at', 's.display_name'])
    .where('r.child_id', '=', childId)
    .where('r.record_type', '=', type)
    .where('r.record_key', '=', recordKey)
    .executeTakeFirst();
  if (!row) return null;
  return { recordKey: row.record_key, version: row.version, data: row.data as Record<string, unknown>, updatedAt: new Date(row.updated_at), updatedByName: row.display_name ?? null };
}

/** The write itself, inside the caller's transaction (the caller recomputes clocks once at the end). */
export async function writeRecordInTx(tx: Tx, actor: Actor, origin: RequestOrigin, input: RecordWriteInput, now: Date): Promise<RecordWriteResult> {
  let previous: StoredRecordVersion | null;
  if (input.referredInterview) {
    // Access by referral: only a missing episode referred to the worker's own service, only its interview.
    if (input.recordType !== 'missingEpisodes' || !input.edit || !can(actor, 'record_referred_return_interviews')) return { ok: false, reason: 'not_found' };
    previous = await loadStoredRecord(tx, input.childId, input.recordType, input.edit.recordKey);
    if (!previous || previous.data.interviewReferredToTeamId !== actor.teamId) return { ok: false, reason: 'not_found' };
  } else {
    const child = await tx.selectFrom('child').select('id').where('id', '=', input.childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return { ok: false, reason: 'not_found' };
    if (!mayWriteRecord(actor, input.recordType)) return { ok: false, reason: 'forbidden', message: 'Your role cannot record this' };
    previous = input.edit ? await loadStoredRecord(tx, input.childId, input.recordType, input.edit.recordKey) : null;
  }
  if (input.edit && !previous) return { ok: false, reason: 'not_found' };
  if (input.edit && previous && previous.version !== input.edit.expectedVersion) return { ok: false, reason: 'conflict', current: previous };

  const proposed: Record<string, unknown> = input.merge && previous ? { ...previous.data, ...input.record } : { ...input.record };
  // Records of the list types carry their own id (clock instances refer to it); singles have none.
  const hasId = 'id' in ((recordSchemaOf(input.recordType) as { properties?: Record<string, unknown> }).properties ?? {});
  if (hasId && previous) proposed.id = previous.data.id ?? previous.recordKey;
  else if (hasId && (typeof proposed.id !== 'string' || proposed.id.trim() === '')) proposed.id = newRecordKey(input.recordType);

  if (input.referredInterview && previous) {
    const changed = Object.keys({ ...previous.data, ...proposed }).filter((k) => !same(previous.data[k], proposed[k]));
    const outside = changed.filter((k) => !(RETURN_INTERVIEW_FIELDS as readonly string[]).includes(k));
    if (outside.length) return { ok: false, reason: 'forbidden', message: `An independent service records the return interview only, not ${outside.join(', ')}` };
  }
  const managerProblems = managerFieldProblems(input.recordType, proposed, previous?.data ?? null, actor);
  stampActor(input.recordType, proposed, previous?.data ?? null, actor);
  const record = withoutUndefined(proposed);
  const problems = [...managerProblems, ...schemaProblems(input.recordType, record)];
  if (problems.length) return { ok: false, reason: 'invalid', problems };

  // A referral must name an independent return-interview service of this LA.
  if (input.recordType === 'missingEpisodes' && typeof record.interviewReferredToTeamId === 'string' && !same(record.interviewReferredToTeamId, previous?.data.interviewReferredToTeamId)) {
    const id = record.interviewReferredToTeamId;
    const service = /^[0-9a-f-]{36}$/.test(id) ? await tx.selectFrom('team').select('id').where('id', '=', id).where('service_area', '=', 'return_interviews').executeTakeFirst() : undefined;
    if (!service) return { ok: false, reason: 'invalid', problems: [{ field: 'interviewReferredToTeamId', message: 'Select a return interview service from the list' }] };
  }
  const [journey] = await loadJourneys(tx, [input.childId]);
  if (!journey) return { ok: false, reason: 'not_found' };
  const today = englandDateOf(now);
  const calendar = await loadLocalCalendar(tx);
  const ruleProblems = validateRecordWrite({ journey, recordType: input.recordType, record, isNew: !previous, today, calendar });
  if (ruleProblems.length) return { ok: false, reason: 'invalid', problems: ruleProblems };

  // The whole journey with this record in place must still be a valid journey (references resolve).
  const inPlace = (): unknown => {
    if (isJourneySingleType(input.recordType)) return record;
    const list = [...(((journey as Record<string, unknown>)[input.recordType] as Record<string, unknown>[] | undefined) ?? [])];
    const at = list.findIndex((r) => r.id === record.id);
    if (at >= 0) list[at] = record;
    else list.push(record);
    return list;
  };
  const after = parseJourney({ ...journey, [input.recordType]: inPlace() });
  if (!after.ok) return { ok: false, reason: 'invalid', problems: after.problems.map((p) => ({ field: p.path.split('/')[3] ?? '', message: p.message })) };

  const recordKey = hasId ? String(record.id) : (previous?.recordKey ?? input.recordType);
  let version: number;
  if (previous) {
    const updated = await tx
      .updateTable('journey_record')
      .set({ data: JSON.stringify(record), version: previous.version + 1, updated_at: now, updated_by: actor.staffUserId })
      .where('child_id', '=', input.childId)
      .where('record_type', '=', input.recordType)
      .where('record_key', '=', previous.recordKey)
      .where('version', '=', previous.version)
      .executeTakeFirst();
    // Another writer committed between our read and this update: their save stands, ours is refused.
    if (Number(updated.numUpdatedRows) !== 1) {
      const current = await loadStoredRecord(tx, input.childId, input.recordType, previous.recordKey);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
    }
    version = previous.version + 1;
  } else {
    await tx
      .insertInto('journey_record')
      .values({ local_authority_id: actor.localAuthorityId, id: randomUUID(), child_id: input.childId, record_type: input.recordType, record_key: recordKey, data: JSON.stringify(record), version: 1, created_at: now, updated_at: now, created_by: actor.staffUserId, updated_by: actor.staffUserId })
      .execute();
    version = 1;
  }
  const changed = Object.keys({ ...(previous?.data ?? {}), ...record }).filter((k) => !same(previous?.data[k], record[k]));
  await recordAudit(tx, actor, origin, now, {
    action: previous ? 'update' : 'create',
    recordType: input.recordType,
    recordId: recordKey,
    childId: input.childId,
    detail: { version, fields: changed },
  });
  return { ok: true, recordKey, version, record, journey: after.journey };
}

/**
 * Stores the child's clocks from the journey a write has just checked (it holds every earlier write in
 * the transaction), rather than reading the journey back from the database a second time.
 */
export async function storeClocksAfter(tx: Tx, localAuthorityId: string, written: { journey: Journey }, now: Date): Promise<void> {
  await storeClocksOf(tx, localAuthorityId, [written.journey], now);
}

/** Writes one record and recomputes the child's clocks, all in one transaction. */
export async function writeJourneyRecord(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, input: RecordWriteInput, now: Date): Promise<RecordWriteResult> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const result = await writeRecordInTx(tx, actor, origin, input, now);
    if (result.ok) await storeClocksAfter(tx, actor.localAuthorityId, result, now);
    return result;
  });
}
