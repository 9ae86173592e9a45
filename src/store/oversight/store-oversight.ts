// Storing each child's oversight summary (practice/oversight/oversight-summary.ts) from journeys and
// clocks already in hand, in the caller's transaction. Called from store/clocks/recompute-clocks.ts
// storeClocksOf, beside the drift summary, so every path that keeps a child's clocks current (every
// write, every allocation, the nightly rebuild, a change of local standards, the synthetic loader)
// keeps the summary current too, and the team board reads one row per child.
import { childOversight, type ClockDue } from '../../practice/oversight/oversight-summary.ts';
import { currentHolder } from '../../practice/oversight/drift.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Tx } from '../tenant.ts';
import { replaceChildRows } from '../bulk-insert.ts';

const OVERSIGHT_COLUMNS = [
  ['local_authority_id', 'uuid'], ['child_id', 'uuid'], ['worker_id', 'uuid'], ['team_id', 'uuid'], ['open_due_dates', 'date[]'], ['due_soon_dates', 'date[]'],
  ['kinds', 'text[]'], ['last_oversight_date', 'date'], ['allocation_starts', 'date[]'], ['valid_from', 'date'], ['valid_until', 'date'], ['computed_as_at', 'timestamptz'],
] as const;

export async function storeOversightOf(tx: Tx, localAuthorityId: string, journeys: readonly Journey[], clocksOf: ReadonlyMap<string, readonly ClockDue[]>, now: Date): Promise<void> {
  const today = englandDateOf(now);
  const asAt = now.toISOString();
  await replaceChildRows(tx, 'child_oversight', OVERSIGHT_COLUMNS, journeys, (journey) => {
    const summary = childOversight(journey, clocksOf.get(journey.child.id) ?? [], today);
    const holder = currentHolder(journey);
    return {
      local_authority_id: localAuthorityId,
      child_id: journey.child.id,
      worker_id: holder.workerId,
      team_id: holder.teamId,
      open_due_dates: summary.openDueDates,
      due_soon_dates: summary.dueSoonDates,
      kinds: summary.kinds,
      last_oversight_date: summary.lastOversight,
      allocation_starts: summary.allocationStarts,
      valid_from: summary.validFrom,
      valid_until: summary.validUntil,
      computed_as_at: asAt,
    };
  });
}
