// In a real browser, the path the issue names: a partner's online contact → the front door's decision
// (with a manager's sign-off) → allocation → strategy discussion → s47 → ICPC → CP plan → visit, with
// the child's clocks checked on screen after each step and axe-core run on every new page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { accessible, as as asUser, browserWorld, fillDate } from './harness.ts';
import { englandDateOf } from '../src/practice/clocks/instant.ts';

const harness = browserWorld();
const as = (username: string): Promise<Page> => asUser(harness, username);

async function dueOnScreen(page: Page, childUrl: string): Promise<string[]> {
  await page.goto(childUrl);
  return page.locator('table.govuk-table').first().locator('tbody th').allTextContents();
}

async function openRecord(page: Page, childUrl: string, linkText: string): Promise<void> {
  await page.goto(childUrl);
  await page.locator('summary', { hasText: 'Record something' }).click();
  await page.getByRole('link', { name: linkText, exact: true }).click();
  await page.waitForURL(/\/records\/[a-zA-Z0-9]+\/new$/);
}

test('partner contact → decision → strategy discussion → s47 → ICPC → CP plan → visit, in the browser', async () => {
  const today = englandDateOf(harness.world.clock.now());

  // A partner makes a contact: the empty form shows the error summary first.
  const partner = await as('a.partner.police');
  assert.equal(await partner.getByRole('heading', { level: 1 }).textContent(), 'Your contacts');
  await partner.getByRole('button', { name: 'Make a contact' }).click();
  await partner.getByRole('button', { name: 'Send contact' }).click();
  await partner.waitForSelector('.govuk-error-summary');
  assert.match((await partner.locator('.govuk-error-summary').textContent()) ?? '', /Enter what you are worried about/);
  await accessible(partner, 'partner contact form with errors');
  await partner.getByLabel('Your name').fill('PC Parker');
  await partner.getByLabel('Your organisation and role').fill('Police, public protection unit');
  await partner.getByLabel('Your agency').selectOption('6');
  await partner.getByLabel('Child’s first name').fill('Ottoline');
  await partner.getByLabel('Child’s last name').fill('Vandersteen');
  await fillDate(partner, 'childDateOfBirth', '2018-02-11');
  await partner.getByLabel('What are you worried about?').fill('Ottoline disclosed that she was hit with a belt at home.');
  await partner.getByLabel('Yes', { exact: true }).check();
  await partner.getByRole('button', { name: 'Send contact' }).click();
  await partner.waitForSelector('.govuk-notification-banner--success');
  assert.match((await partner.locator('table').textContent()) ?? '', /Received: waiting for the front door/);
  await accessible(partner, 'partner contact list');

  // The front door takes it onto a new child and decides: strategy discussion.
  const frontDoor = await as('a.front.door');
  await frontDoor.goto(`${harness.base}/front-door`);
  await accessible(frontDoor, 'front door inbox');
  await frontDoor.getByRole('link', { name: 'Ottoline Vandersteen' }).click();
  await frontDoor.waitForURL(/\/front-door\/submissions\//);
  await accessible(frontDoor, 'submitted contact');
  await frontDoor.getByLabel('Female').check();
  await frontDoor.getByRole('button', { name: 'Make a new child record' }).click();
  await frontDoor.waitForURL(/\/decide$/);
  const childUrl = frontDoor.url().replace(/\/contacts\/.*$/, '');
  assert.ok((await dueOnScreen(frontDoor, childUrl)).includes('Decide what happens to a contact'), 'the 1 WD decision clock is on screen');
  await frontDoor.goBack();
  await frontDoor.waitForURL(/\/decide$/);
  await accessible(frontDoor, 'contact decision');
  await frontDoor.getByLabel('Strategy discussion (possible significant harm)').check();
  await frontDoor.getByLabel('Reasons for the decision').fill('Disclosure of physical chastisement with an implement.');
  await frontDoor.getByRole('button', { name: 'Record decision' }).click();
  await frontDoor.waitForURL(/saved=contacts/);
  const afterDecision = await dueOnScreen(frontDoor, childUrl);
  assert.ok(!afterDecision.includes('Decide what happens to a contact'), 'the decision clock is met');
  assert.ok(afterDecision.some((t) => /strategy discussion/i.test(t)), `the strategy discussion clock is on screen: ${afterDecision}`);

  // The front door manager signs it off and allocates the child to a social worker.
  const manager = await as('a.front.door.manager');
  await manager.goto(`${harness.base}/front-door`);
  await manager.getByRole('link', { name: 'Ottoline Vandersteen' }).last().click();
  await manager.getByRole('button', { name: 'Sign off this decision' }).click();
  await manager.waitForURL(/\/front-door$/);
  await manager.goto(childUrl);
  await manager.getByRole('link', { name: 'Allocate a worker' }).click();
  await accessible(manager, 'allocate');
  const socialWorker = harness.world.a.staff.find((s) => s.username === 'a.social.worker')!;
  await manager.getByLabel('Worker (current caseload in brackets)').selectOption(socialWorker.id);
  await manager.getByRole('button', { name: 'Allocate' }).click();
  await manager.waitForURL(/saved=allocation/);

  // The social worker holds the strategy discussion, with police only: the flag shows.
  const worker = await as('a.social.worker');
  await worker.goto(`${childUrl}/chronology`);
  await worker.getByRole('link', { name: /Change.*Threshold/ }).first().click();
  await worker.waitForURL(/\/records\/strategyDiscussions\//);
  await accessible(worker, 'strategy discussion form');
  await fillDate(worker, 'date', today);
  await worker.getByLabel('Time it was held').fill('11:00');
  await worker.locator('#attendees-0-name').fill('Sam Social-Worker');
  await worker.locator('#attendees-0-agency').selectOption('social_care');
  await worker.locator('#attendees-1-name').fill('DS Patel');
  await worker.locator('#attendees-1-agency').selectOption('police');
  await worker.getByLabel('Section 47 enquiry').check();
  await worker.getByRole('button', { name: 'Save strategy discussion' }).click();
  await worker.waitForURL(/saved=strategyDiscussions/);
  assert.match((await worker.locator('.lantern-flags').textContent()) ?? '', /health or education/);

  await openRecord(worker, childUrl, 'Add a section 47 enquiry');
  await accessible(worker, 's47 form');
  await worker.getByLabel('Strategy discussion that started it').selectOption({ index: 1 });
  await fillDate(worker, 'startDate', today);
  await worker.getByRole('group', { name: 'Is an initial child protection conference needed?' }).getByLabel('Yes').check();
  await worker.getByRole('button', { name: 'Save section 47 enquiry' }).click();
  await worker.waitForURL(/saved=s47Enquiries/);
  assert.ok((await dueOnScreen(worker, childUrl)).includes('Hold the initial child protection conference'), 'the 15 WD ICPC clock is on screen');

  // The chair records the ICPC and the plan; a plan without a contingency is refused first.
  const iro = await as('a.iro');
  await openRecord(iro, childUrl, 'Add an initial child protection conference');
  await iro.getByLabel('Section 47 enquiry').selectOption({ index: 1 });
  await fillDate(iro, 'date', today);
  await iro.getByRole('group', { name: 'Did the conference decide the child needs a child protection plan?' }).getByLabel('Yes').check();
  await iro.getByRole('button', { name: 'Save initial child protection conference' }).click();
  await iro.waitForURL(/saved=initialConferences/);
  assert.ok(!(await dueOnScreen(iro, childUrl)).includes('Hold the initial child protection conference'), 'the ICPC clock is met');

  await openRecord(iro, childUrl, 'Add a child protection plan');
  await iro.getByLabel('Initial conference that made the plan').selectOption({ index: 1 });
  await fillDate(iro, 'startDate', today);
  await iro.getByRole('group', { name: 'Initial category of abuse' }).getByLabel('Physical abuse').check();
  await iro.locator('#goals-0-what').fill('Ottoline is safe from physical harm at home');
  await iro.locator('#goals-0-who').fill('Parents, with the parenting programme');
  await fillDate(iro, 'goals-0-by', `${Number(today.slice(0, 4)) + 1}${today.slice(4, 10) === '-02-29' ? '-02-28' : today.slice(4)}`);
  await iro.getByRole('button', { name: 'Save child protection plan' }).click();
  await iro.waitForSelector('.govuk-error-summary');
  assert.match((await iro.locator('.govuk-error-summary').textContent()) ?? '', /contingency/i);
  await accessible(iro, 'CP plan form with errors');
  await iro.getByLabel('Contingency plan').fill('If harm recurs: legal planning meeting within 5 working days.');
  await iro.getByRole('button', { name: 'Save child protection plan' }).click();
  await iro.waitForURL(/saved=cpPlans/);
  const planClocks = await dueOnScreen(iro, childUrl);
  assert.ok(planClocks.includes('Hold the first core group'), `first core group clock: ${planClocks}`);
  assert.ok(planClocks.includes('Visit the child on a child protection plan (child seen)'), 'CP visit clock');

  // The social worker visits: the visit clock moves on to the next visit.
  await openRecord(worker, childUrl, 'Add a visit');
  await accessible(worker, 'visit form');
  await fillDate(worker, 'date', today);
  await worker.getByLabel('Statutory visit').check();
  await worker.getByRole('group', { name: 'Was the child seen?' }).getByLabel('Yes').check();
  await worker.getByRole('group', { name: 'Was the child seen alone?' }).getByLabel('Yes').check();
  await worker.getByLabel('What the child said').fill('I want to stay at my school.');
  await worker.getByRole('button', { name: 'Save visit' }).click();
  await worker.waitForURL(/saved=visits/);
  assert.match((await worker.locator('.govuk-notification-banner').textContent()) ?? '', /Visit saved/);
  await accessible(worker, 'child summary after saving');

  await worker.goto(`${childUrl}/chronology`);
  await accessible(worker, 'chronology');
  const text = (await worker.locator('table.lantern-chronology').textContent()) ?? '';
  for (const step of ['Contact', 'Strategy discussion', 'Section 47', 'child protection conference', 'child protection plan', 'Visit']) assert.match(text, new RegExp(step, 'i'), step);

  // The partner sees only the status.
  await partner.goto(`${harness.base}/partner/contacts`);
  assert.match((await partner.locator('table').textContent()) ?? '', /Decision made/);
  const response = await partner.goto(childUrl);
  assert.equal(response?.status(), 404);
});
