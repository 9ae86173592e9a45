// Allocating a child to a worker and their team (SSD ssd_involvements): the current allocation ends
// today with a reason and the new one starts today, so the history of every worker the child has had
// is kept (Ofsted asks how many). The child's clocks are recomputed: open clocks follow the new holder.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { recomputeClocks } from '../clocks/recompute-clocks.ts';
import { loadLocalStandards } from '../clocks/local-standards.ts';
import { caseloadThresholds, childWeight, weightedLoad } from '../../practice/oversight/caseload-weighting.ts';
import { kindsOfWorkFor, kindsOfWorkOfChild } from '../oversight/kinds-of-work.ts';

export interface AllocatableWorker {
  id: string;
  displayName: string;
  jobTitle: string;
  teamId: string;
  teamName: string;
  /** Children currently allocated to them: a manager allocates with the caseload in view. */
  caseload: number;
  /** Their weighted load (local standards' weights), against their limits. */
  weighted: number;
  limit: number;
  weightedLimit: number;
}

const CASEWORK_ROLES = ['social_worker', 'team_manager', 'front_door_worker', 'early_help_worker', 'personal_adviser'];

export async function allocatableWorkers(db: Kysely<Database>, actor: Actor, now: Date): Promise<AllocatableWorker[]> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const rows = await tx
      .selectFrom('staff_user as s')
      .innerJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 's.local_authority_id').onRef('t.id', '=', 's.team_id'))
      .select(['s.id', 's.display_name', 's.job_title', 's.team_id', 's.asye', 't.name as team_name'])
      .select((eb) => eb.selectFrom('allocation as a').select(sql<number>`count(*)::int`.as('n')).whereRef('a.worker_id', '=', 's.id').where('a.end_date', 'is', null).as('caseload'))
      .where('s.disabled_at', 'is', null)
      .where((eb) => eb.exists(eb.selectFrom('staff_role as r').select(sql`1`.as('one')).whereRef('r.staff_user_id', '=', 's.id').where('r.role', 'in', CASEWORK_ROLES)))
      .orderBy('t.name')
      .orderBy('s.display_name')
      .execute();
    const { settings } = await loadLocalStandards(tx);
    const kinds = await kindsOfWorkFor(tx, rows.map((r) => r.id), englandDateOf(now));
    const kindsOf = new Map<string, (typeof kinds)[number]['kinds'][]>();
    for (const k of kinds) (kindsOf.get(k.workerId) ?? kindsOf.set(k.workerId, []).get(k.workerId)!).push(k.kinds);
    return rows.map((r) => {
      const thresholds = caseloadThresholds(r.asye, settings);
      return {
        id: r.id,
        displayName: r.display_name,
        jobTitle: r.job_title,
        teamId: r.team_id,
        teamName: r.team_name,
        caseload: Number(r.caseload ?? 0),
        weighted: weightedLoad(kindsOf.get(r.id) ?? [], settings),
        limit: thresholds.count,
        weightedLimit: thresholds.weighted,
      };
    });
  });
}

export type AllocateResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; message: string }
  /**
   * The allocation would take the worker over the LA's count limit, its weighted limit, or both: the
   * manager must confirm (and it is audited). `caseload` and `weighted` are what the worker holds now.
   */
  | { ok: false; reason: 'over_limit'; caseload: number; limit: number; weighted: number; weightedLimit: number; childWeight: number; overCount: boolean; overWeighted: boolean; asye: boolean };

export async function allocateChild(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  input: { childId: string; workerId: string; reason: string; overLimitConfirmed?: boolean },
  now: Date,
): Promise<AllocateResult> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await tx.selectFrom('child').select('id').where('id', '=', input.childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return { ok: false, reason: 'not_found' };
    const worker = await tx.selectFrom('staff_user').select(['id', 'team_id', 'asye']).where('id', '=', input.workerId).where('disabled_at', 'is', null).executeTakeFirst();
    if (!worker) return { ok: false, reason: 'invalid', message: 'Select a worker from the list' };
    const today = englandDateOf(now);
    const current = await tx.selectFrom('allocation').select(['id', 'worker_id']).where('child_id', '=', input.childId).where('end_date', 'is', null).executeTakeFirst();
    if (current?.worker_id === worker.id) return { ok: false, reason: 'invalid', message: 'The child is already allocated to this worker' };
    // The LA's caseload limits (local standards), as a count and as a weighted load: a breach of either
    // is allowed only when the manager confirms it.
    const { settings } = await loadLocalStandards(tx);
    const thresholds = caseloadThresholds(worker.asye, settings);
    const limit = thresholds.count;
    const held = await tx.selectFrom('allocation').select(sql<number>`count(*)::int`.as('n')).where('worker_id', '=', worker.id).where('end_date', 'is', null).executeTakeFirstOrThrow();
    const caseload = Number(held.n);
    const weighted = weightedLoad((await kindsOfWorkFor(tx, [worker.id], today)).map((c) => c.kinds), settings);
    const adding = childWeight(await kindsOfWorkOfChild(tx, input.childId, today), settings).weight;
    const weightedAfter = Math.round((weighted + adding) * 10) / 10;
    const overCount = caseload + 1 > limit;
    const overWeighted = weightedAfter > thresholds.weighted;
    if ((overCount || overWeighted) && !input.overLimitConfirmed) {
      return { ok: false, reason: 'over_limit', caseload, limit, weighted, weightedLimit: thresholds.weighted, childWeight: adding, overCount, overWeighted, asye: worker.asye };
    }
    if (current) await tx.updateTable('allocation').set({ end_date: today, end_reason: input.reason.trim() || 'Reallocated' }).where('id', '=', current.id).execute();
    await tx.insertInto('allocation').values({ local_authority_id: actor.localAuthorityId, id: randomUUID(), child_id: input.childId, worker_id: worker.id, team_id: worker.team_id, start_date: today }).execute();
    await recordAudit(tx, actor, origin, now, { action: 'update', recordType: 'allocation', recordId: input.childId, childId: input.childId, detail: { from: current?.worker_id ?? null, to: worker.id, ...(overCount ? { overLimit: { caseload: caseload + 1, limit } } : {}), ...(overWeighted ? { overWeightedLimit: { weighted: weightedAfter, limit: thresholds.weighted } } : {}) } });
    await recomputeClocks(tx, actor.localAuthorityId, [input.childId], now);
    return { ok: true };
  });
}

/** The child being allocated (within the manager's scope), its read audited. */
export async function openChildForAllocation(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, childId: string, now: Date): Promise<{ id: string; name: string } | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', '=', childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return null;
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'allocation', recordId: childId, childId });
    return { id: child.id, name: `${child.given_name} ${child.family_name}` };
  });
}
