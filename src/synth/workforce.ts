// The workforce's history: when each member of staff started, the social workers who left in the last
// two years, and each team's establishment (funded posts). Added after everything else, from its own
// random stream, so the rest of the synthetic LA does not move. Aimed at the DfE's 2023 workforce
// figures (PRACTICE.md §5): turnover 15.9% (leavers in a year / average headcount), vacancies 18.9%
// of posts; agency share (≈17.8%) is already drawn with the staff.
import type { SyntheticLocalAuthority, StaffRow } from './generate.ts';
import { Random } from './random.ts';
import { WORKFORCE_ROLES } from '../practice/measures/workforce.ts';

const TURNOVER = 0.159;
const VACANCY_RATE = 0.189;
const AGENCY_SHARE = 0.178;

function isoDay(base: string, offsetDays: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

const isWorkforce = (s: StaffRow): boolean => s.roles.some((r) => WORKFORCE_ROLES.includes(r));

export function addWorkforceHistory(la: SyntheticLocalAuthority, seed: number, asAt: string, usernamePrefix: string): void {
  const random = new Random(seed * 43 + 13);
  for (const s of la.staff) {
    // ASYE workers are in their first year; everyone else started up to ten years ago.
    s.startedOn = isoDay(asAt, -(s.asye ? random.int(14, 360) : random.int(60, 3650)));
    s.leftOn = null;
  }
  // Agency workers were drawn for caseholding posts only; managers, front door and out-of-hours posts are
  // also covered by agency staff in practice, so some of those (never a demo account) become agency
  // until the social work workforce as a whole is at the national share.
  const workforce = la.staff.filter((s) => isWorkforce(s));
  let agency = workforce.filter((s) => s.employmentType === 'agency').length;
  const convertible = workforce.filter((s) => !s.demo && s.employmentType === 'permanent' && !s.roles.includes('head_of_service') && !s.roles.includes('social_worker'));
  while (agency < Math.round(workforce.length * AGENCY_SHARE) && convertible.length > 0) {
    const [s] = convertible.splice(random.int(0, convertible.length - 1), 1);
    s!.employmentType = 'agency';
    agency += 1;
  }
  let leaver = 0;
  for (const team of la.teams) {
    const inPost = la.staff.filter((s) => s.teamId === team.id && isWorkforce(s));
    if (inPost.length === 0) {
      team.establishment = la.staff.filter((s) => s.teamId === team.id).length;
      continue;
    }
    // Posts: those filled plus the vacancies, so vacancies / posts ≈ the national rate.
    team.establishment = Math.max(inPost.length, Math.round(inPost.length / (1 - VACANCY_RATE) + (random.next() - 0.5)));
    // Leavers over two years (so the 12-month trend has history), about the national rate a year.
    const worker = inPost.find((s) => !s.demo) ?? inPost[0]!;
    const expected = inPost.length * TURNOVER * 2;
    const leavers = Math.floor(expected) + (random.chance(expected - Math.floor(expected)) ? 1 : 0);
    for (let i = 0; i < leavers; i++) {
      leaver += 1;
      const leftOn = isoDay(asAt, -random.int(1, 730));
      la.staff.push({
        id: random.uuid(),
        username: `${usernamePrefix}former.worker.${leaver}`,
        displayName: `Former worker ${leaver}`,
        jobTitle: worker.jobTitle,
        teamId: team.id,
        employmentType: random.chance(0.3) ? 'agency' : 'permanent',
        asye: false,
        roles: worker.roles.filter((r) => WORKFORCE_ROLES.includes(r)),
        demo: false,
        startedOn: isoDay(leftOn, -random.int(90, 2500)),
        leftOn,
      });
    }
  }
}
