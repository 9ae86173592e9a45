// Which kind of care leaver a young person is, computed from their care history (periods of care and
// legal statuses), as at today. The categories are those of the Children Act 1989 as amended by the
// Children (Leaving Care) Act 2000, with the periods the Care Leavers (England) Regulations 2010 set:
//
// - eligible (Sch 2 para 19B; reg 3): aged 16 or 17, looked after now, and looked after for periods
//   amounting to at least 13 weeks which began after the age of 14 and ended after the age of 16;
// - relevant (s23A; reg 4): aged 16 or 17, no longer looked after, and an eligible child before last
//   ceasing to be looked after;
// - former relevant (s23C): aged 18 or over who was a relevant child, or an eligible child when they
//   stopped being looked after at 18; the personal adviser's support runs to 25 (s23CZB, Children and
//   Social Work Act 2017 s3);
// - qualifying (s24): aged 16 to 21, looked after at some time after the 16th birthday but no longer,
//   and not eligible or relevant; or under a special guardianship order and looked after immediately
//   before it was made (s24(1A)).
//
// How Lantern counts (each a choice the code below makes, and the tests pin):
// - A day looked after is a day within a period of care: from its start date to the day before its end
//   date (the child stops being looked after on the end date, as everywhere in casework/), and no later
//   than today. Overlapping periods count each day once.
// - 13 weeks is 91 days. Days count from the 14th birthday, and only before the 18th birthday.
// - Reg 3(2) leaves out of the 13 weeks a pre-planned series of short breaks, none over 4 weeks, after
//   each of which the child returns home. Lantern reads that from the legal status: days under V3 or V4
//   (SSDA903: accommodated under an agreed series of short-term breaks) are not counted, and do not make
//   a young person qualifying. A child on such a break is still looked after on that day.
// - "Ended after he reached the age of sixteen": at least one counted day on or after the 16th birthday
//   (on the birthday the child has reached 16).
// - eligibleFrom is the first day on which both are true: the 91st counted day has been reached, and the
//   child is looked after (a counted day) on or after their 16th birthday. Someone looked after without
//   a break from 15 is eligible from their 16th birthday.
// - Birthdays: someone born on 29 February has their birthday on 1 March in other years (identity/age.ts).
//
// Out of scope, so a worker records them with an override reason on the care-leaver record:
// - relevant children who were detained or in hospital on their 16th birthday (reg 4(1)-(3));
// - the exclusion of a child who has returned home to a parent for 6 months or more (reg 4(4)-(5));
// - qualifying care leavers over 21 in education or training (s24B: support to 25);
// - whether a special guardianship order is still in force: an SGO is read from the reason a period of
//   care ended (SSDA903 E45 to E48) and taken to be in force.
import type { Journey } from '../journey/journey.ts';
import type { CareLeaver } from '../journey/care-leaver.ts';
import { isLeapYear, toDayNumber, fromDayNumber } from '../calendar/day-number.ts';
import { ageInYears } from '../identity/age.ts';
import { formatDate } from './format-date.ts';

export type CareLeaverCategory = CareLeaver['eligibility'];

export interface CareLeaverEligibility {
  category: CareLeaverCategory | null;
  /** The day the young person first met the eligible test (16, and 13 weeks looked after since 14); null if never by today. */
  eligibleFrom: string | null;
  /** Why, in a sentence a worker can check against the care history. */
  reason: string;
}

/** Reg 3(1): 13 weeks, counted in days. */
export const ELIGIBLE_DAYS = 91;
/** Legal statuses of a pre-planned series of short breaks (reg 3(2)), not counted towards the 13 weeks. */
export const SHORT_BREAK_STATUSES: readonly string[] = ['V3', 'V4'];
/** Reasons a period of care ended in a special guardianship order (SSDA903 REC, looked-after-codes.ts). */
export const SGO_REASONS: readonly string[] = ['E45', 'E46', 'E47', 'E48'];

