// The import benchmark (issue: DfE returns, import for migration). Target: importing 100,000 SSDA903
// episode rows in ≤ 30 s, reported as rows per second and peak memory, on PGlite and PostgreSQL.
//
// The files are made by Lantern's own exporter (buildSsda903) from synthetic looked-after journeys, so
// they are valid and realistic in shape: each child comes into care in the year, under a care order,
// and moves placement every two months (five episodes), with CLA reviews on the statutory timetable.
// `--rows` sets the number of episode rows (default 100,000; five per child).
//
// Measured, for a fresh database with the synthetic small LA loaded (so the import meets stored data):
//   read      readSsda903: CSV text to an ImportBatch (pure);
//   import    importBatch: match, check every journey, write, audit, recompute clocks, one transaction;
//   again     the same files imported again: every record matched and unchanged, nothing written.
// Baseline in the same run: inserting the same number of journey rows with bulkInsert alone (the floor
// any import must pay to write them), so the import is also given as a ratio to it.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openBenchStore } from './bench-store.ts';
import { recordResults, timed } from './report.ts';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { loadLocalAuthority } from '../src/synth/load.ts';
import { withTenant } from '../src/store/tenant.ts';
import { bulkInsert } from '../src/store/bulk-insert.ts';
import { buildSsda903, ssda903Csv } from '../src/returns/ssda903/build-ssda903.ts';
import { readSsda903 } from '../src/returns/ssda903/read-ssda903.ts';
import { importBatch } from '../src/store/imports/import-batch.ts';
import type { Journey } from '../src/practice/journey/journey.ts';
import { SSDA903_FILES } from '../src/returns/ssda903/columns.ts';

const EPISODES_PER_CHILD = 5;
const YEAR = { start: '2025-04-01', end: '2026-03-31' };
const PLACEMENT_TYPES = ['U1', 'U4', 'U3', 'K2', 'U6'];
const ETHNICITIES = ['WBRI', 'BAFR', 'MWBC', 'ABAN', 'WOTH'];

const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A child who comes into care in the year and moves every two months: five episodes. */
function lookedAfterJourney(i: number): { identity: Parameters<typeof buildSsda903>[0]['children'][number]['identity']; journey: Journey } {
  const id = randomUUID();
  const start = addDays(YEAR.start, 5 + (i % 30));
  const born = addDays('2009-01-01', (i * 37) % 3650);
  const placementStarts = Array.from({ length: EPISODES_PER_CHILD }, (_, k) => addDays(start, k * 60));
  const periodId = `care-${i}`;
  return {
    identity: { childReference: `B${String(i).padStart(7, '0')}`, dateOfBirth: born, sex: i % 2 ? '1' : '2', ethnicity: ETHNICITIES[i % ETHNICITIES.length]!, upn: null, uasc: false },
    journey: {
      child: { id, dateOfBirth: born, expectedDateOfBirth: null },
      allocations: [],
      periodsOfCare: [{ id: periodId, startDate: start, endDate: null, carePlanDate: start, permanencePlanDate: null, categoryOfNeed: 'N1', reasonForNewEpisode: 'S', reasonCeased: null }],
      legalStatuses: [{ id: `ls-${i}`, code: 'C2', startDate: start, endDate: null }],
      placements: placementStarts.map((s, k) => ({
        id: `placement-${i}-${k}`, periodOfCareId: periodId, startDate: s, endDate: placementStarts[k + 1] ?? null,
        typeCode: PLACEMENT_TYPES[k]!, placedWith: 'other' as const, placementPlanDate: s, providerCode: k === 3 ? 'PR3' : 'PR1',
        postcode: 'CR0 1AA', inLaArea: true, distanceMiles: 2, reasonForChange: placementStarts[k + 1] ? 'CARPL' : null,
      })),
      claReviews: [addDays(start, 19), addDays(start, 100)].map((date, k) => ({ id: `review-${i}-${k}`, date, chairName: null, participationCode: 'PN1', recommendations: null })),
    },
  };
}

