// A clock in the catalogue: its description as data, and (for clocks about a child) the function that
// evaluates it over a journey.
import type { Journey } from '../journey/journey.ts';
import type { EvaluationContext } from './context.ts';
import type { ClockDefinition } from './types.ts';

export interface Clock extends ClockDefinition {
  /** Adds this clock's instances for one child to ctx.out. Absent for clocks about other subjects. */
  evaluate?: (journey: Journey, ctx: EvaluationContext) => void;
}

export function defineClock(clock: Clock): Clock {
  return clock;
}
