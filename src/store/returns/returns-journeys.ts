// Reading children's journeys for the returns (issue 8: all three exports of a Croydon-size LA in ≤ 10 s).
// A return reads only some record types (no return holds case notes or supervision records, which are
// most of a journey's bytes), and of visits only the date and whether the child was seen (Annex A's
// "last seen" dates, and whether seen alone). The database puts each child's records into one JSON text, a list per record type
// in the order they were written (as loadJourneys orders them), so the application makes one
// JSON.parse per child instead of turning some 300,000 jsonb values into objects one by one; measured on
// PGlite, that conversion was most of an export's time. Each journey is still checked with the
// compiled journey schema and its references, as loadJourneys checks it: what goes to the DfE is what
// Lantern would accept.
import { sql } from 'kysely';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { isJourneySingleType, type JourneyRecordType } from '../../practice/journey/record-types.ts';
import type { Tx } from '../tenant.ts';
import { journeyDocumentsOf } from '../journeys/journey-records.ts';

/** The CIN census (src/returns/cin-census): referral to plan, the child protection steps. */
export const CIN_CENSUS_RECORD_TYPES: readonly JourneyRecordType[] = [
  'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries', 'initialConferences', 'cpPlans', 'reviewConferences', 'cinPlans',
];

/** SSDA903 (src/returns/ssda903): periods of care and what happens in them, adoption, care leavers. */
export const SSDA903_RECORD_TYPES: readonly JourneyRecordType[] = [
  'referrals', 'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments', 'healthChecks', 'missingEpisodes', 'adoption', 'careLeaver',
];

/** Annex A (src/returns/annex-a): lists 1 to 10 draw on the front door to leaving care. */
export const ANNEX_A_RECORD_TYPES: readonly JourneyRecordType[] = [
  'contacts', 'earlyHelp', 'referrals', 'assessments', 'strategyDiscussions', 's47Enquiries', 'initialConferences', 'cpPlans', 'reviewConferences',
  'cinPlans', 'visits', 'periodsOfCare', 'legalStatuses', 'placements', 'claReviews', 'healthAssessments', 'healthChecks', 'iroContacts',
  'missingEpisodes', 'adoption', 'careLeaver',
];

/** Every record type any of the three returns reads. */
export const ALL_RETURNS_RECORD_TYPES: readonly JourneyRecordType[] = [...new Set([...CIN_CENSUS_RECORD_TYPES, ...SSDA903_RECORD_TYPES, ...ANNEX_A_RECORD_TYPES])];

/**
 * A visit as the returns read it: its id, date, whether the child was seen and seen alone (the fields
 * Annex A uses; the rest of a visit is optional in the journey schema, so the record is still a valid
 * visit). "Seen alone" is optional and never null, so stripping nulls leaves it out where it was not given.
 */
const RECORD_DATA = sql`case when record_type = 'visits'
  then jsonb_strip_nulls(jsonb_build_object('id', data->'id', 'date', data->'date', 'childSeen', data->'childSeen', 'childSeenAlone', data->'childSeenAlone'))
  else data end`;

/** PostgreSQL's default sort memory (4 MB) sends the per-child ordering to disk for a large LA. */
const SORT_MEMORY = '64MB';

/**
 * The journeys of these children (or every child of the transaction's LA), holding only the given record
 * types, keyed by child id. A child with none of those records still has a journey (their allocations).
 * Throws if a stored journey is not valid, unless asked not to check (data quality, on every view of a
 * page: each record was checked when it was written, and a return export checks again).
 */
export async function loadReturnsJourneys(
  tx: Tx, childIds: readonly string[] | 'all', types: readonly JourneyRecordType[], options: { check: boolean } = { check: true },
): Promise<Map<string, Journey>> {
  const some = childIds !== 'all';
  if (some && childIds.length === 0) return new Map();
  const ids = some ? childIds : [];
  await sql`select set_config('work_mem', ${SORT_MEMORY}, true)`.execute(tx);
  // Row-level security keeps the unlisted read to the LA; a list of ids narrows it further.
  const [children, allocations, records] = await Promise.all([
    tx.selectFrom('child').select(['id', 'date_of_birth', 'expected_date_of_birth']).$if(some, (q) => q.where('id', 'in', ids)).execute(),
    tx.selectFrom('allocation').select(['child_id', 'worker_id', 'team_id', 'start_date', 'end_date'])
      .$if(some, (q) => q.where('child_id', 'in', ids)).orderBy('start_date').execute(),
    sql<{ child_id: string; records: string }>`
      select child_id, json_object_agg(record_type, records)::text as records
      from (
        select child_id, record_type, json_agg(${RECORD_DATA} order by created_at, id) as records
        from journey_record
        where record_type in (${sql.join(types)}) ${some ? sql`and child_id in (${sql.join(ids)})` : sql``}
        group by child_id, record_type
      ) by_type
      group by child_id`.execute(tx),
  ]);
  const documents = journeyDocumentsOf(children, allocations);
  for (const row of records.rows) {
    const doc = documents.get(row.child_id);
    if (!doc) continue;
    const byType = JSON.parse(row.records) as Record<string, unknown[]>;
    for (const [type, list] of Object.entries(byType)) {
      // A single record (adoption, care leaver) is one row per child; as loadJourneys, the last one written stands.
      doc[type] = isJourneySingleType(type) ? list.at(-1) : list;
    }
  }
  const out = new Map<string, Journey>();
  for (const [id, doc] of documents) {
    if (!options.check) {
      out.set(id, doc as unknown as Journey);
      continue;
    }
    const parsed = parseJourney(doc);
    if (!parsed.ok) throw new Error(`stored journey of child ${id} is not valid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    out.set(id, parsed.journey);
  }
  return out;
}
