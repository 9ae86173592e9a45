// The children lists: "My children" (allocated to me), my team's, my service area's, or the whole LA,
// each bounded by the actor's scope. Listing is a read of every child shown, so it is audited once
// with the ids it showed.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';

export type ChildListView = 'mine' | 'team' | 'service' | 'all';

export interface ChildListRow {
  id: string;
  childReference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  expectedDateOfBirth: string | null;
  workerName: string | null;
  teamName: string | null;
  allocatedSince: string | null;
  /** Clocks on the child's journey past their due date and not met, as at today. */
  overdueClocks: number;
}

export interface ChildList {
  rows: ChildListRow[];
  total: number;
}

export const CHILD_LIST_PAGE_SIZE = 50;

export async function listChildren(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  view: ChildListView,
  page: number,
  now: Date,
): Promise<ChildList> {
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    let query = tx
      .selectFrom('child')
      .leftJoin('allocation as a', (j) =>
        j.onRef('a.local_authority_id', '=', 'child.local_authority_id').onRef('a.child_id', '=', 'child.id').on('a.end_date', 'is', null),
      )
      .leftJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'a.local_authority_id').onRef('s.id', '=', 'a.worker_id'))
      .leftJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 'a.local_authority_id').onRef('t.id', '=', 'a.team_id'))
      .where(childInScope(actor));
    if (view === 'mine') query = query.where('a.worker_id', '=', actor.staffUserId);
    if (view === 'team') query = query.where('a.team_id', '=', actor.teamId);
    if (view === 'service') query = query.where('t.service_area', '=', actor.serviceArea);
    const [{ total }] = await query.select(sql<number>`count(*)::int`.as('total')).execute() as [{ total: number }];
    const rows = await query
      .select([
        'child.id',
        'child.child_reference',
        'child.given_name',
        'child.family_name',
        'child.date_of_birth',
        'child.expected_date_of_birth',
        's.display_name',
        't.name as team_name',
        'a.start_date',
        (eb) =>
          eb
            .selectFrom('clock_instance as ci')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('ci.child_id', '=', 'child.id')
            .where('ci.completed', 'is', null)
            .where('ci.stopped_at', 'is', null)
            .where('ci.due_date', '<', today)
            .as('overdue_clocks'),
      ])
      .orderBy('child.family_name')
      .orderBy('child.given_name')
      .orderBy('child.id')
      .limit(CHILD_LIST_PAGE_SIZE)
      .offset((page - 1) * CHILD_LIST_PAGE_SIZE)
      .execute();
    await recordAudit(tx, actor, origin, now, {
      action: 'list',
      recordType: 'child',
      detail: { view, page, childIds: rows.map((r) => r.id) },
    });
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        childReference: r.child_reference,
        givenName: r.given_name,
        familyName: r.family_name,
        dateOfBirth: r.date_of_birth,
        expectedDateOfBirth: r.expected_date_of_birth,
        workerName: r.display_name,
        teamName: r.team_name,
        allocatedSince: r.start_date,
        overdueClocks: Number(r.overdue_clocks ?? 0),
      })),
    };
  });
}
