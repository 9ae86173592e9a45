// The straightforward baseline: the same rules as SQL over the stored records (the way a report writer
// would compute "assessments within 45 working days" from a warehouse), for two clocks: the contact
// decision (1 WD) and the child and family assessment (45 WD). Runs on PostgreSQL when
// LANTERN_TEST_DATABASE_URL is set, else on the embedded PGlite; the engine computes the same two clocks
// for the same children in the same process, and every due date and state is cross-checked.
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { openTestStore } from '../src/test-support/database.ts';
import { generateLocalAuthority } from '../src/synth/generate.ts';
import { withTenant } from '../src/store/tenant.ts';
import { insertJourneyRecords } from '../src/store/journeys/journey-records.ts';
import { computeClocks } from '../src/practice/clocks/engine.ts';
import { createCalendar } from '../src/practice/calendar/calendar.ts';
import { DEFAULT_LOCAL_STANDARDS } from '../src/practice/clocks/types.ts';
import { contactDecision, childAndFamilyAssessment } from '../src/practice/clocks/catalogue/front-door.ts';
import type { Journey } from '../src/practice/journey/journey.ts';

export interface BaselineResult {
  engine: 'postgres' | 'pglite';
  children: number;
  clockInstances: number;
  sqlMs: number;
  lanternEngineMs: number;
  /** How many times faster the engine is than the SQL baseline on the same work. */
  speedup: number;
  mismatches: number;
}

export async function sqlBaseline(target: number, asAt: string): Promise<BaselineResult> {
  const journeys: Journey[] = [];
  for (let seed = 5000; journeys.length < target; seed++) {
    const la = generateLocalAuthority({ seed, size: 'large', asAt, name: 'Baseline', dfeCode: '999', usernamePrefix: `s${seed}.` });
    journeys.push(...la.journeys.slice(0, target - journeys.length));
  }
  const store = await openTestStore();
  const laId = randomUUID();
  try {
    await withTenant(store.db, laId, async (tx) => {
      await tx.insertInto('local_authority').values({ id: laId, name: 'Baseline', dfe_code: '999' }).execute();
      for (let i = 0; i < journeys.length; i += 1000) {
        await tx
          .insertInto('child')
          .values(journeys.slice(i, i + 1000).map((j, k) => ({
            local_authority_id: laId, id: j.child.id, child_reference: `B${i + k}`, given_name: 'Synthetic', family_name: 'Child',
            date_of_birth: j.child.dateOfBirth ?? null, expected_date_of_birth: j.child.dateOfBirth ? null : j.child.expectedDateOfBirth ?? '2026-12-01', sex: '9', ethnicity: 'NOBT', nhs_number: null, upn: null,
          })))
          .execute();
      }
      const slim = journeys.map((j) => ({ child: j.child, contacts: j.contacts, referrals: j.referrals, assessments: j.assessments }));
      await insertJourneyRecords(tx, laId, slim, randomUUID);
    });

    const calendar = createCalendar();
    const years = [2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028];
    const holidays = years.flatMap((y) => calendar.bankHolidays(y).map((h) => h.date));

    const s0 = performance.now();
    const rows = await withTenant(store.db, laId, async (tx) => {
      await sql`create temporary table bank_holiday (day date primary key) on commit drop`.execute(tx);
      await sql`insert into bank_holiday select unnest(${holidays}::date[])`.execute(tx);
      const result = await sql<{ child_id: string; record_id: string; clock_id: string; due: string; state: string }>`
        with cal as (
          select d::date as day, (extract(isodow from d) < 6 and not exists (select 1 from bank_holiday b where b.day = d::date)) as working
          from generate_series(date '2000-01-01', date '2028-12-31', interval '1 day') d
        ),
        numbered as (select day, working, sum(case when working then 1 else 0 end) over (order by day) as wd from cal),
        starts as (
          select child_id, data->>'id' as record_id, 'contact-decision' as clock_id, 1 as n,
                 (case when data->>'receivedAt' ~ '(Z|[+-][0-9]{2}:[0-9]{2})$' then ((data->>'receivedAt')::timestamptz at time zone 'Europe/London')::date
                       else (data->>'receivedAt')::timestamp::date end) as start_day,
                 (case when data->>'decidedAt' is null then null
                       when data->>'decidedAt' ~ '(Z|[+-][0-9]{2}:[0-9]{2})$' then ((data->>'decidedAt')::timestamptz at time zone 'Europe/London')::date
                       else (data->>'decidedAt')::timestamp::date end) as completed
          from journey_record where record_type = 'contacts'
          union all
          select r.child_id, r.data->>'id', 'child-and-family-assessment', 45, (r.data->>'referralDate')::date,
                 (select min((a.data->>'authorisedDate')::date) from journey_record a
                   where a.record_type = 'assessments' and a.child_id = r.child_id and a.data->>'referralId' = r.data->>'id')
          from journey_record r where r.record_type = 'referrals'
        )
        select s.child_id::text as child_id, s.record_id, s.clock_id, due.day::text as due,
               case when s.completed is not null and s.completed <= ${asAt}::date then (case when s.completed <= due.day then 'met_on_time' else 'met_late' end)
                    when ${asAt}::date > due.day then 'overdue'
                    when due.wd - (select wd from numbered where day = ${asAt}::date) <= 5 then 'due_soon'
                    else 'upcoming' end as state
        from starts s
        join numbered n0 on n0.day = s.start_day
        join lateral (select n.day, n.wd from numbered n where n.wd = n0.wd + s.n and n.working order by n.day limit 1) due on true
        where s.start_day <= ${asAt}::date`.execute(tx);
      return result.rows;
    });
    const sqlMs = performance.now() - s0;

    const e0 = performance.now();
    const engineRows = journeys.flatMap((j) => computeClocks(j, { settings: DEFAULT_LOCAL_STANDARDS, calendar, asAt, clocks: [contactDecision, childAndFamilyAssessment] }));
    const lanternEngineMs = performance.now() - e0;

    // Cross-check. The SQL leaves out what the engine adds beyond the bare rule (a referral closed with no
    // further action stops its clock), so compare due dates always and states where the engine did not stop.
    const byKey = new Map(rows.map((r) => [`${r.child_id}|${r.clock_id}|${r.record_id}`, r]));
    let mismatches = 0;
    for (const e of engineRows) {
      const s = byKey.get(`${e.childId}|${e.clockId}|${e.recordId}`);
      if (!s || s.due !== e.due || (e.state !== 'stopped' && s.state !== e.state)) mismatches++;
    }
    return {
      engine: store.engine,
      children: journeys.length,
      clockInstances: engineRows.length,
      sqlMs: Math.round(sqlMs),
      lanternEngineMs: Math.round(lanternEngineMs),
      speedup: +(sqlMs / Math.max(lanternEngineMs, 1)).toFixed(1),
      mismatches,
    };
  } finally {
    await store.close();
  }
}
