// An independent return-interview service's own work: the missing episodes referred to it, and each
// one's interview. Access comes from the referral (interviewReferredToTeamId is the worker's team),
// never from the child-scope rule: the service sees nothing else of the child's record. Audited.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { can } from '../../access/capabilities.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { loadStoredRecord, storeClocksAfter, writeRecordInTx, type RecordWriteResult } from '../journeys/write-journey-record.ts';

export interface ReferredInterview {
  childId: string;
  childName: string;
  dateOfBirth: string | null;
  recordKey: string;
  version: number;
  startAt: string;
  returnedAt: string | null;
  offeredAt: string | null;
  completedAt: string | null;
  declined: boolean;
  childSaid: string | null;
}

const toView = (r: { child_id: string; given_name: string; family_name: string; date_of_birth: string | null; record_key: string; version: number; data: unknown }): ReferredInterview => {
  const d = r.data as Record<string, string | boolean | null | undefined>;
  return {
    childId: r.child_id,
    childName: `${r.given_name} ${r.family_name}`,
    dateOfBirth: r.date_of_birth,
    recordKey: r.record_key,
    version: r.version,
    startAt: String(d.startAt ?? ''),
    returnedAt: (d.returnedAt as string | null | undefined) ?? null,
    offeredAt: (d.returnInterviewOfferedAt as string | null | undefined) ?? null,
    completedAt: (d.returnInterviewCompletedAt as string | null | undefined) ?? null,
    declined: d.returnInterviewDeclined === true,
    childSaid: (d.childSaid as string | null | undefined) ?? null,
  };
};

/** Missing episodes referred to the actor's own service. */
function referredTo(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('journey_record as r')
    .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'r.local_authority_id').onRef('child.id', '=', 'r.child_id'))
    .select(['r.child_id', 'child.given_name', 'child.family_name', 'child.date_of_birth', 'r.record_key', 'r.version', 'r.data'])
    .where('r.record_type', '=', 'missingEpisodes')
    .where(sql`r.data->>'interviewReferredToTeamId'`, '=', actor.teamId);
}

/** The episodes referred to my service, waiting ones first (returned, no interview yet). */
export async function listReferredInterviews(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<ReferredInterview[]> {
  if (!can(actor, 'record_referred_return_interviews')) return [];
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const rows = await referredTo(tx, actor).orderBy(sql`r.data->>'returnedAt'`, 'desc').limit(500).execute();
    const items = rows.map(toView);
    items.sort((a, b) => Number(Boolean(a.completedAt || a.declined)) - Number(Boolean(b.completedAt || b.declined)));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'referred_return_interviews', detail: { episodes: items.map((i) => i.recordKey) } });
    return items;
  });
}

/** One referred episode, or null when it is not referred to my service (answered 404). */
export async function openReferredInterview(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, childId: string, recordKey: string, now: Date): Promise<ReferredInterview | null> {
  if (!can(actor, 'record_referred_return_interviews')) return null;
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const row = await referredTo(tx, actor).where('r.child_id', '=', childId).where('r.record_key', '=', recordKey).executeTakeFirst();
    if (!row) return null;
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'missingEpisodes', recordId: recordKey, childId });
    return toView(row);
  });
}

/**
 * Records the interview: who offered it and for which organisation are the worker and their service,
 * and the offer is independent by construction. The child's clocks are recomputed.
 */
export async function recordReferredInterview(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  input: { childId: string; recordKey: string; expectedVersion: number; interview: Record<string, unknown> },
  now: Date,
): Promise<RecordWriteResult> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const stored = await loadStoredRecord(tx, input.childId, 'missingEpisodes', input.recordKey);
    const team = await tx.selectFrom('team').select('name').where('id', '=', actor.teamId).executeTakeFirst();
    const offered = input.interview.returnInterviewOfferedAt ?? stored?.data.returnInterviewOfferedAt;
    const stamp = offered ? { interviewOfferedBy: actor.displayName, interviewOfferedByStaffId: actor.staffUserId, interviewOrganisation: team?.name ?? null, offeredByIndependentPerson: true } : {};
    const result = await writeRecordInTx(
      tx,
      actor,
      origin,
      { childId: input.childId, recordType: 'missingEpisodes', record: { ...input.interview, ...stamp }, merge: true, referredInterview: true, edit: { recordKey: input.recordKey, expectedVersion: input.expectedVersion } },
      now,
    );
    if (result.ok) await storeClocksAfter(tx, actor.localAuthorityId, result, now);
    return result;
  });
}
