// Helpers for tests that post GOV.UK forms and read back what was stored.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { withTenant } from '../store/tenant.ts';

/** A GOV.UK date input's three boxes for a YYYY-MM-DD date. */
export const dateFields = (prefix: string, iso: string): Record<string, string> => ({
  [`${prefix}-day`]: String(Number(iso.slice(8, 10))),
  [`${prefix}-month`]: String(Number(iso.slice(5, 7))),
  [`${prefix}-year`]: iso.slice(0, 4),
});

/** A date input with its time box, for YYYY-MM-DDTHH:MM. */
export const dateTimeFields = (prefix: string, iso: string): Record<string, string> => ({ ...dateFields(prefix, iso.slice(0, 10)), [`${prefix}-time`]: iso.slice(11, 16) });

export interface StoredRow {
  record_key: string;
  version: number;
  data: Record<string, unknown>;
}

/** A child's stored journey records of one type, oldest first. */
export async function storedRecords(db: Kysely<Database>, localAuthorityId: string, childId: string, type: string): Promise<StoredRow[]> {
  const rows = await withTenant(db, localAuthorityId, (tx) =>
    tx.selectFrom('journey_record').select(['record_key', 'version', 'data']).where('child_id', '=', childId).where('record_type', '=', type).orderBy('created_at').execute(),
  );
  return rows.map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
}
