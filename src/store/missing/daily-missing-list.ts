// The daily missing list (statutory guidance on children who run away or go missing, 2014; Croydon
// 2017: children who went missing were rarely spoken to on return): children missing now; children
// back whose return home interview has not happened, with its 72-hour clock; and children with repeat
// episodes (flags.ts 'repeat_missing'), prompting a strategy discussion. Within the reader's scope;
// audited as a list.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { caseFlags, type CaseFlag } from '../../practice/casework/flags.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { fromDayNumber, toDayNumber } from '../../practice/calendar/day-number.ts';

import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadJourneys } from '../journeys/journey-records.ts';
import { loadLocalStandards } from '../clocks/local-standards.ts';
import { loadFlagSettings } from '../journeys/flag-settings.ts';

export interface MissingNow {
  childId: string;
  childName: string;
  recordKey: string;
  startAt: string;
  fromCare: boolean;
  policeReference: string | null;
}

export interface AwaitingInterview {
  childId: string;
  childName: string;
  recordKey: string;
  returnedAt: string;
  /** The 72-hour clock's due moment and whether it has passed. */
  due: string;
  overdue: boolean;
}

export interface RepeatMissing {
  childId: string;
  childName: string;
  flag: CaseFlag;
}

export interface DailyMissingList {
  missingNow: MissingNow[];
  awaitingInterview: AwaitingInterview[];
  repeat: RepeatMissing[];
}

export async function dailyMissingList(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<DailyMissingList> {
  const today = englandDateOf(now);
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    // The repeat thresholds are the LA's local standards (3 episodes in 90 days by default).
    const { settings } = await loadLocalStandards(tx);
    const name = (r: { given_name: string; family_name: string }) => `${r.given_name} ${r.family_name}`;
    const missing = await tx
      .selectFrom('journey_record as r')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'r.local_authority_id').onRef('child.id', '=', 'r.child_id'))
      .select(['r.child_id', 'r.record_key', 'r.data', 'child.given_name', 'child.family_name'])
      .where('r.record_type', '=', 'missingEpisodes')
      .where(sql`r.data->>'returnedAt'`, 'is', null)
      .where(childInScope(actor))
      .orderBy(sql`r.data->>'startAt'`)
      .execute();
    const awaiting = await tx
      .selectFrom('clock_instance as k')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'k.local_authority_id').onRef('child.id', '=', 'k.child_id'))
      .select(['k.child_id', 'k.record_id', 'k.started', 'k.due', 'child.given_name', 'child.family_name'])
      .where('k.clock_id', '=', 'return-home-interview')
      .where('k.completed', 'is', null)
      .where('k.stopped_at', 'is', null)
      .where(childInScope(actor))
      .orderBy('k.due')
      .execute();
    // Repeat episodes: children with three or more episodes starting in the last 90 days (the flag decides).
    const recent = await tx
      .selectFrom('journey_record as r')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'r.local_authority_id').onRef('child.id', '=', 'r.child_id'))
      .select(['r.child_id', 'child.given_name', 'child.family_name'])
      .where('r.record_type', '=', 'missingEpisodes')
      .where(sql`r.data->>'startAt'`, '>=', fromDayNumber(toDayNumber(today) - settings.repeatMissingDays - 1))
      .where(childInScope(actor))
      .groupBy(['r.child_id', 'child.given_name', 'child.family_name'])
      .having(sql`count(*)`, '>=', settings.repeatMissingEpisodes)
      .execute();
    const { calendar, options } = await loadFlagSettings(tx);
    const repeat: RepeatMissing[] = [];
    const journeys = await loadJourneys(tx, recent.map((r) => r.child_id));
    journeys.forEach((journey, i) => {
      for (const flag of caseFlags(journey, today, calendar, options)) if (flag.kind === 'repeat_missing') repeat.push({ childId: journey.child.id, childName: name(recent[i]!), flag });
    });
    const nowMs = now.getTime();
    const result: DailyMissingList = {
      missingNow: missing.map((r) => {
        const d = r.data as { startAt: string; fromCare?: boolean; policeReference?: string | null };
        return { childId: r.child_id, childName: name(r), recordKey: r.record_key, startAt: d.startAt, fromCare: d.fromCare ?? false, policeReference: d.policeReference ?? null };
      }),
      awaitingInterview: awaiting.map((r) => ({ childId: r.child_id, childName: name(r), recordKey: r.record_id, returnedAt: r.started, due: r.due, overdue: new Date(r.due).getTime() < nowMs })),
      repeat,
    };
    await recordAudit(tx, actor, origin, now, {
      action: 'list',
      recordType: 'missing_list',
      detail: { children: [...new Set([...result.missingNow, ...result.awaitingInterview, ...result.repeat].map((r) => r.childId))] },
    });
    return result;
  });
}
