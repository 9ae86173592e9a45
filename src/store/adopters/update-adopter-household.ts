// Changing a household as it moves through the stages. The change names the version it was made from:
// a household changed meanwhile is a conflict and nothing is saved; so is anything the rules refuse.
// Audited with the names of the columns that changed.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { mayWorkWithAdopters } from '../../access/adopter-access.ts';
import type { AdopterHouseholdDetails } from '../../practice/adopters/household.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { columnsOf, householdOfRow, problemsOf, type AdopterWriteResult } from './adopter-household-row.ts';

export async function updateAdopterHousehold(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  input: { id: string; expectedVersion: number; details: AdopterHouseholdDetails },
  now: Date,
): Promise<AdopterWriteResult> {
  if (!mayWorkWithAdopters(actor)) return { ok: false, reason: 'not_found' };
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const current = await tx.selectFrom('adopter_household').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
    if (!current) return { ok: false, reason: 'not_found' };
    if (current.version !== input.expectedVersion) return { ok: false, reason: 'conflict', current: householdOfRow(current) };
    const problems = await problemsOf(tx, input.details, now);
    if (problems.length) return { ok: false, reason: 'invalid', problems };
    const columns = columnsOf(input.details);
    const changed = Object.entries(columns)
      .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((current as Record<string, unknown>)[k]))
      .map(([k]) => k);
    const updated = await tx
      .updateTable('adopter_household')
      .set({ ...columns, version: input.expectedVersion + 1, updated_by: actor.staffUserId, updated_at: now })
      .where('id', '=', input.id)
      .where('version', '=', input.expectedVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'conflict', current: householdOfRow(current) };
    await recordAudit(tx, actor, origin, now, { action: 'update', recordType: 'adopter_household', recordId: input.id, detail: { version: input.expectedVersion + 1, changed } });
    return { ok: true, id: input.id, version: input.expectedVersion + 1 };
  });
}
