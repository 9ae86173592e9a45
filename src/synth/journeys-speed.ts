// How fast the journey generator runs: `node --import tsx src/synth/journeys-speed.ts [journeys] [rounds] [module...]`.
// Builds the same seeds every time (a mix of stages like a synthetic LA's, ages and allocations as in
// journeys.test.ts) and times generateJourney over them in rounds, alternating between the modules given
// (default ./journeys.ts), so a before/after comparison runs in one process on the same machine state.
import { Random } from './random.ts';
import type { JourneySeed, JourneyStage } from './journeys.ts';
import { fromDayNumber, toDayNumber } from '../practice/calendar/day-number.ts';

type Generate = (random: Random, seed: JourneySeed, asAt: string) => unknown;
const AS_AT = '2026-03-31';

export function speedSeeds(count: number): JourneySeed[] {
  const random = new Random(20260331);
  const asAt = toDayNumber(AS_AT);
  const mix: readonly (readonly [JourneyStage, number])[] = [
    ['assessment', 15], ['child_in_need', 25], ['child_protection', 8], ['looked_after', 16], ['care_leaver', 13], ['early_help', 5], ['closed', 18],
  ];
  const ages: Record<JourneyStage, readonly [number, number]> = {
    early_help: [0, 15], assessment: [0, 17], child_in_need: [0, 16], child_protection: [0, 16], looked_after: [0, 17], care_leaver: [18, 22], closed: [0, 17],
  };
  const seeds: JourneySeed[] = [];
  for (let i = 0; i < count; i++) {
    const stage = random.weighted(mix);
    const [from, to] = ages[stage];
    const start = asAt - random.int(7, 900);
    const allocations = stage === 'closed'
      ? [{ workerId: 'w1', teamId: 't1', startDate: fromDayNumber(asAt - random.int(230, 900)), endDate: fromDayNumber(asAt - random.int(30, 229)) }]
      : [{ workerId: 'w0', teamId: 't0', startDate: fromDayNumber(start - random.int(30, 240)), endDate: fromDayNumber(start) }, { workerId: 'w1', teamId: 't1', startDate: fromDayNumber(start), endDate: null }];
    seeds.push({
      childId: `child-${i}`, dateOfBirth: fromDayNumber(asAt - random.int(from * 365, to * 365 + 364)), expectedDateOfBirth: null, stage, allocations,
      uasc: stage === 'looked_after' && random.chance(0.08),
    });
  }
  return seeds;
}

function round(generate: Generate, seeds: readonly JourneySeed[]): number {
  const random = new Random(1);
  const started = performance.now();
  let sink = 0;
  for (const seed of seeds) if (generate(random, seed, AS_AT)) sink += 1;
  const ms = performance.now() - started;
  if (sink !== seeds.length) throw new Error('lost a journey');
  return ms;
}

if (process.argv[1]?.endsWith('journeys-speed.ts')) {
  const count = Number(process.argv[2] ?? 50_000);
  const rounds = Number(process.argv[3] ?? 5);
  const modules = process.argv.slice(4);
  if (modules.length === 0) modules.push('./journeys.ts');
  const generators: Generate[] = [];
  for (const m of modules) generators.push(((await import(m)) as { generateJourney: Generate }).generateJourney);
  const seeds = speedSeeds(count);
  for (const g of generators) round(g, seeds.slice(0, 5000));
  const times: number[][] = generators.map(() => []);
  for (let r = 0; r < rounds; r++) {
    generators.forEach((g, i) => {
      (globalThis as { gc?: () => void }).gc?.();
      times[i]!.push(round(g, seeds));
    });
  }
  modules.forEach((m, i) => {
    const t = times[i]!.slice().sort((a, b) => a - b);
    console.log(`${m}: ${count} journeys, min ${t[0]!.toFixed(0)} ms, median ${t[Math.floor(t.length / 2)]!.toFixed(0)} ms (${t.map((x) => x.toFixed(0)).join(', ')})`);
  });
}
