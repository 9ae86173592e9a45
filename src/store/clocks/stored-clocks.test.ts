// The property that makes stored clocks trustworthy: for every child of a synthetic LA, the stored
// instances equal a fresh pure computation, after loading and after a write that touches a child.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { TestStore } from '../../test-support/database.ts';
import { LOADED_AT, openWorld, type TwoAuthorities } from '../../test-support/fixtures.ts';
import { withTenant } from '../tenant.ts';
import { loadJourneys, insertJourneyRecords } from '../journeys/journey-records.ts';
import { computeClocks } from '../../practice/clocks/engine.ts';
import { loadLocalCalendar, loadLocalStandards } from './local-standards.ts';
import { recomputeClocks } from './recompute-clocks.ts';
import { rebuildClocks } from './rebuild-clocks.ts';
import type { ClockInstance } from '../../practice/clocks/types.ts';

let store: TestStore;
let world: TwoAuthorities;
before(async () => {
  ({ store, ...world } = await openWorld());
});
after(async () => store.close());

type Row = Omit<ClockInstance, 'childId'> & { childId: string };
const key = (r: { childId: string; clockId: string; recordId: string; occurrence: number }): string => `${r.childId}|${r.clockId}|${r.recordId}|${r.occurrence}`;

async function storedAndFresh(laId: string, at: Date): Promise<{ stored: Row[]; fresh: Row[] }> {
  return withTenant(store.db, laId, async (tx) => {
    const rows = await tx.selectFrom('clock_instance').selectAll().execute();
    const stored: Row[] = rows.map((r) => ({
      clockId: r.clock_id, childId: r.child_id, recordId: r.record_id, occurrence: r.occurrence, started: r.started, due: r.due,
      completed: r.completed, stoppedAt: r.stopped_at, state: r.state as Row['state'], lateness: r.lateness, latenessUnit: r.lateness_unit as Row['latenessUnit'],
      workerId: r.worker_id, teamId: r.team_id,
    }));
    const children = await tx.selectFrom('child').select('id').execute();
    const journeys = await loadJourneys(tx, children.map((c) => c.id));
    const { settings } = await loadLocalStandards(tx);
    const calendar = await loadLocalCalendar(tx);
    const fresh = journeys.flatMap((j) => computeClocks(j, { settings, calendar, asAt: at.toISOString() }));
    return { stored: stored.sort((a, b) => key(a).localeCompare(key(b))), fresh: fresh.sort((a, b) => key(a).localeCompare(key(b))) };
  });
}

test('after loading a synthetic LA, every child’s stored clocks equal a fresh computation', async () => {
  const { stored, fresh } = await storedAndFresh(world.a.id, LOADED_AT);
  assert.ok(fresh.length > world.a.children.length, `a synthetic LA has many clocks (${fresh.length})`);
  assert.equal(stored.length, fresh.length);
  assert.deepEqual(stored, fresh);
  const states = new Set(stored.map((s) => s.state));
  for (const state of ['met_on_time', 'met_late', 'overdue', 'upcoming']) assert.ok(states.has(state as Row['state']), `some clocks are ${state}`);
});

test('a write that touches a child recomputes that child’s clocks in the same transaction', async () => {
  const child = world.a.children.find((c) => c.dateOfBirth !== null)!;
  const at = new Date(LOADED_AT.getTime() + 3600_000);
  await withTenant(store.db, world.a.id, async (tx) => {
    await insertJourneyRecords(tx, world.a.id, [{ child: { id: child.id }, contacts: [{ id: randomUUID(), receivedAt: '2026-10-30T10:00', decidedAt: null }] }], randomUUID);
    await recomputeClocks(tx, world.a.id, [child.id], at);
  });
  const contactClocks = await withTenant(store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['due', 'state']).where('child_id', '=', child.id).where('clock_id', '=', 'contact-decision').where('completed', 'is', null).execute(),
  );
  // Fri 30 Oct 2026 + 1 WD = Mon 2 Nov; as at 10:00 on 2 Nov it is due today
  assert.ok(contactClocks.some((c) => c.due === '2026-11-02' && c.state === 'due_soon'));
});

test('lantern clocks rebuild recomputes every LA and matches a fresh computation', async () => {
  const at = new Date(LOADED_AT.getTime() + 86_400_000 * 30);
  const reports = await rebuildClocks(store.db, at);
  assert.deepEqual(reports.map((r) => r.localAuthorityId).sort(), [world.a.id, world.b.id].sort());
  for (const la of [world.a, world.b]) {
    const { stored, fresh } = await storedAndFresh(la.id, at);
    assert.deepEqual(stored, fresh);
  }
});
