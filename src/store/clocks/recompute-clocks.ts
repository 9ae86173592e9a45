// Recomputing stored clocks: load the children's journeys, compute every clock as at now with the LA's
// standards and calendar (practice/, pure), and replace the children's stored instances, all inside
// the caller's transaction so the write that prompted it and its clocks commit together.
import { computeClocks } from '../../practice/clocks/engine.ts';
import type { ClockInstance } from '../../practice/clocks/types.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { londonDayOf, toMinute } from '../../practice/clocks/instant.ts';
import { fromDayNumber } from '../../practice/calendar/day-number.ts';
import type { Tx } from '../tenant.ts';
import { loadJourneys } from '../journeys/journey-records.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { loadLocalCalendar, loadLocalStandards } from './local-standards.ts';
import { storeDriftOf } from '../oversight/store-drift.ts';
import { storeOversightOf } from '../oversight/store-oversight.ts';
import type { ClockDue } from '../../practice/oversight/oversight-summary.ts';

const BATCH = 500;
const CLOCK_COLUMNS = [
  ['local_authority_id', 'uuid'], ['child_id', 'uuid'], ['clock_id', 'text'], ['record_id', 'text'], ['occurrence', 'integer'],
  ['started', 'text'], ['due', 'text'], ['due_date', 'date'], ['completed', 'text'], ['stopped_at', 'text'], ['state', 'text'],
  ['lateness', 'integer'], ['lateness_unit', 'text'], ['worker_id', 'uuid'], ['team_id', 'uuid'], ['computed_as_at', 'timestamptz'],
] as const;

function dueDate(instance: ClockInstance): string {
  return instance.due.length === 10 ? instance.due : fromDayNumber(londonDayOf(toMinute(instance.due)));
}

export async function recomputeClocks(tx: Tx, localAuthorityId: string, childIds: readonly string[], now: Date): Promise<number> {
  let written = 0;
  for (let i = 0; i < childIds.length; i += BATCH) {
    const ids = childIds.slice(i, i + BATCH);
    written += await storeClocksOf(tx, localAuthorityId, await loadJourneys(tx, ids), now);
  }
  return written;
}

/**
 * Computes and stores the clocks of journeys already in hand (the synthetic loader has them in memory),
 * replacing those children's stored instances.
 */
export async function storeClocksOf(tx: Tx, localAuthorityId: string, journeys: readonly Journey[], now: Date): Promise<number> {
  if (journeys.length === 0) return 0;
  const { settings } = await loadLocalStandards(tx);
  const calendar = await loadLocalCalendar(tx);
  const asAt = now.toISOString();
  let written = 0;
  const clocksOf = new Map<string, ClockDue[]>();
  for (let i = 0; i < journeys.length; i += BATCH) {
    const batch = journeys.slice(i, i + BATCH);
    const instances = batch.flatMap((journey) => computeClocks(journey, { settings, calendar, asAt }));
    for (const c of instances) {
      const due: ClockDue = { dueDate: dueDate(c), open: (c.completed ?? null) === null && (c.stoppedAt ?? null) === null, dueSoon: c.state === 'due_soon' };
      const list = clocksOf.get(c.childId);
      if (list) list.push(due);
      else clocksOf.set(c.childId, [due]);
    }
    await tx.deleteFrom('clock_instance').where('child_id', 'in', batch.map((j) => j.child.id)).execute();
    await bulkInsert(
      tx,
      'clock_instance',
      CLOCK_COLUMNS,
      instances.map((c) => ({
        local_authority_id: localAuthorityId,
        child_id: c.childId,
        clock_id: c.clockId,
        record_id: c.recordId,
        occurrence: c.occurrence,
        started: c.started,
        due: c.due,
        due_date: dueDate(c),
        completed: c.completed,
        stopped_at: c.stoppedAt,
        state: c.state,
        lateness: c.lateness,
        lateness_unit: c.latenessUnit,
        worker_id: c.workerId,
        team_id: c.teamId,
        computed_as_at: asAt,
      })),
    );
    written += instances.length;
  }
  // The drift summary is derived from the same journeys: stored with the clocks so that every path that
  // keeps clocks current (writes, allocations, rebuild, synthetic load) keeps drift current too.
  await storeDriftOf(tx, localAuthorityId, journeys, now);
  // So is the team board's summary of each child, from the same journeys and the clocks just stored.
  await storeOversightOf(tx, localAuthorityId, journeys, clocksOf, now);
  return written;
}

/** Every child of the transaction's LA. */
export async function recomputeAllClocks(tx: Tx, localAuthorityId: string, now: Date): Promise<number> {
  const children = await tx.selectFrom('child').select('id').orderBy('id').execute();
  return recomputeClocks(tx, localAuthorityId, children.map((c) => c.id), now);
}
