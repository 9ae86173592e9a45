// Contacts waiting in the front door's inbox, as partner agencies submitted them online: a few a day,
// some already past the 1 working day decision clock, and some about children the LA already knows
// (same name and date of birth) so the front door's match-before-create check has something to find.
import type { ContactSubmissionInput } from '../store/front-door/contact-submissions.ts';
import type { ChildRow, StaffRow } from './generate.ts';
import { Random } from './random.ts';

export interface SubmissionRow extends ContactSubmissionInput {
  id: string;
  reference: string;
  submittedBy: string;
  submittedAt: string;
}

const CONCERNS = [
  'Child came to school hungry for the third day this week and said there was no food at home.',
  'Police attended a domestic incident at the address overnight; the child was present.',
  'Child disclosed that a parent hit them with a belt. Mark seen on the upper arm.',
  'Health visitor concerned about the home conditions and the baby’s weight loss.',
  'Young person missing from home for two nights; seen with older males in a car.',
  'Parent attended A&E intoxicated with the child in their care.',
];
const REFERRERS: readonly (readonly [string, string, string])[] = [
  ['6', 'Northbridge Police, public protection unit', 'DC Ahmed'],
  ['2A', 'Hillside Primary School, designated safeguarding lead', 'Mrs Okafor'],
  ['3B', 'Northbridge health visiting team', 'Jo Fenwick'],
  ['3E', 'Northbridge General, emergency department', 'Dr Lewis'],
];
const GIVEN = ['Amara', 'Leo', 'Maisie', 'Tyler', 'Zara', 'Kai', 'Poppy', 'Reuben'];
const FAMILY = ['Ashdown', 'Brennan', 'Cole', 'Dervish', 'Ellery', 'Foxley', 'Garside', 'Hollins'];

function isoDay(base: string, offsetDays: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** A handful of waiting submissions (deterministic by seed), none after `asAt`'s morning. */
export function generateContactSubmissions(seed: number, asAt: string, staff: readonly StaffRow[], children: readonly ChildRow[]): SubmissionRow[] {
  const partner = staff.find((s) => s.roles.includes('partner_referrer'));
  if (!partner) return [];
  const random = new Random(seed * 31 + 7);
  const count = Math.min(25, Math.max(4, Math.round(children.length / 600)));
  const known = children.filter((c) => c.dateOfBirth !== null);
  const rows: SubmissionRow[] = [];
  for (let i = 0; i < count; i++) {
    // Most arrived in the last two days; one in four is older, so its decision is overdue.
    const daysAgo = i % 4 === 3 ? random.int(3, 6) : random.int(0, 2);
    const hour = daysAgo === 0 ? 7 : random.int(8, 17);
    const [sourceCode, agency, name] = random.pick(REFERRERS);
    const knownChild = i % 3 === 1 && known.length > 0 ? random.pick(known) : null;
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    rows.push({
      id: random.uuid(),
      reference: `CT-${Array.from({ length: 6 }, () => alphabet[random.int(0, alphabet.length - 1)]).join('')}`,
      submittedBy: partner.id,
      submittedAt: `${isoDay(asAt, -daysAgo)}T${String(hour).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00Z`,
      referrerName: name,
      referrerAgency: agency,
      referrerPhone: '0100 000 0000',
      sourceCode,
      childGivenName: knownChild?.givenName ?? random.pick(GIVEN),
      childFamilyName: knownChild?.familyName ?? random.pick(FAMILY),
      childDateOfBirth: knownChild?.dateOfBirth ?? (random.chance(0.7) ? isoDay(asAt, -random.int(200, 6000)) : null),
      childAddress: random.chance(0.6) ? `${random.int(1, 200)} Station Road, Northbridge` : '',
      concerns: random.pick(CONCERNS),
      familyAware: random.pick(['yes', 'no', 'no_risk'] as const),
    });
  }
  return rows;
}
