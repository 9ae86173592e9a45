// "Who has viewed this child": the audit trail of reads of one child's record, for managers. Opening it
// is itself a read of the child's record, and is audited.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { loadChildInScope, type ChildIdentity } from './child-summary.ts';

export interface ChildViewing {
  occurredAt: Date;
  actorName: string;
  actorUsername: string;
  actorRoles: string[];
  action: string;
  recordType: string;
  ip: string;
}

export interface ChildViewers {
  child: ChildIdentity;
  viewings: ChildViewing[];
}

export async function openChildViewers(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  childId: string,
  now: Date,
  limit = 200,
): Promise<ChildViewers | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await loadChildInScope(tx, actor, childId);
    if (!child) return null;
    const rows = await tx
      .selectFrom('audit_event')
      .select(['occurred_at', 'actor_display_name', 'actor_username', 'actor_roles', 'action', 'record_type', 'ip'])
      .where('child_id', '=', childId)
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'child_audit_trail', recordId: childId, childId });
    return {
      child,
      viewings: rows.map((r) => ({
        occurredAt: r.occurred_at,
        actorName: r.actor_display_name,
        actorUsername: r.actor_username,
        actorRoles: r.actor_roles,
        action: r.action,
        recordType: r.record_type,
        ip: r.ip,
      })),
    };
  });
}
