// The drift lists (issue 7): a team's children, longest without meaningful progress first, and for a head
// of service or director the teams of their service area (or of the LA) with how many children are
// drifting. Read from the stored drift summaries (child_drift, kept current with the clocks) joined to the
// current allocations, never by parsing journeys. A child with no summary yet (opened, nothing recorded)
// shows as "no progress recorded" and counts as drifting. Every list is audited with the children it
// showed (or, for the service view, the teams).
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { toDayNumber, fromDayNumber } from '../../practice/calendar/day-number.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { ProgressKind } from '../../practice/oversight/drift.ts';
import { driftScopeOf } from '../../access/drift-access.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { loadLocalStandards } from '../clocks/local-standards.ts';

export interface DriftChild {
  id: string;
  name: string;
  workerName: string;
  lastProgress: { date: string; kind: ProgressKind; what: string } | null;
  /** Days since the latest progress, as at today; null when none is recorded. */
  days: number | null;
  carriedActions: number;
  drifting: boolean;
}

export interface TeamDrift {
  teamId: string;
  teamName: string;
  serviceArea: string;
  driftDays: number;
  children: DriftChild[];
}

export interface TeamDriftCount {
  teamId: string;
  teamName: string;
  serviceArea: string;
  children: number;
  drifting: number;
  withCarriedActions: number;
}

export interface ServiceDrift {
  driftDays: number;
  /** The service area the head of service oversees, or null for the whole LA. */
  serviceArea: string | null;
  teams: TeamDriftCount[];
}

/** A team the actor may see the drift of, or null (another LA, outside their level, not a team). */
async function visibleTeam(tx: Tx, actor: Actor, teamId: string): Promise<{ id: string; name: string; service_area: string } | null> {
  const scope = driftScopeOf(actor);
  if (scope === 'none') return null;
  const team = await tx.selectFrom('team').select(['id', 'name', 'service_area']).where('id', '=', teamId).executeTakeFirst();
  if (!team) return null;
  if (scope === 'local_authority') return team;
  if (team.id === actor.teamId) return team;
  if (scope === 'service_area' && team.service_area === actor.serviceArea) return team;
  return null;
}

/** The last day that is still not drifting: progress before it is more than `driftDays` ago. */
function driftingBefore(today: string, driftDays: number): string {
  return fromDayNumber(toDayNumber(today) - driftDays);
}

export async function teamDrift(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, teamId: string, now: Date): Promise<TeamDrift | null> {
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const team = await visibleTeam(tx, actor, teamId);
    if (!team) return null;
    const { settings } = await loadLocalStandards(tx);
    const rows = await tx
      .selectFrom('allocation as a')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'a.local_authority_id').onRef('child.id', '=', 'a.child_id'))
      .innerJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'a.local_authority_id').onRef('s.id', '=', 'a.worker_id'))
      .leftJoin('child_drift as d', (j) => j.onRef('d.local_authority_id', '=', 'a.local_authority_id').onRef('d.child_id', '=', 'a.child_id'))
      .select(['child.id', 'child.given_name', 'child.family_name', 's.display_name', 'd.last_progress_date', 'd.last_progress_kind', 'd.last_progress_what', 'd.carried_actions'])
      .where('a.team_id', '=', team.id)
      .where('a.end_date', 'is', null)
      .orderBy(sql`d.last_progress_date asc nulls first`)
      .orderBy('child.family_name')
      .orderBy('child.given_name')
      .execute();
    const before = driftingBefore(today, settings.driftDays);
    const children: DriftChild[] = rows.map((r) => {
      const date = r.last_progress_date && r.last_progress_date <= today ? r.last_progress_date : null;
      return {
        id: r.id,
        name: `${r.given_name} ${r.family_name}`,
        workerName: r.display_name,
        lastProgress: date ? { date, kind: r.last_progress_kind as ProgressKind, what: r.last_progress_what ?? '' } : null,
        days: date ? toDayNumber(today) - toDayNumber(date) : null,
        carriedActions: Number(r.carried_actions ?? 0),
        drifting: date === null || date < before,
      };
    });
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'drift', detail: { team: team.id, children: children.map((c) => c.id) } });
    return { teamId: team.id, teamName: team.name, serviceArea: team.service_area, driftDays: settings.driftDays, children };
  });
}

