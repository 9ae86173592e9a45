// The stored oversight summary behind the team board (migration 0012): the synthetic loader stores one
// row per child; every team's board read from the summaries equals the board counted from the tables,
// on the day it was computed and on days before and after it (overdue, due soon and workers in 12 months
// are counted against the reader's today; kinds and supervision fall back outside their window); the
// in-memory kinds of work agree with the SQL the allocation screen uses; a record written and a
// reallocation update the row in the same transaction; a missing, stale or mismatched row is counted
// from the tables; `lantern clocks rebuild` restores every row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openWorld, actorFor, LOADED_AT, AS_AT, type TwoAuthorities } from '../../test-support/fixtures.ts';
import type { TestStore } from '../../test-support/database.ts';
import { withTenant } from '../tenant.ts';
import { teamBoard } from './team-board.ts';
import { kindsOfWorkOfChildren } from './kinds-of-work.ts';
import { loadJourneys } from '../journeys/journey-records.ts';
import { childOversight, openKindsOfWork } from '../../practice/oversight/oversight-summary.ts';
import { writeJourneyRecord } from '../journeys/write-journey-record.ts';
import { allocateChild } from '../children/allocate-child.ts';
import { rebuildClocks } from '../clocks/rebuild-clocks.ts';
import type { Actor } from '../../access/actor.ts';

let store: TestStore;
let world: TwoAuthorities;
before(async () => {
  ({ store, ...world } = await openWorld());
});
after(async () => store.close());

const origin = { ip: '10.0.0.1', userAgent: 'test' };
const day = (offset: number): Date => new Date(LOADED_AT.getTime() + offset * 86_400_000);

async function manager(): Promise<Actor> {
  return actorFor(store.db, world.a, 'a.team.manager');
}

/** Every casework team's board as at `now`, read from the summaries and counted from the tables. */
async function boardsBothWays(now: Date) {
  const base = await manager();
  const teams = world.a.teams.filter((t) => world.a.allocations.some((a) => a.teamId === t.id));
  assert.ok(teams.length > 1);
  const pairs = [];
  for (const team of teams) {
    const actor = { ...base, teamId: team.id };
    pairs.push({ team: team.id, summary: await teamBoard(store.db, actor, origin, now), tables: await teamBoard(store.db, actor, origin, now, { useSummaries: false }) });
  }
  return pairs;
}

async function summaryRow(childId: string) {
  return withTenant(store.db, world.a.id, (tx) => tx.selectFrom('child_oversight').selectAll().where('child_id', '=', childId).executeTakeFirst());
}

