// Contacts that partner agencies submit online. The partner may see only their own submissions and
// only their status ("nothing else": no detail of the child's record ever flows back). The front door
// sees every waiting submission, oldest first, with how long it has waited against the 1 working day
// decision clock (PRACTICE.md §3: contact → decision, 1 WD, LOCAL).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';

export interface ContactSubmissionInput {
  referrerName: string;
  referrerAgency: string;
  referrerPhone: string;
  sourceCode: string;
  childGivenName: string;
  childFamilyName: string;
  childDateOfBirth: string | null;
  childAddress: string;
  concerns: string;
  familyAware: 'yes' | 'no' | 'no_risk';
}

export interface SubmissionStatusView {
  id: string;
  reference: string;
  submittedAt: Date;
  childName: string;
  status: 'received' | 'linked' | 'decided';
}

export interface SubmissionView extends ContactSubmissionInput {
  id: string;
  reference: string;
  submittedAt: Date;
  submittedByName: string;
  status: 'received' | 'linked' | 'decided';
  childId: string | null;
  contactKey: string | null;
  version: number;
}

/** A short reference the partner can quote on the phone: "CT-" and six characters without look-alikes. */
function newReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(6);
  return `CT-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

export async function submitContact(db: Kysely<Database>, partner: Actor, origin: RequestOrigin, input: ContactSubmissionInput, now: Date): Promise<{ id: string; reference: string }> {
  return withTenant(db, partner.localAuthorityId, async (tx) => {
    const id = randomUUID();
    const reference = newReference();
    await tx
      .insertInto('contact_submission')
      .values({
        local_authority_id: partner.localAuthorityId,
        id,
        reference,
        submitted_by: partner.staffUserId,
        submitted_at: now,
        referrer_name: input.referrerName,
        referrer_agency: input.referrerAgency,
        referrer_phone: input.referrerPhone,
        source_code: input.sourceCode,
        child_given_name: input.childGivenName,
        child_family_name: input.childFamilyName,
        child_date_of_birth: input.childDateOfBirth,
        child_address: input.childAddress,
        concerns: input.concerns,
        family_aware: input.familyAware,
        status: 'received',
        child_id: null,
        contact_key: null,
      })
      .execute();
    await recordAudit(tx, partner, origin, now, { action: 'create', recordType: 'contact_submission', recordId: id });
    return { id, reference };
  });
}

/** The partner's own submissions, newest first: reference, the child's name as they gave it, status. */
export async function listOwnSubmissions(db: Kysely<Database>, partner: Actor): Promise<SubmissionStatusView[]> {
  return withTenant(db, partner.localAuthorityId, async (tx) => {
    const rows = await tx
      .selectFrom('contact_submission')
      .select(['id', 'reference', 'submitted_at', 'child_given_name', 'child_family_name', 'status'])
      .where('submitted_by', '=', partner.staffUserId)
      .orderBy('submitted_at', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({ id: r.id, reference: r.reference, submittedAt: new Date(r.submitted_at), childName: `${r.child_given_name} ${r.child_family_name}`, status: r.status }));
  });
}

function toView(r: Record<string, unknown> & { display_name: string | null }): SubmissionView {
  return {
    id: String(r.id),
    reference: String(r.reference),
    submittedAt: new Date(r.submitted_at as string),
    submittedByName: r.display_name ?? 'A partner',
    referrerName: String(r.referrer_name),
    referrerAgency: String(r.referrer_agency),
    referrerPhone: String(r.referrer_phone),
    sourceCode: String(r.source_code),
    childGivenName: String(r.child_given_name),
    childFamilyName: String(r.child_family_name),
    childDateOfBirth: (r.child_date_of_birth as string | null) ?? null,
    childAddress: String(r.child_address),
    concerns: String(r.concerns),
    familyAware: r.family_aware as SubmissionView['familyAware'],
    status: r.status as SubmissionView['status'],
    childId: (r.child_id as string | null) ?? null,
    contactKey: (r.contact_key as string | null) ?? null,
    version: Number(r.version),
  };
}

/** Submissions waiting for the front door to match them to a child, oldest first. Audited as a list. */
export async function listWaitingSubmissions(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<SubmissionView[]> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const rows = await tx
      .selectFrom('contact_submission as c')
      .leftJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'c.local_authority_id').onRef('s.id', '=', 'c.submitted_by'))
      .selectAll('c')
      .select('s.display_name')
      .where('c.status', '=', 'received')
      .orderBy('c.submitted_at')
      .limit(500)
      .execute();
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'contact_submission', detail: { ids: rows.map((r) => r.id) } });
    return rows.map((r) => toView(r as unknown as Record<string, unknown> & { display_name: string | null }));
  });
}

export async function openSubmission(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, id: string, now: Date): Promise<SubmissionView | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const row = await tx
      .selectFrom('contact_submission as c')
      .leftJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'c.local_authority_id').onRef('s.id', '=', 'c.submitted_by'))
      .selectAll('c')
      .select('s.display_name')
      .where('c.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'contact_submission', recordId: id, childId: row.child_id });
    return toView(row as unknown as Record<string, unknown> & { display_name: string | null });
  });
}
