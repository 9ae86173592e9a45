// The kinds of work open today for the children allocated to some workers, read straight from the
// stored records in one set-based query (no journey is parsed): the team board and allocation weigh
// caseloads with it, and must stay fast on a large authority.
import { sql } from 'kysely';
import type { KindOfWork } from '../../practice/oversight/caseload-weighting.ts';
import type { Tx } from '../tenant.ts';

const KIND_OF_RECORD: Record<string, KindOfWork> = {
  proceedings: 'care_proceedings',
  cpPlans: 'child_protection',
  periodsOfCare: 'looked_after',
  cinPlans: 'child_in_need',
  assessments: 'assessment',
  earlyHelp: 'early_help',
  careLeaver: 'care_leaver',
};

export interface AllocatedChildKinds {
  childId: string;
  workerId: string;
  kinds: KindOfWork[];
}

/**
 * Every child currently allocated to one of the workers, with the kinds of work open for them on
 * `today`: proceedings issued without a final order; a CP plan, CIN plan, period of care, early help
 * episode or care-leaver status started and not ended; an assessment not yet authorised.
 */
/** Records of `r` (journey_record) that are open work on `today`. */
function openWork(today: string) {
  return sql<boolean>`r.record_type in ('proceedings', 'cpPlans', 'periodsOfCare', 'cinPlans', 'assessments', 'earlyHelp', 'careLeaver')
    and case r.record_type
      when 'proceedings' then r.data->>'issueDate' <= ${today} and coalesce(r.data->>'finalOrderDate', '9999-12-31') > ${today}
      when 'assessments' then r.data->>'startDate' <= ${today} and coalesce(r.data->>'authorisedDate', '9999-12-31') > ${today}
      when 'earlyHelp' then r.data->>'requestDate' <= ${today} and coalesce(r.data->>'endDate', '9999-12-31') > ${today}
      when 'careLeaver' then r.data->>'eligibleFrom' <= ${today} and coalesce(r.data->>'endDate', '9999-12-31') > ${today}
      else r.data->>'startDate' <= ${today} and coalesce(r.data->>'endDate', '9999-12-31') > ${today}
    end`;
}

function kindsOf(recordTypes: readonly string[] | null): KindOfWork[] {
  return (recordTypes ?? []).map((t) => KIND_OF_RECORD[t]).filter((k): k is KindOfWork => k !== undefined);
}

/**
 * Every child currently allocated to one of the workers, with the kinds of work open for them on
 * `today`: proceedings issued without a final order; a CP plan, CIN plan, period of care, early help
 * episode or care-leaver status started and not ended; an assessment not yet authorised.
 */
export async function kindsOfWorkFor(tx: Tx, workerIds: readonly string[], today: string): Promise<AllocatedChildKinds[]> {
  if (workerIds.length === 0) return [];
  const rows = await sql<{ child_id: string; worker_id: string; record_types: string[] | null }>`
    select a.child_id, a.worker_id,
      (select array_agg(distinct r.record_type) from journey_record r
        where r.local_authority_id = a.local_authority_id and r.child_id = a.child_id and ${openWork(today)}) as record_types
    from allocation a
    where a.end_date is null and a.worker_id in (${sql.join(workerIds.map((id) => sql`${id}::uuid`))})
  `.execute(tx);
  return rows.rows.map((r) => ({ childId: r.child_id, workerId: r.worker_id, kinds: kindsOf(r.record_types) }));
}

/** The kinds of work open for one child on `today` (allocated or not). */
export async function kindsOfWorkOfChild(tx: Tx, childId: string, today: string): Promise<KindOfWork[]> {
  const rows = await sql<{ record_type: string }>`select distinct r.record_type from journey_record r where r.child_id = ${childId}::uuid and ${openWork(today)}`.execute(tx);
  return kindsOf(rows.rows.map((r) => r.record_type));
}

/** The kinds of work open on `today` for each of some children that has any (allocated or not). */
export async function kindsOfWorkOfChildren(tx: Tx, childIds: readonly string[], today: string): Promise<{ childId: string; kinds: KindOfWork[] }[]> {
  if (childIds.length === 0) return [];
  const rows = await sql<{ child_id: string; record_types: string[] | null }>`
    select r.child_id, array_agg(distinct r.record_type) as record_types from journey_record r
    where r.child_id in (${sql.join(childIds.map((id) => sql`${id}::uuid`))}) and ${openWork(today)}
    group by r.child_id
  `.execute(tx);
  return rows.rows.map((r) => ({ childId: r.child_id, kinds: kindsOf(r.record_types) }));
}
