// Workforce measures (DfE "Children's social work workforce"; PRACTICE.md §4 and §5): headcount on a
// date, the agency share, turnover (leavers in the 12 months to the date / average headcount, the
// average of the headcount at the start and end of the year, as the DfE computes it) and vacancies
// (posts not filled by anyone in post / the team's establishment).
import type { Role } from '../../access/roles.ts';
import type { MeasureDefinition, MeasureFacts, MeasureItem, StaffFact } from './types.ts';
import { activeOn, clockItems, windowStart } from './window.ts';

/**
 * Roles counted as children and family social workers (the DfE workforce census counts registered
 * social workers in these posts; personal advisers and early help practitioners are not counted).
 */
export const WORKFORCE_ROLES: readonly Role[] = ['social_worker', 'team_manager', 'front_door_worker', 'out_of_hours_worker', 'cp_chair_iro', 'head_of_service'];


const DFE_WORKFORCE_2023 = 'DfE Children’s social work workforce, 2023';

/** In post on the date: started on or before it (or before Lantern's records), not left by it. */
export function inPostOn(s: StaffFact, asAt: string): boolean {
  return s.workforce && (!s.startedOn || s.startedOn <= asAt) && (!s.leftOn || s.leftOn > asAt);
}

/** The child's allocation on the date (the latest to start, if records overlap). */
function allocationsOn(facts: MeasureFacts, asAt: string): Map<string, { workerId: string; teamId: string; startDate: string }> {
  const out = new Map<string, { workerId: string; teamId: string; startDate: string }>();
  for (const a of facts.allocations) {
    if (!activeOn(a.startDate, a.endDate, asAt)) continue;
    const prior = out.get(a.childId);
    if (!prior || a.startDate > prior.startDate) out.set(a.childId, a);
  }
  return out;
}

export const workforceMeasures: MeasureDefinition[] = [
  {
    id: 'caseload-per-worker',
    family: 'Workforce',
    title: 'Children per allocated worker',
    numerator: 'children allocated to a worker on the date',
    denominator: 'workers holding at least one child on the date',
    unit: 'per_worker',
    higherIsBetter: false,
    england: { value: 16, source: DFE_WORKFORCE_2023 },
    source: 'allocations (start and end dates)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      const workers = new Map<string, string>();
      for (const [childId, a] of allocationsOn(facts, asAt)) {
        out.push({ childId, num: 1, den: 0 });
        workers.set(a.workerId, a.teamId);
      }
      for (const [staffId, teamId] of workers) out.push({ staffId, teamId, num: 0, den: 1 });
      return out;
    },
  },
  {
    id: 'three-or-more-workers',
    family: 'Workforce',
    title: 'Children with 3 or more social workers in 12 months',
    numerator: 'children allocated on the date who had 3 or more different workers in the 12 months',
    denominator: 'children allocated to a worker on the date',
    unit: 'percent',
    higherIsBetter: false,
    england: null,
    source: 'allocations (start and end dates)',
    items(facts, asAt) {
      const start = windowStart(asAt);
      const workersOf = new Map<string, Set<string>>();
      for (const a of facts.allocations) {
        if (a.startDate > asAt || (a.endDate !== null && a.endDate <= start)) continue;
        let set = workersOf.get(a.childId);
        if (!set) workersOf.set(a.childId, (set = new Set()));
        set.add(a.workerId);
      }
      return [...allocationsOn(facts, asAt).keys()].map((childId) => ({ childId, num: (workersOf.get(childId)?.size ?? 0) >= 3 ? 1 : 0, den: 1 }));
    },
  },
  {
    id: 'agency-share',
    family: 'Workforce',
    title: 'Social workers from agencies',
    numerator: 'agency social workers in post on the date',
    denominator: 'social workers in post on the date',
    unit: 'percent',
    higherIsBetter: false,
    england: { value: 17.8, source: DFE_WORKFORCE_2023 },
    source: 'staff (employment type, started and left dates, roles)',
    items: (facts, asAt) => facts.staff.filter((s) => inPostOn(s, asAt)).map((s) => ({ staffId: s.id, num: s.agency ? 1 : 0, den: 1 })),
  },
  {
    id: 'turnover',
    family: 'Workforce',
    title: 'Social worker turnover',
    numerator: 'social workers who left in the 12 months',
    denominator: 'average headcount (in post at the start and at the end of the 12 months)',
    unit: 'percent',
    higherIsBetter: false,
    england: { value: 15.9, source: DFE_WORKFORCE_2023 },
    source: 'staff (started and left dates, roles)',
    items(facts, asAt) {
      const start = windowStart(asAt);
      const out: MeasureItem[] = [];
      for (const s of facts.staff) {
        if (!s.workforce) continue;
        const left = s.leftOn !== null && s.leftOn > start && s.leftOn <= asAt;
        const den = (inPostOn(s, start) ? 0.5 : 0) + (inPostOn(s, asAt) ? 0.5 : 0);
        if (left || den > 0) out.push({ staffId: s.id, num: left ? 1 : 0, den });
      }
      return out;
    },
  },
  {
    id: 'vacancies',
    family: 'Workforce',
    title: 'Vacant social work posts',
    numerator: 'posts in each team’s establishment not filled by a social worker in post on the date',
    denominator: 'vacancies plus social workers in post, in teams with an establishment',
    unit: 'percent',
    higherIsBetter: false,
    england: { value: 18.9, source: DFE_WORKFORCE_2023 },
    source: 'team establishment (today’s; no history is kept) and staff in post',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const team of facts.teams) {
        if (team.establishment === null) continue;
        const inPost = facts.staff.filter((s) => s.teamId === team.id && inPostOn(s, asAt));
        for (const s of inPost) out.push({ staffId: s.id, num: 0, den: 1 });
        for (let i = inPost.length; i < team.establishment; i++) out.push({ teamId: team.id, num: 1, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'case-supervision-on-time',
    family: 'Workforce',
    title: 'Case supervision on time',
    numerator: 'case-supervision clock instances due in the 12 months and met on time',
    denominator: 'case-supervision clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'stored clocks: case-supervision',
    clockIds: ['case-supervision'],
    items: (_facts, asAt, context) => clockItems(context, ['case-supervision'], asAt),
  },
];
