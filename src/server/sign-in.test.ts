// Signing in and staying signed in: generic failures, throttling with lock-out, idle and absolute
// session timeouts (on a fake clock), sign-out, CSRF, and disabling an account ending its sessions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestWorld, type TestWorld } from '../test-support/app.ts';
import { TestBrowser } from '../test-support/http.ts';
import { DEMO_PASSWORD } from '../synth/generate.ts';
import { withTenant } from '../store/tenant.ts';

let world: TestWorld;
before(async () => {
  world = await startTestWorld();
});
after(async () => world.close());

test('a correct username and password signs in; the cookie is HttpOnly and SameSite', async () => {
  const browser = new TestBrowser(world.app);
  await browser.get('/sign-in');
  const response = await browser.postForm('/sign-in', { username: 'a.social.worker', password: DEMO_PASSWORD });
  assert.equal(response.statusCode, 303);
  const cookie = response.cookies.find((c) => c.name === 'lantern_session');
  assert.ok(cookie);
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  const me = await browser.get('/api/me');
  assert.equal(me.json().username, 'a.social.worker');
});

test('a wrong password and an unknown username fail with the same generic message', async () => {
  const browser = new TestBrowser(world.app, '10.2.0.1');
  await browser.get('/sign-in');
  const wrong = await browser.postForm('/sign-in', { username: 'a.team.manager', password: 'not-it' });
  const unknown = await browser.postForm('/sign-in', { username: 'nobody.here', password: 'not-it' });
  assert.equal(wrong.statusCode, 400);
  assert.equal(unknown.statusCode, 400);
  const message = (body: string): string | undefined => /govuk-error-summary__list"><li><a href="#username">([^<]+)</.exec(body)?.[1];
  assert.equal(message(wrong.body), 'The username or password is not correct');
  assert.equal(message(unknown.body), message(wrong.body));
  assert.equal(browser.hasSession(), false);
});

test('empty fields are named in the error summary and nothing is attempted', async () => {
  const browser = new TestBrowser(world.app, '10.2.0.2');
  await browser.get('/sign-in');
  const response = await browser.postForm('/sign-in', { username: '', password: '' });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /Enter your username/);
  assert.match(response.body, /Enter your password/);
});

test('five failures lock the account name out for 15 minutes, even with the right password', async () => {
  const browser = new TestBrowser(world.app, '10.3.0.1');
  await browser.get('/sign-in');
  for (let i = 0; i < 5; i++) assert.equal((await browser.postForm('/sign-in', { username: 'a.iro', password: `guess-${i}` })).statusCode, 400);
  const locked = await browser.postForm('/sign-in', { username: 'a.iro', password: DEMO_PASSWORD });
  assert.equal(locked.statusCode, 429);
  assert.match(locked.body, /Too many failed attempts/);
  // From another address too: the lock is on the account name.
  const elsewhere = new TestBrowser(world.app, '10.3.0.2');
  await elsewhere.get('/sign-in');
  assert.equal((await elsewhere.postForm('/sign-in', { username: 'a.iro', password: DEMO_PASSWORD })).statusCode, 429);
  world.clock.advanceMinutes(16);
  const after = await elsewhere.postForm('/sign-in', { username: 'a.iro', password: DEMO_PASSWORD });
  assert.equal(after.statusCode, 303, 'the lock lifts after 15 minutes');
});

test('twenty failures from one address lock that address out, whatever the account name', async () => {
  const browser = new TestBrowser(world.app, '10.4.0.1');
  await browser.get('/sign-in');
  for (let i = 0; i < 20; i++) await browser.postForm('/sign-in', { username: `someone${i}`, password: 'x' });
  assert.equal((await browser.postForm('/sign-in', { username: 'a.director', password: DEMO_PASSWORD })).statusCode, 429);
  const other = new TestBrowser(world.app, '10.4.0.2');
  await other.get('/sign-in');
  assert.equal((await other.postForm('/sign-in', { username: 'a.director', password: DEMO_PASSWORD })).statusCode, 303);
  world.clock.advanceMinutes(16);
});

test('a session ends after 30 minutes idle, and is kept alive by use', async () => {
  const browser = new TestBrowser(world.app, '10.5.0.1');
  await browser.signIn('a.analyst', DEMO_PASSWORD);
  world.clock.advanceMinutes(25);
  assert.equal((await browser.get('/api/me')).statusCode, 200);
  world.clock.advanceMinutes(25);
  assert.equal((await browser.get('/api/me')).statusCode, 200, '25 minutes after the last request is still within the idle limit');
  world.clock.advanceMinutes(30);
  assert.equal((await browser.get('/api/me')).statusCode, 401);
  assert.equal((await browser.get('/children?view=all')).statusCode, 302, 'pages send the browser to sign in');
});

