// The data-quality benchmark (issue 8): every DfE validation rule checked from the journeys, on request,
// for every child of a Croydon-size LA who could be in a return, as a director opens /data-quality.
// Budget: ≤ 2 s. Reports the store call's time (load the journeys, check, count, audit) and the rules'
// own share, on PGlite in memory (or PostgreSQL with --database-url).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openBenchStore } from './bench-store.ts';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { loadLocalAuthority } from '../src/synth/load.ts';
import { isSizeName } from '../src/synth/sizes.ts';
import { actorFor } from '../src/test-support/fixtures.ts';
import { dataQualityList } from '../src/store/returns/data-quality.ts';
import { withTenant } from '../src/store/tenant.ts';
import { addRecordsToDocuments, loadJourneys } from '../src/store/journeys/journey-records.ts';
import { CIN_CENSUS_RECORD_TYPES, loadReturnsJourneys, SSDA903_RECORD_TYPES } from '../src/store/returns/returns-journeys.ts';

const RETURN_TYPES = [...new Set([...CIN_CENSUS_RECORD_TYPES, ...SSDA903_RECORD_TYPES])];

export async function dataQualityBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: 'croydon' }, 'database-url': { type: 'string' }, runs: { type: 'string', default: '3' } } });
  const size = values.size!;
  if (!isSizeName(size)) throw new Error(`unknown size ${size}`);
  const url = values['database-url'];
  // On PostgreSQL, a fresh database on that server (dropped afterwards), not the one named.
  const store = await openBenchStore(url ? 'postgres' : 'pglite', url ?? '', 'lantern_bench_data_quality');
  const asAt = '2026-02-10';
  const now = new Date(`${asAt}T10:00:00Z`);
  const la = generateLocalAuthority({ seed: 1, size, asAt, name: 'Northbridge (synthetic)', dfeCode: '999', usernamePrefix: '' });
  await loadLocalAuthority(store.db, la, now);
  await store.analyze();
  const director = await actorFor(store.db, la, 'director');
  // Baseline in the same run (the machine's speed moves with its load): reading and checking every
  // child's whole journey once with loadJourneys, the read the exports used to start with.
  const baselineStarted = performance.now();
  await withTenant(store.db, la.id, async (tx) => loadJourneys(tx, (await tx.selectFrom('child').select('id').execute()).map((c) => c.id)));
  const baselineMs = Math.round(performance.now() - baselineStarted);
  console.log(`baseline (loadJourneys, whole LA): ${baselineMs} ms`);
  // The read itself, the earlier way against the returns' read, alternately in the same run: the data-quality
  // page's earlier query (every record of the types a return uses as jsonb, in written order, into documents)
  // and loadReturnsJourneys (one JSON text per child).
  const reads: { earlierMs: number; returnsReadMs: number }[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    reads.push(await withTenant(store.db, la.id, async (tx) => {
      const t0 = performance.now();
      const records = await tx.selectFrom('journey_record').select(['child_id', 'record_type', 'data']).where('record_type', 'in', RETURN_TYPES).orderBy('created_at').orderBy('id').execute();
      addRecordsToDocuments(new Map(), records, () => ({}));
      const t1 = performance.now();
      await loadReturnsJourneys(tx, 'all', RETURN_TYPES, { check: false });
      return { earlierMs: Math.round(t1 - t0), returnsReadMs: Math.round(performance.now() - t1) };
    }));
    console.log(`read ${i + 1}: earlier query ${reads.at(-1)!.earlierMs} ms, returns' read ${reads.at(-1)!.returnsReadMs} ms`);
  }
  const runs: { totalMs: number; loadMs: number; checkMs: number; children: number; rules: number; broken: string[] }[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const started = performance.now();
    const list = await dataQualityList(store.db, director, { ip: '127.0.0.1', userAgent: 'bench' }, now);
    runs.push({ totalMs: Math.round(performance.now() - started), loadMs: list!.loadMs, checkMs: list!.checkMs, children: list!.childrenChecked, rules: list!.rules.length, broken: list!.rules.map((r) => `${r.return} ${r.code}: ${r.children.length} children (${r.children[0]?.where.join('; ')})`) });
    console.log(`run ${i + 1}: ${runs.at(-1)!.totalMs} ms (load ${list!.loadMs} ms, rules ${list!.checkMs} ms) for ${list!.childrenChecked} children (${list!.rules.length} rules broken${list!.rules.length ? `: ${runs.at(-1)!.broken.join(', ')}` : ''})`);
  }
  await store.close();
  const report = { benchmark: 'data-quality', size, engine: url ? 'postgresql' : 'pglite', cpus: os.cpus().length, loadAverage: os.loadavg(), baselineMs, reads, runs: runs.map((r) => ({ ...r, vsBaseline: +(r.totalMs / baselineMs).toFixed(2) })) };
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL(`./results/data-quality-${size}-${report.engine}.json`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
}
