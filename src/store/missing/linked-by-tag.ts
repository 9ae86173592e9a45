// "Linked by tag": the other children whose exploitation risk screenings carry the same place or person
// as one of this child's (Working Together 2023, 3.55, contextual safeguarding: links between children
// are how a pattern of exploitation is seen). Only children the actor may see are listed; the child the
// page is opened from must be in scope too (else null: 404). The list is audited, naming every child shown.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadChildInScope } from '../children/child-summary.ts';

export type TagKind = 'location' | 'associate';

export interface LinkedChild {
  childId: string;
  name: string;
  dateOfBirth: string | null;
  /** The latest screening of theirs that carries the tag, and its levels. */
  latestDate: string;
  sexualExploitationRisk: string;
  criminalExploitationRisk: string;
  screenings: number;
}

export interface LinkedByTag {
  child: { id: string; name: string };
  /** Every place and person of this child's screenings (the page's index, when no tag is chosen). */
  ownTags: { locations: string[]; associates: string[] };
  kind: TagKind;
  tag: string;
  /** Whether this child's own screenings carry the tag (the page is reached from them). */
  ownTag: boolean;
  linked: LinkedChild[];
}

/** Tags are compared trimmed and ignoring case, as the screening form's checks compare them (validate-missing.ts). */
export const tagKey = (tag: string): string => tag.trim().toLowerCase();

export async function openLinkedByTag(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  input: { childId: string; kind: TagKind; tag: string | null },
  now: Date,
): Promise<LinkedByTag | null> {
  const field = input.kind === 'location' ? 'locations' : 'associates';
  const key = tagKey(input.tag ?? '');
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await loadChildInScope(tx, actor, input.childId);
    if (!child) return null;
    const own = await tx.selectFrom('journey_record').select('data').where('child_id', '=', child.id).where('record_type', '=', 'exploitationScreenings').orderBy(sql`data->>'date'`, 'desc').execute();
    const ownTags = tagsOf(own.map((r) => r.data as { locations?: string[]; associates?: string[] }));
    const name = `${child.givenName} ${child.familyName}`;
    if (input.tag === null) {
      await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'exploitationScreenings', recordId: input.childId, childId: input.childId, detail: { tags: ownTags } });
      return { child: { id: child.id, name }, ownTags, kind: input.kind, tag: '', ownTag: false, linked: [] };
    }
    const carries = sql<boolean>`exists (select 1 from jsonb_array_elements_text(coalesce(r.data -> ${field}, '[]'::jsonb)) as t(tag) where lower(btrim(t.tag)) = ${key})`;
    const rows = await tx
      .selectFrom('journey_record as r')
      .innerJoin('child as c', (j) => j.onRef('c.local_authority_id', '=', 'r.local_authority_id').onRef('c.id', '=', 'r.child_id'))
      .select(['c.id', 'c.given_name', 'c.family_name', 'c.date_of_birth', 'r.data'])
      .where('r.record_type', '=', 'exploitationScreenings')
      .where(carries)
      .where('r.child_id', 'in', (eb) => eb.selectFrom('child').select('child.id').where(childInScope(actor)))
      .execute();
    let ownTag = false;
    const byChild = new Map<string, LinkedChild>();
    for (const r of rows) {
      if (r.id === child.id) {
        ownTag = true;
        continue;
      }
      const d = r.data as { date: string; sexualExploitationRisk: string; criminalExploitationRisk: string };
      const seen = byChild.get(r.id);
      if (!seen) {
        byChild.set(r.id, { childId: r.id, name: `${r.given_name} ${r.family_name}`, dateOfBirth: r.date_of_birth, latestDate: d.date, sexualExploitationRisk: d.sexualExploitationRisk, criminalExploitationRisk: d.criminalExploitationRisk, screenings: 1 });
        continue;
      }
      seen.screenings += 1;
      if (d.date > seen.latestDate) Object.assign(seen, { latestDate: d.date, sexualExploitationRisk: d.sexualExploitationRisk, criminalExploitationRisk: d.criminalExploitationRisk });
    }
    const linked = [...byChild.values()].sort((a, b) => (a.latestDate < b.latestDate ? 1 : a.latestDate > b.latestDate ? -1 : a.name.localeCompare(b.name)));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'exploitation_tag_links', recordId: input.childId, childId: input.childId, detail: { kind: input.kind, tag: input.tag.trim(), children: linked.map((l) => l.childId) } });
    return { child: { id: child.id, name }, ownTags, kind: input.kind, tag: input.tag.trim(), ownTag, linked };
  });
}

/** The places and people of screenings, each once (compared as tagKey), as first written (newest first). */
export function tagsOf(screenings: readonly { locations?: readonly string[]; associates?: readonly string[] }[]): { locations: string[]; associates: string[] } {
  const once = (lists: (readonly string[] | undefined)[]): string[] => {
    const seen = new Map<string, string>();
    for (const list of lists) for (const tag of list ?? []) if (tag.trim() && !seen.has(tagKey(tag))) seen.set(tagKey(tag), tag.trim());
    return [...seen.values()];
  };
  return { locations: once(screenings.map((s) => s.locations)), associates: once(screenings.map((s) => s.associates)) };
}
