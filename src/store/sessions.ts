// Server-side sessions. The cookie carries the LA id and a random token; only the token's SHA-256 is
// stored, so the table alone cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from './tenant.ts';
import type { SessionEndReason } from '../access/session-policy.ts';
import { staffAccountOf, type StaffAccount } from './staff.ts';

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

/**
 * The session and the account it belongs to (null when the account or its team is gone), in one query:
 * every signed-in request starts with this, so it is one round trip rather than three (the session, the
 * account with its team, the roles).
 */
export async function findSessionWithAccount(tx: Tx, token: string): Promise<{ session: StoredSession; account: StaffAccount | null } | null> {
  const row = await tx
    .selectFrom('staff_session as ss')
    .leftJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'ss.local_authority_id').onRef('s.id', '=', 'ss.staff_user_id'))
    .leftJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 's.local_authority_id').onRef('t.id', '=', 's.team_id'))
    .select(['ss.token_hash', 'ss.staff_user_id', 'ss.csrf_token', 'ss.created_at', 'ss.last_seen_at', 'ss.ended_at'])
    .select(['s.local_authority_id', 's.id', 's.username', 's.display_name', 's.team_id', 't.service_area', 's.password_hash', 's.disabled_at'])
    .select(sql<string[]>`array(select r.role from staff_role r where r.local_authority_id = s.local_authority_id and r.staff_user_id = s.id order by r.role)`.as('roles'))
    .where('ss.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const session: StoredSession = {
    tokenHash: row.token_hash,
    staffUserId: row.staff_user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    endedAt: row.ended_at,
  };
  const { local_authority_id, id, username, display_name, team_id, service_area } = row;
  if (local_authority_id === null || id === null || username === null || display_name === null || team_id === null || service_area === null) return { session, account: null };
  return {
    session,
    account: staffAccountOf({ local_authority_id, id, username, display_name, team_id, service_area, password_hash: row.password_hash, disabled_at: row.disabled_at, roles: row.roles ?? [] }),
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
