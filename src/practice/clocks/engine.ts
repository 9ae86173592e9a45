// The clock engine: (journey, LA standards, calendar, as-at) → every clock instance for the child.
// Pure: it never reads the system clock; the as-at moment is a parameter.
import type { Journey } from '../journey/journey.ts';
import type { ClockCalendar, EvaluationContext, Holder } from './context.ts';
import type { ClockInstance, LocalStandards } from './types.ts';
import { CLOCKS } from './catalogue/index.ts';
import type { Clock } from './define.ts';
import { day, maybeDay } from './days.ts';
import { londonDayOf, toMinute } from './instant.ts';

const NOBODY: Holder = { workerId: null, teamId: null };

function holderLookup(journey: Journey): (d: number) => Holder {
  // Built on first use: a child with no clocks never pays for it.
  let spans: { start: number; end: number | null; holder: Holder }[] | null = null;
  return (d) => {
    spans ??= (journey.allocations ?? [])
      .map((a) => ({ start: day(a.startDate), end: maybeDay(a.endDate), holder: { workerId: a.workerId, teamId: a.teamId } }))
      .sort((a, b) => a.start - b.start);
    let found: Holder = NOBODY;
    for (const span of spans) {
      if (span.start > d) break;
      if (span.end === null || span.end >= d) found = span.holder;
    }
    return found;
  };
}

export interface ComputeOptions {
  settings: LocalStandards;
  calendar: ClockCalendar;
  /** The as-at moment: a date-time (UK local if no offset) or a date (taken as the end of that day). */
  asAt: string;
  /** Evaluate only these clocks (default: the whole catalogue). */
  clocks?: readonly Clock[];
}

// A rebuild asks about the same moment for every child: remember the last one.
let lastAsAt = '';
let lastMoment = { day: 0, minute: 0 };

export function asAtMoment(asAt: string): { day: number; minute: number } {
  if (asAt === lastAsAt) return lastMoment;
  let moment: { day: number; minute: number };
  if (/^\d{4}-\d{2}-\d{2}$/.test(asAt)) {
    moment = { day: day(asAt), minute: toMinute(`${asAt}T23:59`) };
  } else {
    const minute = toMinute(asAt);
    moment = { day: londonDayOf(minute), minute };
  }
  lastAsAt = asAt;
  lastMoment = moment;
  return moment;
}

export function computeClocks(journey: Journey, options: ComputeOptions): ClockInstance[] {
  const moment = asAtMoment(options.asAt);
  const ctx: EvaluationContext = {
    childId: journey.child.id,
    asAtDay: moment.day,
    asAtMinute: moment.minute,
    settings: options.settings,
    calendar: options.calendar,
    birthDay: maybeDay(journey.child.dateOfBirth),
    holderAt: holderLookup(journey),
    out: [],
  };
  for (const clock of options.clocks ?? CLOCKS) clock.evaluate?.(journey, ctx);
  return ctx.out;
}
