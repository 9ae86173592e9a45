// Prospective adopters over HTTP: the adoption worker records an enquiry, moves the household through
// stage 1 and stage 2 to approval, match and placement; a stale version is refused; dates out of order
// are refused with nothing saved; another LA's household and anyone outside the adoption service get
// 404; every read and write is audited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { dateFields } from '../test-support/forms.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

const household = (laId: string, id: string) => withTenant(world.store.db, laId, (tx) => tx.selectFrom('adopter_household').selectAll().where('id', '=', id).executeTakeFirst());
const auditRows = (laId: string, id: string) =>
  withTenant(world.store.db, laId, (tx) => tx.selectFrom('audit_event').select(['action', 'actor_username']).where('record_type', '=', 'adopter_household').where('record_id', '=', id).orderBy('occurred_at').execute());

const ENQUIRY = {
  adopter1Name: 'Jordan Ellis',
  adopter1Gender: 'female',
  adopter1Ethnicity: 'WBRI',
  adopter1Disability: 'no',
  adopter2Name: 'Chris Ellis',
  adopter2Gender: 'male',
  adopter2Ethnicity: 'BCRB',
  adopter2Disability: 'unknown',
  fosteringForAdoption: 'no',
  ...dateFields('enquiryReceivedOn', '2026-03-02'),
};

test('an adoption worker records an enquiry and moves the household through the stages; stale and out-of-order changes are refused', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.adoption.worker', DEMO_PASSWORD);
  assert.match((await worker.get('/my-work')).body, /href="\/adopters"/, 'Adopters is in the navigation');

  // A missing answer is refused with a message naming it, and nothing is saved.
  const before = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('adopter_household').select('id').execute());
  const missing = await worker.postForm('/adopters/new', { ...ENQUIRY, adopter1Gender: '' });
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /Select first adopter’s gender/);
  assert.match(missing.body, /govuk-error-summary/);

  const created = await worker.postForm('/adopters/new', ENQUIRY);
  assert.equal(created.statusCode, 303, created.body.slice(0, 800));
  const id = /\/adopters\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1]!;
  const after1 = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('adopter_household').select('id').execute());
  assert.equal(after1.length, before.length + 1);
  let row = (await household(world.a.id, id))!;
  assert.equal(row.version, 1);
  assert.equal(row.adopter_2_name, 'Chris Ellis');
  assert.match(row.family_reference, /^AF\d{6}$/);

  const list = await worker.get('/adopters');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, new RegExp(`/adopters/${id}`));
  assert.match(list.body, /Jordan Ellis and Chris Ellis/);

  // Stage 1 from 9 March 2026: due 9 May; ended 20 May, late. Stage 2 from 1 June, still open on 2 November: overdue (due 1 October).
  const stages = { ...ENQUIRY, ...dateFields('stage1StartedOn', '2026-03-09'), ...dateFields('stage1EndedOn', '2026-05-20'), ...dateFields('applicationSubmittedOn', '2026-06-01'), ...dateFields('stage2StartedOn', '2026-06-01') };
  const moved = await worker.postForm(`/adopters/${id}`, { version: '1', ...stages });
  assert.equal(moved.statusCode, 303, moved.body.slice(0, 800));
  row = (await household(world.a.id, id))!;
  assert.equal(row.version, 2);
  assert.equal(row.stage_1_ended_on, '2026-05-20');
  const page = await worker.get(`/adopters/${id}`);
  assert.match(page.body, /Met late/);
  assert.match(page.body, /Overdue/);
  assert.match((await worker.get('/adopters')).body, /Overdue/, 'the list shows the overdue stage');

  // A stale version is refused: nothing saved, the current version shown.
  const stale = await worker.postForm(`/adopters/${id}`, { version: '1', ...stages, ...dateFields('stage2EndedOn', '2026-09-20') });
  assert.equal(stale.statusCode, 409);
  assert.match(stale.body, /Someone else saved this household/);
  assert.equal((await household(world.a.id, id))!.stage_2_ended_on, null);

  // Out of order: approval before stage 2 ends is refused, naming the field, and nothing is saved.
  const early = await worker.postForm(`/adopters/${id}`, { version: '2', ...stages, ...dateFields('stage2EndedOn', '2026-09-20'), ...dateFields('approvedOn', '2026-09-10') });
  assert.equal(early.statusCode, 400);
  assert.match(early.body, /Date approved as suitable to adopt must be on or after the date stage 2 ended \(20 September 2026\)/);
  assert.match(early.body, /href="#approvedOn-day"/);
  row = (await household(world.a.id, id))!;
  assert.equal(row.version, 2);
  assert.equal(row.approved_on, null);

  // A placement naming a child who is not this LA's is refused.
  const full = { ...stages, ...dateFields('stage2EndedOn', '2026-09-20'), ...dateFields('approvedOn', '2026-09-24'), ...dateFields('matchedOn', '2026-10-12'), ...dateFields('placedOn', '2026-10-26'), childrenPlaced: '1' };
  const wrongChild = await worker.postForm(`/adopters/${id}`, { version: '2', ...full, placedChildReferences: 'ZZ999999' });
  assert.equal(wrongChild.statusCode, 400);
  assert.match(wrongChild.body, /No child of this local authority has the reference ZZ999999/);

  // Approved, matched and placed with one of the LA's children.
  const child = world.a.children[0]!.childReference;
  const placed = await worker.postForm(`/adopters/${id}`, { version: '2', ...full, placedChildReferences: child });
  assert.equal(placed.statusCode, 303, placed.body.slice(0, 800));
  row = (await household(world.a.id, id))!;
  assert.equal(row.version, 3);
  assert.equal(row.placed_on, '2026-10-26');
  assert.deepEqual(row.placed_child_references, [child]);
  const placedPage = await worker.get(`/adopters/${id}?saved=1`);
  assert.match(placedPage.body, /Child placed/);
  assert.match(placedPage.body, /Household saved/);

  // Each read and write is audited.
  const audit = await auditRows(world.a.id, id);
  assert.deepEqual(
    audit.filter((a) => a.action !== 'read').map((a) => a.action),
    ['create', 'update', 'update'],
  );
  assert.ok(audit.filter((a) => a.action === 'read').length >= 3);
  assert.ok(audit.every((a) => a.actor_username === 'a.adoption.worker'));
  const lists = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select('id').where('record_type', '=', 'adopter_household').where('action', '=', 'list').execute());
  assert.ok(lists.length >= 2);
});

