// The team board: each worker in my team with their caseload against the LA's limit (a lower limit in
// the ASYE year), their overdue and due-soon clocks, and their children; and the team's children who
// have had three or more social workers in the last 12 months (Croydon 2017: children with too many
// social workers; caseloads too high). Read from stored allocations and clocks; audited as a list.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { addMonthsToDayNumber } from '../../practice/calendar/periods.ts';
import { fromDayNumber, toDayNumber } from '../../practice/calendar/day-number.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { loadLocalStandards } from '../clocks/local-standards.ts';
import { caseloadThresholds, childWeight, KIND_OF_WORK_LABELS, weightedLoad, type KindOfWork } from '../../practice/oversight/caseload-weighting.ts';
import { evaluateWorkerSupervision } from '../../practice/oversight/worker-supervision.ts';
import { daysBetween } from '../../practice/calendar/periods.ts';
import { kindsOfWorkFor } from './kinds-of-work.ts';

export interface BoardChild {
  id: string;
  name: string;
  overdue: number;
  dueSoon: number;
  /** The heaviest kind of work open for the child, and the weight it counts at. */
  kind: string;
  weight: number;
  /** Days since the latest case supervision or management oversight entry; null when there is none. */
  daysSinceOversight: number | null;
}

export interface BoardSupervision {
  lastSession: string | null;
  nextDue: string;
  overdue: boolean;
  inAsye: boolean;
}

export interface BoardWorker {
  id: string;
  name: string;
  agency: boolean;
  asye: boolean;
  caseload: number;
  limit: number;
  /** The sum of the children's weights, and the LA's weighted limit for this worker. */
  weightedLoad: number;
  weightedLimit: number;
  overdue: number;
  dueSoon: number;
  supervision: BoardSupervision;
  children: BoardChild[];
}

export interface TeamBoard {
  teamName: string;
  workers: BoardWorker[];
  /** Children of the team with three or more allocations starting in the last 12 months. */
  manyWorkers: { id: string; name: string; workers: number }[];
}

/** Three or more social workers in a year is a flag (Ofsted asks how many workers a child has had). */
export const MANY_WORKERS = 3;

