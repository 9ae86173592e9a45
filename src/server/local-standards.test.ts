// An administrator changes a local standard or adds a bank holiday in the web app: the change is
// checked, audited, and every child's stored clocks are recomputed in the same transaction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { insertJourneyRecords } from '../store/journeys/journey-records.ts';
import { recomputeClocks } from '../store/clocks/recompute-clocks.ts';

let world: TestWorld;
let admin: TestBrowser;
let childId: string;
const planId = randomUUID();

// A child on a CP plan from Mon 7 Sep 2026 with no visit yet, as at Mon 2 Nov 2026 (the test clock).
// CP visits every 10 WD: 8–11 (4), 14–18 (9), Mon 21 Sep (10) → due 2026-09-21.
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
  childId = world.a.children[0]!.id;
  await withTenant(world.store.db, world.a.id, async (tx) => {
    await insertJourneyRecords(tx, world.a.id, [{ child: { id: childId }, cpPlans: [{ id: planId, initialConferenceId: null, startDate: '2026-09-07', endDate: null, initialCategory: 'neglect', ploDecisionDate: null }] }], randomUUID);
    await recomputeClocks(tx, world.a.id, [childId], world.clock.now());
  });
  admin = new TestBrowser(world.app);
  await admin.signIn('a.admin', DEMO_PASSWORD);
});
after(async () => world.close());

/** The text inputs of a page, as name → value (what a browser would post back). */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const tag of html.match(/<input [^>]*type="text"[^>]*>/g) ?? []) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
  }
  return fields;
}

async function visitClock(): Promise<{ due: string; state: string }> {
  return withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['due', 'state']).where('child_id', '=', childId).where('clock_id', '=', 'child-protection-visits').where('record_id', '=', planId).executeTakeFirstOrThrow(),
  );
}

test('the stored clock starts on Lantern’s default of 10 working days', async () => {
  assert.deepEqual(await visitClock(), { due: '2026-09-21', state: 'overdue' });
});

test('changing the CP visit standard to 20 WD recomputes the child’s clocks and is audited', async () => {
  const page = await admin.get('/admin/standards');
  assert.equal(page.statusCode, 200);
  const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
  const fields = formFields(page.body);
  assert.equal(fields.cpVisitWorkingDays, '10');
  const saved = await admin.postForm('/admin/standards', { ...fields, version, cpVisitWorkingDays: '20' });
  assert.equal(saved.statusCode, 303);
  // 20 WD from Mon 7 Sep 2026: 8–11 (4), 14–18 (9), 21–25 (14), 28–30 Sep, 1, 2 Oct (19), Mon 5 Oct (20)
  assert.deepEqual(await visitClock(), { due: '2026-10-05', state: 'overdue' });
  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['action', 'record_type', 'detail']).where('record_type', '=', 'local_standards').execute());
  assert.equal(audit.length, 1);
  assert.deepEqual(audit[0]!.detail, { before: {}, after: { cpVisitWorkingDays: 20 } });
});

test('a value out of range is refused with the field named, and nothing changes', async () => {
  const page = await admin.get('/admin/standards');
  const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
  const response = await admin.postForm('/admin/standards', { ...formFields(page.body), version, cpVisitWorkingDays: '200' });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /Child protection visits must be between 5 and 30 working days/);
  assert.match(response.body, /href="#cpVisitWorkingDays"/);
  assert.deepEqual(await visitClock(), { due: '2026-10-05', state: 'overdue' });
});

test('a stale form (someone else saved first) is refused as a conflict, not silently applied', async () => {
  const page = await admin.get('/admin/standards');
  const response = await admin.postForm('/admin/standards', { ...formFields(page.body), version: '0', cpVisitWorkingDays: '15' });
  assert.equal(response.statusCode, 409);
  assert.match(response.body, /Someone else changed the local standards/);
  assert.deepEqual(await visitClock(), { due: '2026-10-05', state: 'overdue' });
});

test('adding a one-off bank holiday moves working-day clocks, is audited, and can be removed', async () => {
  await admin.get('/admin/bank-holidays');
  // A proclaimed holiday on Thu 24 Sep 2026 falls inside the 20 WD: the due date moves to Tue 6 Oct.
  const added = await admin.postForm('/admin/bank-holidays', { day: '24', month: '9', year: '2026', name: 'Proclaimed holiday' });
  assert.equal(added.statusCode, 303);
  assert.equal((await visitClock()).due, '2026-10-06');
  const page = await admin.get('/admin/bank-holidays');
  assert.match(page.body, /24 September 2026/);
  const removed = await admin.postForm('/admin/bank-holidays/2026-09-24/remove', {});
  assert.equal(removed.statusCode, 303);
  assert.equal((await visitClock()).due, '2026-10-05');
  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['action']).where('record_type', '=', 'bank_holiday').orderBy('id').execute());
  assert.deepEqual(audit.map((a) => a.action), ['create', 'delete']);
});