/** The day someone born on dateOfBirth turns `years` old: 29 February turns over on 1 March in other years. */
export function birthdayOf(dateOfBirth: string, years: number): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${String(year).padStart(4, '0')}-03-01`;
  return `${String(year).padStart(4, '0')}${dateOfBirth.slice(4)}`;
}

/** Half-open runs of day numbers, [from, to). */
type Run = readonly [from: number, to: number];

/** Runs sorted and merged, so that every day is in at most one. */
function merged(runs: readonly Run[]): Run[] {
  const sorted = runs.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The parts of `runs` outside every run of `minus` (both merged). */
function without(runs: readonly Run[], minus: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const [a, b] of runs) {
    let from = a;
    for (const [c, d] of minus) {
      if (d <= from || c >= b) continue;
      if (c > from) out.push([from, c]);
      from = Math.max(from, d);
      if (from >= b) break;
    }
    if (from < b) out.push([from, b]);
  }
  return out;
}

const clip = (runs: readonly Run[], from: number, to: number): Run[] =>
  runs.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const).filter(([a, b]) => b > a);

const total = (runs: readonly Run[]): number => runs.reduce((n, [a, b]) => n + (b - a), 0);

/**
 * The day the eligible test was first met by `until` (exclusive): the later of the 91st counted day and
 * the first counted day on or after the 16th birthday, or null.
 */
function eligibleDay(counted: readonly Run[], sixteen: number, until: number): number | null {
  let seen = 0;
  let ninetyFirst: number | null = null;
  for (const [a, b] of counted) {
    if (a >= until) break;
    const end = Math.min(b, until);
    if (seen + (end - a) >= ELIGIBLE_DAYS) {
      ninetyFirst = a + (ELIGIBLE_DAYS - seen) - 1;
      break;
    }
    seen += end - a;
  }
  if (ninetyFirst === null) return null;
  if (ninetyFirst >= sixteen) return ninetyFirst;
  // Reached 13 weeks before 16: eligible on the first counted day from the 16th birthday.
  for (const [a, b] of counted) {
    const day = Math.max(a, sixteen);
    if (day < b && day < until) return day;
  }
  return null;
}

export function careLeaverEligibilityOf(journey: Journey, today: string): CareLeaverEligibility {
  const born = journey.child.dateOfBirth;
  if (!born) return { category: null, eligibleFrom: null, reason: 'The date of birth is not recorded' };
  if (born > today) return { category: null, eligibleFrom: null, reason: 'The child is not born yet' };
  const age = ageInYears(born, today);
  const day = (years: number): number => toDayNumber(birthdayOf(born, years));
  const [fourteen, sixteen, eighteen] = [day(14), day(16), day(18)];
  const todayNumber = toDayNumber(today);
  const tomorrow = todayNumber + 1;

  const periods = journey.periodsOfCare ?? [];
  // Every day looked after to today (an open period runs on; a period ending after today stops at today).
  const lookedAfter = merged(periods.map((p) => [toDayNumber(p.startDate), p.endDate ? toDayNumber(p.endDate) : tomorrow] as const).map(([a, b]) => [a, Math.min(b, tomorrow)] as const));
  const shortBreaks = merged(
    (journey.legalStatuses ?? []).filter((s) => SHORT_BREAK_STATUSES.includes(s.code)).map((s) => [toDayNumber(s.startDate), s.endDate ? toDayNumber(s.endDate) : tomorrow] as const),
  );
  // Days counted towards the 13 weeks: looked after, from the 14th birthday, before the 18th, not on a short break.
  const counted = clip(without(lookedAfter, shortBreaks), fourteen, eighteen);
  const eligibleNumber = eligibleDay(counted, sixteen, tomorrow);
  const eligibleFrom = eligibleNumber === null ? null : fromDayNumber(eligibleNumber);
  const lookedAfterNow = lookedAfter.some(([a, b]) => a <= todayNumber && todayNumber < b);
  const afterSixteen = counted.some(([, b]) => b > sixteen);
  const days = total(counted);
  const sgo = periods.some((p) => p.endDate && p.endDate <= today && p.reasonCeased && SGO_REASONS.includes(p.reasonCeased));
  const count = `${days} day${days === 1 ? '' : 's'} looked after since the 14th birthday (13 weeks is ${ELIGIBLE_DAYS} days, short breaks not counted)`;
  const from = eligibleFrom ? `: eligible from ${formatDate(eligibleFrom)}` : '';
  const result = (category: CareLeaverCategory | null, reason: string): CareLeaverEligibility => ({ category, eligibleFrom, reason });

  if (age < 16) return result(null, `Under 16 (born ${formatDate(born)})`);
  if (age >= 25) return result(null, 'Aged 25 or over: leaving care duties have ended');

  if (age < 18) {
    if (lookedAfterNow) {
      if (eligibleFrom) return result('eligible', `Looked after now, aged ${age}, with ${count}${from}`);
      return result(null, `Looked after now, aged ${age}, with ${count}: not yet eligible`);
    }
    if (eligibleFrom) return result('relevant', `No longer looked after, aged ${age}, and was an eligible child before leaving care${from}`);
    if (afterSixteen) return result('qualifying', `Looked after after the 16th birthday but no longer, with ${count}: not eligible or relevant`);
    if (sgo) return result('qualifying', 'Under a special guardianship order made when they stopped being looked after');
    return result(null, lookedAfter.length ? `Not looked after since the 16th birthday, with ${count}` : 'Never looked after');
  }

  // 18 to 24.
  if (eligibleFrom && toDayNumber(eligibleFrom) < eighteen) {
    return result('former_relevant', `Aged ${age}, and was an eligible or relevant child at 18${from}`);
  }
  if (age < 21) {
    if (afterSixteen) return result('qualifying', `Aged ${age}, looked after after the 16th birthday, with ${count}: not eligible or relevant at 18`);
    if (sgo) return result('qualifying', `Aged ${age}, under a special guardianship order made when they stopped being looked after`);
  }
  return result(null, age < 21 ? `Aged ${age}, not looked after since the 16th birthday` : `Aged ${age}, and not a former relevant child: qualifying support ends at 21`);
}
