// What every browser test needs: a test world listening on a free port with Debian's chromium beside
// it, signing in as a member of staff, axe-core run on the page, and GOV.UK date inputs filled.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestWorld, type TestWorld } from '../src/test-support/app.ts';
import { DEMO_PASSWORD } from '../src/synth/generate.ts';
import { launchBrowser } from './browser.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface BrowserWorld {
  world: TestWorld;
  browser: Browser;
  base: string;
}

/** Registers before/after hooks; the returned object is filled in once the world is up. */
export function browserWorld(start: Date = new Date()): BrowserWorld {
  const harness = {} as BrowserWorld;
  before(async () => {
    harness.world = await startTestWorld(start);
    await harness.world.app.listen({ port: 0, host: '127.0.0.1' });
    const address = harness.world.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    harness.base = `http://127.0.0.1:${address.port}`;
    harness.browser = await launchBrowser();
  });
  after(async () => {
    await harness.browser?.close();
    await harness.world?.close();
  });
  return harness;
}

/** Signs in on a page through the real form and waits to land. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** A fresh browser context signed in as `username`. */
export async function as(harness: BrowserWorld, username: string): Promise<Page> {
  const page = await (await harness.browser.newContext()).newPage();
  await signIn(page, harness.base, username);
  return page;
}

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.2 AA and best-practice violations on the page, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's content security policy, so axe needs no inline script.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function accessible(page: Page, what: string): Promise<void> {
  assert.deepEqual(await accessibilityViolations(page), [], what);
}

/** Fills a GOV.UK date input (and its time box, when there is one). */
export async function fillDate(page: Page, name: string, iso: string, time?: string): Promise<void> {
  await page.locator(`#${name}-day`).fill(String(Number(iso.slice(8, 10))));
  await page.locator(`#${name}-month`).fill(String(Number(iso.slice(5, 7))));
  await page.locator(`#${name}-year`).fill(iso.slice(0, 4));
  if (time) await page.locator(`#${name}-time`).fill(time);
}
