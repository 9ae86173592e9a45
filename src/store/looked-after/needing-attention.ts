// Looked-after children a manager or IRO must see today: children living in unregistered homes
// (Ofsted, Croydon 2024), children with three or more placements in the last 12 months, and the IRO's
// escalations still open. SQL finds the candidates; the practice flags (practice/casework/flags.ts)
// decide, so this list and each child's page always agree. Audited as a list.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { caseFlags, type CaseFlag } from '../../practice/casework/flags.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { addMonthsToDayNumber } from '../../practice/calendar/periods.ts';
import { fromDayNumber, toDayNumber } from '../../practice/calendar/day-number.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadJourneys } from '../journeys/journey-records.ts';
import { loadFlagSettings } from '../journeys/flag-settings.ts';

export interface ChildNeedingAttention {
  childId: string;
  childName: string;
  flag: CaseFlag;
}

export interface NeedingAttention {
  unregistered: ChildNeedingAttention[];
  unstable: ChildNeedingAttention[];
  escalations: ChildNeedingAttention[];
}

const KINDS = ['unregistered_placement', 'placement_instability', 'iro_escalation_open'] as const;

export async function listNeedingAttention(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<NeedingAttention> {
  const today = englandDateOf(now);
  const yearAgo = fromDayNumber(addMonthsToDayNumber(toDayNumber(today), -12));
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const candidates = await tx
      .selectFrom('journey_record as r')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'r.local_authority_id').onRef('child.id', '=', 'r.child_id'))
      .select('r.child_id')
      .where(childInScope(actor))
      .where((eb) =>
        eb.or([
          eb.and([eb('r.record_type', '=', 'placements'), eb(sql`r.data->>'endDate'`, 'is', null), eb(sql`r.data->>'registered'`, '=', 'false')]),
          eb.and([eb('r.record_type', '=', 'placements'), eb(sql`r.data->>'startDate'`, '>', yearAgo)]),
          eb.and([eb('r.record_type', '=', 'iroEscalations'), eb(sql`r.data->>'resolvedDate'`, 'is', null)]),
        ]),
      )
      .groupBy('r.child_id')
      .execute();
    const ids = candidates.map((c) => c.child_id);
    const names = new Map(
      ids.length ? (await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', 'in', ids).execute()).map((c) => [c.id, `${c.given_name} ${c.family_name}`]) : [],
    );
    const { calendar, options } = await loadFlagSettings(tx);
    const result: NeedingAttention = { unregistered: [], unstable: [], escalations: [] };
    for (const journey of await loadJourneys(tx, ids)) {
      for (const flag of caseFlags(journey, today, calendar, options)) {
        if (!(KINDS as readonly string[]).includes(flag.kind)) continue;
        const row = { childId: journey.child.id, childName: names.get(journey.child.id) ?? '', flag };
        if (flag.kind === 'unregistered_placement') result.unregistered.push(row);
        else if (flag.kind === 'placement_instability') result.unstable.push(row);
        else result.escalations.push(row);
      }
    }
    for (const list of Object.values(result)) list.sort((a: ChildNeedingAttention, b: ChildNeedingAttention) => a.flag.date.localeCompare(b.flag.date));
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'looked_after_attention', detail: { children: [...new Set(Object.values(result).flat().map((r: ChildNeedingAttention) => r.childId))] } });
    return result;
  });
}
