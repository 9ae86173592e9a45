// Missing children and care leavers over HTTP: a child goes missing and returns; the 72-hour return
// interview clock runs from the return and the daily list shows the child until the interview; an
// interview before the return is refused; an exploitation screening shows on the child's page; a care
// leaver gets a personal adviser and a pathway plan, and appears on the adviser's caseload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { dateFields, dateTimeFields, storedRecords } from '../test-support/forms.ts';
import { actorFor } from '../test-support/fixtures.ts';
import { allocateChild } from '../store/children/allocate-child.ts';
import { careLeaverEligibilityOf } from '../practice/casework/care-leaver-eligibility.ts';
import { recordReferredInterview } from '../store/missing/referred-interviews.ts';
import { sql } from 'kysely';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());


const records = (childId: string, type: string) => storedRecords(world.store.db, world.a.id, childId, type);

async function allocate(childId: string, username: string): Promise<void> {
  const manager = await actorFor(world.store.db, world.a, 'a.front.door.manager');
  const worker = world.a.staff.find((s) => s.username === username)!;
  assert.deepEqual(await allocateChild(world.store.db, manager, { ip: '10.0.0.1', userAgent: 'test' }, { childId, workerId: worker.id, reason: 'Test' }, world.clock.now()), { ok: true });
}

test('a child goes missing, returns, is on the daily list, and an independent interview within 72 hours meets the clock', async () => {
  const child = world.a.journeys.find((j) => j.child.dateOfBirth && j.child.dateOfBirth < '2012-01-01' && j.child.dateOfBirth > '2010-01-01' && !(j.missingEpisodes ?? []).length)!.child;
  await allocate(child.id, 'a.social.worker');
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const url = `/children/${child.id}/records/missingEpisodes`;

  const went = await worker.postForm(url, { ...dateTimeFields('startAt', '2026-10-31T22:00'), type: 'missing', fromCare: 'no', reportedBy: 'Mother', policeReference: 'NB-2026-1031-77' });
  assert.equal(went.statusCode, 303, went.body.slice(0, 600));
  let list = await worker.get('/missing');
  assert.match(list.body.split('Back, waiting')[0]!, new RegExp(child.id), 'listed as missing now');

  const [episode] = await records(child.id, 'missingEpisodes');
  const episodeUrl = `${url}/${episode!.record_key}`;
  const base = { ...dateTimeFields('startAt', '2026-10-31T22:00'), type: 'missing', fromCare: 'no', reportedBy: 'Mother', policeReference: 'NB-2026-1031-77' };
  const returned = await worker.postForm(episodeUrl, { version: '1', ...base, ...dateTimeFields('returnedAt', '2026-11-01T14:30'), whereFound: 'Railway station', withWhom: 'Two older boys' });
  assert.equal(returned.statusCode, 303, returned.body.slice(0, 600));
  list = await worker.get('/missing');
  const waiting = list.body.split('Back, waiting')[1]!.split('Repeat episodes')[0]!;
  assert.match(waiting, new RegExp(child.id), 'listed as back without an interview');

  // An interview before the return is refused, changing nothing.
  const early = await worker.postForm(episodeUrl, { version: '2', ...base, ...dateTimeFields('returnedAt', '2026-11-01T14:30'), ...dateTimeFields('returnInterviewOfferedAt', '2026-11-01T10:00'), interviewOfferedBy: 'Jo Lane', offeredByIndependentPerson: 'yes' });
  assert.equal(early.statusCode, 400);
  assert.equal((await records(child.id, 'missingEpisodes'))[0]!.version, 2);

  // Offered and held by an independent worker within 72 hours: the clock is met.
  const interviewed = await worker.postForm(episodeUrl, {
    version: '2',
    ...base,
    ...dateTimeFields('returnedAt', '2026-11-01T14:30'),
    ...dateTimeFields('returnInterviewOfferedAt', '2026-11-02T09:00'),
    interviewOfferedBy: 'Jo Lane',
    interviewOrganisation: 'Northbridge Young People’s Service',
    offeredByIndependentPerson: 'yes',
    ...dateTimeFields('returnInterviewCompletedAt', '2026-11-02T09:30'),
    childSaid: 'I went to see a friend in town.',
  });
  assert.equal(interviewed.statusCode, 303, interviewed.body.slice(0, 600));
  const clock = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['state']).where('child_id', '=', child.id).where('clock_id', '=', 'return-home-interview').where('record_id', '=', episode!.record_key).executeTakeFirstOrThrow(),
  );
  assert.equal(clock.state, 'met_on_time');
  assert.doesNotMatch((await worker.get('/missing')).body.split('Back, waiting')[1]!.split('Repeat episodes')[0]!, new RegExp(child.id));

  // An exploitation screening shows its latest levels on the child's page.
  const screened = await worker.postForm(`/children/${child.id}/records/exploitationScreenings`, {
    ...dateFields('date', '2026-11-02'),
    sexualExploitationRisk: 'low',
    criminalExploitationRisk: 'high',
    assessedBy: 'Sam Social-Worker',
    locations: 'Railway station, Market Square car park',
    associates: 'Two older boys',
  });
  assert.equal(screened.statusCode, 303, screened.body.slice(0, 600));
  assert.deepEqual((await records(child.id, 'exploitationScreenings'))[0]!.data.locations, ['Railway station', 'Market Square car park']);
  const page = await worker.get(`/children/${child.id}`);
  assert.match(page.body, /Exploitation risk/);
  assert.match(page.body, /govuk-tag--red">High/);
});

