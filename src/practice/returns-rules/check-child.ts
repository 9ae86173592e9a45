// Which DfE validation rules a child's records break today. Pure: the child's identity and journey and
// the as-at date in; findings out. The child's CIN census record and SSDA903 rows are built as they would
// be returned for the collection year that holds the as-at date, cut at that date (nothing later has
// happened yet), and every rule in the registry (registry.ts) is checked over them; each finding names the
// Lantern record to correct where the return's item can be traced back to one.
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import { cinCensusChild, type CinCensusIdentity } from '../../returns/cin-census/build-cin-census.ts';
import { buildSsda903, collectionYearOf, type Ssda903Identity } from '../../returns/ssda903/build-ssda903.ts';
import { catalogueRule, type ReturnName, type Severity } from './catalogue.ts';
import { readCinChild } from './cin-census-record.ts';
import { CIN_RULES } from './cin-rules.ts';
import { SSDA903_RULES } from './ssda903-rules.ts';
import type { Hit, RulesYear } from './rule.ts';

/** What both returns need to know of the child (the `child` row and its addresses and allocations). */
export type ReturnsIdentity = CinCensusIdentity & Pick<Ssda903Identity, 'addresses' | 'allocations'>;

export interface Finding {
  code: string;
  return: ReturnName;
  severity: Severity;
  /** The DfE's message, from the catalogue. */
  message: string;
  /** Where in the return, for a person: "episode starting 15/01/2025". */
  where: string;
  /** The Lantern record to correct, when the return's item traces back to one (recordKey as stored). */
  record: { type: JourneyRecordType; key: string } | null;
}

/** The collection year (1 April to 31 March) holding `asAt`, cut at `asAt`. */
export function rulesYearOf(asAt: string): RulesYear {
  return { start: `${collectionYearOf(asAt) - 1}-04-01`, end: asAt };
}

const byDate = <T>(list: readonly T[] | undefined, date: string | null | undefined, dateOf: (t: T) => string): T | undefined =>
  date ? (list ?? []).find((t) => dateOf(t) === date) : undefined;

/** The Lantern record behind a hit, by its kind and date. */
function recordOf(journey: Journey, hit: Hit): Finding['record'] {
  const ref = hit.ref;
  if (!ref) return null;
  const listed = <T extends { id?: string }>(type: JourneyRecordType, item: T | undefined): Finding['record'] => (item?.id ? { type, key: item.id } : null);
  switch (ref.kind) {
    case 'referral': return listed('referrals', byDate(journey.referrals, ref.date, (r) => r.referralDate));
    case 'assessment': return listed('assessments', byDate(journey.assessments, ref.date, (a) => a.startDate));
    case 'cinPlan': return listed('cinPlans', byDate(journey.cinPlans, ref.date, (p) => p.startDate));
    case 's47': return listed('s47Enquiries', byDate(journey.s47Enquiries, ref.date, (s) => s.startDate));
    case 'conference': return listed('initialConferences', byDate(journey.initialConferences, ref.date, (c) => c.date ?? ''));
    case 'cpPlan': return listed('cpPlans', byDate(journey.cpPlans, ref.date, (p) => p.startDate));
    case 'cpReview': return listed('reviewConferences', byDate(journey.reviewConferences, ref.date, (r) => r.date));
    case 'claReview': return listed('claReviews', byDate(journey.claReviews, ref.date, (r) => r.date));
    case 'missing': return listed('missingEpisodes', byDate(journey.missingEpisodes, ref.date, (m) => m.startAt.slice(0, 10)));
    // An episode starts with a placement, a legal status or the period of care: the one starting that day.
    case 'episode':
      return listed('placements', byDate(journey.placements, ref.date, (p) => p.startDate))
        ?? listed('legalStatuses', byDate(journey.legalStatuses, ref.date, (l) => l.startDate))
        ?? listed('periodsOfCare', byDate(journey.periodsOfCare, ref.date, (p) => p.startDate));
    case 'careLeaver': return journey.careLeaver ? { type: 'careLeaver', key: 'careLeaver' } : null;
    case 'adoption': return journey.adoption ? { type: 'adoption', key: 'adoption' } : null;
    default: return null;
  }
}

function findings(ret: ReturnName, code: string, hits: readonly Hit[], journey: Journey): Finding[] {
  if (!hits.length) return [];
  const rule = catalogueRule(ret, code);
  return hits.map((hit) => ({ code, return: ret, severity: rule.severity, message: rule.message, where: hit.where, record: recordOf(journey, hit) }));
}

/** Every rule the child's records break as at `asAt` (YYYY-MM-DD), CIN census rules first. */
export function checkChild(identity: ReturnsIdentity, journey: Journey, asAt: string): Finding[] {
  const year = rulesYearOf(asAt);
  const out: Finding[] = [];
  const node = cinCensusChild(identity, journey, year);
  if (node) {
    const cin = readCinChild(node);
    for (const rule of CIN_RULES) out.push(...findings('cin', rule.code, rule.check(cin, year), journey));
  }
  const hasCare = (journey.periodsOfCare ?? []).length > 0 || !!journey.careLeaver;
  if (hasCare) {
    const files = buildSsda903({ la: { dfeCode: '000' }, collection: year, children: [{ identity, journey }] });
    if (files.header.length) for (const rule of SSDA903_RULES) out.push(...findings('903', rule.code, rule.check(files, year), journey));
  }
  return out;
}
