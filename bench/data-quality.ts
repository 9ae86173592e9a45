// The data-quality benchmark (issue 8): every DfE validation rule checked from the journeys, on request,
// for every child of a Croydon-size LA who could be in a return, as a director opens /data-quality.
// Budget: ≤ 2 s. Reports the store call's time (load the journeys, check, count, audit) and the rules'
// own share, on PGlite in memory (or PostgreSQL with --database-url).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/database.ts';
import { deriveAppDatabaseUrl } from '../src/config.ts';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { loadLocalAuthority } from '../src/synth/load.ts';
import { isSizeName } from '../src/synth/sizes.ts';
import { actorFor } from '../src/test-support/fixtures.ts';
import { dataQualityList } from '../src/store/returns/data-quality.ts';

export async function dataQualityBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: 'croydon' }, 'database-url': { type: 'string' }, runs: { type: 'string', default: '3' } } });
  const size = values.size!;
  if (!isSizeName(size)) throw new Error(`unknown size ${size}`);
  const url = values['database-url'];
  const store = await openStore(url ? { databaseUrl: url, appDatabaseUrl: deriveAppDatabaseUrl(url, undefined), dataDir: null } : { databaseUrl: null, appDatabaseUrl: null, dataDir: null });
  const asAt = '2026-02-10';
  const now = new Date(`${asAt}T10:00:00Z`);
  const la = generateLocalAuthority({ seed: 1, size, asAt, name: 'Northbridge (synthetic)', dfeCode: '999', usernamePrefix: '' });
  await loadLocalAuthority(store.db, la, now);
  const director = await actorFor(store.db, la, 'director');
  const runs: { totalMs: number; loadMs: number; checkMs: number; children: number; rules: number }[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const started = performance.now();
    const list = await dataQualityList(store.db, director, { ip: '127.0.0.1', userAgent: 'bench' }, now);
    runs.push({ totalMs: Math.round(performance.now() - started), loadMs: list!.loadMs, checkMs: list!.checkMs, children: list!.childrenChecked, rules: list!.rules.length });
    console.log(`run ${i + 1}: ${runs.at(-1)!.totalMs} ms (load ${list!.loadMs} ms, rules ${list!.checkMs} ms) for ${list!.childrenChecked} children (${list!.rules.length} rules broken)`);
  }
  await store.close();
  const report = { benchmark: 'data-quality', size, engine: url ? 'postgresql' : 'pglite', cpus: os.cpus().length, loadAverage: os.loadavg(), runs };
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL(`./results/data-quality-${size}.json`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
}
