// What every benchmark records: the machine it ran on and its results, written as
// bench/results/<name>-<date><label>.json (and printed), so runs can be compared and cited.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export function machine(): { cpus: number; model: string; totalMemoryGb: number; node: string; loadAverage: number[] } {
  return { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', totalMemoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => +l.toFixed(2)) };
}

/** Writes the report under bench/results and prints it; `label` tells apart two runs of one day. */
export function recordResults(benchmark: string, results: Record<string, unknown>, label = ''): string {
  const date = new Date().toISOString();
  const report = { benchmark, date, machine: machine(), ...results };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${benchmark}-${date.slice(0, 10)}${label ? `-${label}` : ''}.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(`\nrecorded in ${file}`);
  return file;
}

/** How long `work` takes, in seconds to the hundredth. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const t0 = performance.now();
  const result = await work();
  return { result, seconds: +((performance.now() - t0) / 1000).toFixed(2) };
}
