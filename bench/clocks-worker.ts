// One worker's share of the clocks benchmark: build synthetic LAs (the real generator, journeys and all),
// then time the clock engine over every child, one LA at a time (as a rebuild would).
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { computeClocks } from '../src/practice/clocks/engine.ts';
import { createCalendar } from '../src/practice/calendar/calendar.ts';
import { DEFAULT_LOCAL_STANDARDS } from '../src/practice/clocks/types.ts';

export interface WorkerInput {
  seeds: number[];
  asAt: string;
  sampleEvery: number;
}

export interface WorkerResult {
  children: number;
  instances: number;
  states: Record<string, number>;
  generateMs: number;
  computeMs: number;
  /** Single-child compute times (ms) for every sampleEvery-th child. */
  samples: number[];
}

// A worker cannot be started with --expose-gc; switching the flag on here gives the same gc().
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const input = workerData as WorkerInput;
const calendar = createCalendar();
const result: WorkerResult = { children: 0, instances: 0, states: {}, generateMs: 0, computeMs: 0, samples: [] };
const options = { settings: DEFAULT_LOCAL_STANDARDS, calendar, asAt: `${input.asAt}T17:00` };
for (const seed of input.seeds) {
  const g0 = performance.now();
  const la = generateLocalAuthority({ seed, size: 'large', asAt: input.asAt, name: `Bench ${seed}`, dfeCode: '999', usernamePrefix: `b${seed}.` });
  const journeys = la.journeys;
  // Collect the generator's garbage now, so the engine's time is not charged with it.
  collectGarbage();
  result.generateMs += performance.now() - g0;
  const c0 = performance.now();
  for (let i = 0; i < journeys.length; i++) {
    const sampled = i % input.sampleEvery === 0;
    const t0 = sampled ? performance.now() : 0;
    const instances = computeClocks(journeys[i]!, options);
    if (sampled) result.samples.push(performance.now() - t0);
    result.instances += instances.length;
    for (const instance of instances) result.states[instance.state] = (result.states[instance.state] ?? 0) + 1;
  }
  result.computeMs += performance.now() - c0;
  result.children += journeys.length;
}
parentPort?.postMessage(result);
