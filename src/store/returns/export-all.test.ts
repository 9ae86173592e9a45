// The returns' own read of the journeys (only the record types a return uses, each child's records as
// one JSON text) and exporting all three returns from one read: the same journeys as loadJourneys
// trimmed to those types, the same returns as the separate exports, audited as three exports; and the
// two synthetic LAs, as stored, break no rule Lantern checks (issue 8).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openWorld, actorFor, LOADED_AT, type TwoAuthorities } from '../../test-support/fixtures.ts';
import type { TestStore } from '../../test-support/database.ts';
import { withTenant } from '../tenant.ts';
import { loadJourneys } from '../journeys/journey-records.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { JOURNEY_LIST_TYPES, JOURNEY_SINGLE_TYPES, type JourneyRecordType } from '../../practice/journey/record-types.ts';
import { ALL_RETURNS_RECORD_TYPES, ANNEX_A_RECORD_TYPES, CIN_CENSUS_RECORD_TYPES, SSDA903_RECORD_TYPES, loadReturnsJourneys } from './returns-journeys.ts';
import { exportAllReturns } from './export-all.ts';
import { exportCinCensusForLa } from './export-cin-census.ts';
import { exportSsda903ForLa } from './export-ssda903.ts';
import { exportAnnexAForLa } from './export-annex-a.ts';
import { dataQualityList } from './data-quality.ts';
import { buildCinCensus } from '../../returns/cin-census/build-cin-census.ts';
import { buildSsda903 } from '../../returns/ssda903/build-ssda903.ts';
import { buildAnnexA } from '../../returns/annex-a/build-annex-a.ts';

let world: TwoAuthorities & { store: TestStore };
before(async () => {
  world = await openWorld();
});
after(async () => world.store.close());

/** A whole journey cut to the record types a return reads, each visit to its id, date and whether the child was seen (and seen alone). */
function trimmed(journey: Journey, types: readonly JourneyRecordType[]): Journey {
  const out: Record<string, unknown> = { child: journey.child, allocations: journey.allocations };
  for (const type of [...JOURNEY_LIST_TYPES, ...JOURNEY_SINGLE_TYPES]) {
    const value = journey[type];
    if (value === undefined || !types.includes(type)) continue;
    if (type === 'visits') out.visits = journey.visits!.map((v) => ({ id: v.id, date: v.date, childSeen: v.childSeen, ...(v.childSeenAlone === undefined ? {} : { childSeenAlone: v.childSeenAlone }) }));
    else if (!Array.isArray(value) || value.length) out[type] = value;
  }
  return out as Journey;
}

test('the returns read each child’s stored journey as loadJourneys does, cut to the record types asked for', async () => {
  await withTenant(world.store.db, world.a.id, async (tx) => {
    const ids = (await tx.selectFrom('child').select('id').orderBy('id').execute()).map((c) => c.id);
    const whole = await loadJourneys(tx, ids);
    for (const types of [ALL_RETURNS_RECORD_TYPES, CIN_CENSUS_RECORD_TYPES]) {
      const read = await loadReturnsJourneys(tx, 'all', types);
      assert.equal(read.size, ids.length, 'every child of the LA, and only them');
      ids.forEach((id, i) => assert.deepEqual(read.get(id), trimmed(whole[i]!, types), id));
    }
    // By ids: only those children.
    const some = await loadReturnsJourneys(tx, ids.slice(0, 3), SSDA903_RECORD_TYPES);
    assert.deepEqual([...some.keys()].sort(), ids.slice(0, 3));
    assert.equal((await loadReturnsJourneys(tx, [], SSDA903_RECORD_TYPES)).size, 0);
  });
});

test('a stored journey that is not valid stops an export with the child and the reason', async () => {
  const victim = await withTenant(world.store.db, world.b.id, async (tx) => {
    const row = await tx.selectFrom('journey_record').select(['id', 'child_id', sql<string>`data::text`.as('data')]).where('record_type', '=', 'referrals').orderBy('id').executeTakeFirstOrThrow();
    await sql`update journey_record set data = data || '{"referralDate": "not a date"}'::jsonb where id = ${row.id}`.execute(tx);
    return row;
  });
  try {
    await assert.rejects(exportAllReturns(world.store.db, world.b.id, '2026-03-31', LOADED_AT), new RegExp(`stored journey of child ${victim.child_id} is not valid: /referrals/\\d+/referralDate`));
    const audits = await withTenant(world.store.db, world.b.id, (tx) => tx.selectFrom('audit_event').select('id').where('action', '=', 'export').execute());
    assert.equal(audits.length, 0, 'nothing exported, nothing audited');
  } finally {
    await withTenant(world.store.db, world.b.id, (tx) => sql`update journey_record set data = ${victim.data}::jsonb where id = ${victim.id}`.execute(tx));
  }
});

