// Supervision of a worker: their history of sessions on their supervision clock, and a team manager
// recording a new session. Access by workerSupervisionAccess (a worker sees their own; their manager
// records; head of service and director read); every read and write audited.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { workerSupervisionAccess, type WorkerSupervisionAccess } from '../../access/worker-supervision-access.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { evaluateWorkerSupervision, type WorkerSupervisionClock } from '../../practice/oversight/worker-supervision.ts';
import { readWorkerSupervision, type FormProblem, type WorkerSupervisionForm } from '../../practice/oversight/validate-worker-supervision.ts';
import { loadLocalStandards } from '../clocks/local-standards.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';

export interface SupervisedWorker {
  id: string;
  name: string;
  teamName: string;
  asye: boolean;
  asyeStart: string | null;
}

export interface SupervisionSession {
  id: string;
  /** For an edit: the version the editor starts from (a stale save is refused, not silently lost). */
  version: number;
  updatedAt: string;
  date: string;
  kind: 'supervision' | 'asye_review';
  supervisorName: string;
  reflectiveSummary: string;
  wellbeingDiscussed: boolean;
  workloadDiscussed: boolean;
  childrenDiscussed: { id: string; name: string }[];
  note: string;
}

export interface WorkerSupervisionView {
  worker: SupervisedWorker;
  access: Exclude<WorkerSupervisionAccess, 'none'>;
  sessions: SupervisionSession[];
  clock: WorkerSupervisionClock;
  /** The worker's current children, to tick those discussed (only for the recording manager). */
  children: { id: string; name: string }[];
}

async function loadWorker(tx: Tx, actor: Actor, workerId: string) {
  const worker = await tx
    .selectFrom('staff_user as s')
    .innerJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 's.local_authority_id').onRef('t.id', '=', 's.team_id'))
    .select(['s.id', 's.display_name', 's.team_id', 's.asye', 's.asye_start_date', 's.created_at', 't.name as team_name', 't.service_area'])
    .where('s.id', '=', workerId)
    .executeTakeFirst();
  if (!worker) return null;
  const access = workerSupervisionAccess(actor, { id: worker.id, teamId: worker.team_id, serviceArea: worker.service_area });
  return access === 'none' ? null : { worker, access };
}

async function workerChildren(tx: Tx, workerId: string): Promise<{ id: string; name: string }[]> {
  const rows = await tx
    .selectFrom('allocation as a')
    .innerJoin('child as c', (j) => j.onRef('c.local_authority_id', '=', 'a.local_authority_id').onRef('c.id', '=', 'a.child_id'))
    .select(['c.id', 'c.given_name', 'c.family_name'])
    .where('a.worker_id', '=', workerId)
    .where('a.end_date', 'is', null)
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: `${r.given_name} ${r.family_name}` }));
}

/** The worker's supervision history and clock, or null (not found or not the actor's to see). */
export async function openWorkerSupervision(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, workerId: string, now: Date): Promise<WorkerSupervisionView | null> {
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const found = await loadWorker(tx, actor, workerId);
    if (!found) return null;
    const { worker, access } = found;
    const { settings } = await loadLocalStandards(tx);
    const rows = await tx
      .selectFrom('worker_supervision as w')
      .innerJoin('staff_user as m', (j) => j.onRef('m.local_authority_id', '=', 'w.local_authority_id').onRef('m.id', '=', 'w.supervisor_id'))
      .select(['w.id', 'w.version', 'w.updated_at', 'w.session_date', 'w.kind', 'w.reflective_summary', 'w.wellbeing_discussed', 'w.workload_discussed', 'w.children_discussed', 'w.note', 'm.display_name as supervisor_name'])
      .where('w.worker_id', '=', workerId)
      .orderBy('w.session_date', 'desc')
      .orderBy('w.created_at', 'desc')
      .execute();
    const discussedIds = [...new Set(rows.flatMap((r) => r.children_discussed))];
    const named = discussedIds.length ? await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', 'in', discussedIds).execute() : [];
    const nameOf = new Map(named.map((c) => [c.id, `${c.given_name} ${c.family_name}`]));
    const sessions: SupervisionSession[] = rows.map((r) => ({
      id: r.id,
      version: r.version,
      updatedAt: new Date(r.updated_at as unknown as string).toISOString(),
      date: r.session_date,
      kind: r.kind,
      supervisorName: r.supervisor_name,
      reflectiveSummary: r.reflective_summary,
      wellbeingDiscussed: r.wellbeing_discussed,
      workloadDiscussed: r.workload_discussed,
      childrenDiscussed: r.children_discussed.map((id) => ({ id, name: nameOf.get(id) ?? 'A child no longer on record' })),
      note: r.note,
    }));
    const clock = evaluateWorkerSupervision({
      sessions: sessions.map((s) => s.date),
      asyeStart: worker.asye ? worker.asye_start_date : null,
      joined: englandDateOf(new Date(worker.created_at as unknown as string)),
      monthsBetween: settings.workerSupervisionMonths,
      today,
    });
    const children = access === 'record' ? await workerChildren(tx, workerId) : [];
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'worker_supervision', recordId: workerId, detail: { worker: workerId, sessions: sessions.length } });
    return {
      worker: { id: worker.id, name: worker.display_name, teamName: worker.team_name, asye: worker.asye, asyeStart: worker.asye_start_date },
      access,
      sessions,
      clock,
      children,
    };
  });
}

