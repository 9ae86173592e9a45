// An administrator changes the LA's local standards or its added bank holidays. Each change is checked,
// refused if someone else changed the standards meanwhile, audited, and followed in the same
// transaction by recomputing every child's clocks, so no screen shows a clock on the old rule.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { checkLocalStandards, overridesOf, type StandardProblem } from '../../practice/clocks/local-standards.ts';
import { createCalendar } from '../../practice/calendar/calendar.ts';
import { isEnglandAndWalesBankHoliday } from '../../practice/calendar/bank-holidays.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { loadLocalBankHolidays, loadLocalStandards } from './local-standards.ts';
import { recomputeAllClocks } from './recompute-clocks.ts';

export type ChangeResult =
  | { ok: true; recomputedInstances: number }
  | { ok: false; reason: 'invalid'; problems: StandardProblem[] }
  | { ok: false; reason: 'conflict' };

export async function changeLocalStandards(
  db: Kysely<Database>,
  admin: Actor,
  origin: RequestOrigin,
  proposed: Record<string, unknown>,
  expectedVersion: number,
  now: Date,
): Promise<ChangeResult> {
  const checked = checkLocalStandards(proposed);
  if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };
  return withTenant(db, admin.localAuthorityId, async (tx) => {
    const current = await loadLocalStandards(tx);
    if (current.version !== expectedVersion) return { ok: false, reason: 'conflict' };
    // A change that does not mention the school terms keeps the LA's own.
    if (proposed.schoolTerms === undefined) checked.standards.schoolTerms = current.settings.schoolTerms;
    const overrides = overridesOf(checked.standards);
    if (current.version === 0) {
      await tx.insertInto('local_standards').values({ local_authority_id: admin.localAuthorityId, settings: JSON.stringify(overrides), version: 1, updated_at: now, updated_by: admin.staffUserId }).execute();
    } else {
      const updated = await tx
        .updateTable('local_standards')
        .set({ settings: JSON.stringify(overrides), version: current.version + 1, updated_at: now, updated_by: admin.staffUserId })
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'conflict' };
    }
    await recordAudit(tx, admin, origin, now, { action: 'update', recordType: 'local_standards', recordId: admin.localAuthorityId, detail: { before: current.overrides, after: overrides } });
    return { ok: true, recomputedInstances: await recomputeAllClocks(tx, admin.localAuthorityId, now) };
  });
}

export async function addLocalBankHoliday(db: Kysely<Database>, admin: Actor, origin: RequestOrigin, holiday: { date: string; name: string }, now: Date): Promise<ChangeResult> {
  const name = holiday.name.trim();
  const problems: StandardProblem[] = [];
  if (!name) problems.push({ key: 'name', message: 'Enter the name of the bank holiday' });
  if (name.length > 100) problems.push({ key: 'name', message: 'The name must be 100 characters or fewer' });
  try {
    createCalendar([{ date: holiday.date, name: name || 'x' }]);
    if (isEnglandAndWalesBankHoliday(holiday.date)) problems.push({ key: 'date', message: `${holiday.date} is already a bank holiday in England and Wales` });
  } catch (error) {
    problems.push({ key: 'date', message: error instanceof Error ? error.message.replace(/^extra bank holiday /, '') : 'The date is not valid' });
  }
  if (problems.length) return { ok: false, reason: 'invalid', problems };
  return withTenant(db, admin.localAuthorityId, async (tx) => {
    const existing = await loadLocalBankHolidays(tx);
    if (existing.some((h) => h.date === holiday.date)) return { ok: false, reason: 'invalid', problems: [{ key: 'date', message: `${holiday.date} has already been added` }] };
    await tx.insertInto('local_bank_holiday').values({ local_authority_id: admin.localAuthorityId, holiday_date: holiday.date, name, created_at: now, created_by: admin.staffUserId }).execute();
    await recordAudit(tx, admin, origin, now, { action: 'create', recordType: 'bank_holiday', recordId: holiday.date, detail: { name } });
    return { ok: true, recomputedInstances: await recomputeAllClocks(tx, admin.localAuthorityId, now) };
  });
}

export async function removeLocalBankHoliday(db: Kysely<Database>, admin: Actor, origin: RequestOrigin, date: string, now: Date): Promise<ChangeResult | null> {
  return withTenant(db, admin.localAuthorityId, async (tx) => {
    const removed = await tx.deleteFrom('local_bank_holiday').where('holiday_date', '=', date).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) return null;
    await recordAudit(tx, admin, origin, now, { action: 'delete', recordType: 'bank_holiday', recordId: date });
    return { ok: true, recomputedInstances: await recomputeAllClocks(tx, admin.localAuthorityId, now) };
  });
}
