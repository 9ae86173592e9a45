// The audit writer. Every read, search, list, export and write of a child's record calls this inside
// the same transaction as the work, so the work and its audit row commit or fail together: if the
// audit insert fails, the read fails with it.
import type { Tx } from '../store/tenant.ts';
import type { Actor, RequestOrigin } from './actor.ts';
import { bulkInsert } from '../store/bulk-insert.ts';

export type AuditAction =
  | 'read'
  | 'search'
  | 'list'
  | 'export'
  | 'create'
  | 'update'
  | 'delete'
  | 'sign_in'
  | 'sign_out'
  | 'sign_in_failed'
  | 'disable_account';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  childId?: string | null;
  detail?: Record<string, unknown>;
}

interface AuditActor {
  localAuthorityId: string;
  id: string | null;
  username: string;
  displayName: string;
  roles: readonly string[];
}

/** One audit row as stored; `detail` as an object (bulk) or its JSON text (one row). */
function auditRow(who: AuditActor, origin: RequestOrigin | null, at: Date, entry: AuditEntry) {
  return {
    local_authority_id: who.localAuthorityId,
    occurred_at: at,
    actor_id: who.id,
    actor_username: who.username,
    actor_display_name: who.displayName,
    actor_roles: [...who.roles],
    action: entry.action,
    record_type: entry.recordType,
    record_id: entry.recordId ?? null,
    child_id: entry.childId ?? null,
    ip: origin?.ip ?? '',
    user_agent: origin ? origin.userAgent.slice(0, 500) : '',
    detail: entry.detail ?? {},
  };
}

async function insertAudit(tx: Tx, who: AuditActor, origin: RequestOrigin | null, at: Date, entry: AuditEntry): Promise<void> {
  const row = auditRow(who, origin, at, entry);
  await tx.insertInto('audit_event').values({ ...row, detail: JSON.stringify(row.detail) }).execute();
}

const AUDIT_COLUMNS = [
  ['local_authority_id', 'uuid'], ['occurred_at', 'timestamptz'], ['actor_id', 'uuid'], ['actor_username', 'text'], ['actor_display_name', 'text'],
  ['actor_roles', 'text[]'], ['action', 'text'], ['record_type', 'text'], ['record_id', 'text'], ['child_id', 'uuid'], ['ip', 'text'], ['user_agent', 'text'], ['detail', 'jsonb'],
] as const;

/** Who an audit entry is by: a member of staff and where they came from, or a command line command. */
export type AuditedBy = { actor: Actor; origin: RequestOrigin } | { localAuthorityId: string; command: string };

const whoOf = (by: AuditedBy): { who: AuditActor; origin: RequestOrigin | null } =>
  'actor' in by
    ? { who: { localAuthorityId: by.actor.localAuthorityId, id: by.actor.staffUserId, username: by.actor.username, displayName: by.actor.displayName, roles: by.actor.roles }, origin: by.origin }
    : { who: { localAuthorityId: by.localAuthorityId, id: null, username: by.command, displayName: 'Command line', roles: [] }, origin: null };

/** Many entries at once (an import writes one per child): one bulk insert, the same rows as recordAudit's. */
export async function recordAudits(tx: Tx, by: AuditedBy, at: Date, entries: readonly AuditEntry[]): Promise<void> {
  const { who, origin } = whoOf(by);
  await bulkInsert(tx, 'audit_event', AUDIT_COLUMNS, entries.map((e) => ({ ...auditRow(who, origin, at, e), occurred_at: at.toISOString() })));
}

/** One entry by staff or by a command, whichever `by` is. */
export async function recordAuditBy(tx: Tx, by: AuditedBy, at: Date, entry: AuditEntry): Promise<void> {
  const { who, origin } = whoOf(by);
  await insertAudit(tx, who, origin, at, entry);
}

export async function recordAudit(tx: Tx, actor: Actor, origin: RequestOrigin, at: Date, entry: AuditEntry): Promise<void> {
  await recordAuditBy(tx, { actor, origin }, at, entry);
}

/**
 * An entry made by Lantern itself on the command line (an export, an import): no member of staff, so
 * actor_id is null and the name says which command, but it sits in the LA's own audit trail like any other.
 */
export async function recordSystemAudit(tx: Tx, localAuthorityId: string, command: string, at: Date, entry: AuditEntry): Promise<void> {
  await recordAuditBy(tx, { localAuthorityId, command }, at, entry);
}
