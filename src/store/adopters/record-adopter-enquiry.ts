// Recording a prospective adopter's enquiry: a new household with its family reference (Annex A List 11
// "Family identifier"). Checked against the rules before anything is written; audited in the same
// transaction.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { mayWorkWithAdopters } from '../../access/adopter-access.ts';
import type { AdopterHouseholdDetails } from '../../practice/adopters/household.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { columnsOf, problemsOf, type AdopterWriteResult } from './adopter-household-row.ts';

/** The next family reference: AF and six digits, one more than the highest so far. */
async function nextFamilyReference(tx: Tx): Promise<string> {
  const row = await tx
    .selectFrom('adopter_household')
    .select(sql<number>`coalesce(max(substring(family_reference from 3)::int), 0)`.as('highest'))
    .where('family_reference', '~', '^AF[0-9]{6}$')
    .executeTakeFirstOrThrow();
  return `AF${String(Number(row.highest) + 1).padStart(6, '0')}`;
}

export async function recordAdopterEnquiry(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, details: AdopterHouseholdDetails, now: Date): Promise<AdopterWriteResult> {
  if (!mayWorkWithAdopters(actor)) return { ok: false, reason: 'not_found' };
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const problems = await problemsOf(tx, details, now);
    if (problems.length) return { ok: false, reason: 'invalid', problems };
    const id = randomUUID();
    const familyReference = await nextFamilyReference(tx);
    await tx
      .insertInto('adopter_household')
      .values({ local_authority_id: actor.localAuthorityId, id, family_reference: familyReference, ...columnsOf(details), created_by: actor.staffUserId, updated_by: actor.staffUserId, created_at: now, updated_at: now })
      .execute();
    await recordAudit(tx, actor, origin, now, { action: 'create', recordType: 'adopter_household', recordId: id, detail: { familyReference } });
    return { ok: true, id, version: 1 };
  });
}