export type RecordSupervisionResult = { ok: true; id: string } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; problems: FormProblem[] };

/** A team manager records a supervision session with a worker of their team. */
export async function recordWorkerSupervision(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  workerId: string,
  form: WorkerSupervisionForm,
  now: Date,
): Promise<RecordSupervisionResult> {
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const found = await loadWorker(tx, actor, workerId);
    if (!found || found.access !== 'record') return { ok: false, reason: 'not_found' };
    const children = await workerChildren(tx, workerId);
    const read = readWorkerSupervision(form, { today, asye: found.worker.asye, childIds: children.map((c) => c.id) });
    if (!read.ok) return { ok: false, reason: 'invalid', problems: read.problems };
    const r = read.record;
    const id = randomUUID();
    await tx
      .insertInto('worker_supervision')
      .values({
        local_authority_id: actor.localAuthorityId,
        id,
        worker_id: workerId,
        supervisor_id: actor.staffUserId,
        session_date: r.sessionDate,
        kind: r.kind,
        reflective_summary: r.reflectiveSummary,
        wellbeing_discussed: r.wellbeingDiscussed,
        workload_discussed: r.workloadDiscussed,
        children_discussed: r.childrenDiscussed,
        note: r.note,
        created_by: actor.staffUserId,
      })
      .execute();
    // The audit names the session and the children discussed, not what was said (that stays in the record).
    await recordAudit(tx, actor, origin, now, { action: 'create', recordType: 'worker_supervision', recordId: id, detail: { worker: workerId, date: r.sessionDate, kind: r.kind, children: r.childrenDiscussed } });
    return { ok: true, id };
  });
}

export type ChangeSupervisionResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; problems: FormProblem[] }
  /** Someone saved the session since the editor opened it: the stored version, to show beside what was typed. */
  | { ok: false; reason: 'conflict'; current: SupervisionSession };

/**
 * The worker's manager corrects a recorded session. Refused if the session was saved by someone else
 * since `expectedVersion` (optimistic concurrency, as every record in Lantern); audited with the fields
 * changed, never their content. A child discussed then and since moved to another worker may stay ticked.
 */
export async function changeWorkerSupervision(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  workerId: string,
  sessionId: string,
  expectedVersion: number,
  form: WorkerSupervisionForm,
  now: Date,
): Promise<ChangeSupervisionResult> {
  const today = englandDateOf(now);
  const result = await withTenant(db, actor.localAuthorityId, async (tx): Promise<ChangeSupervisionResult | 'conflict'> => {
    const found = await loadWorker(tx, actor, workerId);
    if (!found || found.access !== 'record') return { ok: false, reason: 'not_found' };
    const stored = await tx.selectFrom('worker_supervision').selectAll().where('id', '=', sessionId).where('worker_id', '=', workerId).executeTakeFirst();
    if (!stored) return { ok: false, reason: 'not_found' };
    const children = await workerChildren(tx, workerId);
    const allowed = [...new Set([...children.map((c) => c.id), ...stored.children_discussed])];
    const read = readWorkerSupervision(form, { today, asye: found.worker.asye, childIds: allowed });
    if (!read.ok) return { ok: false, reason: 'invalid', problems: read.problems };
    const r = read.record;
    const next = {
      session_date: r.sessionDate, kind: r.kind, reflective_summary: r.reflectiveSummary, wellbeing_discussed: r.wellbeingDiscussed,
      workload_discussed: r.workloadDiscussed, children_discussed: r.childrenDiscussed, note: r.note,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(stored[k]));
    const updated = await tx
      .updateTable('worker_supervision')
      .set({ ...next, version: stored.version + 1, updated_at: sql`${now.toISOString()}::timestamptz` })
      .where('id', '=', sessionId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return 'conflict';
    await recordAudit(tx, actor, origin, now, { action: 'update', recordType: 'worker_supervision', recordId: sessionId, detail: { worker: workerId, version: stored.version + 1, fields: changed } });
    return { ok: true };
  });
  if (result !== 'conflict') return result;
  // The session as it is stored now, read (and audited) as the history is, after the refused save.
  const view = await openWorkerSupervision(db, actor, origin, workerId, now);
  const current = view?.sessions.find((s) => s.id === sessionId);
  return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
}
