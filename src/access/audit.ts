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

export async function recordAudit(tx: Tx, actor: Actor, origin: RequestOrigin, at: Date, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
      local_authority_id: actor.localAuthorityId,
      occurred_at: at,
      actor_id: actor.staffUserId,
      actor_username: actor.username,
      actor_display_name: actor.displayName,
      actor_roles: actor.roles,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId ?? null,
      child_id: entry.childId ?? null,
      ip: origin.ip,
      user_agent: origin.userAgent.slice(0, 500),
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/**
 * An entry made by Lantern itself on the command line (an export, an import): no member of staff, so
 * actor_id is null and the name says which command, but it sits in the LA's own audit trail like any other.
 */
export async function recordSystemAudit(tx: Tx, localAuthorityId: string, command: string, at: Date, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_event')
    .values({
      local_authority_id: localAuthorityId,
      occurred_at: at,
      actor_id: null,
      actor_username: command,
      actor_display_name: 'Command line',
      actor_roles: [],
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId ?? null,
      child_id: entry.childId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
