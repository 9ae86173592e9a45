// The oversight benchmark (issue: oversight at every level). Targets: My work and the team board at
// p95 ≤ 100 ms with 50 concurrent signed-in users, and the service dashboard as at any date in ≤ 2 s,
// on the synthetic Croydon-size LA, on PGlite and on PostgreSQL.
//
// The server runs in this process exactly as `lantern serve` builds it; the load comes from a second
// process on loopback (bench/oversight-load.mjs, autocannon), one connection per user, each with its
// own session. Sessions are created directly in the store (the synthetic staff have no passwords); the
// pages then do everything a signed-in request does: resolve the session, check access, read, audit.
// Baseline in the same run and under the same load: /healthz with the same cookies (session lookup,
// one query, no page), so the pages' cost is reported as a ratio to the fixed per-request floor.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openBenchStore } from './bench-store.ts';
import { recordResults } from './report.ts';
import { buildApp } from '../src/server/app.ts';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { loadLocalAuthority } from '../src/synth/load.ts';
import { isSizeName } from '../src/synth/sizes.ts';
import { todayInEngland } from '../src/server/context.ts';
import { withTenant } from '../src/store/tenant.ts';
import { createSession } from '../src/store/sessions.ts';
import type { Database } from '../src/store/schema.ts';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadStaffAccount } from '../src/store/staff.ts';
import { teamBoard } from '../src/store/oversight/team-board.ts';
import { TeamBoardPage } from '../web/src/pages/team-board.tsx';
import { navigationFor, userBanner } from '../src/server/navigation.ts';

interface LoadUser {
  cookie: string;
  path: string;
}

interface LoadResult {
  latencies: number[];
  statuses: Record<string, number>;
  requests: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
}

