// The audit writer. Every read, search, list, export and write of a child's record calls this inside
// the same transaction as the work, so the work and its audit row commit or fail together: if the
// audit insert fails, the read fails with it.
import type { Tx } from '../store/tenant.ts';
import type { Actor, RequestOrigin } from './actor.ts';

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

async function insertAudit(tx: Tx, who: AuditActor, origin: RequestOrigin | null, at: Date, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
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
      ...(origin ? { ip: origin.ip, user_agent: origin.userAgent.slice(0, 500) } : {}),
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export async function recordAudit(tx: Tx, actor: Actor, origin: RequestOrigin, at: Date, entry: AuditEntry): Promise<void> {
  const who = { localAuthorityId: actor.localAuthorityId, id: actor.staffUserId, username: actor.username, displayName: actor.displayName, roles: actor.roles };
  await insertAudit(tx, who, origin, at, entry);
}

/**
 * An entry made by Lantern itself on the command line (an export, an import): no member of staff, so
 * actor_id is null and the name says which command, but it sits in the LA's own audit trail like any other.
 */
export async function recordSystemAudit(tx: Tx, localAuthorityId: string, command: string, at: Date, entry: AuditEntry): Promise<void> {
  await insertAudit(tx, { localAuthorityId, id: null, username: command, displayName: 'Command line', roles: [] }, null, at, entry);
}
