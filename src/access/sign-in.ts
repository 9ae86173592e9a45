// Signing in, resolving a session on each request, signing out, and disabling an account.
// Failures are generic ("username or password is wrong") whatever the cause, so they disclose neither
// which usernames exist nor whether an account is disabled; repeated failures lock out the account
// name and the IP address for a while.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { withTenant, withoutTenant } from '../store/tenant.ts';
import { findInDirectory, loadStaffAccount } from '../store/staff.ts';
import { createSession, endSession, endSessionsOfUser, findSessionWithAccount, touchSession } from '../store/sessions.ts';
import { clearFailures, lockedUntil, recordFailure } from '../store/throttle.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { recordAudit } from './audit.ts';
import type { Actor, RequestOrigin } from './actor.ts';
import {
  FAILURE_WINDOW_MS,
  LOCKOUT_MS,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_IP,
  SESSION_TOUCH_INTERVAL_MS,
  sessionExpiry,
} from './session-policy.ts';

export type SignInResult =
  | { ok: true; cookieValue: string; actor: Actor }
  | { ok: false; reason: 'wrong_credentials' | 'locked_out' };

const accountKey = (username: string): string => `account:${username.toLowerCase()}`;
const ipKey = (ip: string): string => `ip:${ip}`;

export async function signIn(db: Kysely<Database>, username: string, password: string, origin: RequestOrigin, now: Date): Promise<SignInResult> {
  const name = username.trim().toLowerCase();
  const locked = await withoutTenant(db, async (tx) => (await lockedUntil(tx, accountKey(name), now)) ?? (await lockedUntil(tx, ipKey(origin.ip), now)));
  if (locked) return { ok: false, reason: 'locked_out' };

  const entry = await findInDirectory(db, name);
  const account = entry ? await withTenant(db, entry.localAuthorityId, (tx) => loadStaffAccount(tx, entry.staffUserId)) : null;
  const hash = account?.passwordHash ?? (await decoyHash());
  const passwordMatches = await verifyPassword(password, hash);
  if (!account || !account.passwordHash || account.disabledAt || !passwordMatches) {
    await withoutTenant(db, async (tx) => {
      await recordFailure(tx, accountKey(name), now, { maxFailures: MAX_FAILURES_PER_ACCOUNT, windowMs: FAILURE_WINDOW_MS, lockoutMs: LOCKOUT_MS });
      await recordFailure(tx, ipKey(origin.ip), now, { maxFailures: MAX_FAILURES_PER_IP, windowMs: FAILURE_WINDOW_MS, lockoutMs: LOCKOUT_MS });
    });
    if (account) {
      await withTenant(db, account.actor.localAuthorityId, (tx) =>
        recordAudit(tx, account.actor, origin, now, { action: 'sign_in_failed', recordType: 'staff_user', recordId: account.actor.staffUserId }),
      );
    }
    return { ok: false, reason: 'wrong_credentials' };
  }

  const { actor } = account;
  const session = await withTenant(db, actor.localAuthorityId, async (tx) => {
    const created = await createSession(tx, actor.localAuthorityId, actor.staffUserId, now, origin.ip, origin.userAgent);
    await recordAudit(tx, actor, origin, now, { action: 'sign_in', recordType: 'staff_user', recordId: actor.staffUserId });
    return created;
  });
  await withoutTenant(db, (tx) => clearFailures(tx, accountKey(name)));
  return { ok: true, cookieValue: `${actor.localAuthorityId}.${session.token}`, actor };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function parseCookie(value: string): { localAuthorityId: string; token: string } | null {
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const localAuthorityId = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (!UUID.test(localAuthorityId) || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return { localAuthorityId, token };
}

/** The live session behind a cookie, or null; an expired session is ended as it is found. */
export async function resolveSession(db: Kysely<Database>, cookieValue: string, now: Date): Promise<ResolvedSession | null> {
  const parsed = parseCookie(cookieValue);
  if (!parsed) return null;
  return withTenant(db, parsed.localAuthorityId, async (tx) => {
    const found = await findSessionWithAccount(tx, parsed.token);
    if (!found || found.session.endedAt) return null;
    const { session, account } = found;
    const expired = sessionExpiry(session.createdAt, session.lastSeenAt, now);
    if (expired) {
      await endSession(tx, session.tokenHash, now, expired);
      return null;
    }
    if (!account || account.disabledAt) {
      await endSession(tx, session.tokenHash, now, 'account_disabled');
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) await touchSession(tx, session.tokenHash, now);
    return { actor: account.actor, csrfToken: session.csrfToken, tokenHash: session.tokenHash };
  });
}

export async function signOut(db: Kysely<Database>, session: ResolvedSession, origin: RequestOrigin, now: Date): Promise<void> {
  await withTenant(db, session.actor.localAuthorityId, async (tx) => {
    await endSession(tx, session.tokenHash, now, 'signed_out');
    await recordAudit(tx, session.actor, origin, now, { action: 'sign_out', recordType: 'staff_user', recordId: session.actor.staffUserId });
  });
}

/** Disables a member of staff's account in the administrator's LA and ends all its sessions at once. */
export async function disableAccount(db: Kysely<Database>, admin: Actor, origin: RequestOrigin, staffUserId: string, now: Date): Promise<{ endedSessions: number } | null> {
  return withTenant(db, admin.localAuthorityId, async (tx) => {
    const updated = await tx
      .updateTable('staff_user')
      .set({ disabled_at: now })
      .where('id', '=', staffUserId)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const exists = await tx.selectFrom('staff_user').select('id').where('id', '=', staffUserId).executeTakeFirst();
      if (!exists) return null;
    }
    const endedSessions = await endSessionsOfUser(tx, staffUserId, now, 'account_disabled');
    await recordAudit(tx, admin, origin, now, { action: 'disable_account', recordType: 'staff_user', recordId: staffUserId, detail: { endedSessions } });
    return { endedSessions };
  });
}

