// The LA's local offer to care leavers (Children and Social Work Act 2017, s2): the administrator keeps the
// list of entitlements; the care leaver record says when the young person was told of each. Every change
// is audited; reading the list is not (it is the LA's published offer, not a child's data).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';

export interface LocalOfferEntitlement {
  id: string;
  title: string;
  description: string;
}

export async function loadLocalOffer(tx: Tx): Promise<LocalOfferEntitlement[]> {
  const rows = await tx.selectFrom('local_offer_entitlement').select(['id', 'title', 'description']).orderBy('position').orderBy('title').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, description: r.description }));
}

export async function openLocalOffer(db: Kysely<Database>, actor: Actor): Promise<LocalOfferEntitlement[]> {
  return withTenant(db, actor.localAuthorityId, (tx) => loadLocalOffer(tx));
}

/** A told-of entry matches an entitlement by its name, trimmed, spaces collapsed, ignoring case. */
export const entitlementKey = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

/** The LA's entitlements the young person has not been told of yet (by the care leaver record's localOfferToldOf). */
export function notYetToldOf(offer: readonly LocalOfferEntitlement[], toldOf: readonly { entitlement: string }[] | null | undefined): LocalOfferEntitlement[] {
  const told = new Set((toldOf ?? []).map((t) => entitlementKey(t.entitlement)));
  return offer.filter((e) => !told.has(entitlementKey(e.title)));
}

export type LocalOfferChange = { ok: true } | { ok: false; problems: { field: 'title' | 'description'; message: string }[] };

export async function addLocalOfferEntitlement(
  db: Kysely<Database>,
  admin: Actor,
  origin: RequestOrigin,
  input: { title: string; description: string },
  now: Date,
): Promise<LocalOfferChange> {
  const title = input.title.trim().replace(/\s+/g, ' ');
  const description = input.description.trim();
  const problems: { field: 'title' | 'description'; message: string }[] = [];
  if (!title) problems.push({ field: 'title', message: 'Enter the name of the entitlement' });
  else if (title.length > 200) problems.push({ field: 'title', message: 'The name must be 200 characters or fewer' });
  if (description.length > 2000) problems.push({ field: 'description', message: 'The description must be 2,000 characters or fewer' });
  if (problems.length) return { ok: false, problems };
  return withTenant(db, admin.localAuthorityId, async (tx) => {
    const existing = await loadLocalOffer(tx);
    if (existing.some((e) => entitlementKey(e.title) === entitlementKey(title))) return { ok: false, problems: [{ field: 'title', message: `‘${title}’ is already in the local offer` }] };
    const id = randomUUID();
    await tx.insertInto('local_offer_entitlement').values({ local_authority_id: admin.localAuthorityId, id, title, description, position: existing.length, created_at: now, created_by: admin.staffUserId }).execute();
    await recordAudit(tx, admin, origin, now, { action: 'create', recordType: 'local_offer_entitlement', recordId: id, detail: { title } });
    return { ok: true };
  });
}

/** Removes an entitlement; false when there is none of that id in this LA. */
export async function removeLocalOfferEntitlement(db: Kysely<Database>, admin: Actor, origin: RequestOrigin, id: string, now: Date): Promise<boolean> {
  return withTenant(db, admin.localAuthorityId, async (tx) => {
    const removed = await tx.deleteFrom('local_offer_entitlement').where('id', '=', id).returning('title').executeTakeFirst();
    if (!removed) return false;
    await recordAudit(tx, admin, origin, now, { action: 'delete', recordType: 'local_offer_entitlement', recordId: id, detail: { title: removed.title } });
    return true;
  });
}