export async function importBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { engine: { type: 'string' }, rows: { type: 'string' } } });
  const engines = (values.engine ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  const wantedRows = Number(values.rows ?? 100_000);
  const serverUrl = process.env.LANTERN_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const now = new Date('2026-11-22T09:00:00Z');

  const children = Array.from({ length: Math.ceil(wantedRows / EPISODES_PER_CHILD) }, (_, i) => lookedAfterJourney(i));
  const made = await timed(() => ssda903Csv(buildSsda903({ la: { dfeCode: '999' }, collection: YEAR, children })));
  const files = SSDA903_FILES.map((name) => ({ name: `${name}.csv`, text: made.result[name] })).filter((f) => f.text.split('\r\n').length > 2);
  const episodeRows = made.result.episodes.split('\r\n').length - 2;
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  console.error(`made ${files.length} files, ${episodeRows} episode rows (${(bytes / 2 ** 20).toFixed(1)} MB) for ${children.length} children in ${made.seconds} s`);
  const la = generateLocalAuthority({ seed: 1, size: 'small', asAt: '2026-11-22', name: 'Northbridge (synthetic)', dfeCode: '999', usernamePrefix: '' });

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const results: Record<string, unknown> = {};
  for (const engine of engines) {
    const store = await openBenchStore(engine, serverUrl, 'lantern_bench_import');
    await loadLocalAuthority(store.db, la, now);
    await store.analyze();
    peakRss = process.memoryUsage.rss();
    const rssAtStart = peakRss;

    // Baseline: the journey rows alone, bulk inserted (rolled back, so the import starts from the same state).
    const recordRows = children.flatMap((c) => ['periodsOfCare', 'legalStatuses', 'placements', 'claReviews'].flatMap((type) =>
      ((c.journey as Record<string, unknown>)[type] as { id: string }[]).map((r) => ({ local_authority_id: la.id, id: randomUUID(), child_id: c.journey.child.id, record_type: type, record_key: r.id, data: r }))));
    const baseline = await timed(() => withTenant(store.db, la.id, async (tx) => {
      await bulkInsert(tx, 'child', [['local_authority_id', 'uuid'], ['id', 'uuid'], ['child_reference', 'text'], ['given_name', 'text'], ['family_name', 'text'], ['date_of_birth', 'date'], ['sex', 'text'], ['ethnicity', 'text']],
        children.map((c) => ({ local_authority_id: la.id, id: c.journey.child.id, child_reference: c.identity.childReference, given_name: 'x', family_name: 'x', date_of_birth: c.identity.dateOfBirth, sex: c.identity.sex, ethnicity: c.identity.ethnicity })));
      await bulkInsert(tx, 'journey_record', [['local_authority_id', 'uuid'], ['id', 'uuid'], ['child_id', 'uuid'], ['record_type', 'text'], ['record_key', 'text'], ['data', 'jsonb']], recordRows);
      throw new RollBack();
    }).catch((e) => { if (!(e instanceof RollBack)) throw e; }));

    const read = await timed(() => readSsda903(files));
    if (read.result.rejected.length) throw new Error(`the exporter's own files were refused: ${JSON.stringify(read.result.rejected.slice(0, 5))}`);
    const phases: Record<string, number> = {};
    let phaseStarted = performance.now();
    let current = '';
    const imported = await timed(() => importBatch(store.db, la.id, { command: 'lantern bench' }, read.result, now, {
      onProgress: (phase) => {
        if (phase === current) return;
        if (current) phases[current] = +((performance.now() - phaseStarted) / 1000).toFixed(2);
        current = phase;
        phaseStarted = performance.now();
      },
    }));
    if (current) phases[current] = +((performance.now() - phaseStarted) / 1000).toFixed(2);
    if (!imported.result.written) throw new Error(`import refused: ${JSON.stringify(imported.result.rejected.slice(0, 5))} ${imported.result.failure ?? ''}`);
    const clockInstances = await withTenant(store.db, la.id, async (tx) => Number((await tx.selectFrom('clock_instance').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));
    const again = await timed(() => importBatch(store.db, la.id, { command: 'lantern bench' }, read.result, now));
    const total = +(read.seconds + imported.seconds).toFixed(2);
    results[engine] = {
      baselineBulkInsertSeconds: baseline.seconds,
      readSeconds: read.seconds,
      importSeconds: imported.seconds,
      importPhases: phases,
      readAndImportSeconds: total,
      episodeRowsPerSecond: Math.round(episodeRows / total),
      allRowsPerSecond: Math.round(read.result.rows / total),
      vsBaseline: +(imported.seconds / Math.max(0.01, baseline.seconds)).toFixed(1),
      children: imported.result.children,
      records: imported.result.records,
      clockInstancesAfter: clockInstances,
      againSeconds: again.seconds,
      again: { children: again.result.children, records: again.result.records },
      rssAtStartMb: Math.round(rssAtStart / 2 ** 20),
      peakRssMb: Math.round(peakRss / 2 ** 20),
    };
    console.error(`[${engine}] read ${read.seconds} s, import ${imported.seconds} s (${JSON.stringify(phases)}), again ${again.seconds} s; baseline bulk insert ${baseline.seconds} s; peak RSS ${Math.round(peakRss / 2 ** 20)} MB`);
    await store.close();
  }
  clearInterval(sampler);

  recordResults('import', {
    episodeRows,
    files: Object.fromEntries(files.map((f) => [f.name, f.text.split('\r\n').length - 2])),
    megabytes: +(bytes / 2 ** 20).toFixed(1),
    targets: { episodeRows: 100_000, secondsAtMost: 30 },
    results,
  });
}

class RollBack extends Error {}