test('a young person leaving care gets a personal adviser and a pathway plan, and is on the adviser’s caseload', async () => {
  // A looked-after 16- or 17-year-old whose recorded eligibility agrees with the care history.
  const today = '2026-11-02';
  const journey = world.a.journeys.find((j) => {
    const leaver = j.careLeaver;
    if (!leaver || !(j.periodsOfCare ?? []).some((p) => !p.endDate)) return false;
    const computed = careLeaverEligibilityOf(j, today);
    return computed.category === 'eligible' && leaver.eligibility === 'eligible' && !leaver.eligibilityOverrideReason && computed.eligibleFrom !== null;
  })!;
  assert.ok(journey, 'the synthetic LA has an eligible young person in care');
  const eligibleFrom = careLeaverEligibilityOf(journey, today).eligibleFrom!;
  await allocate(journey.child.id, 'a.personal.adviser');
  const adviser = new TestBrowser(world.app);
  await adviser.signIn('a.personal.adviser', DEMO_PASSWORD);
  // "Add" opens the young person's one care-leaver record when there is one.
  const form = await adviser.get(`/children/${journey.child.id}/records/careLeaver/new`);
  assert.equal(form.statusCode, 200);
  const version = /name="version" value="(\d+)"/.exec(form.body)?.[1];
  assert.ok(version, 'the existing record opens for a change');
  const fields = {
    version: version!,
    eligibility: 'eligible',
    ...dateFields('eligibleFrom', journey.careLeaver!.eligibleFrom),
    personalAdviserName: 'Pat Personal-Adviser',
    ...dateFields('personalAdviserAllocatedDate', eligibleFrom),
    ...dateFields('needsAssessmentDate', eligibleFrom),
    ...dateFields('pathwayPlanDate', eligibleFrom),
    ...dateFields('latestContactDate', '2026-10-28'),
    inTouchCode: 'YES',
    activityCode: 'F1',
    accommodationCode: 'B1',
  };
  const overridden = await adviser.postForm(`/children/${journey.child.id}/records/careLeaver/careLeaver`, { ...fields, eligibility: 'qualifying' });
  assert.equal(overridden.statusCode, 400, 'an eligibility that differs from the care history needs a reason');
  const saved = await adviser.postForm(`/children/${journey.child.id}/records/careLeaver/careLeaver`, fields);
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 800));
  const clocks = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['clock_id', 'state']).where('child_id', '=', journey.child.id).where('clock_id', 'in', ['personal-adviser-allocated', 'pathway-plan']).execute(),
  );
  assert.equal(clocks.length, 2, JSON.stringify(clocks));
  for (const clock of clocks) assert.equal(clock.state, 'met_on_time', `${clock.clock_id} met on time`);
  const caseload = await adviser.get('/care-leavers/mine');
  assert.equal(caseload.statusCode, 200);
  assert.match(caseload.body, new RegExp(journey.child.id));
  assert.match(caseload.body, /28 October 2026/);
});

