// The service dashboard: every measure as at a date, at a level of the service, with its 12-month trend
// and, for one chosen measure, the next level down (service area → team → worker → children). Reads the
// stored clocks and a projection of the stored records (measure-facts.ts) once per view; every view is
// audited with the date and level, and a list of children with the ids it showed.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { breakdown, evaluateMeasures, measureById, type Figure, type MeasureResult, type Scope } from '../../practice/measures/evaluate.ts';
import type { MeasureDefinition, MeasureFacts } from '../../practice/measures/types.ts';
import { childInScope } from '../child-scope.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { loadMeasureFacts, recentMeasureFacts } from './measure-facts.ts';

export const SERVICE_AREA_LABELS: Record<string, string> = {
  front_door: 'Front door',
  assessment: 'Assessment',
  child_protection_and_children_in_need: 'Child protection and children in need',
  children_looked_after: 'Children looked after',
  care_leavers: 'Care leavers',
  early_help: 'Early help',
  out_of_hours: 'Out of hours',
  fostering_and_permanence: 'Fostering and permanence',
  quality_and_performance: 'Quality and performance',
  partner_agency: 'Partner agencies',
  leadership: 'Leadership',
  return_interviews: 'Return interviews',
};

export type DrillLevel = 'local_authority' | 'service_area' | 'team' | 'worker';

export interface DrillRow {
  /** The query for the next level down, or null when there is none (not allocated). */
  scope: Scope | null;
  label: string;
  figure: Figure;
}

export interface DrillChild {
  id: string;
  name: string;
  numerator: number;
  denominator: number;
}

export interface ServiceDashboard {
  asAt: string;
  scope: Scope;
  level: DrillLevel;
  /** Where the scope is, from the top: [label, scope] pairs for the breadcrumbs. */
  trail: { label: string; scope: Scope }[];
  results: MeasureResult[];
  drill: null | {
    measure: MeasureDefinition;
    rows: DrillRow[];
    children: DrillChild[];
    /** Children counted at this level that the viewer may not open (outside their scope): counted, not named. */
    notListed: number;
  };
}

export function levelOf(scope: Scope): DrillLevel {
  if (scope.workerId !== undefined) return 'worker';
  if (scope.teamId !== undefined) return 'team';
  if (scope.area !== undefined) return 'service_area';
  return 'local_authority';
}

/** Fills in the levels above the one asked for, so a worker's scope names their team and area. */
function completeScope(facts: MeasureFacts, scope: Scope): Scope | null {
  const out: Scope = { ...scope };
  if (out.workerId !== undefined) {
    const worker = facts.staff.find((s) => s.id === out.workerId);
    if (!worker) return null;
    out.teamId ??= worker.teamId;
  }
  if (out.teamId !== undefined) {
    const team = facts.teams.find((t) => t.id === out.teamId);
    if (!team) return null;
    if (out.area !== undefined && out.area !== team.serviceArea) return null;
    out.area = team.serviceArea;
  }
  if (out.area !== undefined && !facts.teams.some((t) => t.serviceArea === out.area)) return null;
  return out;
}

function trailOf(facts: MeasureFacts, scope: Scope, laName: string): { label: string; scope: Scope }[] {
  const trail = [{ label: laName, scope: {} as Scope }];
  if (scope.area !== undefined) trail.push({ label: SERVICE_AREA_LABELS[scope.area] ?? scope.area, scope: { area: scope.area } });
  if (scope.teamId !== undefined) trail.push({ label: facts.teams.find((t) => t.id === scope.teamId)?.name ?? '', scope: { area: scope.area, teamId: scope.teamId } });
  if (scope.workerId !== undefined) trail.push({ label: facts.staff.find((s) => s.id === scope.workerId)?.name ?? '', scope: { ...scope } });
  return trail;
}

async function childrenNamed(tx: Tx, actor: Actor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', 'in', ids).where(childInScope(actor)).execute();
  return new Map(rows.map((r) => [r.id, `${r.given_name} ${r.family_name}`]));
}

/** Null when the scope names a team, worker or area the LA does not have (the route answers 404). */
export async function serviceDashboard(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  now: Date,
  request: { asAt: string; scope: Scope; measureId: string | null },
): Promise<ServiceDashboard | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const facts = await recentMeasureFacts(tx, actor.localAuthorityId, request.asAt);
    const scope = completeScope(facts, request.scope);
    if (!scope) return null;
    const la = await tx.selectFrom('local_authority').select('name').where('id', '=', actor.localAuthorityId).executeTakeFirst();
    const level = levelOf(scope);
    const results = evaluateMeasures(facts, request.asAt, scope);
    const measure = request.measureId ? measureById(request.measureId) : undefined;
    let drill: ServiceDashboard['drill'] = null;
    if (measure) {
      const { rows, children } = breakdown(facts, request.asAt, scope, measure.id);
      const teamName = new Map(facts.teams.map((t) => [t.id, t.name]));
      const staffName = new Map(facts.staff.map((s) => [s.id, s.name]));
      const drillRows: DrillRow[] = rows
        .map((r) => {
          if (r.key === null) return { scope: null, label: 'Not allocated to a team or worker', figure: r.figure };
          if (level === 'local_authority') return { scope: { area: r.key }, label: SERVICE_AREA_LABELS[r.key] ?? r.key, figure: r.figure };
          if (level === 'service_area') return { scope: { area: scope.area, teamId: r.key }, label: teamName.get(r.key) ?? r.key, figure: r.figure };
          return { scope: { area: scope.area, teamId: scope.teamId, workerId: r.key }, label: staffName.get(r.key) ?? r.key, figure: r.figure };
        })
        .sort((a, b) => (a.scope === null ? 1 : b.scope === null ? -1 : a.label.localeCompare(b.label)));
      const names = await childrenNamed(tx, actor, children.map((c) => c.childId));
      const listed = children.filter((c) => names.has(c.childId)).map((c) => ({ id: c.childId, name: names.get(c.childId)!, numerator: c.numerator, denominator: c.denominator }));
      listed.sort((a, b) => b.numerator - a.numerator || a.name.localeCompare(b.name));
      drill = { measure, rows: drillRows, children: listed, notListed: children.length - listed.length };
    }
    await recordAudit(tx, actor, origin, now, {
      action: 'list',
      recordType: 'dashboard',
      detail: { asAt: request.asAt, level, scope, measure: measure?.id ?? null, ...(drill && level === 'worker' ? { children: drill.children.map((c) => c.id) } : {}) },
    });
    return { asAt: request.asAt, scope, level, trail: trailOf(facts, scope, la?.name ?? 'Local authority'), results, drill };
  });
}

/** The measures for a whole LA as at a date (the CLI; aggregate figures only, no child named). */
export async function measuresForLocalAuthority(db: Kysely<Database>, localAuthorityId: string, asAt: string): Promise<MeasureResult[]> {
  return withTenant(db, localAuthorityId, async (tx) => evaluateMeasures(await loadMeasureFacts(tx, asAt), asAt, {}, { trend: false }));
}
