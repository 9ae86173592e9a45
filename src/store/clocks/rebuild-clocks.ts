// `lantern clocks rebuild`: recompute every child's stored clocks, one LA per transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { withTenant, withoutTenant } from '../tenant.ts';
import { recomputeAllClocks } from './recompute-clocks.ts';

export interface RebuildReport {
  localAuthorityId: string;
  name: string;
  children: number;
  instances: number;
  milliseconds: number;
}

export async function rebuildClocks(db: Kysely<Database>, now: Date, onlyLocalAuthorityId?: string): Promise<RebuildReport[]> {
  const authorities = await withoutTenant(db, (tx) => tx.selectFrom('local_authority').select(['id', 'name']).orderBy('name').execute());
  const reports: RebuildReport[] = [];
  for (const la of authorities) {
    if (onlyLocalAuthorityId && la.id !== onlyLocalAuthorityId) continue;
    const started = performance.now();
    const result = await withTenant(db, la.id, async (tx) => {
      const children = await tx.selectFrom('child').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return { children: Number(children.n), instances: await recomputeAllClocks(tx, la.id, now) };
    });
    reports.push({ localAuthorityId: la.id, name: la.name, ...result, milliseconds: Math.round(performance.now() - started) });
  }
  return reports;
}
