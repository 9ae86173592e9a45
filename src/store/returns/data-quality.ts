// Data quality (issue 8): the DfE validation rules each child's records break today, checked from their
// journeys on request (src/practice/returns-rules). For the child's page, one child inside the caller's
// transaction (the page is audited as a read of the child); for the data-quality page, a team manager's
// team's children or, for a head of service, analyst or director, every child of the LA who could be in a
// return, counted per rule and audited as a list with the children shown.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { can } from '../../access/capabilities.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { checkChild, type Finding, type ReturnsIdentity } from '../../practice/returns-rules/check-child.ts';
import type { ReturnName, Severity } from '../../practice/returns-rules/catalogue.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import type { JourneyRecordType } from '../../practice/journey/record-types.ts';
import { CIN_CENSUS_RECORD_TYPES, loadReturnsJourneys, SSDA903_RECORD_TYPES } from './returns-journeys.ts';

export type DataQualityScope = 'none' | 'team' | 'local_authority';

/** A team manager sees their team's children; a head of service, analyst or director the whole LA; anyone else nothing. */
export function dataQualityScopeOf(actor: Pick<Actor, 'roles'>): DataQualityScope {
  if (!can(actor, 'view_data_quality')) return 'none';
  return can(actor, 'list_all_children') || can(actor, 'list_service_children') || can(actor, 'export_returns') ? 'local_authority' : 'team';
}

interface Checked { id: string; name: string; hasRecords: boolean; findings: Finding[] }

/**
 * The record types the returns are built from (the CIN census's and SSDA903's): only these are read
 * (not visits, case notes and the like, which neither return holds), each child's as one JSON text,
 * so that checking a whole LA on request stays fast.
 */
const RETURN_RECORD_TYPES: readonly JourneyRecordType[] = [...new Set([...CIN_CENSUS_RECORD_TYPES, ...SSDA903_RECORD_TYPES])];

/** The identities (child row, addresses, allocations) and journeys of these children (or all the LA's), checked as at `today`. */
async function checkChildren(tx: Tx, ids: readonly string[] | 'all', today: string, timing?: { loadMs: number; checkMs: number }): Promise<Checked[]> {
  if (ids !== 'all' && !ids.length) return [];
  const loadStarted = performance.now();
  // The whole LA is read without a list of ids (row-level security keeps it to the LA); a team by its ids.
  const some = ids !== 'all';
  const list = ids === 'all' ? [] : ids;
  const [rows, addresses, allocations, journeys] = await Promise.all([
    tx.selectFrom('child')
      .select(['id', 'given_name', 'family_name', 'child_reference', 'date_of_birth', 'expected_date_of_birth', 'sex', 'ethnicity', 'upn', 'disabilities', 'unaccompanied_asylum_seeking'])
      .$if(some, (q) => q.where('id', 'in', list)).execute(),
    tx.selectFrom('child_address').select(['child_id', 'postcode', 'start_date', 'end_date']).$if(some, (q) => q.where('child_id', 'in', list)).execute(),
    tx.selectFrom('allocation').select(['child_id', 'worker_id', 'start_date', 'end_date', 'end_reason']).$if(some, (q) => q.where('child_id', 'in', list)).orderBy('start_date').execute(),
    // Not re-checked against the journey schema: every record was checked when it was written.
    loadReturnsJourneys(tx, ids, RETURN_RECORD_TYPES, { check: false }),
  ]);
  const byChild = <T extends { child_id: string }>(list: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      const l = map.get(item.child_id);
      if (l) l.push(item);
      else map.set(item.child_id, [item]);
    }
    return map;
  };
  const addressesOf = byChild(addresses);
  const allocationsOf = byChild(allocations);
  const checkStarted = performance.now();
  const out = rows.map((r) => {
    const identity: ReturnsIdentity = {
      childReference: r.child_reference, dateOfBirth: r.date_of_birth, expectedDateOfBirth: r.expected_date_of_birth, sex: r.sex, ethnicity: r.ethnicity,
      upn: r.upn, disabilities: r.disabilities, uasc: r.unaccompanied_asylum_seeking,
      addresses: (addressesOf.get(r.id) ?? []).map((a) => ({ postcode: a.postcode, startDate: a.start_date, endDate: a.end_date })),
      allocations: (allocationsOf.get(r.id) ?? []).map((a) => ({ workerId: a.worker_id, startDate: a.start_date, endDate: a.end_date, endReason: a.end_reason })),
    };
    const journey = journeys.get(r.id);
    const name = `${r.given_name} ${r.family_name}`;
    // A child with no record a return is built from cannot break a rule.
    if (!journey || !RETURN_RECORD_TYPES.some((type) => journey[type] !== undefined)) return { id: r.id, name, hasRecords: false, findings: [] };
    return { id: r.id, name, hasRecords: true, findings: checkChild(identity, journey, today) };
  });
  if (timing) {
    timing.loadMs = Math.round(checkStarted - loadStarted);
    timing.checkMs = Math.round(performance.now() - checkStarted);
  }
  return out;
}

