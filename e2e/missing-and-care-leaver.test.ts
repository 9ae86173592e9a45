// In a real browser: a child goes missing and returns, appears on the daily missing list, the
// independent return-interview service records the interview within 72 hours and the clock shows met;
// a 16-year-old in care gets a personal adviser and a pathway plan on time. axe-core on every new page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { accessible, as as asUser, browserWorld, fillDate } from './harness.ts';
import { actorFor } from '../src/test-support/fixtures.ts';
import { allocateChild } from '../src/store/children/allocate-child.ts';
import { withTenant } from '../src/store/tenant.ts';
import { englandDateOf } from '../src/practice/clocks/instant.ts';
import { fromDayNumber, toDayNumber } from '../src/practice/calendar/day-number.ts';
import { careLeaverEligibilityOf } from '../src/practice/casework/care-leaver-eligibility.ts';

const harness = browserWorld();
const as = (username: string): Promise<Page> => asUser(harness, username);

async function allocate(childId: string, username: string): Promise<void> {
  const manager = await actorFor(harness.world.store.db, harness.world.a, 'a.front.door.manager');
  const worker = harness.world.a.staff.find((s) => s.username === username)!;
  assert.deepEqual(await allocateChild(harness.world.store.db, manager, { ip: '127.0.0.1', userAgent: 'e2e' }, { childId, workerId: worker.id, reason: 'Test' }, harness.world.clock.now()), { ok: true });
}

test('missing, returned, on the daily list, interviewed within 72 hours: the clock shows met', async () => {
  const today = toDayNumber(englandDateOf(harness.world.clock.now()));
  const yesterday = fromDayNumber(today - 1);
  const child = harness.world.a.journeys.find((j) => j.child.dateOfBirth && j.child.dateOfBirth < fromDayNumber(today - 12 * 366) && j.child.dateOfBirth > fromDayNumber(today - 16 * 365) && !(j.missingEpisodes ?? []).length)!.child;
  await allocate(child.id, 'a.social.worker');
  const childUrl = `${harness.base}/children/${child.id}`;
  const worker = await as('a.social.worker');
  await worker.goto(childUrl);
  await worker.locator('summary', { hasText: 'Record something' }).click();
  await worker.getByRole('link', { name: 'Add a missing episode', exact: true }).click();
  await accessible(worker, 'missing episode form');
  await fillDate(worker, 'startAt', yesterday, '07:00');
  await worker.getByLabel('Missing: whereabouts unknown').check();
  await worker.getByLabel('Police reference').fill('NB-E2E-1');
  await fillDate(worker, 'returnedAt', yesterday, '18:00');
  await worker.getByLabel('Where the child was found').fill('Bus station');
  await worker.getByLabel('Refer the return interview to').selectOption({ label: 'Young People’s Return Interview Service' });
  await worker.getByRole('button', { name: 'Save missing episode' }).click();
  await worker.waitForURL(/saved=missingEpisodes/);
  const due = await worker.locator('table.govuk-table').first().locator('tbody th').allTextContents();
  assert.ok(due.includes('Offer an independent return home interview'), `the 72-hour clock is on screen: ${due}`);

  await worker.getByRole('link', { name: 'Missing', exact: true }).click();
  await worker.waitForURL(/\/missing$/);
  await accessible(worker, 'daily missing list');
  const waiting = worker.locator('table', { has: worker.locator('caption', { hasText: 'Back, waiting for a return home interview' }) });
  const row = harness.world.a.children.find((c) => c.id === child.id)!;
  assert.equal(await waiting.getByRole('link', { name: `${row.givenName} ${row.familyName}` }).count(), 1, 'on the daily list until the interview');

  // The independent service records the interview from its own list, and sees nothing else of the child.
  const service = await as('a.return.interviews');
  assert.equal(await service.getByRole('heading', { level: 1 }).textContent(), 'Return interviews referred to you');
  await accessible(service, 'return interviews list');
  await service.getByRole('link', { name: `${row.givenName} ${row.familyName}` }).first().click();
  await service.waitForURL(/\/return-interviews\/[0-9a-f-]{36}\//);
  await accessible(service, 'return interview form');
  await fillDate(service, 'returnInterviewOfferedAt', englandDateOf(harness.world.clock.now()), '00:05');
  await service.getByRole('group', { name: 'Did the child decline the interview?' }).getByLabel('No').check();
  await fillDate(service, 'returnInterviewCompletedAt', englandDateOf(harness.world.clock.now()), '00:10');
  await service.getByLabel('What the child said').fill('I was with friends from school.');
  await service.getByRole('button', { name: 'Save return interview' }).click();
  await service.waitForURL(/\/return-interviews$/);
  assert.match((await service.locator('table').textContent()) ?? '', /Interview held/);
  const refused = await service.goto(childUrl);
  assert.equal(refused?.status(), 404, 'the service cannot open the child’s record');

  await worker.goto(childUrl);
  const after = await worker.locator('table.govuk-table').first().locator('tbody th').allTextContents();
  assert.ok(!after.includes('Offer an independent return home interview'), 'the interview met the clock');
  const state = await withTenant(harness.world.store.db, harness.world.a.id, (tx) =>
    tx.selectFrom('clock_instance').select('state').where('child_id', '=', child.id).where('clock_id', '=', 'return-home-interview').executeTakeFirstOrThrow(),
  );
  assert.equal(state.state, 'met_on_time');
});

test('a 16-year-old in care gets a personal adviser and a pathway plan on time', async () => {
  const today = englandDateOf(harness.world.clock.now());
  const journey = harness.world.a.journeys.find((j) => {
    const computed = careLeaverEligibilityOf(j, today);
    return j.careLeaver?.eligibility === 'eligible' && computed.category === 'eligible' && computed.eligibleFrom !== null && !j.careLeaver.eligibilityOverrideReason && (j.periodsOfCare ?? []).some((p) => !p.endDate);
  })!;
  const eligibleFrom = careLeaverEligibilityOf(journey, today).eligibleFrom!;
  await allocate(journey.child.id, 'a.personal.adviser');
  const adviser = await as('a.personal.adviser');
  await adviser.getByRole('link', { name: 'My care leavers' }).click();
  await adviser.waitForURL(/\/care-leavers\/mine$/);
  await accessible(adviser, 'personal adviser caseload');
  await adviser.goto(`${harness.base}/children/${journey.child.id}/records/careLeaver/new`);
  await accessible(adviser, 'care-leaver form');
  await adviser.getByLabel('Personal adviser', { exact: true }).fill('Pat Personal-Adviser');
  await fillDate(adviser, 'personalAdviserAllocatedDate', eligibleFrom);
  await fillDate(adviser, 'needsAssessmentDate', eligibleFrom);
  await fillDate(adviser, 'pathwayPlanDate', eligibleFrom);
  await fillDate(adviser, 'latestContactDate', today);
  await adviser.getByLabel('In touch').selectOption('YES');
  await adviser.getByLabel('Education, employment or training').selectOption('F1');
  await adviser.getByLabel('Accommodation, and whether it is suitable').selectOption('B1');
  await adviser.getByRole('button', { name: 'Save care-leaver record' }).click();
  await adviser.waitForURL(/saved=careLeaver/);
  const due = await adviser.locator('table.govuk-table').first().locator('tbody th').allTextContents();
  assert.ok(!due.includes('Allocate a personal adviser') && !due.includes('Prepare the pathway plan'), `adviser and pathway plan clocks met: ${due}`);
});
