// One prospective adopter household with its clocks, or null when it is not this LA's (answered 404).
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { mayWorkWithAdopters } from '../../access/adopter-access.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { adopterClockReader, householdOfRow } from './adopter-household-row.ts';
import type { AdopterHouseholdListItem } from './list-adopter-households.ts';

export async function openAdopterHousehold(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, id: string, now: Date): Promise<AdopterHouseholdListItem | null> {
  if (!mayWorkWithAdopters(actor)) return null;
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    // RLS: another LA's household is simply not found.
    const row = await tx.selectFrom('adopter_household').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'adopter_household', recordId: id });
    const household = householdOfRow(row);
    return { household, clocks: (await adopterClockReader(tx, englandDateOf(now)))(household) };
  });
}
