// Storing each child's drift summary (practice/oversight/drift.ts) from journeys already in hand, in the
// caller's transaction. Called wherever a child's clocks are stored (every write, every allocation, the
// nightly rebuild and the synthetic loader: store/clocks/recompute-clocks.ts storeClocksOf), so the drift
// list reads one row per child instead of parsing every journey per request.
import { childDrift, currentHolder } from '../../practice/oversight/drift.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Tx } from '../tenant.ts';
import { replaceChildRows } from '../bulk-insert.ts';

const DRIFT_COLUMNS = [
  ['local_authority_id', 'uuid'], ['child_id', 'uuid'], ['last_progress_date', 'date'], ['last_progress_kind', 'text'], ['last_progress_what', 'text'],
  ['carried_actions', 'integer'], ['worker_id', 'uuid'], ['team_id', 'uuid'], ['computed_as_at', 'timestamptz'],
] as const;

export async function storeDriftOf(tx: Tx, localAuthorityId: string, journeys: readonly Journey[], now: Date): Promise<void> {
  const today = englandDateOf(now);
  const asAt = now.toISOString();
  await replaceChildRows(tx, 'child_drift', DRIFT_COLUMNS, journeys, (journey) => {
    const drift = childDrift(journey, today);
    const holder = currentHolder(journey);
    return {
      local_authority_id: localAuthorityId,
      child_id: journey.child.id,
      last_progress_date: drift.lastProgress?.date ?? null,
      last_progress_kind: drift.lastProgress?.kind ?? null,
      // Bounded: an "action done" names the action, which may be long.
      last_progress_what: drift.lastProgress ? drift.lastProgress.what.slice(0, 300) : null,
      carried_actions: drift.carriedActions.length,
      worker_id: holder.workerId,
      team_id: holder.teamId,
      computed_as_at: asAt,
    };
  });
}