interface PhaseReport {
  users: number;
  requests: number;
  throughputPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  non200: number;
  statuses: Record<string, number>;
  errors: number;
  serverCpuMsPerRequest?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function runLoad(input: { url: string; users: LoadUser[]; durationSeconds: number; perUserRate?: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL('./oversight-load.mjs', import.meta.url).pathname, JSON.stringify(input)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load generator exited with ${code}`))));
  });
}

function summarise(result: LoadResult, users: number): PhaseReport {
  if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ ...result, latencies: result.latencies.length }));
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const ok = result.statuses['200'] ?? 0;
  return {
    users,
    requests: result.requests,
    throughputPerSecond: Math.round(result.requests / result.durationSeconds),
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    non200: result.latencies.length - ok,
    statuses: result.statuses,
    errors: result.errors + result.timeouts,
  };
}

/** Staff holding a role, busiest first (by open allocations), as many sessions as asked for, cycling if fewer. */
async function sessionsFor(db: Kysely<Database>, laId: string, role: string, count: number, now: Date): Promise<string[]> {
  return withTenant(db, laId, async (tx) => {
    const staff = await tx
      .selectFrom('staff_user as s')
      .innerJoin('staff_role as r', (j) => j.onRef('r.local_authority_id', '=', 's.local_authority_id').onRef('r.staff_user_id', '=', 's.id'))
      .leftJoin('allocation as a', (j) => j.onRef('a.local_authority_id', '=', 's.local_authority_id').onRef('a.worker_id', '=', 's.id').on('a.end_date', 'is', null))
      .select(['s.id'])
      .select((eb) => eb.fn.count('a.id').as('caseload'))
      .where('r.role', '=', role)
      .where('s.disabled_at', 'is', null)
      .groupBy('s.id')
      .orderBy('caseload', 'desc')
      .orderBy('s.id')
      .limit(count)
      .execute();
    if (!staff.length) throw new Error(`no staff with the role ${role}`);
    const cookies: string[] = [];
    for (let i = 0; i < count; i++) {
      const session = await createSession(tx, laId, staff[i % staff.length]!.id, now, '127.0.0.1', 'lantern-bench');
      cookies.push(`lantern_session=${laId}.${session.token}`);
    }
    return cookies;
  });
}

async function timeSequential(url: string, cookie: string, paths: string[]): Promise<{ path: string; ms: number; status: number }[]> {
  const timings: { path: string; ms: number; status: number }[] = [];
  for (const path of paths) {
    const t0 = performance.now();
    const response = await fetch(url + path, { headers: { cookie } });
    await response.text();
    timings.push({ path, ms: Math.round(performance.now() - t0), status: response.status });
  }
  return timings;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number): number => +x.toFixed(2);

/**
 * The team board's store read alone, one at a time, for every team manager: from the stored summaries
 * (what the page does) against counting every child from the tables (what it did before migration
 * 0012), interleaved so both see the same machine load; and the page's render alone.
 */
async function timeBoardAlone(db: Kysely<Database>, laId: string, rounds: number): Promise<Record<string, number>> {
  const actors = await withTenant(db, laId, async (tx) => {
    const ids = await tx
      .selectFrom('staff_user as s')
      .innerJoin('staff_role as r', (j) => j.onRef('r.local_authority_id', '=', 's.local_authority_id').onRef('r.staff_user_id', '=', 's.id'))
      .select('s.id')
      .where('r.role', '=', 'team_manager')
      .where('s.disabled_at', 'is', null)
      .orderBy('s.id')
      .execute();
    return Promise.all(ids.map(async (r) => (await loadStaffAccount(tx, r.id))!.actor));
  });
  const origin = { ip: '127.0.0.1', userAgent: 'lantern-bench' };
  const fromTables: number[] = [];
  const fromSummaries: number[] = [];
  const render: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const actor of actors) {
      let t0 = performance.now();
      await teamBoard(db, actor, origin, new Date(), { useSummaries: false });
      fromTables.push(performance.now() - t0);
      t0 = performance.now();
      const board = await teamBoard(db, actor, origin, new Date());
      fromSummaries.push(performance.now() - t0);
      t0 = performance.now();
      renderToStaticMarkup(TeamBoardPage({ nav: navigationFor(actor, '/team-board'), user: userBanner(actor), csrfToken: 'x', board }));
      render.push(performance.now() - t0);
    }
  }
  return {
    managers: actors.length,
    rounds,
    fromTablesMedianMs: ms(median(fromTables)),
    fromSummariesMedianMs: ms(median(fromSummaries)),
    summariesVsTables: +(median(fromSummaries) / Math.max(0.01, median(fromTables))).toFixed(2),
    renderMedianMs: ms(median(render)),
  };
}

export async function oversightBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { engine: { type: 'string' }, users: { type: 'string' }, seconds: { type: 'string' }, size: { type: 'string' }, label: { type: 'string' } } });
  // --label names a run (say "before" and "after" a change on the same day) so one does not overwrite the other.
  if (values.label !== undefined && !/^[a-z0-9-]+$/.test(values.label)) throw new Error('--label must be lower-case letters, digits and hyphens');
  const engines = (values.engine ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  const users = Number(values.users ?? 50);
  const seconds = Number(values.seconds ?? 20);
  const size = values.size ?? 'croydon';
  if (!isSizeName(size)) throw new Error(`--size must be small, medium, croydon or large`);
  const serverUrl = process.env.LANTERN_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const now = new Date();
  const asAt = todayInEngland(now);
  const la = generateLocalAuthority({ seed: 1, size, asAt, name: 'Northbridge (synthetic)', dfeCode: '999', usernamePrefix: '' });

  const results: Record<string, unknown> = {};
  for (const engine of engines) {
    console.error(`[${engine}] loading the synthetic ${size} LA (${la.children.length} children)…`);
    const store = await openBenchStore(engine, serverUrl, 'lantern_bench_oversight');
    const load0 = performance.now();
    await loadLocalAuthority(store.db, la, now);
    await store.analyze();
    const loadSeconds = +((performance.now() - load0) / 1000).toFixed(1);
    const app = await buildApp({ db: store.db, now: () => new Date(), secureCookies: false, logger: false, trustProxy: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    console.error(`[${engine}] the team board's read alone, from summaries and from the tables…`);
    const boardAlone = await timeBoardAlone(store.db, la.id, 3);
    const workers = await sessionsFor(store.db, la.id, 'social_worker', users, now);
    const managers = await sessionsFor(store.db, la.id, 'team_manager', users, now);
    const [director] = await sessionsFor(store.db, la.id, 'director', 1, now);
    const phases: { name: string; users: LoadUser[]; perUserRate?: number }[] = [
      { name: 'baseline /healthz', users: workers.map((cookie) => ({ cookie, path: '/healthz' })) },
      { name: 'My work', users: workers.map((cookie) => ({ cookie, path: '/my-work' })) },
      { name: 'Team board', users: managers.map((cookie) => ({ cookie, path: '/team-board' })) },
      { name: 'My work, each user one page a second', users: workers.map((cookie) => ({ cookie, path: '/my-work' })), perUserRate: 1 },
      { name: 'Team board, each user one page a second', users: managers.map((cookie) => ({ cookie, path: '/team-board' })), perUserRate: 1 },
      { name: 'Mixed (half My work, half team board)', users: workers.slice(0, users / 2).map((cookie) => ({ cookie, path: '/my-work' })).concat(managers.slice(0, users - users / 2).map((cookie) => ({ cookie, path: '/team-board' }))) },
    ];
    // Warm each page once per user (first-request compilation, caches) before measuring.
    for (const phase of phases) await runLoad({ url, users: phase.users, durationSeconds: 2 });
    const report: Record<string, PhaseReport> = {};
    for (const phase of phases) {
      console.error(`[${engine}] ${phase.name}: ${phase.users.length} users for ${seconds} s…`);
      const cpu0 = process.cpuUsage();
      const phaseReport = summarise(await runLoad({ url, users: phase.users, durationSeconds: seconds, ...(phase.perUserRate ? { perUserRate: phase.perUserRate } : {}) }), phase.users.length);
      // The server process's CPU time per response (user + system): unlike latency, it barely moves with
      // what else the shared machine is running. On PGlite it includes the database's work; on
      // PostgreSQL the database's own processes are not counted.
      const cpu = process.cpuUsage(cpu0);
      report[phase.name] = { ...phaseReport, serverCpuMsPerRequest: +((cpu.user + cpu.system) / 1000 / Math.max(1, phaseReport.requests)).toFixed(2) };
    }
    const baseline = report['baseline /healthz']!;
    const ratios = Object.fromEntries(Object.entries(report).filter(([k]) => !k.startsWith('baseline')).map(([k, v]) => [k, { p95VsBaseline: +(v.p95Ms / Math.max(1, baseline.p95Ms)).toFixed(1), throughputVsBaseline: +(v.throughputPerSecond / baseline.throughputPerSecond).toFixed(2) }]));

    // The service dashboard, when present: one director, as at several dates, each timed alone.
    const hasDashboard = app.hasRoute({ method: 'GET', url: '/dashboard' });
    const dashboard = hasDashboard && director ? await timeSequential(url, director, ['/dashboard', '/dashboard?asAt=2026-03-31', '/dashboard?asAt=2025-03-31', '/dashboard?asAt=2024-09-30', '/dashboard']) : null;

    results[engine] = { loadSeconds, boardAlone, phases: report, ratios, dashboard };
    await app.close();
    await store.close();
  }

  // The machine is shared: its load average at the end (recordResults) says how much else was running.
  recordResults('oversight', {
    size,
    children: la.children.length,
    staff: la.staff.length,
    users,
    seconds,
    targets: { myWorkAndTeamBoardP95MsAtMost: 100, dashboardMsAtMost: 2000 },
    results,
  }, typeof values.label === 'string' ? values.label : '');
}
