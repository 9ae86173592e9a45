// The front door decision on a contact, and a manager's sign-off of it. Deciding records the outcome,
// the reasons and the moment (which meets the 1 WD clock), and starts what the decision means: a
// referral to children's social care (its 45 WD assessment clock starts), a strategy discussion
// (Working Together 2023 4.4.11: where there is reasonable cause to suspect significant harm), or an
// early help request. All in one transaction with the clocks recomputed.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { formatMinute, englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { storeClocksAfter, writeRecordInTx, type RecordWriteResult } from '../journeys/write-journey-record.ts';

export interface ContactDecision {
  childId: string;
  contactKey: string;
  expectedVersion: number;
  outcome: string;
  rationale: string;
}

const minuteOf = (now: Date): string => formatMinute(Math.floor(now.getTime() / 60000));

export async function decideContact(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, decision: ContactDecision, now: Date): Promise<RecordWriteResult> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const decided = await writeRecordInTx(
      tx,
      actor,
      origin,
      {
        childId: decision.childId,
        recordType: 'contacts',
        record: { outcome: decision.outcome, decisionRationale: decision.rationale, decidedAt: minuteOf(now) },
        merge: true,
        edit: { recordKey: decision.contactKey, expectedVersion: decision.expectedVersion },
      },
      now,
    );
    if (!decided.ok) return decided;
    const today = englandDateOf(now);
    // Each write checks the journey with every earlier write in place; the last one's gives the clocks.
    let latest = decided.journey;
    const follow = async (recordType: 'referrals' | 'strategyDiscussions' | 'earlyHelp', record: Record<string, unknown>): Promise<string> => {
      const written = await writeRecordInTx(tx, actor, origin, { childId: decision.childId, recordType, record }, now);
      if (!written.ok) throw new Error(`the ${recordType} that follows a contact decision could not be recorded: ${JSON.stringify(written)}`);
      latest = written.journey;
      return written.recordKey;
    };
    const sourceCode = typeof decided.record.sourceCode === 'string' ? decided.record.sourceCode : '10';
    if (decision.outcome === 'referral' || decision.outcome === 'strategy_discussion') {
      const referralId = await follow('referrals', { referralDate: today, sourceCode, contactId: decision.contactKey });
      if (decision.outcome === 'strategy_discussion') await follow('strategyDiscussions', { thresholdDecisionDate: today, date: null, contactId: decision.contactKey, referralId });
    }
    if (decision.outcome === 'early_help') await follow('earlyHelp', { requestDate: today, origin: 'contact', contactId: decision.contactKey });
    if (typeof decided.record.submissionId === 'string') {
      await tx.updateTable('contact_submission').set({ status: 'decided', updated_at: now.toISOString() }).where('id', '=', decided.record.submissionId).execute();
    }
    await storeClocksAfter(tx, actor.localAuthorityId, { journey: latest }, now);
    return decided;
  });
}

/** A manager signs off the decision (Working Together 2023: management oversight of front door decisions). */
export async function signOffContact(db: Kysely<Database>, manager: Actor, origin: RequestOrigin, input: { childId: string; contactKey: string; expectedVersion: number }, now: Date): Promise<RecordWriteResult> {
  return withTenant(db, manager.localAuthorityId, async (tx) => {
    const result = await writeRecordInTx(
      tx,
      manager,
      origin,
      { childId: input.childId, recordType: 'contacts', record: { signedOffAt: minuteOf(now) }, merge: true, edit: { recordKey: input.contactKey, expectedVersion: input.expectedVersion } },
      now,
    );
    if (result.ok) await storeClocksAfter(tx, manager.localAuthorityId, result, now);
    return result;
  });
}
