// Early help requests waiting for an early help assessment or a plan to start, longest wait first
// (PRACTICE.md §3: the early help assessment clock is LOCAL; the list shows the wait itself so a
// manager can see who has waited longest whatever the local standard).
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { toDayNumber } from '../../practice/calendar/day-number.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';

export interface EarlyHelpWaiting {
  childId: string;
  childName: string;
  recordKey: string;
  requestDate: string;
  daysWaiting: number;
  origin: 'contact' | 'step_down' | null;
  assessed: boolean;
}

export async function listEarlyHelpWaiting(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<EarlyHelpWaiting[]> {
  const today = toDayNumber(englandDateOf(now));
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const rows = await tx
      .selectFrom('journey_record as r')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'r.local_authority_id').onRef('child.id', '=', 'r.child_id'))
      .select(['r.child_id', 'r.record_key', 'r.data', 'child.given_name', 'child.family_name'])
      .where('r.record_type', '=', 'earlyHelp')
      .where(sql`r.data->>'startDate'`, 'is', null)
      .where(sql`r.data->>'endDate'`, 'is', null)
      .where(childInScope(actor))
      .orderBy(sql`r.data->>'requestDate'`)
      .limit(1000)
      .execute();
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'earlyHelp', detail: { children: rows.map((r) => r.child_id) } });
    return rows.map((r) => {
      const d = r.data as { requestDate: string; assessmentDate?: string | null; origin?: 'contact' | 'step_down' | null };
      return {
        childId: r.child_id,
        childName: `${r.given_name} ${r.family_name}`,
        recordKey: r.record_key,
        requestDate: d.requestDate,
        daysWaiting: today - toDayNumber(d.requestDate),
        origin: d.origin ?? null,
        assessed: Boolean(d.assessmentDate),
      };
    });
  });
}
