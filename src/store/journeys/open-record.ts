// Opening a record to add or change it: the child (within the actor's scope), the stored record and
// its version (for an edit), and the child's other records a form may point to (an assessment's
// referral, a core group's plan). The read is audited in the same transaction.
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { isJourneySingleType, type JourneyRecordType } from '../../practice/journey/record-types.ts';
import { formatDate } from '../../practice/casework/format-date.ts';
import { labelIn, CP_CATEGORIES } from '../../practice/journey/code-sets.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadStoredRecord, type StoredRecordVersion } from './write-journey-record.ts';

export interface RecordChoice {
  value: string;
  label: string;
}

export interface OpenedRecord {
  child: { id: string; name: string };
  record: StoredRecordVersion | null;
  choices: Partial<Record<JourneyRecordType, RecordChoice[]>>;
  /** What a new record starts with: a new supervision carries the open actions of the last one. */
  prefill: Record<string, unknown> | null;
}

const d = (value: unknown): string => (typeof value === 'string' && value.length >= 10 ? formatDate(value) : 'date not recorded');

/** How a record is named when another record points to it. */
export function describeRecord(type: JourneyRecordType, r: Record<string, unknown>): string {
  switch (type) {
    case 'referrals':
      return `Referral of ${d(r.referralDate)}`;
    case 'strategyDiscussions':
      return r.date ? `Strategy discussion held ${d(r.date)}` : `Strategy discussion (threshold met ${d(r.thresholdDecisionDate)}, not yet held)`;
    case 's47Enquiries':
      return `Section 47 enquiry started ${d(r.startDate)}`;
    case 'initialConferences':
      return r.date ? `Initial conference of ${d(r.date)}` : 'Initial conference (not yet held)';
    case 'cpPlans':
      return `Child protection plan from ${d(r.startDate)} (${labelIn(CP_CATEGORIES, String(r.initialCategory ?? ''))})${r.endDate ? `, ended ${d(r.endDate)}` : ''}`;
    case 'periodsOfCare':
      return `Looked after from ${d(r.startDate)}${r.endDate ? ` to ${d(r.endDate)}` : ''}`;
    case 'cinPlans':
      return `Child in need plan from ${d(r.startDate)}${r.endDate ? `, ended ${d(r.endDate)}` : ''}`;
    default:
      return String(r.id ?? type);
  }
}

export async function openRecord(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  input: { childId: string; recordType: JourneyRecordType; recordKey: string | null; choicesOf: readonly JourneyRecordType[] },
  now: Date,
): Promise<OpenedRecord | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', '=', input.childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return null;
    // A child has at most one adoption record and one care-leaver record: "add" opens it if it exists.
    const key = input.recordKey ?? (isJourneySingleType(input.recordType) ? input.recordType : null);
    const record = key ? await loadStoredRecord(tx, input.childId, input.recordType, key) : null;
    if (input.recordKey && !record) return null;
    const choices: OpenedRecord['choices'] = {};
    if (input.choicesOf.length) {
      const rows = await tx
        .selectFrom('journey_record')
        .select(['record_type', 'record_key', 'data'])
        .where('child_id', '=', input.childId)
        .where('record_type', 'in', [...input.choicesOf])
        .orderBy('created_at')
        .execute();
      for (const row of rows) {
        const type = row.record_type as JourneyRecordType;
        (choices[type] ??= []).push({ value: row.record_key, label: describeRecord(type, row.data as Record<string, unknown>) });
      }
    }
    let prefill: Record<string, unknown> | null = null;
    if (!record && input.recordType === 'caseSupervisions') {
      const last = await tx
        .selectFrom('journey_record')
        .select('data')
        .where('child_id', '=', input.childId)
        .where('record_type', '=', 'caseSupervisions')
        .orderBy(sql`data->>'date'`, 'desc')
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      // Open actions are carried, marked with the supervision that first agreed them (not lost).
      const lastData = last?.data as { date?: string; actions?: { doneDate?: string | null; carriedFrom?: string | null }[] } | undefined;
      const actions = (lastData?.actions ?? []).filter((a) => !a.doneDate).map((a) => ({ ...a, carriedFrom: a.carriedFrom ?? lastData?.date ?? null }));
      if (actions.length) prefill = { actions };
    }
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: input.recordType, recordId: input.recordKey, childId: input.childId });
    return { child: { id: child.id, name: `${child.given_name} ${child.family_name}` }, record, choices, prefill };
  });
}

/** Every record of one type on a child's journey, with versions (for the API). Audited as a read. */
export async function listChildRecords(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  childId: string,
  recordType: JourneyRecordType,
  now: Date,
): Promise<{ recordKey: string; version: number; data: Record<string, unknown> }[] | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await tx.selectFrom('child').select('id').where('id', '=', childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return null;
    const rows = await tx.selectFrom('journey_record').select(['record_key', 'version', 'data']).where('child_id', '=', childId).where('record_type', '=', recordType).orderBy('created_at').execute();
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType, childId, detail: { records: rows.length } });
    return rows.map((r) => ({ recordKey: r.record_key, version: r.version, data: r.data as Record<string, unknown> }));
  });
}
