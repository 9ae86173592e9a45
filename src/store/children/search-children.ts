// Finding a child before anything new is made: by name, date of birth or NHS number, within the
// searcher's scope. Ofsted (Croydon 2017) found duplicate records and contacts decided without the
// family's history; the front door searches first and is warned of likely matches. Audited as a search.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';

export interface ChildSearch {
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string | null;
  nhsNumber?: string | null;
}

export interface ChildMatch {
  id: string;
  childReference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  expectedDateOfBirth: string | null;
  nhsNumber: string | null;
  /** Why it matched, for the person deciding whether it is the same child. */
  reasons: string[];
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Children that may be the one described, best first (NHS number, then name and date of birth). */
export async function findMatches(tx: Tx, actor: Actor, search: ChildSearch, limit = 20): Promise<ChildMatch[]> {
  const given = search.givenName?.trim().toLowerCase() ?? '';
  const family = search.familyName?.trim().toLowerCase() ?? '';
  const dob = search.dateOfBirth ?? null;
  const nhs = search.nhsNumber?.replace(/\s/g, '') || null;
  if (!given && !family && !dob && !nhs) return [];
  const rows = await tx
    .selectFrom('child')
    .select(['id', 'child_reference', 'given_name', 'family_name', 'date_of_birth', 'expected_date_of_birth', 'nhs_number'])
    .where(childInScope(actor))
    .where((eb) => {
      const any = [];
      if (nhs) any.push(eb('nhs_number', '=', nhs));
      if (family) any.push(eb(sql`lower(family_name)`, 'like', `${escapeLike(family)}%`));
      if (dob && given) any.push(eb.and([eb('date_of_birth', '=', dob), eb(sql`lower(given_name)`, 'like', `${escapeLike(given.slice(0, 3))}%`)]));
      if (dob && !family && !given) any.push(eb('date_of_birth', '=', dob));
      return eb.or(any);
    })
    .limit(500)
    .execute();
  const scored = rows.map((r) => {
    const reasons: string[] = [];
    let score = 0;
    if (nhs && r.nhs_number === nhs) (reasons.push('Same NHS number'), (score += 100));
    if (family && r.family_name.toLowerCase() === family) (reasons.push('Same family name'), (score += 20));
    else if (family && r.family_name.toLowerCase().startsWith(family)) (reasons.push('Family name starts the same'), (score += 10));
    if (given && r.given_name.toLowerCase() === given) (reasons.push('Same given name'), (score += 20));
    else if (given && r.given_name.toLowerCase().startsWith(given.slice(0, 3))) (reasons.push('Similar given name'), (score += 8));
    if (dob && r.date_of_birth === dob) (reasons.push('Same date of birth'), (score += 30));
    return { r, reasons, score };
  });
  // A family-name-only match with a different given name and date of birth is a relative, not a duplicate.
  const strong = scored.filter((s) => s.score >= 28 || (!given && !dob && s.score > 0));
  strong.sort((a, b) => b.score - a.score || a.r.family_name.localeCompare(b.r.family_name) || a.r.given_name.localeCompare(b.r.given_name));
  const sentence = (parts: string[]): string[] => parts.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1)));
  return strong.slice(0, limit).map(({ r, reasons }) => ({
    id: r.id,
    childReference: r.child_reference,
    givenName: r.given_name,
    familyName: r.family_name,
    dateOfBirth: r.date_of_birth,
    expectedDateOfBirth: r.expected_date_of_birth,
    nhsNumber: r.nhs_number,
    reasons: sentence(reasons),
  }));
}

export async function searchChildren(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, search: ChildSearch, now: Date): Promise<ChildMatch[]> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const matches = await findMatches(tx, actor, search);
    await recordAudit(tx, actor, origin, now, { action: 'search', recordType: 'child', detail: { search, found: matches.map((m) => m.id) } });
    return matches;
  });
}
