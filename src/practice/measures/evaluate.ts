// Evaluating the service measures as at a date, at a level of the service (the whole LA, a service
// area, a team, a worker), with a 12-month trend and a drill-down to the next level or to the children.
// Pure: the facts are loaded once and every date and level is computed from them.
import { frontDoorMeasures } from './front-door.ts';
import { childProtectionMeasures } from './child-protection.ts';
import { lookedAfterMeasures } from './looked-after.ts';
import { missingMeasures } from './missing.ts';
import { adoptionAndLeavingCareMeasures } from './adoption-and-leaving-care.ts';
import { workforceMeasures } from './workforce.ts';
import type { ClockFact, MeasureContext, MeasureDefinition, MeasureFacts, MeasureItem, MeasureUnit } from './types.ts';
import { activeOn, trendPoints } from './window.ts';

export const MEASURES: readonly MeasureDefinition[] = [
  ...frontDoorMeasures,
  ...childProtectionMeasures,
  ...lookedAfterMeasures,
  ...missingMeasures,
  ...adoptionAndLeavingCareMeasures,
  ...workforceMeasures,
];

export function measureById(id: string): MeasureDefinition | undefined {
  return MEASURES.find((m) => m.id === id);
}

/** Where in the service: nothing set is the whole LA. */
export interface Scope {
  area?: string;
  teamId?: string;
  workerId?: string;
}

export interface Figure {
  numerator: number;
  denominator: number;
  /** Null when there is nothing to measure (an empty denominator). */
  value: number | null;
}

export function figureOf(unit: MeasureUnit, items: readonly MeasureItem[]): Figure {
  let numerator = 0;
  let denominator = 0;
  for (const i of items) {
    numerator += i.num;
    denominator += i.den;
  }
  const round1 = (n: number): number => Math.round(n * 10) / 10;
  if (unit === 'count') return { numerator, denominator, value: numerator };
  if (denominator === 0) return { numerator, denominator, value: null };
  return { numerator, denominator, value: round1(unit === 'percent' ? (100 * numerator) / denominator : numerator / denominator) };
}

export function contextOf(facts: MeasureFacts): MeasureContext {
  const clocksById = new Map<string, ClockFact[]>();
  for (const c of facts.clocks) {
    let list = clocksById.get(c.clockId);
    if (!list) clocksById.set(c.clockId, (list = []));
    list.push(c);
  }
  return { clocksById };
}

export interface Owner {
  teamId: string | null;
  workerId: string | null;
}

/** Who an item belongs to on a date: a child's worker and team then; a member of staff's own team. */
export function ownersOn(facts: MeasureFacts, asAt: string): (item: MeasureItem) => Owner {
  const byChild = new Map<string, { workerId: string; teamId: string; startDate: string }>();
  for (const a of facts.allocations) {
    if (!activeOn(a.startDate, a.endDate, asAt)) continue;
    const prior = byChild.get(a.childId);
    if (!prior || a.startDate > prior.startDate) byChild.set(a.childId, a);
  }
  const staffTeam = new Map(facts.staff.map((s) => [s.id, s.teamId]));
  return (item) => {
    if (item.staffId) return { teamId: item.teamId ?? staffTeam.get(item.staffId) ?? null, workerId: item.staffId };
    if (item.childId) {
      const a = byChild.get(item.childId);
      return a ? { teamId: a.teamId, workerId: a.workerId } : { teamId: null, workerId: null };
    }
    return { teamId: item.teamId ?? null, workerId: null };
  };
}

function inScope(facts: MeasureFacts, scope: Scope): (owner: Owner) => boolean {
  const areaOf = new Map(facts.teams.map((t) => [t.id, t.serviceArea]));
  return (owner) => {
    if (scope.workerId !== undefined && owner.workerId !== scope.workerId) return false;
    if (scope.teamId !== undefined && owner.teamId !== scope.teamId) return false;
    if (scope.area !== undefined && (owner.teamId === null || areaOf.get(owner.teamId) !== scope.area)) return false;
    return true;
  };
}

export interface MeasureResult {
  definition: MeasureDefinition;
  figure: Figure;
  /** Month-end points of the 12 months to the date (the last is the date itself); only the date without a trend. */
  trend: { asAt: string; figure: Figure }[];
}

/** Every measure (or the ones named) at the scope, as at the date, with its 12-month trend. */
export function evaluateMeasures(facts: MeasureFacts, asAt: string, scope: Scope = {}, options: { only?: readonly string[]; trend?: boolean } = {}): MeasureResult[] {
  const { only, trend: withTrend = true } = options;
  const context = contextOf(facts);
  const scoped = inScope(facts, scope);
  const whole = scope.area === undefined && scope.teamId === undefined && scope.workerId === undefined;
  const points = withTrend ? trendPoints(asAt) : [asAt];
  const owners = new Map(points.map((p) => [p, whole ? null : ownersOn(facts, p)]));
  const definitions = only ? MEASURES.filter((m) => only.includes(m.id)) : MEASURES;
  return definitions.map((definition) => {
    const at = (point: string): Figure => {
      const items = definition.items(facts, point, context);
      const owner = owners.get(point);
      return figureOf(definition.unit, owner ? items.filter((i) => scoped(owner(i))) : items);
    };
    const trend = points.map((p) => ({ asAt: p, figure: at(p) }));
    return { definition, figure: trend[trend.length - 1]!.figure, trend };
  });
}

export interface BreakdownRow {
  /** A service area code, a team id or a worker id; null for "not allocated". */
  key: string | null;
  figure: Figure;
}

export interface ChildRow {
  childId: string;
  numerator: number;
  denominator: number;
}

/**
 * One level down from the scope for one measure: service areas for the whole LA, teams for an area,
 * workers for a team; for a worker, the children (and their part in the numerator and denominator).
 */
export function breakdown(facts: MeasureFacts, asAt: string, scope: Scope, measureId: string): { rows: BreakdownRow[]; children: ChildRow[] } {
  const definition = measureById(measureId);
  if (!definition) return { rows: [], children: [] };
  const items = definition.items(facts, asAt, contextOf(facts));
  const owner = ownersOn(facts, asAt);
  const scoped = inScope(facts, scope);
  const areaOf = new Map(facts.teams.map((t) => [t.id, t.serviceArea]));
  const groups = new Map<string | null, MeasureItem[]>();
  const children = new Map<string, ChildRow>();
  for (const item of items) {
    const o = owner(item);
    if (!scoped(o)) continue;
    if (scope.workerId !== undefined) {
      if (!item.childId) continue;
      const row = children.get(item.childId) ?? { childId: item.childId, numerator: 0, denominator: 0 };
      row.numerator += item.num;
      row.denominator += item.den;
      children.set(item.childId, row);
      continue;
    }
    const key = scope.teamId !== undefined ? o.workerId : scope.area !== undefined ? o.teamId : o.teamId === null ? null : (areaOf.get(o.teamId) ?? null);
    const list = groups.get(key) ?? [];
    list.push(item);
    groups.set(key, list);
  }
  const rows = [...groups].map(([key, list]) => ({ key, figure: figureOf(definition.unit, list) }));
  return { rows, children: [...children.values()] };
}