test('the synthetic loader stores one summary per child', async () => {
  for (const la of [world.a, world.b]) {
    const n = await withTenant(store.db, la.id, async (tx) => Number((await tx.selectFrom('child_oversight').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n));
    assert.equal(n, la.children.length);
  }
});

test('every team board read from the summaries equals the board counted from the tables, today and on other days', async () => {
  let children = 0;
  let overdue = 0;
  let dueSoon = 0;
  let many = 0;
  // The day computed, the next days (clocks fall overdue), months on (allocations leave the 12 months,
  // plans end), and a day before the load (the window's lower end).
  for (const offset of [0, 1, 7, 45, 200, 400, -20]) {
    for (const { team, summary, tables } of await boardsBothWays(day(offset))) {
      assert.deepEqual(summary, tables, `team ${team}, ${offset} days from the load`);
      for (const w of summary.workers) {
        children += w.children.length;
        overdue += w.overdue;
        dueSoon += w.dueSoon;
      }
      many += summary.manyWorkers.length;
    }
  }
  assert.ok(children > 0 && overdue > 0 && dueSoon > 0 && many > 0, 'the boards compared have children, overdue and due-soon clocks and children with many workers');
});

test('the kinds of work computed from the journey agree with the SQL over stored records', async () => {
  await withTenant(store.db, world.a.id, async (tx) => {
    const ids = world.a.children.map((c) => c.id);
    const journeys = await loadJourneys(tx, ids);
    let open = 0;
    for (const today of [AS_AT, '2025-06-30', '2027-01-15']) {
      const sql = new Map((await kindsOfWorkOfChildren(tx, ids, today)).map((k) => [k.childId, k.kinds]));
      for (const journey of journeys) {
        const kinds = openKindsOfWork(journey, today);
        assert.deepEqual(kinds, sql.get(journey.child.id) ?? [], `${journey.child.id} on ${today}`);
        open += kinds.length;
      }
    }
    assert.ok(open > 0);
  });
});

test('a supervision recorded updates the child’s summary in the same write; the board shows it at once', async () => {
  const actor = await manager();
  const allocation = world.a.allocations.find((a) => a.teamId === actor.teamId && a.endDate === null)!;
  const childId = allocation.childId;
  const now = day(3);
  const today = '2026-11-05';
  const result = await writeJourneyRecord(store.db, actor, origin, { childId, recordType: 'caseSupervisions', record: { date: today, kind: 'management_oversight', decision: 'Continue the plan; visit weekly.' } }, now);
  assert.equal(result.ok, true, JSON.stringify(result));
  const row = await summaryRow(childId);
  assert.equal(row?.last_oversight_date, today);
  // Computed from the journey the write checked, allocations included: the board will trust the row.
  assert.equal(row?.worker_id, allocation.workerId);
  assert.equal(row?.team_id, allocation.teamId);
  assert.equal(new Date(row!.computed_as_at).toISOString(), now.toISOString());
  const board = await teamBoard(store.db, actor, origin, now);
  const shown = board.workers.flatMap((w) => w.children).find((c) => c.id === childId);
  assert.equal(shown?.daysSinceOversight, 0);
  assert.deepEqual(board, await teamBoard(store.db, actor, origin, now, { useSummaries: false }));
});

test('a reallocation to another team moves the child’s summary with it; both boards match the tables', async () => {
  const actor = await manager();
  const other = world.a.allocations.find((a) => a.teamId !== actor.teamId && a.endDate === null)!;
  const newWorker = world.a.staff.find((s) => s.id === other.workerId)!;
  const childId = world.a.allocations.find((a) => a.teamId === actor.teamId && a.endDate === null && a.childId !== other.childId && world.a.allocations.filter((b) => b.childId === a.childId).length === 1)!.childId;
  const beforeRow = await summaryRow(childId);
  assert.equal(beforeRow?.team_id, actor.teamId);
  const now = day(4);
  const result = await allocateChild(store.db, actor, origin, { childId, workerId: newWorker.id, reason: 'Moved to the locality team', overLimitConfirmed: true }, now);
  assert.deepEqual(result, { ok: true });
  const row = await summaryRow(childId);
  assert.equal(row?.worker_id, newWorker.id);
  assert.equal(row?.team_id, newWorker.teamId);
  assert.deepEqual(row?.allocation_starts, [...beforeRow!.allocation_starts, '2026-11-06'].sort(), 'the new allocation starts today');
  const theirs = { ...actor, teamId: newWorker.teamId };
  const newBoard = await teamBoard(store.db, theirs, origin, now);
  assert.ok(newBoard.workers.find((w) => w.id === newWorker.id)?.children.some((c) => c.id === childId));
  assert.deepEqual(newBoard, await teamBoard(store.db, theirs, origin, now, { useSummaries: false }));
  const oldBoard = await teamBoard(store.db, actor, origin, now);
  assert.ok(!oldBoard.workers.some((w) => w.children.some((c) => c.id === childId)));
  assert.deepEqual(oldBoard, await teamBoard(store.db, actor, origin, now, { useSummaries: false }));
});

test('a missing, out-of-window or mismatched summary is counted from the tables instead', async () => {
  const actor = await manager();
  const now = day(5);
  const expected = await teamBoard(store.db, actor, origin, now, { useSummaries: false });
  const ids = expected.workers.flatMap((w) => w.children.map((c) => c.id));
  assert.ok(ids.length >= 3);
  const [missing, outOfWindow, mismatched] = ids;
  await withTenant(store.db, world.a.id, async (tx) => {
    await tx.deleteFrom('child_oversight').where('child_id', '=', missing!).execute();
    // Wrong answers in rows the board must not trust: it would show them if it read the rows.
    await tx.updateTable('child_oversight').set({ kinds: ['care_proceedings'], last_oversight_date: '2026-11-07', valid_from: '2026-11-08', valid_until: '2026-12-01', open_due_dates: ['2000-01-01'] }).where('child_id', '=', outOfWindow!).execute();
    await tx.updateTable('child_oversight').set({ worker_id: actor.staffUserId, open_due_dates: ['2000-01-01', '2000-01-02'] }).where('child_id', '=', mismatched!).execute();
  });
  assert.deepEqual(await teamBoard(store.db, actor, origin, now), expected);
});

test('`lantern clocks rebuild` restores every summary, equal to a fresh computation from the journey and its clocks', async () => {
  const now = day(6);
  await withTenant(store.db, world.a.id, (tx) => tx.deleteFrom('child_oversight').execute());
  await rebuildClocks(store.db, now, world.a.id);
  await withTenant(store.db, world.a.id, async (tx) => {
    const rows = await tx.selectFrom('child_oversight').selectAll().execute();
    assert.equal(rows.length, world.a.children.length);
    const journeys = new Map((await loadJourneys(tx, rows.map((r) => r.child_id))).map((j) => [j.child.id, j]));
    const clocks = await tx.selectFrom('clock_instance').select(['child_id', 'due_date', 'completed', 'stopped_at', 'state']).execute();
    for (const row of rows) {
      const mine = clocks.filter((c) => c.child_id === row.child_id).map((c) => ({ dueDate: c.due_date, open: c.completed === null && c.stopped_at === null, dueSoon: c.state === 'due_soon' }));
      const fresh = childOversight(journeys.get(row.child_id)!, mine, '2026-11-08');
      assert.deepEqual(
        { openDueDates: row.open_due_dates, dueSoonDates: row.due_soon_dates, kinds: row.kinds, lastOversight: row.last_oversight_date, allocationStarts: row.allocation_starts, validFrom: row.valid_from, validUntil: row.valid_until },
        fresh,
        row.child_id,
      );
    }
  });
  for (const { summary, tables } of await boardsBothWays(now)) assert.deepEqual(summary, tables);
});