/** The rules one child's records break today (for the child's page; the caller audits the read). */
export async function childDataQuality(tx: Tx, childId: string, today: string): Promise<Finding[]> {
  const [checked] = await checkChildren(tx, [childId], today);
  return checked?.findings ?? [];
}

export interface RuleCount {
  code: string;
  return: ReturnName;
  severity: Severity;
  message: string;
  children: { id: string; name: string; where: string[] }[];
}

export interface DataQualityList {
  scope: 'team' | 'local_authority';
  teamName: string | null;
  asAt: string;
  childrenChecked: number;
  rules: RuleCount[];
  /** How long loading the records and checking the rules took (the budget is 2 s for a Croydon-size LA). */
  milliseconds: number;
  loadMs: number;
  checkMs: number;
}

/** Counts per rule, errors first, then by how many children break it. */
export async function dataQualityList(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<DataQualityList | null> {
  const scope = dataQualityScopeOf(actor);
  if (scope === 'none') return null;
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    let ids: string[] | 'all' = 'all';
    let teamName: string | null = null;
    if (scope === 'team') {
      if (!actor.teamId) return null;
      const team = await tx.selectFrom('team').select(['name']).where('id', '=', actor.teamId).executeTakeFirst();
      teamName = team?.name ?? null;
      const rows = await tx.selectFrom('allocation').select('child_id').distinct().where('team_id', '=', actor.teamId).where('end_date', 'is', null).execute();
      ids = rows.map((r) => r.child_id);
    }
    const started = performance.now();
    const timing = { loadMs: 0, checkMs: 0 };
    const checked = await checkChildren(tx, ids, today, timing);
    const milliseconds = Math.round(performance.now() - started);
    const rules = new Map<string, RuleCount>();
    for (const c of checked) {
      for (const f of c.findings) {
        const key = `${f.return}:${f.code}`;
        let rule = rules.get(key);
        if (!rule) rules.set(key, (rule = { code: f.code, return: f.return, severity: f.severity, message: f.message, children: [] }));
        const last = rule.children.at(-1);
        if (last?.id === c.id) last.where.push(f.where);
        else rule.children.push({ id: c.id, name: c.name, where: [f.where] });
      }
    }
    const list = [...rules.values()].sort((a, b) =>
      a.severity !== b.severity ? (a.severity === 'ERROR' ? -1 : 1) : b.children.length - a.children.length || a.code.localeCompare(b.code));
    for (const r of list) r.children.sort((a, b) => a.name.localeCompare(b.name));
    const shown = [...new Set(list.flatMap((r) => r.children.map((c) => c.id)))];
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'data_quality', detail: { scope, team: scope === 'team' ? actor.teamId : null, children: shown } });
    // Children checked: those with a record a return is built from (the rest cannot break a rule).
    const childrenChecked = checked.filter((c) => c.hasRecords).length;
    return { scope, teamName, asAt: today, childrenChecked, rules: list, milliseconds, ...timing };
  });
}
