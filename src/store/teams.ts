// The LA's teams of one service area (for a form that refers work to one, such as the independent
// return-interview service).
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { withTenant } from './tenant.ts';

export async function teamsInServiceArea(db: Kysely<Database>, localAuthorityId: string, serviceArea: string): Promise<{ value: string; label: string }[]> {
  return withTenant(db, localAuthorityId, async (tx) =>
    (await tx.selectFrom('team').select(['id', 'name']).where('service_area', '=', serviceArea).orderBy('name').execute()).map((t) => ({ value: t.id, label: t.name })),
  );
}
