// What the front door works from: contacts on children's records still waiting for a decision, and
// decisions waiting for a manager's sign-off; and, for one contact, everything needed at the point of
// decision: the contact, its clock, and the history of the child and their brothers and sisters
// (Croydon 2017: contacts were decided without the family's history).
import { sql, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import { labelIn, CONTACT_OUTCOMES, CP_CATEGORIES } from '../../practice/journey/code-sets.ts';
import { formatDate } from '../../practice/casework/format-date.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { loadStoredRecord } from '../journeys/write-journey-record.ts';

export interface ContactAwaiting {
  childId: string;
  childName: string;
  contactKey: string;
  receivedAt: string;
  outcome: string | null;
  decidedAt: string | null;
  due: string | null;
}

export interface FamilyHistoryItem {
  date: string;
  childName: string;
  what: string;
}

export async function listContactsAwaiting(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, now: Date): Promise<{ awaitingDecision: ContactAwaiting[]; awaitingSignOff: ContactAwaiting[] }> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const rows = await tx
      .selectFrom('journey_record as r')
      .innerJoin('child', (j) => j.onRef('child.local_authority_id', '=', 'r.local_authority_id').onRef('child.id', '=', 'r.child_id'))
      .leftJoin('clock_instance as k', (j) =>
        j.onRef('k.local_authority_id', '=', 'r.local_authority_id').onRef('k.child_id', '=', 'r.child_id').onRef('k.record_id', '=', 'r.record_key').on('k.clock_id', '=', 'contact-decision'),
      )
      .select(['r.child_id', 'r.record_key', 'r.data', 'child.given_name', 'child.family_name', 'k.due'])
      .where('r.record_type', '=', 'contacts')
      .where((eb) => eb.or([eb(sql`r.data->>'outcome'`, 'is', null), eb(sql`r.data->>'signedOffAt'`, 'is', null)]))
      .where(childInScope(actor))
      .orderBy(sql`r.data->>'receivedAt'`)
      .limit(1000)
      .execute();
    const all = rows.map((r) => {
      const data = r.data as Record<string, string | null | undefined>;
      return { childId: r.child_id, childName: `${r.given_name} ${r.family_name}`, contactKey: r.record_key, receivedAt: data.receivedAt ?? '', outcome: data.outcome ?? null, decidedAt: data.decidedAt ?? null, due: r.due ?? null, signedOffAt: data.signedOffAt ?? null };
    });
    await recordAudit(tx, actor, origin, now, { action: 'list', recordType: 'contacts', detail: { children: [...new Set(all.map((a) => a.childId))] } });
    const strip = ({ signedOffAt: _s, ...rest }: (typeof all)[number]): ContactAwaiting => rest;
    return { awaitingDecision: all.filter((a) => !a.outcome).map(strip), awaitingSignOff: all.filter((a) => a.outcome && !a.signedOffAt).map(strip).slice(0, 200) };
  });
}

export interface OpenedContact {
  child: { id: string; name: string };
  contact: {
    key: string;
    version: number;
    receivedAt: string;
    sourceCode: string | null;
    referrerName: string | null;
    referrerAgency: string | null;
    concerns: string | null;
    outcome: string | null;
    decidedAt: string | null;
    decidedByName: string | null;
    decisionRationale: string | null;
    signedOffAt: string | null;
    signedOffByName: string | null;
    due: string | null;
  };
  history: FamilyHistoryItem[];
}

const HISTORY_TYPES = ['contacts', 'referrals', 'cpPlans', 'cinPlans', 'earlyHelp', 'periodsOfCare'] as const;

