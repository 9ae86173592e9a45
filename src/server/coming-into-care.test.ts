// A child comes into care, over HTTP: a period of care with its legal status, a placement (the care
// plan, placement plan, first review, visit and health clocks start), the first review within 20 WD,
// a visit, pre-proceedings and proceedings, and an adoption path to a match. Bad input is refused:
// a placement ending before it starts, an unknown code, an adoption order without a placement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { dateFields, storedRecords } from '../test-support/forms.ts';
import { actorFor } from '../test-support/fixtures.ts';
import { allocateChild } from '../store/children/allocate-child.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());


const records = (childId: string, type: string) => storedRecords(world.store.db, world.a.id, childId, type);

async function openClocks(childId: string): Promise<string[]> {
  const rows = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select('clock_id').where('child_id', '=', childId).where('completed', 'is', null).where('stopped_at', 'is', null).execute(),
  );
  return rows.map((r) => r.clock_id);
}

test('a child comes into care, is placed, reviewed and visited; the adoption path reaches a match', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const me = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  // A young child never looked after, allocated to the worker.
  const child = world.a.journeys.find((j) => j.child.dateOfBirth && j.child.dateOfBirth > '2023-01-01' && !(j.periodsOfCare ?? []).length)!.child;
  const manager = await actorFor(world.store.db, world.a, 'a.front.door.manager');
  assert.deepEqual(await allocateChild(world.store.db, manager, { ip: '10.0.0.1', userAgent: 'test' }, { childId: child.id, workerId: me.id, reason: 'Coming into care' }, world.clock.now()), { ok: true });
  const url = (type: string) => `/children/${child.id}/records/${type}`;

  // The period of care and its legal status (an interim care order).
  const period = await worker.postForm(url('periodsOfCare'), { ...dateFields('startDate', '2026-10-19'), categoryOfNeed: 'N1', });
  assert.equal(period.statusCode, 303, period.body.slice(0, 600));
  const [care] = await records(child.id, 'periodsOfCare');
  const unknownCode = await worker.postForm(url('legalStatuses'), { code: 'Q9', ...dateFields('startDate', '2026-10-19') });
  assert.equal(unknownCode.statusCode, 400, 'an unknown legal status code is refused');
  assert.equal((await records(child.id, 'legalStatuses')).length, 0);
  const status = await worker.postForm(url('legalStatuses'), { code: 'C1', ...dateFields('startDate', '2026-10-19') });
  assert.equal(status.statusCode, 303, status.body.slice(0, 600));

  // A placement ending before it starts is refused; a foster placement is saved and its clocks start.
  const placementFields = { periodOfCareId: care!.record_key, ...dateFields('startDate', '2026-10-19'), typeCode: 'U6', placedWith: 'other', providerCode: 'PR1', registered: 'yes', postcode: 'NB1 2AB', inLaArea: 'yes', distanceMiles: '3.5' };
  const backwards = await worker.postForm(url('placements'), { ...placementFields, ...dateFields('endDate', '2026-10-01') });
  assert.equal(backwards.statusCode, 400);
  assert.match(backwards.body, /End date must be the same as or after the start date/);
  const placed = await worker.postForm(url('placements'), placementFields);
  assert.equal(placed.statusCode, 303, placed.body.slice(0, 800));
  const clocks = await openClocks(child.id);
  for (const id of ['care-plan', 'placement-plan', 'first-cla-review', 'initial-health-assessment']) assert.ok(clocks.includes(id), `${id} runs: ${clocks}`);

  // The first review within 20 WD (chaired by the IRO), a visit, and the health assessment.
  const iro = new TestBrowser(world.app);
  await iro.signIn('a.iro', DEMO_PASSWORD);
  const review = await iro.postForm(url('claReviews'), { ...dateFields('date', '2026-10-30'), chairName: 'Imogen IRO', recommendations: 'Initial health assessment to be completed this week.' });
  assert.equal(review.statusCode, 303, review.body.slice(0, 600));
  const first = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['state', 'completed']).where('child_id', '=', child.id).where('clock_id', '=', 'first-cla-review').executeTakeFirstOrThrow(),
  );
  assert.deepEqual(first, { state: 'met_on_time', completed: '2026-10-30' }, '19 Oct + 20 WD = 16 Nov; the review on 30 Oct is on time');
  assert.ok((await openClocks(child.id)).includes('second-cla-review'), 'the 3-month review clock runs from the first');
  const visit = await worker.postForm(url('visits'), { ...dateFields('date', '2026-10-23'), childSeen: 'yes', childSeenAlone: 'no', visitType: 'statutory' });
  assert.equal(visit.statusCode, 303);
  const health = await worker.postForm(url('healthAssessments'), { kind: 'initial', ...dateFields('date', '2026-11-02') });
  assert.equal(health.statusCode, 303);
  assert.ok(!(await openClocks(child.id)).includes('initial-health-assessment'), 'the initial health assessment is done');

  // Court: pre-proceedings then proceedings; the 26-week clock runs from issue.
  assert.equal((await worker.postForm(url('preProceedings'), { ...dateFields('letterDate', '2026-09-01'), ...dateFields('meetingDate', '2026-09-10'), ...dateFields('endDate', '2026-10-15'), outcome: 'proceedings_issued' })).statusCode, 303);
  assert.equal((await worker.postForm(url('proceedings'), { ...dateFields('issueDate', '2026-10-16') })).statusCode, 303);
  assert.ok((await openClocks(child.id)).includes('care-proceedings'), 'the 26-week clock runs');

  // Adoption: an order without a placement is refused; decision, placement order and match are saved.
  const noPlacement = await worker.postForm(url('adoption'), { ...dateFields('decisionDate', '2026-10-20'), ...dateFields('adoptionOrderDate', '2026-11-01') });
  assert.equal(noPlacement.statusCode, 400);
  assert.equal((await records(child.id, 'adoption')).length, 0);
  const adoption = await worker.postForm(url('adoption'), { ...dateFields('decisionDate', '2026-10-20'), ...dateFields('placementOrderDate', '2026-10-28'), ...dateFields('matchedDate', '2026-11-02') });
  assert.equal(adoption.statusCode, 303, adoption.body.slice(0, 800));
  const summary = await worker.get(`/children/${child.id}`);
  assert.match(summary.body, /Adoption timeliness/);
  assert.match(summary.body, /A2: placement order to match<\/dt><dd class="govuk-summary-list__value">5 days/, '28 October to 2 November');
  const again = await worker.get(`${url('adoption')}/new`);
  assert.match(again.body, /name="version" value="1"/, '"add" opens the child’s one adoption record');

  // The IRO's contacts and escalation: an open escalation is listed for managers until resolved.
  assert.equal((await iro.postForm(url('iroContacts'), { kind: 'midway_review', ...dateFields('date', '2026-11-02') })).statusCode, 303);
  const raised = await iro.postForm(url('iroEscalations'), { ...dateFields('raisedDate', '2026-11-02'), stage: 'stage_1', concern: 'Initial health assessment not arranged.', escalatedTo: 'Tara Team-Manager, team manager' });
  assert.equal(raised.statusCode, 303, raised.body.slice(0, 600));
  const attention = await iro.get('/looked-after/attention');
  assert.equal(attention.statusCode, 200);
  assert.match(attention.body.split('IRO escalations not yet resolved')[1] ?? '', new RegExp(child.id));
  const [escalation] = await records(child.id, 'iroEscalations');
  const resolvedWithoutOutcome = await iro.postForm(`${url('iroEscalations')}/${escalation!.record_key}`, { version: '1', ...dateFields('raisedDate', '2026-11-02'), stage: 'stage_1', concern: 'Initial health assessment not arranged.', escalatedTo: 'Tara Team-Manager, team manager', ...dateFields('resolvedDate', '2026-11-02') });
  assert.equal(resolvedWithoutOutcome.statusCode, 400, 'a resolution needs its outcome');
  const resolved = await iro.postForm(`${url('iroEscalations')}/${escalation!.record_key}`, { version: '1', ...dateFields('raisedDate', '2026-11-02'), stage: 'stage_1', concern: 'Initial health assessment not arranged.', escalatedTo: 'Tara Team-Manager, team manager', ...dateFields('resolvedDate', '2026-11-02'), outcome: 'Assessment booked.' });
  assert.equal(resolved.statusCode, 303);
  assert.doesNotMatch((await iro.get('/looked-after/attention')).body.split('IRO escalations not yet resolved')[1] ?? '', new RegExp(child.id));

  // Health checks, advocacy, and a hearing in the proceedings.
  assert.equal((await worker.postForm(url('healthChecks'), { kind: 'sdq', ...dateFields('date', '2026-11-02') })).statusCode, 400, 'an SDQ needs its score');
  assert.equal((await worker.postForm(url('healthChecks'), { kind: 'sdq', ...dateFields('date', '2026-11-02'), sdqScore: '14' })).statusCode, 303);
  assert.equal((await worker.postForm(url('advocacyOffers'), { kind: 'advocate', ...dateFields('offeredDate', '2026-10-20'), outcome: 'accepted', ...dateFields('startDate', '2026-10-27') })).statusCode, 303);
  const [proceedings] = await records(child.id, 'proceedings');
  const hearing = await worker.postForm(`${url('proceedings')}/${proceedings!.record_key}`, { version: '1', ...dateFields('issueDate', '2026-10-16'), ...dateFields('hearings-0-on', '2026-10-30'), 'hearings-0-text': 'Case management hearing' });
  assert.equal(hearing.statusCode, 303, hearing.body.slice(0, 600));
  assert.deepEqual((await records(child.id, 'proceedings'))[0]!.data.hearings, [{ date: '2026-10-30', kind: 'Case management hearing' }]);

  // A move into an unregistered home is listed for managers.
  const [placement] = await records(child.id, 'placements');
  const moved = await worker.postForm(`${url('placements')}/${placement!.record_key}`, { version: '1', ...placementFields, ...dateFields('endDate', '2026-11-01'), reasonForChange: 'CREQB' });
  assert.equal(moved.statusCode, 303, moved.body.slice(0, 600));
  const unregistered = await worker.postForm(url('placements'), { periodOfCareId: care!.record_key, ...dateFields('startDate', '2026-11-01'), typeCode: 'K2', placedWith: 'other', providerCode: 'PR4', registered: 'no' });
  assert.equal(unregistered.statusCode, 303, unregistered.body.slice(0, 600));
  const teamManager = new TestBrowser(world.app);
  await teamManager.signIn('a.team.manager', DEMO_PASSWORD);
  assert.match((await teamManager.get('/looked-after/attention')).body.split('IRO escalations')[0]!.split('not registered with Ofsted')[1] ?? '', new RegExp(child.id));

  const chronology = await worker.get(`/children/${child.id}/chronology?kind=looked_after`);
  assert.equal(chronology.statusCode, 200);
  assert.match(chronology.body, /looked after/i);
});
