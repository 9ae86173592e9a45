// The front door to child protection, end to end over HTTP: a partner makes a contact online and sees
// only its status; the front door takes it onto a new child (after the duplicate check), decides it
// with the family's history in view, a manager signs it off; a social worker records the strategy
// discussion, s47 enquiry, ICPC, CP plan and a visit, and the child's clocks follow each record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';
import { dateFields, storedRecords } from '../test-support/forms.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld(new Date('2026-11-02T09:00:00Z'));
});
after(async () => world.close());

async function signedIn(username: string): Promise<TestBrowser> {
  const browser = new TestBrowser(world.app);
  const response = await browser.signIn(username, DEMO_PASSWORD);
  assert.equal(response.statusCode, 303, `sign-in of ${username}`);
  return browser;
}


async function openClocks(childId: string): Promise<{ clock_id: string; due: string; record_id: string }[]> {
  return withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['clock_id', 'due', 'record_id']).where('child_id', '=', childId).where('completed', 'is', null).where('stopped_at', 'is', null).execute(),
  );
}

const recordsOf = (childId: string, type: string) => storedRecords(world.store.db, world.a.id, childId, type);

test('a partner contact goes through the front door to a child protection plan, with clocks on every step', async () => {
  // 1. The partner makes a contact; a form with problems is refused and nothing is saved.
  let partner = await signedIn('a.partner.police');
  await partner.get('/partner/contacts/new');
  const refused = await partner.postForm('/partner/contacts', { referrerName: 'PC Parker', sourceCode: '6', childGivenName: 'Zebedee' });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /Enter the child’s last name/);
  assert.match(refused.body, /Enter what you are worried about/);
  const made = await partner.postForm('/partner/contacts', {
    referrerName: 'PC Parker',
    referrerAgency: 'Northbridge Police, public protection',
    referrerPhone: '0100 000 0000',
    sourceCode: '6',
    childGivenName: 'Zebedee',
    childFamilyName: 'Quarrington',
    ...dateFields('childDateOfBirth', '2019-05-04'),
    concerns: 'Called to a domestic incident; Zebedee was in the house and had a bruise on his arm.',
    familyAware: 'yes',
  });
  assert.equal(made.statusCode, 303);
  const reference = /made=(CT-[A-Z0-9]{6})/.exec(String(made.headers.location))?.[1];
  assert.ok(reference);
  const status = await partner.get('/partner/contacts');
  assert.match(status.body, new RegExp(reference!));
  assert.match(status.body, /Received: waiting for the front door/);
  assert.equal((await partner.get('/front-door')).statusCode, 404, 'partners cannot see the front door');

  // 2. The front door sees it waiting, and takes it onto a new child.
  world.clock.advanceMinutes(60);
  let frontDoor = await signedIn('a.front.door');
  const inbox = await frontDoor.get('/front-door');
  assert.equal(inbox.statusCode, 200);
  const submissionId = new RegExp(`/front-door/submissions/([0-9a-f-]{36})"[^>]*>Zebedee Quarrington`).exec(inbox.body)?.[1];
  assert.ok(submissionId, 'the submission is listed');
  const page = await frontDoor.get(`/front-door/submissions/${submissionId}`);
  assert.match(page.body, /Is this a child we know\?/);
  const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
  const accepted = await frontDoor.postForm(`/front-door/submissions/${submissionId}/accept`, {
    version,
    newChild: '1',
    givenName: 'Zebedee',
    familyName: 'Quarrington',
    ...dateFields('dateOfBirth', '2019-05-04'),
    sex: '1',
  });
  assert.equal(accepted.statusCode, 303, accepted.body.slice(0, 500));
  const decideUrl = String(accepted.headers.location);
  const childId = /\/children\/([0-9a-f-]{36})\//.exec(decideUrl)![1]!;
  assert.ok((await openClocks(childId)).some((c) => c.clock_id === 'contact-decision'), 'the 1 WD decision clock runs from the contact');

  // Taking the same submission twice is refused.
  const again = await frontDoor.postForm(`/front-door/submissions/${submissionId}/accept`, { version, newChild: '1', givenName: 'Zebedee', familyName: 'Quarrington', sex: '1', ...dateFields('dateOfBirth', '2019-05-04') });
  assert.equal(again.statusCode, 409);

  // 3. The decision: refused without reasons, then recorded; a referral and a strategy discussion follow.
  const decisionPage = await frontDoor.get(decideUrl);
  assert.match(decisionPage.body, /History of this child and their brothers and sisters/);
  const contactVersion = /name="version" value="(\d+)"/.exec(decisionPage.body)![1]!;
  const noReasons = await frontDoor.postForm(decideUrl, { version: contactVersion, outcome: 'strategy_discussion' });
  assert.equal(noReasons.statusCode, 400);
  assert.match(noReasons.body, /Enter the reasons for the decision/);
  assert.equal((await recordsOf(childId, 'referrals')).length, 0, 'a refused decision changes nothing');
  const decided = await frontDoor.postForm(decideUrl, { version: contactVersion, outcome: 'strategy_discussion', decisionRationale: 'Injury to a child at a domestic incident: possible significant harm.' });
  assert.equal(decided.statusCode, 303);
  const [contact] = await recordsOf(childId, 'contacts');
  assert.equal(contact!.data.outcome, 'strategy_discussion');
  assert.equal(contact!.data.decidedBy, world.a.staff.find((s) => s.username === 'a.front.door')!.id, 'who decided is stamped from the session');
  assert.equal((await recordsOf(childId, 'referrals')).length, 1);
  const [strategy] = await recordsOf(childId, 'strategyDiscussions');
  assert.ok(strategy);
  const clocks = await openClocks(childId);
  assert.ok(!clocks.some((c) => c.clock_id === 'contact-decision'), 'the decision clock is met');
  assert.ok(clocks.some((c) => c.clock_id === 'strategy-discussion'), 'the strategy discussion clock runs');
  assert.ok(clocks.some((c) => c.clock_id === 'child-and-family-assessment'), 'the 45 WD assessment clock runs from the referral');
  partner = await signedIn('a.partner.police'); // sessions end after 30 idle minutes
  assert.match((await partner.get('/partner/contacts')).body, /Decision made/);
  const partnerSees = await partner.get(`/children/${childId}`);
  assert.equal(partnerSees.statusCode, 404, 'the partner sees the status and nothing else');

  // 4. The front door manager signs the decision off; a worker cannot.
  const workerSignOff = await frontDoor.postForm(`${decideUrl.replace(/\/decide$/, '')}/sign-off`, { version: String(contact!.version) });
  assert.equal(workerSignOff.statusCode, 403);
  const manager = await signedIn('a.front.door.manager');
  const awaiting = await manager.get('/front-door');
  assert.match(awaiting.body, /Decisions waiting for your sign-off/);
  const signed = await manager.postForm(`${decideUrl.replace(/\/decide$/, '')}/sign-off`, { version: String(contact!.version) });
  assert.equal(signed.statusCode, 303);
  const [signedContact] = await recordsOf(childId, 'contacts');
  assert.ok(signedContact!.data.signedOffAt);

  // 5. The strategy discussion is held (without health or education: the flag shows), then the s47.
  world.clock.advanceMinutes(24 * 60);
  frontDoor = await signedIn('a.front.door');
  const today = '2026-11-03';
  const sdUrl = `/children/${childId}/records/strategyDiscussions/${encodeURIComponent(strategy!.record_key)}`;
  const sdForm = await frontDoor.get(sdUrl);
  assert.equal(sdForm.statusCode, 200);
  const sdVersion = /name="version" value="(\d+)"/.exec(sdForm.body)![1]!;
  const held = await frontDoor.postForm(sdUrl, {
    version: sdVersion,
    ...dateFields('thresholdDecisionDate', '2026-11-02'),
    ...dateFields('date', today),
    time: '10:30',
    'attendees-0-name': 'Femi Front-Door',
    'attendees-0-agency': 'social_care',
    'attendees-1-name': 'DC Jones',
    'attendees-1-agency': 'police',
    decision: 's47',
  });
  assert.equal(held.statusCode, 303, held.body.slice(0, 800));
  const summary = await frontDoor.get(`/children/${childId}`);
  assert.match(summary.body, /No one from health or education took part/, 'missing agencies are flagged');

  // The front door manager allocates the child to a social worker in the child protection team.
  const managerAgain = await signedIn('a.front.door.manager');
  const socialWorkerId = world.a.staff.find((s) => s.username === 'a.social.worker')!.id;
  assert.equal((await managerAgain.postForm(`/children/${childId}/allocation`, { workerId: '' })).statusCode, 400);
  const allocated = await managerAgain.postForm(`/children/${childId}/allocation`, { workerId: socialWorkerId, reason: 'Strategy discussion held: s47 enquiry' });
  assert.equal(allocated.statusCode, 303, allocated.body.slice(0, 500));
  let worker = await signedIn('a.social.worker');
  assert.equal((await worker.get(`/children/${childId}`)).statusCode, 200, 'the allocated social worker now sees the child');
  const s47 = await worker.postForm(`/children/${childId}/records/s47Enquiries`, { strategyDiscussionId: strategy!.record_key, ...dateFields('startDate', today), icpcRequired: 'yes' });
  assert.equal(s47.statusCode, 303, s47.body.slice(0, 800));
  const [enquiry] = await recordsOf(childId, 's47Enquiries');

  // 6. An ICPC dated before the strategy discussion is refused, changing nothing; then one is held.
  let iro = await signedIn('a.iro');
  const early = await iro.postForm(`/children/${childId}/records/initialConferences`, { s47EnquiryId: enquiry!.record_key, ...dateFields('date', '2026-11-01'), planMade: 'yes' });
  assert.equal(early.statusCode, 400);
  assert.match(early.body, /govuk-error-summary/);
  assert.equal((await recordsOf(childId, 'initialConferences')).length, 0);
  assert.ok((await openClocks(childId)).some((c) => c.clock_id === 'initial-child-protection-conference'), 'the 15 WD ICPC clock runs from the strategy discussion');
  world.clock.advanceMinutes(7 * 24 * 60);
  iro = await signedIn('a.iro');
  worker = await signedIn('a.social.worker');
  const icpcDate = '2026-11-10';
  const icpc = await iro.postForm(`/children/${childId}/records/initialConferences`, { s47EnquiryId: enquiry!.record_key, ...dateFields('date', icpcDate), planMade: 'yes' });
  assert.equal(icpc.statusCode, 303, icpc.body.slice(0, 800));
  const [conference] = await recordsOf(childId, 'initialConferences');

  // 7. A plan without a contingency is refused with a clear message; with one, it is saved.
  const planFields = {
    initialConferenceId: conference!.record_key,
    ...dateFields('startDate', icpcDate),
    initialCategory: 'physical',
    'goals-0-what': 'Zebedee lives free from violence at home',
    'goals-0-who': 'Mother, with the domestic abuse service',
    ...dateFields('goals-0-by', '2027-02-10'),
    wishesAndFeelings: 'Zebedee said he wants the shouting to stop.',
  };
  const noContingency = await iro.postForm(`/children/${childId}/records/cpPlans`, planFields);
  assert.equal(noContingency.statusCode, 400);
  assert.match(noContingency.body, /contingency/i);
  assert.equal((await recordsOf(childId, 'cpPlans')).length, 0);
  const plan = await iro.postForm(`/children/${childId}/records/cpPlans`, { ...planFields, contingencyPlan: 'If violence recurs, legal planning meeting within 5 working days.' });
  assert.equal(plan.statusCode, 303, plan.body.slice(0, 800));
  const planClocks = await openClocks(childId);
  assert.ok(planClocks.some((c) => c.clock_id === 'first-core-group'), 'the first core group clock runs');
  assert.ok(planClocks.some((c) => c.clock_id === 'child-protection-visits'), 'the CP visit clock runs');

  // 8. A visit meets the visit clock; the chronology shows every step in order.
  const visitDue = planClocks.find((c) => c.clock_id === 'child-protection-visits')!;
  const visit = await worker.postForm(`/children/${childId}/records/visits`, {
    ...dateFields('date', '2026-11-10'),
    visitType: 'statutory',
    childSeen: 'yes',
    childSeenAlone: 'yes',
    childSaid: 'I like my teacher.',
    observations: 'Home warm and tidy.',
  });
  assert.equal(visit.statusCode, 303, visit.body.slice(0, 800));
  const visitInstances = await withTenant(world.store.db, world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select(['occurrence', 'due', 'completed', 'state']).where('child_id', '=', childId).where('clock_id', '=', 'child-protection-visits').orderBy('occurrence').execute(),
  );
  assert.equal(visitInstances[0]!.due, visitDue.due);
  assert.equal(visitInstances[0]!.completed, '2026-11-10', 'the visit met the clock that was due');
  assert.equal(visitInstances[0]!.state, 'met_on_time');
  assert.ok(visitInstances[1] && visitInstances[1].completed === null, 'the next visit is now running');
  const chronology = await worker.get(`/children/${childId}/chronology`);
  assert.equal(chronology.statusCode, 200);
  const order = ['Contact', 'Strategy discussion', 'Section 47', 'nitial child protection conference', 'hild protection plan', 'Visit'].map((word) => chronology.body.indexOf(word));
  assert.ok(order.every((i) => i >= 0), `every step is in the chronology: ${order}`);
  const onlyVisits = await worker.get(`/children/${childId}/chronology?kind=visit`);
  assert.ok(!/Section 47/.test(onlyVisits.body.split('<table')[1] ?? ''), 'filtering by kind leaves other kinds out');
});