export async function teamBoard(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<TeamBoard> {
  const today = englandDateOf(now);
  const yearAgo = fromDayNumber(addMonthsToDayNumber(toDayNumber(today), -12));
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const { settings } = await loadLocalStandards(tx);
    const team = await tx.selectFrom('team').select('name').where('id', '=', actor.teamId).executeTakeFirst();
    const staff = await tx
      .selectFrom('staff_user as s')
      .select(['s.id', 's.display_name', 's.employment_type', 's.asye', 's.asye_start_date', 's.created_at'])
      .where('s.team_id', '=', actor.teamId)
      .where('s.disabled_at', 'is', null)
      .where((eb) => eb.exists(eb.selectFrom('staff_role as r').select(sql`1`.as('one')).whereRef('r.staff_user_id', '=', 's.id').where('r.role', 'in', ['social_worker', 'personal_adviser', 'early_help_worker', 'front_door_worker'])))
      .orderBy('s.display_name')
      .execute();
    const children = await tx
      .selectFrom('allocation as a')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'a.local_authority_id').onRef('child.id', '=', 'a.child_id'))
      .select(['a.worker_id', 'child.id', 'child.given_name', 'child.family_name'])
      .select((eb) => [
        eb.selectFrom('allocation as b').select(sql<number>`count(*)::int`.as('n')).whereRef('b.child_id', '=', 'child.id').where('b.start_date', '>', yearAgo).as('recent_allocations'),
        // Case supervision of either kind (supervision or management oversight at a key decision).
        eb
          .selectFrom('journey_record as j')
          .select(sql<string | null>`max(j.data->>'date')`.as('d'))
          .whereRef('j.local_authority_id', '=', 'child.local_authority_id')
          .whereRef('j.child_id', '=', 'child.id')
          .where('j.record_type', '=', 'caseSupervisions')
          .where(sql<boolean>`j.data->>'date' <= ${today}`)
          .as('last_oversight'),
      ])
      .where('a.team_id', '=', actor.teamId)
      .where('a.end_date', 'is', null)
      .orderBy('child.family_name')
      .execute();
    // The open clocks of the team's children, counted in one pass over the open clocks (whichever
    // index the planner takes, it reads them once): a count correlated per child could walk every open
    // clock of the LA once per child.
    const childIds = children.map((c) => c.id);
    const clockCounts = childIds.length
      ? await tx
          .selectFrom('clock_instance as k')
          .select([
            'k.child_id',
            sql<number>`count(*) filter (where k.due_date < ${today})::int`.as('overdue'),
            sql<number>`count(*) filter (where k.due_date >= ${today} and k.state = 'due_soon')::int`.as('due_soon'),
          ])
          .where('k.child_id', 'in', childIds)
          .where('k.completed', 'is', null)
          .where('k.stopped_at', 'is', null)
          .groupBy('k.child_id')
          .execute()
      : [];
    const clocksOf = new Map(clockCounts.map((c) => [c.child_id, c]));
    const workerIds = staff.map((s) => s.id);
    const kinds = new Map<string, KindOfWork[]>((await kindsOfWorkFor(tx, workerIds, today)).map((k) => [k.childId, k.kinds]));
    const lastSessions = workerIds.length
      ? await tx.selectFrom('worker_supervision').select(['worker_id', sql<string>`max(session_date)::text`.as('last')]).where('worker_id', 'in', workerIds).groupBy('worker_id').execute()
      : [];
    const lastSessionOf = new Map(lastSessions.map((r) => [r.worker_id, r.last]));
    const workers: BoardWorker[] = staff.map((s) => {
      const mine = children
        .filter((c) => c.worker_id === s.id)
        .map((c) => {
          const weighed = childWeight(kinds.get(c.id) ?? [], settings);
          return {
            id: c.id,
            name: `${c.given_name} ${c.family_name}`,
            overdue: Number(clocksOf.get(c.id)?.overdue ?? 0),
            dueSoon: Number(clocksOf.get(c.id)?.due_soon ?? 0),
            kind: KIND_OF_WORK_LABELS[weighed.kind],
            weight: weighed.weight,
            daysSinceOversight: c.last_oversight ? daysBetween(c.last_oversight, today) : null,
          };
        });
      const thresholds = caseloadThresholds(s.asye, settings);
      const last = lastSessionOf.get(s.id);
      const clock = evaluateWorkerSupervision({
        sessions: last ? [last] : [],
        asyeStart: s.asye ? s.asye_start_date : null,
        joined: englandDateOf(new Date(s.created_at as unknown as string)),
        monthsBetween: settings.workerSupervisionMonths,
        today,
      });
      return {
        id: s.id,
        name: s.display_name,
        agency: s.employment_type === 'agency',
        asye: s.asye,
        caseload: mine.length,
        limit: thresholds.count,
        weightedLoad: weightedLoad(mine.map((c) => kinds.get(c.id) ?? []), settings),
        weightedLimit: thresholds.weighted,
        overdue: mine.reduce((n, c) => n + c.overdue, 0),
        dueSoon: mine.reduce((n, c) => n + c.dueSoon, 0),
        supervision: { lastSession: clock.lastSession, nextDue: clock.nextDue, overdue: clock.overdue, inAsye: clock.inAsye },
        children: mine,
      };
    });
    const manyWorkers = children
      .filter((c) => Number(c.recent_allocations ?? 0) >= MANY_WORKERS)
      .map((c) => ({ id: c.id, name: `${c.given_name} ${c.family_name}`, workers: Number(c.recent_allocations) }));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'team_board', detail: { team: actor.teamId, children: children.map((c) => c.id) } });
    return { teamName: team?.name ?? '', workers, manyWorkers };
  });
}
