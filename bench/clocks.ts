// The clocks benchmark (issue: statutory clock engine). Targets on this 2-core machine: every clock for
// 500,000 children with full journeys in at most 20 s with peak RSS under 4 GB; one child's recompute
// p99 under 2 ms. The population is built by the real synthetic LA generator ('large' LAs of 15,000
// children), split across two worker threads; each LA's journeys are computed as a rebuild would.
// Baseline in the same run: the same rules written as SQL over the stored records (see sql-baseline.ts).
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import type { WorkerInput, WorkerResult } from './clocks-worker.ts';
import { sqlBaseline, type BaselineResult } from './sql-baseline.ts';
import { recordResults } from './report.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function runWorker(input: WorkerInput): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./clocks-worker.mjs', import.meta.url), { workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

export async function clocksBenchmark(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { children: { type: 'string' }, workers: { type: 'string' }, 'as-at': { type: 'string' }, 'baseline-children': { type: 'string' } } });
  const target = Number(values.children ?? 500_000);
  const workers = Number(values.workers ?? 2);
  const asAt = values['as-at'] ?? '2026-03-31';
  const perLa = 15_000;
  const las = Math.ceil(target / perLa);
  const seeds = Array.from({ length: las }, (_, i) => 1000 + i);
  const shares = Array.from({ length: workers }, (_, w) => seeds.filter((_, i) => i % workers === w));

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const wall0 = performance.now();
  const results = await Promise.all(shares.map((share) => runWorker({ seeds: share, asAt, sampleEvery: 50 })));
  const wallMs = performance.now() - wall0;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  const children = results.reduce((s, r) => s + r.children, 0);
  const instances = results.reduce((s, r) => s + r.instances, 0);
  const computeMs = Math.max(...results.map((r) => r.computeMs));
  const generateMs = Math.max(...results.map((r) => r.generateMs));
  const samples = results.flatMap((r) => r.samples).sort((a, b) => a - b);
  const states: Record<string, number> = {};
  for (const r of results) for (const [k, v] of Object.entries(r.states)) states[k] = (states[k] ?? 0) + v;

  const baselineChildren = Number(values['baseline-children'] ?? 5_000);
  const baseline: BaselineResult = await sqlBaseline(baselineChildren, asAt);

  recordResults('clocks', {
    asAt,
    children,
    instances,
    workers,
    computeSeconds: +(computeMs / 1000).toFixed(2),
    childrenPerSecond: Math.round(children / (computeMs / 1000)),
    generateSeconds: +(generateMs / 1000).toFixed(2),
    wallSeconds: +(wallMs / 1000).toFixed(2),
    peakRssMb: Math.round(peakRss / 2 ** 20),
    singleChildMs: { p50: +percentile(samples, 50).toFixed(3), p99: +percentile(samples, 99).toFixed(3), max: +(samples.at(-1) ?? 0).toFixed(3), samples: samples.length },
    states,
    targets: { computeSecondsAtMost: 20, peakRssMbUnder: 4096, singleChildP99MsUnder: 2 },
    baseline,
  });
}
