// Session and sign-in limits. Values follow the NCSC's guidance for internal services holding
// sensitive personal data: short idle timeout, a hard daily limit, lock-out after repeated failures.
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/**
 * How stale "last seen" may get before a request writes it again. Writing it on every request made every
 * page view a write (measured under 50 concurrent users); a minute's grain on a 30-minute idle limit
 * means a session may end up to a minute early, never late.
 */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/** Failures allowed per account name, and per IP address, within the window before a lock-out. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type SessionEndReason = 'signed_out' | 'idle_timeout' | 'absolute_timeout' | 'account_disabled';

/** Whether a session is still alive at `now`, and if not, why it ended. */
export function sessionExpiry(createdAt: Date, lastSeenAt: Date, now: Date): SessionEndReason | null {
  if (now.getTime() - createdAt.getTime() >= SESSION_ABSOLUTE_TIMEOUT_MS) return 'absolute_timeout';
  if (now.getTime() - lastSeenAt.getTime() >= SESSION_IDLE_TIMEOUT_MS) return 'idle_timeout';
  return null;
}
