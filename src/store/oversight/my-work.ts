// "My work": every clock still running on the children allocated to me, overdue first, then due soon,
// then the rest by due date (Croydon 2017: visits missed and plans nobody tracked). Read from the
// stored clocks, which every write keeps current; audited as a list.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { clockById } from '../../practice/clocks/catalogue/index.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { myDriftIn, type MyDrift } from './drift-list.ts';
import { childInScope } from '../child-scope.ts';

export interface WorkItem {
  childId: string;
  childName: string;
  clockId: string;
  title: string;
  recordId: string;
  due: string;
  /** As at today: a stored instance past its due date is overdue whatever it said when computed. */
  state: 'overdue' | 'due_soon' | 'upcoming';
}

const ORDER = { overdue: 0, due_soon: 1, upcoming: 2 } as const;

export async function myWork(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<WorkItem[]> {
  return withTenant(db, actor.localAuthorityId, (tx) => myWorkIn(tx, actor, origin, now));
}

/**
 * The "My work" page's reads in one transaction: the running clocks and my drifting children, each list
 * audited as before (one transaction, not two: half the round trips and one snapshot for both lists).
 */
export async function myWorkPage(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<{ items: WorkItem[]; drift: MyDrift }> {
  return withTenant(db, actor.localAuthorityId, async (tx) => ({ items: await myWorkIn(tx, actor, origin, now), drift: await myDriftIn(tx, actor, origin, now) }));
}

/** My work in the caller's transaction. */
export async function myWorkIn(tx: Tx, actor: Actor, origin: RequestOrigin, now: Date): Promise<WorkItem[]> {
  const today = englandDateOf(now);
  const rows = await tx
    .selectFrom('clock_instance as k')
    .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'k.local_authority_id').onRef('child.id', '=', 'k.child_id'))
    .innerJoin('allocation as a', (j) => j.onRef('a.local_authority_id', '=', 'k.local_authority_id').onRef('a.child_id', '=', 'k.child_id').on('a.end_date', 'is', null))
    .select(['k.child_id', 'k.clock_id', 'k.record_id', 'k.due', 'k.due_date', 'k.state', 'child.given_name', 'child.family_name'])
    .where('a.worker_id', '=', actor.staffUserId)
    .where('k.completed', 'is', null)
    .where('k.stopped_at', 'is', null)
    .where(childInScope(actor))
    .orderBy('k.due_date')
    .orderBy(sql`child.family_name`)
    .limit(2000)
    .execute();
  const items: WorkItem[] = rows.map((r) => ({
    childId: r.child_id,
    childName: `${r.given_name} ${r.family_name}`,
    clockId: r.clock_id,
    title: clockById(r.clock_id)?.title ?? r.clock_id,
    recordId: r.record_id,
    due: r.due,
    state: r.due_date < today ? 'overdue' : r.state === 'due_soon' || r.state === 'overdue' ? 'due_soon' : 'upcoming',
  }));
  items.sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'my_work', detail: { children: [...new Set(items.map((i) => i.childId))] } });
  return items;
}
