// `lantern measures`: the dashboard's measures as JSON for scripts, and as a table; the same figures the
// dashboard computes from the same database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openStore } from '../store/database.ts';
import { measuresForLocalAuthority } from '../store/dashboard/service-dashboard.ts';
import { measureJson, type MeasureJson } from './commands/measures.ts';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'lantern.mjs');

test('lantern measures --as-at D --json prints every measure for each LA; without --json a table', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantern-measures-'));
  const env = { ...process.env, DATABASE_URL: '', LANTERN_DATA_DIR: dataDir };
  const synth = spawnSync(process.execPath, [bin, 'synth', '--seed', '5', '--size', 'small', '--as-at', '2025-03-31'], { encoding: 'utf8', env });
  assert.equal(synth.status, 0, synth.stderr);
  const r = spawnSync(process.execPath, [bin, 'measures', '--as-at', '2025-03-31', '--json'], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { asAt: string; localAuthorities: { id: string; name: string; measures: MeasureJson[] }[] };
  assert.equal(out.asAt, '2025-03-31');
  assert.equal(out.localAuthorities.length, 1);
  const measures = out.localAuthorities[0]!.measures;
  assert.ok(measures.length >= 30);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const reReferrals = byId.get('re-referrals')!;
  assert.ok(reReferrals.denominator > 0, 'the synthetic LA has referrals in the year');
  assert.equal(reReferrals.value, Math.round((1000 * reReferrals.numerator) / reReferrals.denominator) / 10);
  assert.deepEqual(reReferrals.england, { value: 22.6, source: 'DfE Children in need, year to 31 March 2025' });
  assert.equal(reReferrals.higherIsBetter, false);
  assert.equal(byId.get('agency-share')!.england!.value, 17.8);
  assert.ok(byId.get('agency-share')!.denominator > 0, 'social workers in post');
  // The same figures as the dashboard computes from the same database.
  const store = await openStore({ databaseUrl: null, appDatabaseUrl: null, dataDir });
  try {
    const direct = (await measuresForLocalAuthority(store.db, out.localAuthorities[0]!.id, '2025-03-31')).map(measureJson);
    assert.deepEqual(measures, direct);
  } finally {
    await store.close();
  }
  const readable = spawnSync(process.execPath, [bin, 'measures', '--as-at', '2025-03-31'], { encoding: 'utf8', env });
  assert.equal(readable.status, 0, readable.stderr);
  assert.match(readable.stdout, /as at 2025-03-31/);
  assert.match(readable.stdout, /^Re-referrals within 12 months\s+[\d.]+%\s+\d+ \/ \d+\s+22\.6%$/m);
  const bad = spawnSync(process.execPath, [bin, 'measures', '--as-at', '2025-02-30x'], { encoding: 'utf8', env });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--as-at must be a date/);
});
