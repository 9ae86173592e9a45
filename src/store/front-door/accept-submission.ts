// The front door takes a partner's submitted contact onto a child's record: the child found by search,
// or a new child (refused while unconfirmed likely duplicates exist). The contact joins that child's
// journey with the moment it was submitted, so the 1 working day decision clock runs from then.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { formatMinute } from '../../practice/clocks/instant.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { createChildInTx, type NewChild } from '../children/create-child.ts';
import type { ChildMatch } from '../children/search-children.ts';
import { storeClocksAfter, writeRecordInTx } from '../journeys/write-journey-record.ts';

export type AcceptResult =
  | { ok: true; childId: string; contactKey: string }
  | { ok: false; reason: 'not_found' | 'already_taken' }
  | { ok: false; reason: 'possible_duplicates'; matches: ChildMatch[] }
  | { ok: false; reason: 'invalid'; problems: { field: string; message: string }[] };

export async function acceptSubmission(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  input: { submissionId: string; expectedVersion: number; child: { existingChildId: string } | { newChild: NewChild; confirmedNotDuplicate: boolean } },
  now: Date,
): Promise<AcceptResult> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const submission = await tx.selectFrom('contact_submission').selectAll().where('id', '=', input.submissionId).forUpdate().executeTakeFirst();
    if (!submission) return { ok: false, reason: 'not_found' };
    // Two front door workers opening the same contact: the first to take it wins, the second is told.
    if (submission.status !== 'received' || submission.version !== input.expectedVersion) return { ok: false, reason: 'already_taken' };
    let childId: string;
    if ('existingChildId' in input.child) {
      const child = await tx.selectFrom('child').select('id').where('id', '=', input.child.existingChildId).where(childInScope(actor)).executeTakeFirst();
      if (!child) return { ok: false, reason: 'not_found' };
      childId = child.id;
    } else {
      const created = await createChildInTx(tx, actor, origin, input.child.newChild, { confirmedNotDuplicate: input.child.confirmedNotDuplicate, today: englandDateOf(now) }, now);
      if (!created.ok) return created;
      childId = created.childId;
    }
    const written = await writeRecordInTx(
      tx,
      actor,
      origin,
      {
        childId,
        recordType: 'contacts',
        record: {
          receivedAt: formatMinute(Math.floor(new Date(submission.submitted_at).getTime() / 60000)),
          sourceCode: submission.source_code,
          submissionId: submission.id,
          referrerName: submission.referrer_name,
          referrerAgency: submission.referrer_agency,
          concerns: submission.concerns,
        },
      },
      now,
    );
    if (!written.ok) throw new Error(`a submitted contact could not be recorded: ${JSON.stringify(written)}`);
    await tx
      .updateTable('contact_submission')
      .set({ status: 'linked', child_id: childId, contact_key: written.recordKey, version: submission.version + 1, updated_at: now.toISOString() })
      .where('id', '=', submission.id)
      .execute();
    await storeClocksAfter(tx, actor.localAuthorityId, written, now);
    return { ok: true, childId, contactKey: written.recordKey };
  });
}