test('two people changing the same record: the second save is refused and shows both versions', async () => {
  const worker = await signedIn('a.social.worker');
  const child = world.a.allocations.find((a) => a.endDate === null && a.workerId === world.a.staff.find((s) => s.username === 'a.social.worker')!.id)!.childId;
  const made = await worker.postForm(`/children/${child}/records/caseNotes`, { ...dateFields('occurredAt', '2026-11-02'), 'occurredAt-time': '08:15', kind: 'phone_call', subject: 'Call with school', text: 'School says attendance is improving.' });
  assert.equal(made.statusCode, 303, made.body.slice(0, 800));
  const [note] = (await recordsOf(child, 'caseNotes')).slice(-1);
  const url = `/children/${child}/records/caseNotes/${encodeURIComponent(note!.record_key)}`;
  const manager = await signedIn('a.team.manager');
  const first = await worker.postForm(url, { version: String(note!.version), ...dateFields('occurredAt', '2026-11-02'), 'occurredAt-time': '08:15', kind: 'phone_call', subject: 'Call with school', text: 'Attendance 92% this half term.' });
  assert.equal(first.statusCode, 303);
  const second = await manager.postForm(url, { version: String(note!.version), ...dateFields('occurredAt', '2026-11-02'), 'occurredAt-time': '08:15', kind: 'phone_call', subject: 'Call with school', text: 'Manager’s wording.' });
  assert.equal(second.statusCode, 409);
  assert.match(second.body, /Someone else saved this case note/);
  assert.match(second.body, /Manager’s wording/, 'what the second person typed is shown back, not lost');
  const [saved] = (await recordsOf(child, 'caseNotes')).filter((n) => n.record_key === note!.record_key);
  assert.equal(saved!.data.text, 'Attendance 92% this half term.', 'the first save stands');
  assert.equal(saved!.version, 2);
});

