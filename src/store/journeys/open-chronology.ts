// A child's chronology: every dated event of their journey in order (practice/casework/chronology.ts),
// with the flags a manager must notice (re-referrals, plans drifting past 18 months without a PLO
// decision, strategy discussions without police, health or education). The read is audited.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { chronologyOf, type ChronologyEvent } from '../../practice/casework/chronology.ts';
import { caseFlags, type CaseFlag } from '../../practice/casework/flags.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadJourneys } from './journey-records.ts';
import { loadFlagSettings } from './flag-settings.ts';

export interface ChildChronology {
  child: { id: string; name: string };
  events: ChronologyEvent[];
  flags: CaseFlag[];
}

/** Staff and team names for the events that name them (allocations, who decided). */
async function nameLookups(tx: Tx): Promise<{ staffName: (id: string) => string | undefined; teamName: (id: string) => string | undefined }> {
  const [staff, teams] = await Promise.all([tx.selectFrom('staff_user').select(['id', 'display_name']).execute(), tx.selectFrom('team').select(['id', 'name']).execute()]);
  const staffNames = new Map(staff.map((s) => [s.id, s.display_name]));
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return { staffName: (id) => staffNames.get(id), teamName: (id) => teamNames.get(id) };
}

export async function openChronology(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, childId: string, now: Date): Promise<ChildChronology | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', '=', childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return null;
    const [journey] = await loadJourneys(tx, [childId]);
    if (!journey) return null;
    const events = chronologyOf(journey, await nameLookups(tx));
    const { calendar, options } = await loadFlagSettings(tx);
    const flags = caseFlags(journey, englandDateOf(now), calendar, options);
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'chronology', recordId: childId, childId });
    return { child: { id: child.id, name: `${child.given_name} ${child.family_name}` }, events, flags };
  });
}
