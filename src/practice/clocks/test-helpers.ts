// Building journeys and evaluating one clock at a time, for the hand-counted clock tests.
import type { Journey } from '../journey/journey.ts';
import { createCalendar } from '../calendar/calendar.ts';
import { computeClocks } from './engine.ts';
import { DEFAULT_LOCAL_STANDARDS, type ClockInstance, type LocalStandards } from './types.ts';
import type { Clock } from './define.ts';

export const englandAndWales = createCalendar();

export function journeyOf(parts: Omit<Partial<Journey>, 'child'> & { child?: Partial<Journey['child']> } = {}): Journey {
  const { child, ...rest } = parts;
  return { child: { id: 'child-1', dateOfBirth: '2015-06-01', expectedDateOfBirth: null, ...child }, ...rest };
}

/** The instances of one clock, as at the given moment (a date is the end of that day). */
export function instancesOf(clock: Clock, journey: Journey, asAt: string, settings: Partial<LocalStandards> = {}): ClockInstance[] {
  return computeClocks(journey, { settings: { ...DEFAULT_LOCAL_STANDARDS, ...settings }, calendar: englandAndWales, asAt, clocks: [clock] });
}

/** The one instance a single-record test expects. */
export function onlyInstance(clock: Clock, journey: Journey, asAt: string, settings: Partial<LocalStandards> = {}): ClockInstance {
  const all = instancesOf(clock, journey, asAt, settings);
  if (all.length !== 1) throw new Error(`expected one instance of ${clock.id}, got ${all.length}`);
  return all[0]!;
}

/** The parts a test usually checks, for compact assertions. */
export function brief(i: ClockInstance): { due: string; state: string; lateness: number | null; completed: string | null } {
  return { due: i.due, state: i.state, lateness: i.lateness, completed: i.completed };
}
