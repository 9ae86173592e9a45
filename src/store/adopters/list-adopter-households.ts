// The adoption service's list of prospective adopter households: where each is, and whether a stage is
// overdue. Audited as a list of adopter households.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { mayWorkWithAdopters } from '../../access/adopter-access.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { AdopterHousehold } from '../../practice/adopters/household.ts';
import type { AdopterClockInstance } from '../../practice/adopters/adopter-clocks.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { adopterClockReader, householdOfRow } from './adopter-household-row.ts';

export interface AdopterHouseholdListItem {
  household: AdopterHousehold;
  clocks: AdopterClockInstance[];
}

export type AdopterListView = 'active' | 'all';

/**
 * Households, newest enquiry first. `active` leaves out those who have left the process or adopted
 * (the adoption order ends the agency's assessment work with them); households with an overdue stage
 * come first so that the worker sees them.
 */
export async function listAdopterHouseholds(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date, view: AdopterListView = 'active'): Promise<AdopterHouseholdListItem[]> {
  if (!mayWorkWithAdopters(actor)) return [];
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    let query = tx.selectFrom('adopter_household').selectAll().orderBy('enquiry_received_on', 'desc').orderBy('family_reference', 'desc').limit(1000);
    if (view === 'active') query = query.where('left_on', 'is', null).where('adoption_order_on', 'is', null);
    const rows = await query.execute();
    const clocksOf = await adopterClockReader(tx, englandDateOf(now));
    const items = rows.map((r) => {
      const household = householdOfRow(r);
      return { household, clocks: clocksOf(household) };
    });
    const overdue = (i: AdopterHouseholdListItem): number => Number(i.clocks.some((c) => c.state === 'overdue'));
    items.sort((a, b) => overdue(b) - overdue(a));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'adopter_household', detail: { view, households: items.map((i) => i.household.id) } });
    return items;
  });
}
