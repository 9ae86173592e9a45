// A child's oversight summary: what the team board shows for one child (issue 7: open clocks overdue and
// due soon, the heaviest kind of work, days since management oversight, how many workers in 12 months),
// computed from the journey and its clocks when they are stored, so the board reads one row per child
// instead of counting clocks, records and allocations per child on every request.
//
// What the board shows depends on the day it is read, so the summary keeps what the day is applied to,
// not the answers for the day it was computed:
// - the due dates of the open clocks (and of those whose stored state is "due soon"): overdue and due soon
//   are counted against the reader's today, exactly as the board counted stored clocks before;
// - the start dates of every allocation: "workers in the last 12 months" is counted against today;
// - the kinds of work open and the latest case supervision, with the days on which they hold
//   (`validFrom` to before `validUntil`): they change only on a record's start or end date, or a future
//   supervision's date, so a row stays right until such a day passes; a reader outside the window
//   counts that child from the records instead (and the nightly clock rebuild refreshes the row).
// Pure: today is a parameter.
import type { Journey } from '../journey/journey.ts';
import type { KindOfWork } from './caseload-weighting.ts';

/**
 * The records that are open work, with the dates that open and end them, in the order of their record
 * type's name: the order store/oversight/kinds-of-work.ts lists them in (array_agg(distinct record_type)),
 * so the heaviest kind is chosen the same way when two weigh the same.
 */
const OPEN_WORK = [
  { type: 'assessments', kind: 'assessment', from: 'startDate', to: 'authorisedDate' },
  { type: 'careLeaver', kind: 'care_leaver', from: 'eligibleFrom', to: 'endDate' },
  { type: 'cinPlans', kind: 'child_in_need', from: 'startDate', to: 'endDate' },
  { type: 'cpPlans', kind: 'child_protection', from: 'startDate', to: 'endDate' },
  { type: 'earlyHelp', kind: 'early_help', from: 'requestDate', to: 'endDate' },
  { type: 'periodsOfCare', kind: 'looked_after', from: 'startDate', to: 'endDate' },
  { type: 'proceedings', kind: 'care_proceedings', from: 'issueDate', to: 'finalOrderDate' },
] as const satisfies readonly { type: keyof Journey; kind: KindOfWork; from: string; to: string }[];

type DatedRecord = Record<string, unknown>;

function recordsOf(journey: Journey, type: keyof Journey): DatedRecord[] {
  const value = journey[type] as unknown;
  if (value === null || value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as DatedRecord[];
}

const dateField = (record: DatedRecord, field: string): string | null => (typeof record[field] === 'string' ? (record[field] as string) : null);

/**
 * The kinds of work open on `today`: a record counts from its opening date (inclusive) until its end
 * date (exclusive); a record without an end date stays open.
 */
export function openKindsOfWork(journey: Journey, today: string): KindOfWork[] {
  const kinds: KindOfWork[] = [];
  for (const work of OPEN_WORK) {
    const open = recordsOf(journey, work.type).some((r) => {
      const from = dateField(r, work.from);
      const to = dateField(r, work.to);
      return from !== null && from <= today && (to === null || to > today);
    });
    if (open) kinds.push(work.kind);
  }
  return kinds;
}

/** The latest case supervision or management oversight dated on or before `today`. */
export function lastOversightOn(journey: Journey, today: string): string | null {
  let last: string | null = null;
  for (const s of journey.caseSupervisions ?? []) if (s.date <= today && (last === null || s.date > last)) last = s.date;
  return last;
}

/** One stored clock of the child, as the summary needs it. */
export interface ClockDue {
  dueDate: string;
  /** Not completed and not stopped. */
  open: boolean;
  /** The state stored with it is "due soon". */
  dueSoon: boolean;
}

export interface ChildOversight {
  /** Due dates of the open clocks, ascending. */
  openDueDates: string[];
  /** Due dates of the open clocks stored as due soon, ascending. */
  dueSoonDates: string[];
  kinds: KindOfWork[];
  lastOversight: string | null;
  /** Start dates of every allocation of the child, ascending. */
  allocationStarts: string[];
  /** The kinds and the last oversight hold on every day from validFrom (null: any earlier day) to before validUntil (null: any later day). */
  validFrom: string | null;
  validUntil: string | null;
}

export function childOversight(journey: Journey, clocks: readonly ClockDue[], today: string): ChildOversight {
  const open = clocks.filter((c) => c.open);
  // Every day on which the kinds of work or the latest supervision can change.
  const changes: string[] = [];
  for (const work of OPEN_WORK) {
    for (const r of recordsOf(journey, work.type)) {
      const from = dateField(r, work.from);
      if (from === null) continue;
      changes.push(from);
      const to = dateField(r, work.to);
      if (to !== null) changes.push(to);
    }
  }
  for (const s of journey.caseSupervisions ?? []) changes.push(s.date);
  const before = changes.filter((day) => day <= today).sort();
  const after = changes.filter((day) => day > today).sort();
  const validFrom = before.at(-1) ?? null;
  const validUntil = after[0] ?? null;
  return {
    openDueDates: open.map((c) => c.dueDate).sort(),
    dueSoonDates: open.filter((c) => c.dueSoon).map((c) => c.dueDate).sort(),
    kinds: openKindsOfWork(journey, today),
    lastOversight: lastOversightOn(journey, today),
    allocationStarts: (journey.allocations ?? []).map((a) => a.startDate).sort(),
    validFrom,
    validUntil,
  };
}
