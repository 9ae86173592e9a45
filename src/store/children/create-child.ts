// Making a new child record at the front door. Refused, changing nothing, while likely matches exist
// that the worker has not confirmed are different children (a duplicate record splits a child's
// history, and a decision made on half a history is the failure Ofsted found). The new child is
// allocated to the front door worker who made it, so their manager can see and sign off the contact.
import { randomInt, randomUUID } from 'node:crypto';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { isValidNhsNumber } from '../../practice/identity/nhs-number.ts';
import type { Tx } from '../tenant.ts';
import { findMatches, type ChildMatch } from './search-children.ts';

export interface NewChild {
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  expectedDateOfBirth: string | null;
  sex: '0' | '1' | '2' | '9';
  nhsNumber: string | null;
}

export type CreateChildResult =
  | { ok: true; childId: string }
  | { ok: false; reason: 'possible_duplicates'; matches: ChildMatch[] }
  | { ok: false; reason: 'invalid'; problems: { field: string; message: string }[] };

export function checkNewChild(child: NewChild, today: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!child.givenName.trim() || child.givenName.length > 100) problems.push({ field: 'givenName', message: 'Enter the child’s given name' });
  if (!child.familyName.trim() || child.familyName.length > 100) problems.push({ field: 'familyName', message: 'Enter the child’s family name' });
  if ((child.dateOfBirth === null) === (child.expectedDateOfBirth === null)) problems.push({ field: 'dateOfBirth', message: 'Enter the date of birth, or the expected date of birth for an unborn child' });
  if (child.dateOfBirth && child.dateOfBirth > today) problems.push({ field: 'dateOfBirth', message: 'Date of birth must be today or in the past' });
  if (child.nhsNumber && !isValidNhsNumber(child.nhsNumber)) problems.push({ field: 'nhsNumber', message: 'Enter a valid NHS number (10 digits), or leave it empty' });
  if (child.expectedDateOfBirth && child.sex !== '0') problems.push({ field: 'sex', message: 'An unborn child’s sex is recorded as “not yet born”' });
  return problems;
}

export async function createChildInTx(
  tx: Tx,
  actor: Actor,
  origin: RequestOrigin,
  child: NewChild,
  options: { confirmedNotDuplicate: boolean; today: string },
  now: Date,
): Promise<CreateChildResult> {
  const problems = checkNewChild(child, options.today);
  if (problems.length) return { ok: false, reason: 'invalid', problems };
  if (!options.confirmedNotDuplicate) {
    const matches = await findMatches(tx, actor, { givenName: child.givenName, familyName: child.familyName, dateOfBirth: child.dateOfBirth, nhsNumber: child.nhsNumber }, 10);
    if (matches.length) return { ok: false, reason: 'possible_duplicates', matches };
  }
  const childId = randomUUID();
  await tx
    .insertInto('child')
    .values({
      local_authority_id: actor.localAuthorityId,
      id: childId,
      child_reference: `N${String(randomInt(0, 1e9)).padStart(9, '0')}`,
      given_name: child.givenName.trim(),
      family_name: child.familyName.trim(),
      date_of_birth: child.dateOfBirth,
      expected_date_of_birth: child.expectedDateOfBirth,
      sex: child.sex,
      ethnicity: 'NOBT',
      nhs_number: child.nhsNumber,
    })
    .execute();
  await tx
    .insertInto('allocation')
    .values({ local_authority_id: actor.localAuthorityId, id: randomUUID(), child_id: childId, worker_id: actor.staffUserId, team_id: actor.teamId, start_date: options.today })
    .execute();
  await recordAudit(tx, actor, origin, now, { action: 'create', recordType: 'child', recordId: childId, childId });
  return { ok: true, childId };
}