function historyItem(type: string, d: Record<string, unknown>): { date: string; what: string } | null {
  const s = (k: string): string => (typeof d[k] === 'string' ? (d[k] as string) : '');
  switch (type) {
    case 'contacts':
      return { date: s('receivedAt').slice(0, 10), what: `Contact${d.outcome ? `: ${labelIn(CONTACT_OUTCOMES, s('outcome'))}` : ' (no decision yet)'}` };
    case 'referrals':
      return { date: s('referralDate'), what: `Referral${d.closeDate ? `, closed ${formatDate(s('closeDate'))}` : ' (open)'}` };
    case 'cpPlans':
      return { date: s('startDate'), what: `Child protection plan (${labelIn(CP_CATEGORIES, s('initialCategory'))})${d.endDate ? `, ended ${formatDate(s('endDate'))}` : ' (current)'}` };
    case 'cinPlans':
      return { date: s('startDate'), what: `Child in need plan${d.endDate ? `, ended ${formatDate(s('endDate'))}` : ' (current)'}` };
    case 'earlyHelp':
      return { date: s('requestDate'), what: `Early help${d.endDate ? `, ended ${formatDate(s('endDate'))}` : ''}` };
    case 'periodsOfCare':
      return { date: s('startDate'), what: `Looked after${d.endDate ? `, until ${formatDate(s('endDate'))}` : ' (current)'}` };
    default:
      return null;
  }
}

export async function openContact(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, childId: string, contactKey: string, now: Date): Promise<OpenedContact | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await tx.selectFrom('child').select(['id', 'given_name', 'family_name']).where('id', '=', childId).where(childInScope(actor)).executeTakeFirst();
    if (!child) return null;
    const stored = await loadStoredRecord(tx, childId, 'contacts', contactKey);
    if (!stored) return null;
    const d = stored.data as Record<string, string | null | undefined>;
    const staffIds = [d.decidedBy, d.signedOffBy].filter((x): x is string => typeof x === 'string' && /^[0-9a-f-]{36}$/.test(x));
    const names = new Map(
      staffIds.length ? (await tx.selectFrom('staff_user').select(['id', 'display_name']).where('id', 'in', staffIds).execute()).map((s) => [s.id, s.display_name]) : [],
    );
    const clock = await tx.selectFrom('clock_instance').select('due').where('child_id', '=', childId).where('clock_id', '=', 'contact-decision').where('record_id', '=', contactKey).executeTakeFirst();
    // Brothers and sisters are found through family links; the front door sees the whole LA.
    const family = await tx
      .selectFrom('family_link as f')
      .innerJoin('child as r', (j) => j.onRef('r.local_authority_id', '=', 'f.local_authority_id').onRef('r.id', '=', 'f.related_child_id'))
      .select(['r.id', 'r.given_name', 'r.family_name'])
      .where('f.child_id', '=', childId)
      .where((eb) => eb.exists(eb.selectFrom('child').select(sql`1`.as('one')).whereRef('child.id', '=', 'r.id').where(childInScope(actor))))
      .execute();
    const people = new Map<string, string>([[child.id, `${child.given_name} ${child.family_name}`], ...family.map((f) => [f.id, `${f.given_name} ${f.family_name}`] as [string, string])]);
    const records = await tx
      .selectFrom('journey_record')
      .select(['child_id', 'record_type', 'record_key', 'data'])
      .where('child_id', 'in', [...people.keys()])
      .where('record_type', 'in', [...HISTORY_TYPES])
      .execute();
    const history = records
      .filter((r) => !(r.child_id === childId && r.record_type === 'contacts' && r.record_key === contactKey))
      .flatMap((r) => {
        const item = historyItem(r.record_type, r.data as Record<string, unknown>);
        return item && item.date ? [{ ...item, childName: people.get(r.child_id) ?? '' }] : [];
      })
      .sort((a, b) => b.date.localeCompare(a.date));
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'contacts', recordId: contactKey, childId, detail: { familyHistoryOf: [...people.keys()] } });
    return {
      child: { id: child.id, name: `${child.given_name} ${child.family_name}` },
      contact: {
        key: stored.recordKey,
        version: stored.version,
        receivedAt: d.receivedAt ?? '',
        sourceCode: d.sourceCode ?? null,
        referrerName: d.referrerName ?? null,
        referrerAgency: d.referrerAgency ?? null,
        concerns: d.concerns ?? null,
        outcome: d.outcome ?? null,
        decidedAt: d.decidedAt ?? null,
        decidedByName: d.decidedBy ? (names.get(d.decidedBy) ?? null) : null,
        decisionRationale: d.decisionRationale ?? null,
        signedOffAt: d.signedOffAt ?? null,
        signedOffByName: d.signedOffBy ? (names.get(d.signedOffBy) ?? null) : null,
        due: clock?.due ?? null,
      },
      history,
    };
  });
}