test('a contact by phone about a child the LA knows: the front door records it, finds the child and takes it onto their record', async () => {
  const frontDoor = await signedIn('a.front.door');
  const known = world.a.children.find((c) => c.dateOfBirth && c.nhsNumber)!;
  const recorded = await frontDoor.postForm('/front-door/contacts/new', {
    referrerName: 'Mrs Okafor',
    referrerAgency: 'Hillside Primary School',
    sourceCode: '2A',
    childGivenName: known.givenName,
    childFamilyName: known.familyName,
    ...dateFields('childDateOfBirth', known.dateOfBirth!),
    concerns: 'Came to school with a black eye and would not say how.',
    familyAware: 'no',
  });
  assert.equal(recorded.statusCode, 303, recorded.body.slice(0, 500));
  const submissionUrl = String(recorded.headers.location);
  assert.match(submissionUrl, /^\/front-door\/submissions\/[0-9a-f-]{36}$/);
  const page = await frontDoor.get(submissionUrl);
  assert.match(page.body, new RegExp(`/children/${known.id}`), 'the known child is offered as a match');
  assert.match(page.body, /Same family name, same given name, same date of birth/);
  const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
  const taken = await frontDoor.postForm(`${submissionUrl}/accept`, { version, childId: known.id });
  assert.equal(taken.statusCode, 303);
  assert.match(String(taken.headers.location), new RegExp(`/children/${known.id}/contacts/`));
  const partner = await signedIn('a.partner.police');
  assert.doesNotMatch((await partner.get('/partner/contacts')).body, /Okafor|black eye/, 'a contact the front door recorded is not shown to a partner');
});
