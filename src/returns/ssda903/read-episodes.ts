// Reading one child's SSDA903 episodes back into Lantern's periods of care, legal statuses and placements:
// the inverse of episodes.ts, which writes an episode each time the legal status or the placement changes.
// Pure: the child's episode rows (checked field by field, dates made ISO) in; imported records out.
//
// DfE rules the chain must keep (rule codes from ../shared/standards/rule-catalogues/903_2026_27_rule_info.csv):
// DEC and REC both given or both blank (148); DEC not before DECOM (356); a new episode only once the one
// before has ended (142) and not before it ended (no overlap); X1 means the next episode begins the same
// day (388); after care ends the next episode starts RNE S (432), and while care goes on it does not.
// A child's episodes make their periods of care together, so when one row breaks the chain every episode
// row of the child is refused (each with the line to correct), rather than importing half a history.
//
// How the chain becomes records:
// - A period of care runs from an episode with RNE S to the first episode whose REC is not X1: its DEC is
//   the period's end and its REC the reason care ended; CIN is the period's category of need (the first
//   episode's: Lantern holds one per period).
// - A legal status runs while LS stays the same (RNE L with the same LS is an order renewed: no change,
//   as episodes.ts and rules 434-436 treat it).
// - A placement runs until RNE says the placement changed (P, T, B, U: a move to carers whose details look
//   the same is still a move) or PLACE, PLACE_PROVIDER or PL_POST change. REASON_PLACE_CHANGE is the
//   placement's reason for change when it ended in a move (not for a temporary placement, rule 226). The
//   1 April 2025 re-coding of an open H5 or P2 placement as K3 (episodes.ts) is the same placement.
// - A blank DEC means "not ended by the end of the return's year", not "never ended": the end is left out,
//   so a later end already held is kept (a year's file cannot reopen a placement).
// - The first episode of a period that began before the file (RNE not S) continues records the file has
//   not seen begin: the period, and the placement (RNE L) or the legal status (RNE P or T), are found as
//   the one in force on its DECOM (ImportedRecord.inForceOn); if none is held, one is made starting on that
//   DECOM, the earliest day the file shows, and the period keeps the RNE it was first seen with (so an
//   export gives the same episode back). docs/returns.md says so.
import type { ImportedRecord, Rejection } from '../import-batch.ts';
import { TEMPORARY_PLACEMENT_TYPES } from '../../practice/journey/looked-after-codes.ts';
import { PLACEMENT_TYPES_WITHDRAWN } from '../../practice/journey/looked-after-codes.ts';
import { SCHEMA_2025_STARTS } from './episodes.ts';
import { dmy } from './columns.ts';

/** One episode row, its fields checked and its dates ISO. */
export interface EpisodeRow {
  line: number;
  decom: string;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string;
  dec: string | null;
  rec: string;
  reasonPlaceChange: string;
  /** Normalised as the DfE writes it (episodes.ts postcode()); '' when blank. */
  plPost: string;
}

const PLACEMENT_CHANGED = new Set(['P', 'T', 'B', 'U']);

/**
 * Placed with (Placement.placedWith; not in the file, so a default for a new placement only): P1 is with a
 * parent (CPPCR 2010 reg 19), U1 to U3 with relatives or friends, connected persons (reg 24); else other.
 */
export const placedWithFor = (place: string): 'parent' | 'connected_person' | 'other' =>
  place === 'P1' ? 'parent' : place === 'U1' || place === 'U2' || place === 'U3' ? 'connected_person' : 'other';

