// Server-side sessions. The cookie carries the LA id and a random token; only the token's SHA-256 is
// stored, so the table alone cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from './tenant.ts';
import type { SessionEndReason } from '../access/session-policy.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export interface NewSession {
  token: string;
  csrfToken: string;
}

export async function createSession(tx: Tx, localAuthorityId: string, staffUserId: string, now: Date, ip: string, userAgent: string): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await tx
    .insertInto('staff_session')
    .values({
      local_authority_id: localAuthorityId,
      token_hash: hashToken(token),
      staff_user_id: staffUserId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      ip,
      user_agent: userAgent.slice(0, 500),
    })
    .execute();
  return { token, csrfToken };
}

export interface StoredSession {
  tokenHash: string;
  staffUserId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
}

export async function findSession(tx: Tx, token: string): Promise<StoredSession | null> {
  const row = await tx.selectFrom('staff_session').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    staffUserId: row.staff_user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    endedAt: row.ended_at,
  };
}

export async function touchSession(tx: Tx, tokenHash: string, now: Date): Promise<void> {
  await tx.updateTable('staff_session').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function endSession(tx: Tx, tokenHash: string, now: Date, reason: SessionEndReason): Promise<void> {
  await tx
    .updateTable('staff_session')
    .set({ ended_at: now, ended_reason: reason })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every open session of a member of staff; returns how many were ended. */
export async function endSessionsOfUser(tx: Tx, staffUserId: string, now: Date, reason: SessionEndReason): Promise<number> {
  const result = await tx
    .updateTable('staff_session')
    .set({ ended_at: now, ended_reason: reason })
    .where('staff_user_id', '=', staffUserId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
