// What the team board shows for each of a team's children (open clocks overdue and due soon, the kinds of
// work open, the latest case supervision, how many allocations started in the last 12 months), read in
// one indexed pass: the team's current allocations (allocation_current_team), each child's row by
// primary key, and its stored oversight summary (child_oversight, migration 0012) by primary key. The
// counts are taken from the summary's dates against today in the same statement.
//
// A child whose summary is missing (opened with an allocation but nothing stored yet), was computed for
// another allocation, or whose kinds of work or latest supervision may have changed since (today is
// outside the row's valid days) is counted from the tables instead, as the board always did: the open
// clocks, the journey records and the allocations of those children only.
import { sql } from 'kysely';
import { KINDS_OF_WORK, type KindOfWork } from '../../practice/oversight/caseload-weighting.ts';
import type { Tx } from '../tenant.ts';
import { kindsOfWorkOfChildren } from './kinds-of-work.ts';

export interface BoardChildCounts {
  workerId: string;
  id: string;
  givenName: string;
  familyName: string;
  overdue: number;
  dueSoon: number;
  kinds: KindOfWork[];
  lastOversight: string | null;
  recentAllocations: number;
}

const isKind = (k: string): k is KindOfWork => (KINDS_OF_WORK as readonly string[]).includes(k);

/**
 * The team's currently allocated children with their counts as at `today`, by family name. With
 * `useSummaries: false` every child is counted from the tables (tests compare the two; the benchmark
 * times both).
 */
export async function boardChildCounts(tx: Tx, teamId: string, today: string, yearAgo: string, options: { useSummaries?: boolean } = {}): Promise<BoardChildCounts[]> {
  const useSummaries = options.useSummaries ?? true;
  // The child and the summary are looked up per allocation by primary key. As plain joins the planner
  // hashes the whole child and child_oversight tables instead (it prices each of ~200 cached index
  // probes as a disk read): measured on the Croydon-size LA, 17 ms against 1.7 ms. `offset 0` keeps each
  // lateral subquery a per-row index lookup rather than letting the planner flatten it into that join.
  const rows = await tx
    .selectFrom('allocation as a')
    .innerJoinLateral(
      (eb) => eb.selectFrom('child as c').select(['c.id', 'c.given_name', 'c.family_name']).whereRef('c.local_authority_id', '=', 'a.local_authority_id').whereRef('c.id', '=', 'a.child_id').offset(0).as('child'),
      (j) => j.onTrue(),
    )
    .leftJoinLateral(
      (eb) => eb.selectFrom('child_oversight as x').selectAll('x').whereRef('x.local_authority_id', '=', 'a.local_authority_id').whereRef('x.child_id', '=', 'a.child_id').offset(0).as('o'),
      (j) => j.onTrue(),
    )
    .select(['a.worker_id', 'child.id', 'child.given_name', 'child.family_name', 'o.kinds', 'o.last_oversight_date'])
    .select([
      sql<boolean>`coalesce(o.worker_id = a.worker_id and o.team_id = a.team_id
        and (o.valid_from is null or o.valid_from <= ${today}::date) and (o.valid_until is null or o.valid_until > ${today}::date), false)`.as('fresh'),
      sql<number>`(select count(*) from unnest(o.open_due_dates) as d(day) where d.day < ${today}::date)::int`.as('overdue'),
      sql<number>`(select count(*) from unnest(o.due_soon_dates) as d(day) where d.day >= ${today}::date)::int`.as('due_soon'),
      sql<number>`(select count(*) from unnest(o.allocation_starts) as s(day) where s.day > ${yearAgo}::date)::int`.as('recent_allocations'),
    ])
    .where('a.team_id', '=', teamId)
    .where('a.end_date', 'is', null)
    .orderBy('child.family_name')
    .orderBy('child.given_name')
    .orderBy('child.id')
    .execute();
  const counted: BoardChildCounts[] = rows.map((r) => ({
    workerId: r.worker_id,
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    overdue: Number(r.overdue ?? 0),
    dueSoon: Number(r.due_soon ?? 0),
    kinds: (r.kinds ?? []).filter(isKind),
    lastOversight: r.last_oversight_date ?? null,
    recentAllocations: Number(r.recent_allocations ?? 0),
  }));
  const stale = rows.filter((r) => !useSummaries || !r.fresh).map((r) => r.id);
  if (stale.length === 0) return counted;
  const fromTables = await countsFromTables(tx, stale, today, yearAgo);
  return counted.map((c) => {
    const counts = fromTables.get(c.id);
    return counts ? { ...c, ...counts } : c;
  });
}

type TableCounts = Pick<BoardChildCounts, 'overdue' | 'dueSoon' | 'kinds' | 'lastOversight' | 'recentAllocations'>;

/** The board's counts for some children from the stored clocks, journey records and allocations. */
async function countsFromTables(tx: Tx, childIds: readonly string[], today: string, yearAgo: string): Promise<Map<string, TableCounts>> {
  const result = new Map<string, TableCounts>(childIds.map((id) => [id, { overdue: 0, dueSoon: 0, kinds: [], lastOversight: null, recentAllocations: 0 }]));
  // The open clocks of these children, counted in one pass (a count correlated per child could walk
  // every open clock of the LA once per child).
  const clocks = await tx
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
    .execute();
  for (const c of clocks) Object.assign(result.get(c.child_id)!, { overdue: Number(c.overdue), dueSoon: Number(c.due_soon) });
  // Case supervision of either kind (supervision or management oversight at a key decision).
  const supervisions = await tx
    .selectFrom('journey_record as j')
    .select(['j.child_id', sql<string | null>`max(j.data->>'date')`.as('d')])
    .where('j.child_id', 'in', childIds)
    .where('j.record_type', '=', 'caseSupervisions')
    .where(sql<boolean>`j.data->>'date' <= ${today}`)
    .groupBy('j.child_id')
    .execute();
  for (const s of supervisions) result.get(s.child_id)!.lastOversight = s.d;
  const allocations = await tx
    .selectFrom('allocation as b')
    .select(['b.child_id', sql<number>`count(*)::int`.as('n')])
    .where('b.child_id', 'in', childIds)
    .where('b.start_date', '>', yearAgo)
    .groupBy('b.child_id')
    .execute();
  for (const a of allocations) result.get(a.child_id)!.recentAllocations = Number(a.n);
  for (const k of await kindsOfWorkOfChildren(tx, childIds, today)) result.get(k.childId)!.kinds = k.kinds;
  return result;
}