/** The chain's problems: each a rejection of one row's field. */
function chainProblems(file: string, rows: readonly EpisodeRow[]): Rejection[] {
  const problems: Rejection[] = [];
  const at = (row: EpisodeRow, field: string, reason: string): void => void problems.push({ file, line: row.line, field, reason });
  rows.forEach((row, i) => {
    if (row.dec !== null && row.dec < row.decom) at(row, 'DEC', `DEC ${dmy(row.dec)} is before DECOM ${dmy(row.decom)} (rule 356)`);
    if (row.dec !== null && row.rec === '') at(row, 'REC', `DEC ${dmy(row.dec)} is given but REC is blank: give the reason the episode ended, X1 if another began that day (rule 148)`);
    if (row.dec === null && row.rec !== '') at(row, 'DEC', `REC ${row.rec} is given but DEC is blank: an episode still open has no reason it ended; give both or neither (rule 148)`);
    const before = rows[i - 1];
    if (before) {
      if (before.dec === null) at(row, 'DECOM', `this episode begins on ${dmy(row.decom)} but the child's episode before it (line ${before.line}, DECOM ${dmy(before.decom)}) has not ended (rule 142)`);
      else if (before.dec > row.decom) at(row, 'DECOM', `DECOM ${dmy(row.decom)} is before the episode on line ${before.line} ended (${dmy(before.dec)}): episodes must not overlap`);
      else if (before.rec === 'X1' && before.dec !== row.decom) at(row, 'DECOM', `the episode on line ${before.line} ended X1 on ${dmy(before.dec)}, so the next should begin that day, not ${dmy(row.decom)} (rule 388)`);
      else if (before.rec === 'X1' && row.rne === 'S') at(row, 'RNE', `RNE S (started to be looked after) but the episode on line ${before.line} ended X1: the child was still looked after`);
      else if (before.rec !== 'X1' && before.rec !== '' && row.rne !== 'S') at(row, 'RNE', `the child left care on ${dmy(before.dec)} (line ${before.line}, REC ${before.rec}), so this episode must start RNE S, not ${row.rne} (rule 432)`);
    }
    if (!rows[i + 1] && row.rec === 'X1' && row.dec !== null) at(row, 'REC', `REC X1 says a new episode began on ${dmy(row.dec)}, but there is none (rule 388)`);
  });
  return problems;
}

/** Whether `row` continues the placement of `before`: the same carers and details, or the 1 April 2025 re-coding to K3. */
function samePlacement(before: EpisodeRow, row: EpisodeRow): boolean {
  const sameDetails = before.provider === row.provider && before.plPost === row.plPost;
  const recoded = row.decom === SCHEMA_2025_STARTS && row.place === 'K3' && PLACEMENT_TYPES_WITHDRAWN.includes(before.place) && before.reasonPlaceChange === 'PLACE';
  if (recoded && sameDetails) return true;
  return !PLACEMENT_CHANGED.has(row.rne) && before.place === row.place && sameDetails;
}

/** Runs of consecutive rows that belong together (one legal status, one placement). */
function runs(rows: readonly EpisodeRow[], together: (before: EpisodeRow, row: EpisodeRow) => boolean): EpisodeRow[][] {
  const out: EpisodeRow[][] = [];
  rows.forEach((row, i) => (i > 0 && together(rows[i - 1]!, row) ? out.at(-1)!.push(row) : out.push([row])));
  return out;
}

export interface ReadEpisodes {
  records: ImportedRecord[];
  rejected: Rejection[];
}

/**
 * One child's episode rows, in any order, to their journey records (or every row refused, with the
 * reasons). `refusedLines`: the child's rows already refused for a field, which refuse the rest.
 */
