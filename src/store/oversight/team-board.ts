// The team board: each worker in my team with their caseload against the LA's limit (a lower limit in
// the ASYE year), their overdue and due-soon clocks, and their children; and the team's children who
// have had three or more social workers in the last 12 months (Croydon 2017: children with too many
// social workers; caseloads too high). Read from stored allocations and each child's stored oversight
// summary (board-child-counts.ts); audited as a list.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { addMonthsToDayNumber } from '../../practice/calendar/periods.ts';
import { fromDayNumber, toDayNumber } from '../../practice/calendar/day-number.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { loadLocalStandards } from '../clocks/local-standards.ts';
import { caseloadThresholds, childWeight, KIND_OF_WORK_LABELS, weightedLoad } from '../../practice/oversight/caseload-weighting.ts';
import { evaluateWorkerSupervision } from '../../practice/oversight/worker-supervision.ts';
import { daysBetween } from '../../practice/calendar/periods.ts';
import { boardChildCounts } from './board-child-counts.ts';

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

/** `options.useSummaries: false` counts every child from the tables, as before migration 0012 (tests and the benchmark compare). */
export async function teamBoard(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date, options: { useSummaries?: boolean } = {}): Promise<TeamBoard> {
  const today = englandDateOf(now);
  const yearAgo = fromDayNumber(addMonthsToDayNumber(toDayNumber(today), -12));
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const { settings } = await loadLocalStandards(tx);
    const team = await tx.selectFrom('team').select('name').where('id', '=', actor.teamId).executeTakeFirst();
    const staff = await tx
      .selectFrom('staff_user as s')
      .select(['s.id', 's.display_name', 's.employment_type', 's.asye', 's.asye_start_date', 's.created_at'])
      // The worker's latest supervision session, read with them (worker_supervision_by_worker).
      .select(sql<string | null>`(select max(w.session_date)::text from worker_supervision w where w.local_authority_id = s.local_authority_id and w.worker_id = s.id)`.as('last_session'))
      .where('s.team_id', '=', actor.teamId)
      .where('s.disabled_at', 'is', null)
      .where((eb) => eb.exists(eb.selectFrom('staff_role as r').select(sql`1`.as('one')).whereRef('r.staff_user_id', '=', 's.id').where('r.role', 'in', ['social_worker', 'personal_adviser', 'early_help_worker', 'front_door_worker'])))
      .orderBy('s.display_name')
      .execute();
    // One indexed read of the team's children with their stored oversight summaries (see
    // board-child-counts.ts); only children without a current summary are counted from the tables.
    const children = await boardChildCounts(tx, actor.teamId, today, yearAgo, options);
    const workers: BoardWorker[] = staff.map((s) => {
      const theirs = children.filter((c) => c.workerId === s.id);
      const mine = theirs
        .map((c) => {
          const weighed = childWeight(c.kinds, settings);
          return {
            id: c.id,
            name: `${c.givenName} ${c.familyName}`,
            overdue: c.overdue,
            dueSoon: c.dueSoon,
            kind: KIND_OF_WORK_LABELS[weighed.kind],
            weight: weighed.weight,
            daysSinceOversight: c.lastOversight ? daysBetween(c.lastOversight, today) : null,
          };
        });
      const thresholds = caseloadThresholds(s.asye, settings);
      const last = s.last_session;
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
        weightedLoad: weightedLoad(theirs.map((c) => c.kinds), settings),
        weightedLimit: thresholds.weighted,
        overdue: mine.reduce((n, c) => n + c.overdue, 0),
        dueSoon: mine.reduce((n, c) => n + c.dueSoon, 0),
        supervision: { lastSession: clock.lastSession, nextDue: clock.nextDue, overdue: clock.overdue, inAsye: clock.inAsye },
        children: mine,
      };
    });
    const manyWorkers = children
      .filter((c) => c.recentAllocations >= MANY_WORKERS)
      .map((c) => ({ id: c.id, name: `${c.givenName} ${c.familyName}`, workers: c.recentAllocations }));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'team_board', detail: { team: actor.teamId, children: children.map((c) => c.id) } });
    return { teamName: team?.name ?? '', workers, manyWorkers };
  });
}
