// The facts the service measures read, loaded once per request in one transaction: stored clock instances
// (never recomputed here), a compact projection of the journey records the measures need (only the
// fields they read, built with jsonb operators in the database), allocations, staff and teams.
import { sql } from 'kysely';
import { addMonths } from '../../practice/calendar/periods.ts';
import { fromDayNumber, toDayNumber } from '../../practice/calendar/day-number.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { isJourneySingleType, type JourneyRecordType } from '../../practice/journey/record-types.ts';
import { MEASURES } from '../../practice/measures/evaluate.ts';
import type { MeasureFacts } from '../../practice/measures/types.ts';
import { WORKFORCE_ROLES } from '../../practice/measures/workforce.ts';
import type { Tx } from '../tenant.ts';

/** The fields of each record type that some measure reads. */
const PROJECTION: Partial<Record<JourneyRecordType, readonly string[]>> = {
  contacts: ['receivedAt', 'decidedAt', 'outcome'],
  referrals: ['id', 'referralDate'],
  s47Enquiries: ['id', 'startDate'],
  initialConferences: ['s47EnquiryId', 'date'],
  cpPlans: ['startDate', 'endDate'],
  periodsOfCare: ['id', 'startDate', 'endDate'],
  placements: ['periodOfCareId', 'startDate', 'endDate', 'inLaArea', 'registered', 'typeCode'],
  missingEpisodes: ['startAt', 'returnedAt', 'type', 'returnInterviewCompletedAt'],
  careLeaver: ['eligibility', 'eligibleFrom', 'endDate', 'inTouch', 'inTouchCode', 'activityCode', 'accommodationCode', 'stayingPut', 'personalAdviserAllocatedDate'],
  adoption: ['decisionDate', 'placementOrderDate', 'matchedDate', 'placedDate'],
};

/** The clocks some measure reads. */
export function measuredClockIds(): string[] {
  return [...new Set(MEASURES.flatMap((m) => m.clockIds ?? []))];
}

/**
 * Facts for the 12-month trend to `asAt`: clock instances due in the 24 months to it (the first trend
 * point's window starts 23 months back), and every record of the projected types (re-referrals and second
 * plans look at the child's whole history).
 */
export async function loadMeasureFacts(tx: Tx, asAt: string): Promise<MeasureFacts> {
  const journeys = new Map<string, Journey>();
  const children = await tx.selectFrom('child').select(['id', 'date_of_birth']).execute();
  const dob = new Map(children.map((c) => [c.id, c.date_of_birth as string | null]));
  const journeyOf = (childId: string): Journey => {
    let j = journeys.get(childId);
    if (!j) journeys.set(childId, (j = { child: { id: childId, dateOfBirth: dob.get(childId) ?? null, expectedDateOfBirth: null } }));
    return j;
  };
  for (const [type, fields] of Object.entries(PROJECTION) as [JourneyRecordType, readonly string[]][]) {
    const build = sql.join(fields.map((f) => sql`${sql.lit(f)}::text, data->${sql.lit(f)}`));
    const rows = await tx
      .selectFrom('journey_record')
      .select(['child_id', sql<Record<string, unknown>>`jsonb_build_object(${build})`.as('doc')])
      .where('record_type', '=', type)
      .execute();
    for (const r of rows) {
      const j = journeyOf(r.child_id) as unknown as Record<string, unknown>;
      if (isJourneySingleType(type)) j[type] = r.doc;
      else ((j[type] ??= []) as unknown[]).push(r.doc);
    }
  }
  const from = addMonths(asAt, -24);
  // One row per child and clock, the instances packed as days since 2000-01-01 then + (met on time) or
  // − : a seventh of the rows to carry out of the database, which is most of the cost on the embedded
  // engine (integer days are also cheaper for it to format than dates).
  const packed = await tx
    .selectFrom('clock_instance')
    .select(['child_id', 'clock_id', sql<string>`string_agg((due_date - date '2000-01-01')::text || case when state = 'met_on_time' then '+' else '-' end, ',')`.as('instances')])
    .where('clock_id', 'in', measuredClockIds())
    .where('due_date', '>', from)
    .where('due_date', '<=', asAt)
    .where('state', '<>', 'stopped')
    .groupBy(['child_id', 'clock_id'])
    .execute();
  const epoch = toDayNumber('2000-01-01');
  const dates = new Map<string, string>();
  const dateOf = (days: string): string => {
    let d = dates.get(days);
    if (d === undefined) dates.set(days, (d = fromDayNumber(epoch + Number(days))));
    return d;
  };
  const clocks: MeasureFacts['clocks'] = [];
  for (const row of packed) {
    for (const i of row.instances.split(',')) clocks.push({ childId: row.child_id, clockId: row.clock_id, dueDate: dateOf(i.slice(0, -1)), onTime: i.endsWith('+') });
  }
  const allocations = await tx.selectFrom('allocation').select(['child_id', 'worker_id', 'team_id', 'start_date', 'end_date']).execute();
  const staff = await tx
    .selectFrom('staff_user as s')
    .select(['s.id', 's.display_name', 's.team_id', 's.employment_type', 's.started_on', 's.left_on'])
    .select((eb) => eb.exists(eb.selectFrom('staff_role as r').select(sql`1`.as('one')).whereRef('r.staff_user_id', '=', 's.id').where('r.role', 'in', [...WORKFORCE_ROLES])).as('workforce'))
    .execute();
  const teams = await tx.selectFrom('team').select(['id', 'name', 'service_area', 'establishment']).execute();
  return {
    journeys: [...journeys.values()],
    clocks,
    allocations: allocations.map((a) => ({ childId: a.child_id, workerId: a.worker_id, teamId: a.team_id, startDate: a.start_date as string, endDate: (a.end_date as string | null) ?? null })),
    staff: staff.map((s) => ({ id: s.id, name: s.display_name, teamId: s.team_id, agency: s.employment_type === 'agency', workforce: Boolean(s.workforce), startedOn: s.started_on, leftOn: s.left_on })),
    teams: teams.map((t) => ({ id: t.id, name: t.name, serviceArea: t.service_area, establishment: t.establishment })),
  };
}

/**
 * Drilling down asks for the same LA and date again and again: the facts read for an LA and date are
 * reused for a minute (wall-clock time, not the domain's date), so only the first view of a date pays for
 * the read. A record written in that minute shows on the dashboard when the minute is up. Keyed by LA, and
 * still read inside the caller's tenant transaction, so one LA's facts never serve another.
 */
const REUSE_MS = 60_000;
const MAX_ENTRIES = 4;
const recent = new Map<string, { readAt: number; facts: MeasureFacts }>();

export async function recentMeasureFacts(tx: Tx, localAuthorityId: string, asAt: string): Promise<MeasureFacts> {
  const key = `${localAuthorityId}|${asAt}`;
  const hit = recent.get(key);
  if (hit && performance.now() - hit.readAt < REUSE_MS) return hit.facts;
  const facts = await loadMeasureFacts(tx, asAt);
  recent.delete(key);
  recent.set(key, { readAt: performance.now(), facts });
  while (recent.size > MAX_ENTRIES) recent.delete(recent.keys().next().value!);
  return facts;
}

/** For tests that write and then read the dashboard at once. */
export function forgetRecentMeasureFacts(): void {
  recent.clear();
}