test('an independent return-interview service sees only the episodes referred to it and records the interview', async () => {
  const service = world.a.teams.find((t) => t.serviceArea === 'return_interviews')!;
  assert.ok(service, 'the synthetic LA has a return interview service');
  // (Born in 2012: not the child of the first test.)
  const child = world.a.journeys.find((j) => j.child.dateOfBirth && j.child.dateOfBirth < '2013-01-01' && j.child.dateOfBirth > '2012-01-01' && !(j.missingEpisodes ?? []).length)!.child;
  await allocate(child.id, 'a.social.worker');
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.social.worker', DEMO_PASSWORD);
  const form = await worker.get(`/children/${child.id}/records/missingEpisodes/new`);
  assert.match(form.body, new RegExp(`<option value="${service.id}">`), 'the service is offered in the referral list');
  const made = await worker.postForm(`/children/${child.id}/records/missingEpisodes`, {
    ...dateTimeFields('startAt', '2026-11-01T20:00'),
    type: 'missing',
    ...dateTimeFields('returnedAt', '2026-11-02T01:00'),
    interviewReferredToTeamId: service.id,
  });
  assert.equal(made.statusCode, 303, made.body.slice(0, 600));
  const [episode] = await records(child.id, 'missingEpisodes');

  const provider = new TestBrowser(world.app);
  await provider.signIn('a.return.interviews', DEMO_PASSWORD);
  const list = await provider.get('/return-interviews');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, new RegExp(`/return-interviews/${child.id}/${episode!.record_key}`));
  assert.equal((await provider.get(`/children/${child.id}`)).statusCode, 404, 'the service sees nothing else of the child');
  // The worker's form for the episode is refused to the service's role outright (403, before any child is looked at).
  const workerForm = await provider.get(`/children/${child.id}/records/missingEpisodes/${episode!.record_key}`);
  assert.equal(workerForm.statusCode, 403);
  const name = world.a.children.find((c) => c.id === child.id)!;
  assert.doesNotMatch(workerForm.body, new RegExp(name.familyName));

  const saved = await provider.postForm(`/return-interviews/${child.id}/${episode!.record_key}`, {
    version: String(episode!.version),
    ...dateTimeFields('returnInterviewOfferedAt', '2026-11-02T08:30'),
    returnInterviewDeclined: 'no',
    ...dateTimeFields('returnInterviewCompletedAt', '2026-11-02T08:45'),
    childSaid: 'I stayed at a friend’s flat.',
  });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 800));
  const [after] = await records(child.id, 'missingEpisodes');
  assert.equal(after!.data.interviewOfferedBy, 'Rae Return-Interviews');
  assert.equal(after!.data.interviewOrganisation, service.name);
  assert.equal(after!.data.offeredByIndependentPerson, true);
  const clock = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select('state').where('child_id', '=', child.id).where('clock_id', '=', 'return-home-interview').where('record_id', '=', episode!.record_key).executeTakeFirstOrThrow(),
  );
  assert.equal(clock.state, 'met_on_time');

  // Only the interview: anything else about the episode is refused, and nothing is saved.
  const providerActor = await actorFor(world.store.db, world.a, 'a.return.interviews');
  const refused = await recordReferredInterview(world.store.db, providerActor, { ip: '10.0.0.1', userAgent: 'test' }, { childId: child.id, recordKey: episode!.record_key, expectedVersion: after!.version, interview: { whereFound: 'Somewhere else' } }, world.clock.now());
  assert.equal(refused.ok, false);
  assert.equal(refused.ok === false && refused.reason, 'forbidden');
  // An episode not referred to the service answers 404.
  const other = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('journey_record').select(['child_id', 'record_key']).where('record_type', '=', 'missingEpisodes').where(sql`data->>'interviewReferredToTeamId'`, 'is', null).executeTakeFirst(),
  );
  if (other) assert.equal((await provider.get(`/return-interviews/${other.child_id}/${other.record_key}`)).statusCode, 404);
});