export function readChildEpisodes(file: string, unsorted: readonly EpisodeRow[], refusedLines: readonly number[] = []): ReadEpisodes {
  const rows = [...unsorted].sort((a, b) => (a.decom < b.decom ? -1 : a.decom > b.decom ? 1 : a.line - b.line));
  const problems = refusedLines.length ? [] : chainProblems(file, rows);
  if (problems.length || refusedLines.length) {
    const lines = [...new Set([...refusedLines, ...problems.map((p) => p.line)])].sort((a, b) => a - b);
    const others = rows
      .filter((r) => !lines.includes(r.line))
      .map((r): Rejection => ({ file, line: r.line, field: null, reason: `not imported: this child's episodes make their periods of care together, and line${lines.length > 1 ? 's' : ''} ${lines.join(', ')} ${lines.length > 1 ? 'are' : 'is'} refused` }));
    return { records: [], rejected: [...problems, ...others].sort((a, b) => a.line - b.line) };
  }

  const records: ImportedRecord[] = [];
  // Periods: a new one after each episode whose REC ends care (not X1, not blank).
  const periods = runs(rows, (before) => before.rec === 'X1');
  for (const period of periods) {
    const first = period[0]!;
    const last = period.at(-1)!;
    const continuing = first.rne !== 'S';
    const ended = last.rec !== '' && last.rec !== 'X1';
    const source = { file, line: first.line };
    const periodKey = continuing ? { match: {}, inForceOn: first.decom } : { match: { startDate: first.decom } };
    records.push({
      recordType: 'periodsOfCare',
      ...periodKey,
      fields: {
        ...(continuing ? {} : { startDate: first.decom, reasonForNewEpisode: 'S' }),
        categoryOfNeed: first.cin,
        ...(ended ? { endDate: last.dec, reasonCeased: last.rec } : {}),
      },
      // Begun before the file: the earliest day the file shows, and the RNE it was first seen with.
      ...(continuing ? { defaults: { startDate: first.decom, reasonForNewEpisode: first.rne } } : {}),
      source,
    });
    const periodRef = { periodOfCareId: { recordType: 'periodsOfCare' as const, ...periodKey } };

    runs(period, (before, row) => before.ls === row.ls).forEach((run, i, all) => {
      const start = run[0]!;
      // RNE P or T on the file's first episode: the legal status was already in force.
      const fromBefore = i === 0 && continuing && (first.rne === 'P' || first.rne === 'T');
      const next = all[i + 1];
      const endDate = next ? next[0]!.decom : ended ? last.dec : undefined;
      records.push({
        recordType: 'legalStatuses',
        ...(fromBefore ? { match: {}, inForceOn: start.decom, defaults: { startDate: start.decom } } : { match: { startDate: start.decom } }),
        fields: { code: start.ls, ...(fromBefore ? {} : { startDate: start.decom }), ...(endDate !== undefined ? { endDate } : {}) },
        source: { file, line: start.line },
      });
    });

    runs(period, samePlacement).forEach((run, i, all) => {
      const start = run[0]!;
      const end = run.at(-1)!;
      // The file's first episode a K3 on 1 April 2025 with the same carers (RNE T, or U with a new legal
      // status): an H5 or P2 placement re-coded by the 2025 schema, as episodes.ts exports one open that
      // day (the episode before it, ending X1 that day, is not in a 2025/26 file). It is the placement in
      // force, keeping the type it holds; a new one is K3.
      const recoded = i === 0 && continuing && start.decom === SCHEMA_2025_STARTS && start.place === 'K3' && (first.rne === 'T' || first.rne === 'U');
      // RNE L on the file's first episode: the placement was already in force.
      const fromBefore = recoded || (i === 0 && continuing && !PLACEMENT_CHANGED.has(first.rne));
      const next = all[i + 1];
      const moved = next !== undefined && !TEMPORARY_PLACEMENT_TYPES.includes(start.place);
      const endDate = next ? next[0]!.decom : ended ? last.dec : undefined;
      records.push({
        recordType: 'placements',
        ...(fromBefore ? { match: {}, inForceOn: start.decom } : { match: { startDate: start.decom } }),
        fields: {
          ...(fromBefore ? {} : { startDate: start.decom }),
          ...(recoded ? {} : { typeCode: start.place }),
          providerCode: start.provider || null,
          postcode: start.plPost || null,
          ...(endDate !== undefined ? { endDate } : {}),
          ...(moved ? { reasonForChange: end.reasonPlaceChange || null } : {}),
        },
        defaults: { placedWith: placedWithFor(start.place), ...(fromBefore ? { startDate: start.decom } : {}), ...(recoded ? { typeCode: start.place } : {}) },
        refs: periodRef,
        source: { file, line: start.line },
      });
    });
  }
  return { records, rejected: [] };
}