test('"last seen" is written at most once a minute, so page views are reads; a session may end up to a minute early, never late', async () => {
  const browser = new TestBrowser(world.app, '10.5.0.3');
  await browser.signIn('a.social.worker', DEMO_PASSWORD);
  const lastSeen = async (): Promise<number> => {
    const rows = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('staff_session').select('last_seen_at').where('ended_at', 'is', null).orderBy('created_at', 'desc').execute());
    return Math.max(...rows.map((r) => new Date(r.last_seen_at).getTime()));
  };
  const signedInAt = await lastSeen();
  world.clock.advanceMinutes(0.5);
  assert.equal((await browser.get('/api/me')).statusCode, 200);
  assert.equal(await lastSeen(), signedInAt, 'half a minute later: not written');
  world.clock.advanceMinutes(1);
  assert.equal((await browser.get('/api/me')).statusCode, 200);
  assert.equal(await lastSeen(), signedInAt + 90_000, 'a minute and a half later: written');
});

test('a session ends 12 hours after sign-in however busy it is', async () => {
  const browser = new TestBrowser(world.app, '10.5.0.2');
  await browser.signIn('a.head.of.service', DEMO_PASSWORD);
  for (let hour = 0; hour < 23; hour++) {
    world.clock.advanceMinutes(29);
    assert.equal((await browser.get('/api/me')).statusCode, 200);
  }
  world.clock.advanceMinutes(29); // 24 x 29 minutes = 11 h 36 min: still alive
  assert.equal((await browser.get('/api/me')).statusCode, 200);
  world.clock.advanceMinutes(25); // 12 h 1 min after sign-in
  assert.equal((await browser.get('/api/me')).statusCode, 401);
});

test('signing out ends the session on the server, not only in the browser', async () => {
  const browser = new TestBrowser(world.app, '10.6.0.1');
  await browser.signIn('a.early.help', DEMO_PASSWORD);
  const cookieBefore = (await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: '' } })).statusCode;
  assert.equal(cookieBefore, 401);
  const stolen = [...(browser as unknown as { cookies: Map<string, string> }).cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const out = await browser.postForm('/sign-out', {});
  assert.equal(out.statusCode, 303);
  const replay = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: stolen } });
  assert.equal(replay.statusCode, 401, 'the old cookie no longer works');
});

test('a state-changing request without the CSRF token is refused and changes nothing', async () => {
  const browser = new TestBrowser(world.app, '10.7.0.1');
  await browser.signIn('a.admin', DEMO_PASSWORD);
  const target = world.a.staff.find((s) => s.username === 'a.out.of.hours')!;
  const refused = await browser.postForm(`/admin/staff/${target.id}/disable`, {}, false);
  assert.equal(refused.statusCode, 403);
  const forged = await browser.postForm(`/admin/staff/${target.id}/disable`, { _csrf: 'x'.repeat(43) }, false);
  assert.equal(forged.statusCode, 403);
  const row = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('staff_user').select('disabled_at').where('id', '=', target.id).executeTakeFirstOrThrow());
  assert.equal(row.disabled_at, null);
  // Sign-in itself needs the pre-session token.
  const fresh = new TestBrowser(world.app, '10.7.0.2');
  assert.equal((await fresh.postForm('/sign-in', { username: 'a.director', password: DEMO_PASSWORD }, false)).statusCode, 403);
});

test('disabling an account ends its sessions at once and stops it signing in', async () => {
  const victim = new TestBrowser(world.app, '10.8.0.1');
  await victim.signIn('a.personal.adviser', DEMO_PASSWORD);
  assert.equal((await victim.get('/api/me')).statusCode, 200);
  const admin = new TestBrowser(world.app, '10.8.0.2');
  await admin.signIn('a.admin', DEMO_PASSWORD);
  await admin.get('/admin/staff');
  const target = world.a.staff.find((s) => s.username === 'a.personal.adviser')!;
  const done = await admin.postForm(`/admin/staff/${target.id}/disable`, {});
  assert.equal(done.statusCode, 303);
  assert.equal((await victim.get('/api/me')).statusCode, 401);
  const again = new TestBrowser(world.app, '10.8.0.3');
  await again.get('/sign-in');
  assert.equal((await again.postForm('/sign-in', { username: 'a.personal.adviser', password: DEMO_PASSWORD })).statusCode, 400);
  const audit = await withTenant(world.store.db, world.a.id, (tx) => tx.selectFrom('audit_event').select(['action', 'record_id']).where('action', '=', 'disable_account').execute());
  assert.deepEqual(audit, [{ action: 'disable_account', record_id: target.id }]);
});

test('an administrator cannot disable another LA’s account (404)', async () => {
  const admin = new TestBrowser(world.app, '10.9.0.1');
  await admin.signIn('a.admin', DEMO_PASSWORD);
  await admin.get('/admin/staff');
  const other = world.b.staff.find((s) => s.username === 'b.social.worker')!;
  assert.equal((await admin.postForm(`/admin/staff/${other.id}/disable`, {})).statusCode, 404);
  const row = await withTenant(world.store.db, world.b.id, (tx) => tx.selectFrom('staff_user').select('disabled_at').where('id', '=', other.id).executeTakeFirstOrThrow());
  assert.equal(row.disabled_at, null);
});