test('each return built from whole journeys is the same as built from the journeys cut to its record types', () => {
  const la = world.a;
  const collection = { start: '2025-04-01', end: '2026-03-31' };
  const cut = (types: readonly JourneyRecordType[]) => la.children.map((child, i) => ({ child, journey: trimmed(la.journeys[i]!, types) }));
  const whole = la.children.map((child, i) => ({ child, journey: la.journeys[i]! }));
  const cin = (children: typeof whole) => buildCinCensus({ la: { dfeCode: '998' }, collection, children: children.map(({ child, journey }) => ({ identity: child, journey })) });
  assert.equal(cin(cut(CIN_CENSUS_RECORD_TYPES)), cin(whole));
  const ssda = (children: typeof whole) => buildSsda903({
    la: { dfeCode: '998' }, collection,
    children: children.map(({ child, journey }) => ({ identity: { ...child, addresses: la.addresses.filter((a) => a.childId === child.id), allocations: la.allocations.filter((a) => a.childId === child.id) }, journey })),
  });
  assert.deepEqual(ssda(cut(SSDA903_RECORD_TYPES)), ssda(whole));
  const annex = (children: typeof whole) => buildAnnexA({
    la: { name: la.name }, asAt: '2026-03-31', children: children.map(({ child, journey }) => ({ ...child, journey })), households: [],
    teamNames: new Map(la.teams.map((t) => [t.id, t.name])), workerNames: new Map(la.staff.map((s) => [s.id, s.displayName])),
  });
  assert.deepEqual(annex(cut(ANNEX_A_RECORD_TYPES)), annex(whole));
});

test('all three returns from one read are the three separate exports, audited as three exports', async () => {
  const now = new Date('2026-11-02T10:00:00Z');
  const exports = () => withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('audit_event').select(['record_type', 'detail']).where('action', '=', 'export').where('actor_username', '=', 'lantern export').execute());
  assert.equal((await exports()).length, 0);
  const all = await exportAllReturns(world.store.db, world.a.id, '2026-01-15', now);
  assert.deepEqual((await exports()).map((r) => r.record_type).sort(), ['annex_a', 'cin_census', 'ssda903']);
  assert.equal(all.year, 2026, 'the census and SSDA903 for the year holding 15 January 2026');
  assert.equal(all.cinCensus, await exportCinCensusForLa(world.store.db, world.a.id, 2026, now));
  assert.deepEqual(all.ssda903, await exportSsda903ForLa(world.store.db, world.a.id, 2026, now));
  const annexA = await exportAnnexAForLa(world.store.db, world.a.id, '2026-01-15', now);
  assert.deepEqual(all.annexA.rows, annexA.rows);
  assert.ok((all.cinCensus.match(/<Child>/g) ?? []).length > 0 && all.ssda903.rows.episodes! > 0 && all.annexA.rows['List 1']! > 0, 'each return holds children');
  // What the audit rows say each export held is the same whichever way it was made.
  const made = await exports();
  for (const type of ['cin_census', 'ssda903', 'annex_a']) {
    const details = made.filter((r) => r.record_type === type).map((r) => JSON.stringify(r.detail));
    assert.equal(details.length, 2, type);
    assert.equal(details[0], details[1], type);
  }
});

test('the two synthetic LAs, as stored, break no rule Lantern checks on the data-quality page', async () => {
  for (const la of [world.a, world.b]) {
    const prefix = la === world.a ? 'a.' : 'b.';
    const director = await actorFor(world.store.db, la, `${prefix}director`);
    const list = await dataQualityList(world.store.db, director, { ip: '127.0.0.1', userAgent: 'test' }, LOADED_AT);
    assert.ok(list && list.childrenChecked > 0, la.name);
    assert.deepEqual(list!.rules.map((r) => `${r.return} ${r.code}: ${r.children.map((c) => c.where.join('; ')).join(' | ')}`), [], la.name);
  }
});