test('bad bank holidays are refused with a clear reason', async () => {
  await admin.get('/admin/bank-holidays');
  const weekend = await admin.postForm('/admin/bank-holidays', { day: '26', month: '9', year: '2026', name: 'A Saturday' });
  assert.equal(weekend.statusCode, 400);
  assert.match(weekend.body, /Saturday/);
  const christmas = await admin.postForm('/admin/bank-holidays', { day: '25', month: '12', year: '2026', name: 'Again' });
  assert.match(christmas.body, /already a bank holiday/);
  const unreal = await admin.postForm('/admin/bank-holidays', { day: '31', month: '2', year: '2026', name: 'Nope' });
  assert.match(unreal.body, /must be a real date/);
  const noName = await admin.postForm('/admin/bank-holidays', { day: '1', month: '10', year: '2026', name: '' });
  assert.match(noName.body, /Enter the name of the bank holiday/);
  const rows = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('local_bank_holiday').selectAll().execute());
  assert.equal(rows.length, 0);
});

test('only administrators can open local standards (404 for others); another LA is unaffected', async () => {
  const manager = new TestBrowser(world.app);
  await manager.signIn('a.team.manager', DEMO_PASSWORD);
  assert.equal((await manager.get('/admin/standards')).statusCode, 404);
  assert.equal((await manager.get('/admin/bank-holidays')).statusCode, 404);
  const other = await withTenant(world.store.db, world.b.id, (tx) => tx.selectFrom('local_standards').selectAll().execute());
  assert.equal(other.length, 0);
});

test('the LA’s school term dates move a looked-after child’s PEP clock, and bad dates are refused', async () => {
  // A child of school age looked after from Mon 3 Aug 2026: the autumn term's PEP is due on its last day,
  // 31 Dec 2026 by Lantern's default terms.
  const lookedAfter = world.a.children.find((c) => c.dateOfBirth && c.dateOfBirth > '2012-01-01' && c.dateOfBirth < '2019-01-01' && c.id !== childId)!.id;
  await withTenant(world.store.db, world.a.id, async (tx) => {
    await insertJourneyRecords(tx, world.a.id, [{ child: { id: lookedAfter }, periodsOfCare: [{ id: 'poc-terms', startDate: '2026-08-03', endDate: null }] }], randomUUID);
    await recomputeClocks(tx, world.a.id, [lookedAfter], world.clock.now());
  });
  const autumnPep = async () => withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['started', 'due']).where('child_id', '=', lookedAfter).where('clock_id', '=', 'personal-education-plan').where('record_id', '=', 'poc-terms').where('occurrence', '=', 2).executeTakeFirstOrThrow());
  assert.deepEqual(await autumnPep(), { started: '2026-09-01', due: '2026-12-31' });

  const page = await admin.get('/admin/standards');
  assert.match(page.body, /School terms/);
  const fields = formFields(page.body);
  assert.deepEqual([fields['autumnStart-day'], fields['autumnStart-month']], ['1', '9']);
  const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;

  const backwards = await admin.postForm('/admin/standards', { ...fields, version, 'summerEnd-day': '1', 'summerEnd-month': '3' });
  assert.equal(backwards.statusCode, 400);
  assert.match(backwards.body, /Summer term ends must be after ‘summer term starts’ in the year/);
  assert.match(backwards.body, /href="#summerEnd-day"/);
  assert.deepEqual(await autumnPep(), { started: '2026-09-01', due: '2026-12-31' }, 'nothing changed');

  // Autumn from 3 September, spring from 5 January: the autumn term ends on Mon 4 Jan 2027.
  const saved = await admin.postForm('/admin/standards', { ...fields, version, 'autumnStart-day': '3', 'autumnStart-month': '9', 'springStart-day': '5', 'springStart-month': '1' });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
  assert.deepEqual(await autumnPep(), { started: '2026-09-03', due: '2027-01-04' });
  const again = formFields((await admin.get('/admin/standards')).body);
  assert.deepEqual([again['autumnStart-day'], again['springStart-day'], again.cpVisitWorkingDays], ['3', '5', '20'], 'the other standards are kept');
});
