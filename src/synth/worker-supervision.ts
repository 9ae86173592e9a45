// Synthetic supervision of workers: every caseworker supervised by their team manager over the last
// year, mostly monthly with some gaps and late sessions (Croydon 2017: supervision regular but not
// always); ASYE workers from their ASYE start on the weekly, fortnightly then monthly pattern. Drawn
// from its own random stream so the rest of the LA does not shift.
import { addDays, addMonths } from '../practice/calendar/periods.ts';
import { supervisionDueAfter } from '../practice/oversight/worker-supervision.ts';
import type { SyntheticLocalAuthority } from './generate.ts';
import { Random } from './random.ts';
import type { WorkerSupervisionRecord } from '../practice/oversight/validate-worker-supervision.ts';

/** One session as the generator makes it: the record a manager would save, with who and whom. */
export interface WorkerSupervisionRow extends WorkerSupervisionRecord {
  id: string;
  workerId: string;
  supervisorId: string;
}

const CASEWORK_ROLES = ['social_worker', 'personal_adviser', 'early_help_worker'];

const REFLECTIONS = [
  'Reflected on a home visit where the father was hostile: what the worker noticed, how it felt, and how to keep the child in view next time.',
  'Talked through the pull between the family’s wish for less involvement and the school’s continuing worries; agreed what evidence would show change.',
  'Explored the worker’s confidence in direct work with teenagers; agreed to shadow a colleague’s life-story session.',
  'Considered the impact of cumulative neglect across three siblings and how the chronology shows it; the worker will update it before conference.',
  'Discussed a difficult multi-agency meeting and how to challenge a partner’s view respectfully; the worker felt heard.',
  'Reflected on the child’s voice in recent recording: what the child said in their own words and where it is missing.',
  'Went over the worker’s learning from a court statement returned for more analysis; agreed a structure for the next one.',
];
const NOTES = ['', '', '', 'Annual leave booked for next month.', 'Training: domestic abuse refresher booked.', 'Worker asked for a lighter week after a court hearing.'];

/** ASYE start dates for the LA's ASYE workers (set on the staff rows) and every caseworker's sessions. */
export function addWorkerSupervision(la: SyntheticLocalAuthority, seed: number, asAt: string): void {
  const random = new Random(seed * 31 + 7);
  const managerOf = new Map<string, string>();
  for (const s of la.staff) if (s.roles.includes('team_manager') && !managerOf.has(s.teamId)) managerOf.set(s.teamId, s.id);
  const childrenOf = new Map<string, string[]>();
  for (const a of la.allocations) if (a.endDate === null) (childrenOf.get(a.workerId) ?? childrenOf.set(a.workerId, []).get(a.workerId)!).push(a.childId);
  const rows: WorkerSupervisionRow[] = [];
  for (const worker of la.staff) {
    if (!worker.roles.some((r) => CASEWORK_ROLES.includes(r))) continue;
    const supervisorId = managerOf.get(worker.teamId);
    if (!supervisorId) continue;
    // An ASYE worker started their year within the last 11 months.
    const asyeStart = worker.asye ? addDays(asAt, -random.int(10, 330)) : null;
    worker.asyeStartDate = asyeStart;
    let anchor = asyeStart ?? addDays(addMonths(asAt, -12), random.int(0, 20));
    const caseload = childrenOf.get(worker.id) ?? [];
    // Each worker has their own habits: most are supervised on time, a few drift.
    const lateness = random.chance(0.2) ? 0.35 : 0.08;
    const asye = asyeStart !== null;
    if (!asye) rows.push(session(random, worker.id, supervisorId, anchor, 'supervision', caseload));
    for (;;) {
      const { due } = supervisionDueAfter(anchor, asyeStart, 1);
      const late = random.chance(lateness);
      // A gap: the session is missed altogether and the next one falls well after the due date.
      const gap = random.chance(0.06);
      const next = gap ? addDays(due, random.int(14, 30)) : late ? addDays(due, random.int(1, 10)) : addDays(due, -random.int(0, 5));
      if (next > asAt) break;
      const reviewWeek = asye && (next >= addMonths(asyeStart!, 3) && anchor < addMonths(asyeStart!, 3));
      rows.push(session(random, worker.id, supervisorId, next <= anchor ? addDays(anchor, 1) : next, reviewWeek ? 'asye_review' : 'supervision', caseload));
      anchor = next <= anchor ? addDays(anchor, 1) : next;
    }
  }
  la.workerSupervisions = rows;
}

function session(random: Random, workerId: string, supervisorId: string, date: string, kind: WorkerSupervisionRow['kind'], caseload: readonly string[]): WorkerSupervisionRow {
  const discussed = caseload.filter(() => random.chance(0.25)).slice(0, 5);
  return {
    id: random.uuid(),
    workerId,
    supervisorId,
    sessionDate: date,
    kind,
    reflectiveSummary: random.pick(REFLECTIONS),
    wellbeingDiscussed: random.chance(0.85),
    workloadDiscussed: random.chance(0.9),
    childrenDiscussed: discussed,
    note: random.pick(NOTES),
  };
}