test('a withdrawal needs its reason, and stops the stage clock', async () => {
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.adoption.manager', DEMO_PASSWORD);
  const created = await worker.postForm('/adopters/new', { ...ENQUIRY, adopter2Name: '', adopter2Gender: '', adopter2Ethnicity: '', adopter2Disability: '', ...dateFields('stage1StartedOn', '2026-07-01') });
  assert.equal(created.statusCode, 303, created.body.slice(0, 800));
  const id = /\/adopters\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1]!;
  const base = { ...ENQUIRY, adopter2Name: '', adopter2Gender: '', adopter2Ethnicity: '', adopter2Disability: '', ...dateFields('stage1StartedOn', '2026-07-01'), ...dateFields('leftOn', '2026-08-15') };
  const noReason = await worker.postForm(`/adopters/${id}`, { version: '1', ...base });
  assert.equal(noReason.statusCode, 400);
  assert.match(noReason.body, /Select why the household left the adoption process/);
  assert.equal((await household(world.a.id, id))!.left_on, null);
  const withdrew = await worker.postForm(`/adopters/${id}`, { version: '1', ...base, leavingReason: 'withdrew' });
  assert.equal(withdrew.statusCode, 303);
  const page = await worker.get(`/adopters/${id}`);
  assert.match(page.body, /Stopped 15 August 2026/);
  assert.doesNotMatch(page.body, /Overdue/);
  assert.doesNotMatch((await worker.get('/adopters')).body, new RegExp(`/adopters/${id}`), 'a household that left is not in the active list');
  assert.match((await worker.get('/adopters?view=all')).body, new RegExp(`/adopters/${id}`));
});

test('another LA’s household, and staff outside the adoption service, get 404', async () => {
  const bHousehold = world.b.adopterHouseholds[0]!;
  const worker = new TestBrowser(world.app);
  await worker.signIn('a.adoption.worker', DEMO_PASSWORD);
  assert.equal((await worker.get(`/adopters/${bHousehold.id}`)).statusCode, 404);
  const post = await worker.postForm(`/adopters/${bHousehold.id}`, { version: '1', ...ENQUIRY });
  assert.equal(post.statusCode, 404);
  assert.equal((await household(world.b.id, bHousehold.id))!.version, 1);

  const aHousehold = world.a.adopterHouseholds[0]!;
  for (const username of ['a.partner.police', 'a.front.door', 'a.return.interviews', 'a.social.worker', 'a.head.of.service', 'a.admin']) {
    const other = new TestBrowser(world.app);
    await other.signIn(username, DEMO_PASSWORD);
    assert.equal((await other.get('/adopters')).statusCode, 404, `${username} list`);
    assert.equal((await other.get(`/adopters/${aHousehold.id}`)).statusCode, 404, `${username} household`);
    assert.equal((await other.postForm('/adopters/new', ENQUIRY)).statusCode, 404, `${username} new`);
  }
});
