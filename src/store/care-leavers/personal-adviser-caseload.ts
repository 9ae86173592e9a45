// A personal adviser's own caseload: each care leaver allocated to them with the next pathway plan
// review due (the stored clock) and the latest contact (Croydon 2024: some care leavers met their
// personal adviser too late). Audited as a list.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { loadLocalOffer, notYetToldOf } from './local-offer.ts';

export interface CareLeaverRow {
  childId: string;
  name: string;
  dateOfBirth: string | null;
  eligibility: string | null;
  latestContactDate: string | null;
  inTouchCode: string | null;
  nextReviewDue: string | null;
  /** How many of the LA's local offer entitlements the young person has not been told of yet. */
  localOfferNotTold: number;
}

export async function personalAdviserCaseload(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<CareLeaverRow[]> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const rows = await tx
      .selectFrom('allocation as a')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'a.local_authority_id').onRef('child.id', '=', 'a.child_id'))
      .leftJoin('journey_record as r', (j) => j.onRef('r.local_authority_id', '=', 'a.local_authority_id').onRef('r.child_id', '=', 'a.child_id').on('r.record_type', '=', 'careLeaver'))
      .select(['child.id', 'child.given_name', 'child.family_name', 'child.date_of_birth', 'r.data'])
      .select((eb) =>
        eb
          .selectFrom('clock_instance as k')
          .select(sql<string>`min(k.due)`.as('due'))
          .whereRef('k.child_id', '=', 'a.child_id')
          .where('k.clock_id', 'in', ['pathway-plan-review', 'pathway-plan', 'care-leaver-needs-assessment'])
          .where('k.completed', 'is', null)
          .where('k.stopped_at', 'is', null)
          .as('next_due'),
      )
      .where('a.worker_id', '=', actor.staffUserId)
      .where('a.end_date', 'is', null)
      .orderBy('child.family_name')
      .orderBy('child.given_name')
      .execute();
    const offer = await loadLocalOffer(tx);
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'care_leaver_caseload', detail: { children: rows.map((r) => r.id) } });
    return rows.map((r) => {
      const d = (r.data ?? {}) as { eligibility?: string; latestContactDate?: string | null; inTouchCode?: string | null; localOfferToldOf?: { entitlement: string }[] };
      return {
        childId: r.id,
        name: `${r.given_name} ${r.family_name}`,
        dateOfBirth: r.date_of_birth,
        eligibility: d.eligibility ?? null,
        latestContactDate: d.latestContactDate ?? null,
        inTouchCode: d.inTouchCode ?? null,
        nextReviewDue: r.next_due ?? null,
        localOfferNotTold: notYetToldOf(offer, d.localOfferToldOf).length,
      };
    });
  });
}
