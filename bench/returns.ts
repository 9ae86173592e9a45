// The returns benchmark (issue: DfE returns and Annex A). Target: all three exports (CIN census XML,
// the SSDA903 CSV set, the Annex A workbook) for the Croydon-size synthetic LA in ≤ 10 s, reported with
// rows per second and peak memory, on PGlite and on PostgreSQL.
//
// Each export runs exactly as `lantern export` runs it (the …ForLa functions: load, build, audit), then
// all three from one read as `lantern export all` runs them (exportAllReturns), which must give the same
// returns; then the data-quality page for the whole LA, which must find no rule broken.
// Baseline in the same run: loading every child's journey once (loadJourneys over all children, the
// read each export began with before they read only their own record types), so each export is also
// reported as a ratio to that floor.
// Importing SSDA903 rows (the second target) is not built yet, so it is not measured here.
import { parseArgs } from 'node:util';
import { openBenchStore } from './bench-store.ts';
import { recordResults, timed } from './report.ts';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { loadLocalAuthority } from '../src/synth/load.ts';
import { isSizeName } from '../src/synth/sizes.ts';
import { withTenant } from '../src/store/tenant.ts';
import { loadJourneys } from '../src/store/journeys/journey-records.ts';
import { exportCinCensusForLa } from '../src/store/returns/export-cin-census.ts';
import { exportSsda903ForLa } from '../src/store/returns/export-ssda903.ts';
import { exportAnnexAForLa } from '../src/store/returns/export-annex-a.ts';
import { exportAllReturns } from '../src/store/returns/export-all.ts';
import { dataQualityList } from '../src/store/returns/data-quality.ts';
import { actorFor } from '../src/test-support/fixtures.ts';

export async function returnsBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { engine: { type: 'string' }, size: { type: 'string' }, 'as-at': { type: 'string' } } });
  const engines = (values.engine ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  const size = values.size ?? 'croydon';
  if (!isSizeName(size)) throw new Error('--size must be small, medium, croydon or large');
  const asAt = values['as-at'] ?? '2026-03-31';
  const year = Number(asAt.slice(0, 4)) + (asAt.slice(5) > '03-31' ? 1 : 0);
  const serverUrl = process.env.LANTERN_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const now = new Date();
  const la = generateLocalAuthority({ seed: 1, size, asAt: '2026-11-22', name: 'Northbridge (synthetic)', dfeCode: '999', usernamePrefix: '' });

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const results: Record<string, unknown> = {};
  for (const engine of engines) {
    console.error(`[${engine}] loading the synthetic ${size} LA (${la.children.length} children)…`);
    const store = await openBenchStore(engine, serverUrl, 'lantern_bench_returns');
    await loadLocalAuthority(store.db, la, now);
    await store.analyze();
    peakRss = process.memoryUsage.rss();
    const rssAtStart = peakRss;

    const baseline = await timed(() => withTenant(store.db, la.id, async (tx) => loadJourneys(tx, (await tx.selectFrom('child').select('id').execute()).map((c) => c.id))));
    const cin = await timed(() => exportCinCensusForLa(store.db, la.id, year, now));
    const ssda903 = await timed(() => exportSsda903ForLa(store.db, la.id, year, now));
    const annexA = await timed(() => exportAnnexAForLa(store.db, la.id, asAt, now));
    const all = await timed(() => exportAllReturns(store.db, la.id, asAt, now));
    // The one-read export must hold exactly what the three separate exports hold.
    const same = all.result.cinCensus === cin.result && JSON.stringify(all.result.ssda903) === JSON.stringify(ssda903.result)
      && JSON.stringify(all.result.annexA.rows) === JSON.stringify(annexA.result.rows);
    if (!same) throw new Error('exportAllReturns differs from the three separate exports');
    // Issue 8: the synthetic LA exports with no validation errors Lantern's own rules can see (queries too).
    const director = await actorFor(store.db, la, 'director');
    const quality = await timed(async () => (await dataQualityList(store.db, director, { ip: '127.0.0.1', userAgent: 'bench' }, now))!);
    const findings = quality.result.rules.map((r) => `${r.return} ${r.code}: ${r.children.length} children`);
    if (findings.length) throw new Error(`the synthetic LA breaks rules: ${findings.join(', ')}`);
    const cinChildren = (cin.result.match(/<Child>/g) ?? []).length;
    const ssdaRows = Object.values(ssda903.result.rows).reduce((a, b) => a + b, 0);
    const annexRows = Object.values(annexA.result.rows).reduce((a, b) => a + b, 0);
    const total = +(cin.seconds + ssda903.seconds + annexA.seconds).toFixed(2);
    const ratio = (s: number): number => +(s / Math.max(0.01, baseline.seconds)).toFixed(2);
    results[engine] = {
      baselineLoadJourneys: { seconds: baseline.seconds, journeys: baseline.result.length },
      cinCensus: { seconds: cin.seconds, children: cinChildren, childrenPerSecond: Math.round(cinChildren / cin.seconds), bytes: cin.result.length, vsBaseline: ratio(cin.seconds) },
      ssda903: { seconds: ssda903.seconds, rows: ssdaRows, rowsPerSecond: Math.round(ssdaRows / ssda903.seconds), byFile: ssda903.result.rows, vsBaseline: ratio(ssda903.seconds) },
      annexA: { seconds: annexA.seconds, rows: annexRows, rowsPerSecond: Math.round(annexRows / annexA.seconds), byList: annexA.result.rows, bytes: annexA.result.workbook.length, vsBaseline: ratio(annexA.seconds) },
      separateExportsSeconds: total,
      dataQuality: { seconds: quality.seconds, childrenChecked: quality.result.childrenChecked, rulesBroken: findings },
      allThreeOneRead: { seconds: all.seconds, vsBaseline: ratio(all.seconds), milliseconds: all.result.milliseconds },
      rssAtStartMb: Math.round(rssAtStart / 2 ** 20),
      peakRssMb: Math.round(peakRss / 2 ** 20),
    };
    console.error(`[${engine}] baseline ${baseline.seconds} s; CIN ${cin.seconds} s, SSDA903 ${ssda903.seconds} s, Annex A ${annexA.seconds} s: ${total} s; all three from one read ${all.seconds} s ${JSON.stringify(all.result.milliseconds)}`);
    await store.close();
  }
  clearInterval(sampler);

  recordResults('returns', {
    size,
    children: la.children.length,
    asAt,
    collectionYear: year,
    targets: { allThreeExportsSecondsAtMost: 10 },
    results,
  });
}
