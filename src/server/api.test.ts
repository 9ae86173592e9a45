// The API's promises: bad input is a 400 naming the field and the reason; unknown fields are refused;
// errors never leak internals; every response carries the security headers; personal data is not cached.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';

let world: TestWorld;
let director: TestBrowser;
before(async () => {
  world = await startTestWorld();
  director = new TestBrowser(world.app);
  await director.signIn('a.director', DEMO_PASSWORD);
});
after(async () => world.close());

test('an unknown query field is refused with 400 naming it', async () => {
  const response = await director.get('/api/children?view=all&colour=blue');
  assert.equal(response.statusCode, 400);
  assert.deepEqual(response.json(), { statusCode: 400, error: 'Bad Request', message: 'querystring.colour is not a recognised field', field: 'querystring.colour' });
});

test('a value of the wrong kind is refused with 400 naming the field and the reason', async () => {
  const page = await director.get('/api/children?view=all&page=0');
  assert.equal(page.statusCode, 400);
  assert.equal(page.json().field, 'querystring.page');
  assert.match(page.json().message, /querystring\.page must be >= 1/);
  const view = await director.get('/api/children?view=everything');
  assert.equal(view.statusCode, 400);
  assert.equal(view.json().field, 'querystring.view');
  const id = await director.get('/api/children/not-a-uuid');
  assert.equal(id.statusCode, 400);
  assert.equal(id.json().field, 'params.childId');
});

test('an unknown form field is refused and nothing happens', async () => {
  const browser = new TestBrowser(world.app, '10.20.0.1');
  await browser.get('/sign-in');
  const response = await browser.postForm('/sign-in', { username: 'a.director', password: DEMO_PASSWORD, admin: 'true' });
  assert.equal(response.statusCode, 400);
  assert.equal(browser.hasSession(), false);
});

test('malformed JSON is a 400 without internals', async () => {
  const response = await world.app.inject({ method: 'POST', url: '/sign-in', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
  assert.ok(response.statusCode === 400 || response.statusCode === 403);
  assert.doesNotMatch(response.body, /at .*\.(ts|js):\d+|SyntaxError|stack/i);
});

test('responses carry the security headers, and personal data is never cached', async () => {
  const child = world.a.children[0]!;
  const page = await director.get(`/children/${child.id}`);
  assert.equal(page.statusCode, 200);
  const csp = String(page.headers['content-security-policy']);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['x-frame-options'], 'DENY');
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.doesNotMatch(page.body, /<script>|<style>| style="| on[a-z]+="/, 'no inline script, style or handlers');
});

test('the API answers 401 without a session, and the page sends the browser to sign in', async () => {
  const api = await world.app.inject({ method: 'GET', url: `/api/children/${world.a.children[0]!.id}` });
  assert.equal(api.statusCode, 401);
  const page = await world.app.inject({ method: 'GET', url: `/children/${world.a.children[0]!.id}` });
  assert.equal(page.statusCode, 302);
  assert.equal(page.headers.location, '/sign-in');
});

test('response bodies are cut to their schema', async () => {
  const child = world.a.children[0]!;
  const response = await director.get(`/api/children/${child.id}`);
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.deepEqual(Object.keys(body).sort(), ['addresses', 'allocations', 'child', 'familyLinks', 'openClocks']);
  assert.equal(body.child.local_authority_id, undefined);
  assert.equal(body.child.id, child.id);
  assert.match(body.child.dateOfBirth ?? body.child.expectedDateOfBirth, /^\d{4}-\d{2}-\d{2}$/);
});

test('the GOV.UK stylesheet is served without the GOV.UK typeface', async () => {
  const css = await world.app.inject({ method: 'GET', url: '/assets/govuk-frontend.css' });
  assert.equal(css.statusCode, 200);
  assert.doesNotMatch(css.body, /GDS Transport/);
  assert.match(css.body, /govuk-header/);
  assert.equal((await world.app.inject({ method: 'GET', url: '/assets/../package.json' })).statusCode, 404);
});