/** The teams of the actor's service area (head of service) or of the LA (director), with drift counts. */
export async function serviceDrift(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<ServiceDrift | null> {
  const scope = driftScopeOf(actor);
  if (scope !== 'service_area' && scope !== 'local_authority') return null;
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const { settings } = await loadLocalStandards(tx);
    const before = driftingBefore(today, settings.driftDays);
    let query = tx
      .selectFrom('team as t')
      .leftJoin('allocation as a', (j) => j.onRef('a.local_authority_id', '=', 't.local_authority_id').onRef('a.team_id', '=', 't.id').on('a.end_date', 'is', null))
      .leftJoin('child_drift as d', (j) => j.onRef('d.local_authority_id', '=', 'a.local_authority_id').onRef('d.child_id', '=', 'a.child_id'))
      .select(['t.id', 't.name', 't.service_area'])
      .select([
        sql<number>`count(a.child_id)::int`.as('children'),
        sql<number>`count(a.child_id) filter (where d.last_progress_date is null or d.last_progress_date > ${today}::date or d.last_progress_date < ${before}::date)::int`.as('drifting'),
        sql<number>`count(a.child_id) filter (where d.carried_actions > 0)::int`.as('carried'),
      ])
      .groupBy(['t.id', 't.name', 't.service_area'])
      .orderBy('t.service_area')
      .orderBy('t.name');
    if (scope === 'service_area') query = query.where('t.service_area', '=', actor.serviceArea);
    const rows = await query.execute();
    // Teams that hold no children (leadership, partner agencies) are left out of the counts.
    const teams: TeamDriftCount[] = rows
      .filter((r) => Number(r.children) > 0)
      .map((r) => ({ teamId: r.id, teamName: r.name, serviceArea: r.service_area, children: Number(r.children), drifting: Number(r.drifting), withCarriedActions: Number(r.carried) }));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'drift', detail: { teams: teams.map((t) => t.teamId) } });
    return { driftDays: settings.driftDays, serviceArea: scope === 'service_area' ? actor.serviceArea : null, teams };
  });
}

/** My own children who are drifting (for "My work"), longest without progress first; audited as a list. */
export async function myDrift(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<MyDrift> {
  return withTenant(db, actor.localAuthorityId, (tx) => myDriftIn(tx, actor, origin, now));
}

export interface MyDrift {
  driftDays: number;
  children: DriftChild[];
}

/** My drifting children in the caller's transaction (My work reads them with its clocks in one). */
export async function myDriftIn(tx: Tx, actor: Actor, origin: RequestOrigin, now: Date): Promise<MyDrift> {
  const today = englandDateOf(now);
  const { settings } = await loadLocalStandards(tx);
  const before = driftingBefore(today, settings.driftDays);
  const rows = await tx
    .selectFrom('allocation as a')
    .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'a.local_authority_id').onRef('child.id', '=', 'a.child_id'))
    .leftJoin('child_drift as d', (j) => j.onRef('d.local_authority_id', '=', 'a.local_authority_id').onRef('d.child_id', '=', 'a.child_id'))
    .select(['child.id', 'child.given_name', 'child.family_name', 'd.last_progress_date', 'd.last_progress_kind', 'd.last_progress_what', 'd.carried_actions'])
    .where('a.worker_id', '=', actor.staffUserId)
    .where('a.end_date', 'is', null)
    .where((eb) => eb.or([eb('d.last_progress_date', 'is', null), eb('d.last_progress_date', '<', before)]))
    .orderBy(sql`d.last_progress_date asc nulls first`)
    .orderBy('child.family_name')
    .execute();
  const children: DriftChild[] = rows.map((r) => ({
    id: r.id,
    name: `${r.given_name} ${r.family_name}`,
    workerName: actor.displayName,
    lastProgress: r.last_progress_date ? { date: r.last_progress_date, kind: r.last_progress_kind as ProgressKind, what: r.last_progress_what ?? '' } : null,
    days: r.last_progress_date ? toDayNumber(today) - toDayNumber(r.last_progress_date) : null,
    carriedActions: Number(r.carried_actions ?? 0),
    drifting: true,
  }));
  if (children.length) await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'drift', detail: { worker: actor.staffUserId, children: children.map((c) => c.id) } });
  return { driftDays: settings.driftDays, children };
}
