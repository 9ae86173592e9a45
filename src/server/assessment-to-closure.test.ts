// A referral to closure over HTTP: a re-referral is flagged; the child and family assessment runs on
// the 45 WD clock, only a manager authorises it, and a late one needs a reason; the CIN plan needs a
// contingency; a CIN review meets its clock; the case closes with a CIN census reason.
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


async function signedIn(username: string): Promise<TestBrowser> {
  const browser = new TestBrowser(world.app);
  assert.equal((await browser.signIn(username, DEMO_PASSWORD)).statusCode, 303);
  return browser;
}

const records = (childId: string, type: string) => storedRecords(world.store.db, world.a.id, childId, type);

async function clockIds(childId: string): Promise<string[]> {
  const rows = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select('clock_id').where('child_id', '=', childId).where('completed', 'is', null).where('stopped_at', 'is', null).execute(),
  );
  return rows.map((r) => r.clock_id);
}

test('referral → assessment (manager authorises, late needs a reason) → CIN plan and review → closure', async () => {
  const worker = await signedIn('a.social.worker');
  const me = world.a.staff.find((s) => s.username === 'a.social.worker')!;
  // A child born, with no child protection or CIN plan that a new CIN plan would overlap, allocated to
  // the worker by the front door manager (as after a contact).
  const open = (plans: readonly { endDate?: string | null }[] | undefined) => (plans ?? []).some((p) => !p.endDate);
  const childId = world.a.journeys.find((j) => j.child.dateOfBirth !== null && !open(j.cpPlans) && !open(j.cinPlans) && !open(j.periodsOfCare))!.child.id;
  const frontDoorManager = await actorFor(world.store.db, world.a, 'a.front.door.manager');
  const allocated = await allocateChild(world.store.db, frontDoorManager, { ip: '10.0.0.1', userAgent: 'test' }, { childId, workerId: me.id, reason: 'Referral' }, world.clock.now());
  assert.deepEqual(allocated, { ok: true });

  // Two referrals within 12 months: the second is flagged as a re-referral.
  for (const date of ['2026-01-12', '2026-09-07']) {
    const made = await worker.postForm(`/children/${childId}/records/referrals`, { ...dateFields('referralDate', date), sourceCode: '2A', primaryNeedCode: 'N1' });
    assert.equal(made.statusCode, 303, made.body.slice(0, 600));
  }
  const page = await worker.get(`/children/${childId}`);
  assert.match(page.body, /[Rr]e-referral/);
  const referral = (await records(childId, 'referrals')).find((r) => r.data.referralDate === '2026-09-07')!;

  // The assessment: started; the 45 WD clock runs.
  const started = await worker.postForm(`/children/${childId}/records/assessments`, { referralId: referral.record_key, ...dateFields('startDate', '2026-09-07'), childSeen: 'yes', ...dateFields('childSeenDate', '2026-09-10') });
  assert.equal(started.statusCode, 303, started.body.slice(0, 600));
  const assessment = (await records(childId, 'assessments')).at(-1)!;
  assert.ok((await clockIds(childId)).includes('child-and-family-assessment'));

  // A social worker cannot authorise: the field is not offered, and posting it is refused by the store.
  const form = await worker.get(`/children/${childId}/records/assessments/${assessment.record_key}`);
  assert.doesNotMatch(form.body, /Date authorised by a manager/);
  const viaApi = await worker.sendJson('PUT', `/api/children/${childId}/records/assessments/${assessment.record_key}`, {
    version: assessment.version,
    record: { ...assessment.data, authorisedDate: '2026-10-30', outcome: 'cin_plan', factors: ['16A'] },
  });
  assert.equal(viaApi.statusCode, 400);
  assert.match(viaApi.body, /Only a manager can authorise/);

  // The manager authorises it on 2 November: 7 September + 45 working days is 9 November, so it is on time.
  const manager = await signedIn('a.team.manager');
  const authoriseFields = {
    version: String(assessment.version),
    referralId: referral.record_key,
    ...dateFields('startDate', '2026-09-07'),
    childSeen: 'yes',
    ...dateFields('childSeenDate', '2026-09-10'),
    factors: '16A',
    outcome: 'cin_plan',
    ...dateFields('authorisedDate', '2026-11-02'),
  };
  const authorised = await manager.postForm(`/children/${childId}/records/assessments/${assessment.record_key}`, authoriseFields);
  assert.equal(authorised.statusCode, 303, authorised.body.slice(0, 800));
  const done = (await records(childId, 'assessments')).at(-1)!;
  assert.equal(done.data.authorisedBy, world.a.staff.find((s) => s.username === 'a.team.manager')!.id);
  const instance = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['completed', 'state']).where('child_id', '=', childId).where('clock_id', '=', 'child-and-family-assessment').where('record_id', '=', referral.record_key).executeTakeFirstOrThrow(),
  );
  assert.deepEqual(instance, { completed: '2026-11-02', state: 'met_on_time' }, 'the manager’s authorisation met the 45 WD clock (due 9 November)');

  // A second assessment authorised after more than 45 WD without a reason is refused, with one accepted.
  // (On the January referral: started 12 January, authorised 2 November, far beyond 45 WD.)
  const january = (await records(childId, 'referrals')).find((r) => r.data.referralDate === '2026-01-12')!;
  const late = await worker.postForm(`/children/${childId}/records/assessments`, { referralId: january.record_key, ...dateFields('startDate', '2026-01-12') });
  assert.equal(late.statusCode, 303, late.body.slice(0, 600));
  const second = (await records(childId, 'assessments')).at(-1)!;
  const lateFields = { ...authoriseFields, version: String(second.version), referralId: january.record_key, ...dateFields('startDate', '2026-01-12'), ...dateFields('childSeenDate', '2026-01-14') };
  const noReason = await manager.postForm(`/children/${childId}/records/assessments/${second.record_key}`, lateFields);
  assert.equal(noReason.statusCode, 400);
  assert.match(noReason.body, /45 working days/);
  const withReason = await manager.postForm(`/children/${childId}/records/assessments/${second.record_key}`, { ...lateFields, reasonForDelay: 'Family moved twice; parents not available for six weeks.' });
  assert.equal(withReason.statusCode, 303, withReason.body.slice(0, 800));

  // The CIN plan: refused without a contingency, saved with one; its review meets the review clock.
  const planFields = { ...dateFields('startDate', '2026-11-02'), 'goals-0-what': 'Regular school attendance', 'goals-0-who': 'Parents and school', ...dateFields('goals-0-by', '2027-01-29') };
  const refused = await worker.postForm(`/children/${childId}/records/cinPlans`, planFields);
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /Enter (the )?contingency plan/i);
  const plan = await worker.postForm(`/children/${childId}/records/cinPlans`, { ...planFields, contingencyPlan: 'Step up to a strategy discussion if attendance falls below 80%.' });
  assert.equal(plan.statusCode, 303, plan.body.slice(0, 800));
  const cinPlan = (await records(childId, 'cinPlans')).at(-1)!;
  assert.ok((await clockIds(childId)).includes('child-in-need-review'), 'the CIN review clock runs');
  const review = await worker.postForm(`/children/${childId}/records/cinReviews`, { cinPlanId: cinPlan.record_key, ...dateFields('date', '2026-11-02') });
  assert.equal(review.statusCode, 303, review.body.slice(0, 800));

  // Closure: a close date needs its CIN census reason.
  const referralNow = (await records(childId, 'referrals')).find((r) => r.record_key === referral.record_key)!;
  const closeFields = { version: String(referralNow.version), ...dateFields('referralDate', '2026-09-07'), sourceCode: '2A', primaryNeedCode: 'N1', ...dateFields('closeDate', '2026-11-02') };
  const noReasonClose = await worker.postForm(`/children/${childId}/records/referrals/${referral.record_key}`, closeFields);
  assert.equal(noReasonClose.statusCode, 400);
  const closed = await worker.postForm(`/children/${childId}/records/referrals/${referral.record_key}`, { ...closeFields, closeReason: 'RC7' });
  assert.equal(closed.statusCode, 303, closed.body.slice(0, 800));
  assert.equal((await records(childId, 'referrals')).find((r) => r.record_key === referral.record_key)!.data.closeReason, 'RC7');
});
