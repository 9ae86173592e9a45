// Every unit of work on tenant data runs in one transaction that first names its local authority.
// set_config(..., true) is transaction-local, so a pooled connection never carries one LA's setting
// into another LA's work.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

export type Tx = Transaction<Database>;

export async function withTenant<T>(db: Kysely<Database>, localAuthorityId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('app.local_authority_id', ${localAuthorityId}, true)`.execute(tx);
    return work(tx);
  });
}

/** Work that is not about one LA (sign-in throttling, finding which LA a username belongs to). */
export async function withoutTenant<T>(db: Kysely<Database>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
