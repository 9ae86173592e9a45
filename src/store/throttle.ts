// Counting failed sign-ins per key ("account:<name>" or "ip:<address>") in a fixed window, with a
// temporary lock-out once the limit is passed.
import type { Tx } from './tenant.ts';

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

export async function lockedUntil(tx: Tx, key: string, now: Date): Promise<Date | null> {
  const row = await tx.selectFrom('sign_in_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

export async function recordFailure(tx: Tx, key: string, now: Date, rule: ThrottleRule): Promise<void> {
  const row = await tx.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).forUpdate().executeTakeFirst();
  const windowOpen = row && now.getTime() - row.window_started_at.getTime() < rule.windowMs;
  const failures = windowOpen ? row.failures + 1 : 1;
  const windowStart = windowOpen ? row.window_started_at : now;
  const locked = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockoutMs) : row?.locked_until ?? null;
  await tx
    .insertInto('sign_in_throttle')
    .values({ key, failures, window_started_at: windowStart, locked_until: locked })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures, window_started_at: windowStart, locked_until: locked }))
    .execute();
}

export async function clearFailures(tx: Tx, key: string): Promise<void> {
  await tx.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
