// Exporting the SSDA903 return (children looked after) for a collection year: the LA's children who have
// ever been looked after or are care leavers, with their addresses, allocations and journeys, built by
// the pure returns/ssda903 builder. Only roles with `export_returns` may export (the route checks); each
// export is audited with what it held: the rows in each file and the children in them.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit, recordSystemAudit } from '../../access/audit.ts';
import { buildSsda903, ssda903Csv, type Ssda903Files, type Ssda903Identity, type Ssda903Input } from '../../returns/ssda903/build-ssda903.ts';
import { SSDA903_FILES, type Ssda903File } from '../../returns/ssda903/columns.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { collectionYear, journeyOf } from './export-cin-census.ts';
import { loadReturnsJourneys, SSDA903_RECORD_TYPES } from './returns-journeys.ts';

/** The children the return can hold: any with a period of care or a care leaver record. */
async function ssda903Input(tx: Tx, localAuthorityId: string, year: number, loaded?: ReadonlyMap<string, Journey>): Promise<{ input: Ssda903Input; idOf: Map<string, string> }> {
  const la = await tx.selectFrom('local_authority').select('dfe_code').where('id', '=', localAuthorityId).executeTakeFirstOrThrow();
  const rows = await tx
    .selectFrom('child')
    .select(['id', 'child_reference', 'date_of_birth', 'sex', 'ethnicity', 'upn', 'unaccompanied_asylum_seeking'])
    .where('id', 'in', (eb) => eb.selectFrom('journey_record').select('child_id').where('record_type', 'in', ['periodsOfCare', 'careLeaver']))
    .orderBy('child_reference')
    .execute();
  const ids = rows.map((r) => r.id);
  const [addresses, allocations, journeys] = ids.length
    ? await Promise.all([
      tx.selectFrom('child_address').select(['child_id', 'postcode', 'start_date', 'end_date']).where('child_id', 'in', ids).execute(),
      tx.selectFrom('allocation').select(['child_id', 'worker_id', 'start_date', 'end_date', 'end_reason']).where('child_id', 'in', ids).orderBy('start_date').execute(),
      loaded ?? loadReturnsJourneys(tx, ids, SSDA903_RECORD_TYPES),
    ])
    : [[], [], new Map<string, Journey>()];
  const group = <T extends { child_id: string }>(list: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.child_id, [...(map.get(item.child_id) ?? []), item]);
    return map;
  };
  const addressesOf = group(addresses);
  const allocationsOf = group(allocations);
  const children = rows.map((r) => {
    const identity: Ssda903Identity = {
      childReference: r.child_reference,
      dateOfBirth: r.date_of_birth,
      sex: r.sex,
      ethnicity: r.ethnicity,
      upn: r.upn,
      uasc: r.unaccompanied_asylum_seeking,
      addresses: (addressesOf.get(r.id) ?? []).map((a) => ({ postcode: a.postcode, startDate: a.start_date, endDate: a.end_date })),
      allocations: (allocationsOf.get(r.id) ?? []).map((a) => ({ workerId: a.worker_id, startDate: a.start_date, endDate: a.end_date, endReason: a.end_reason })),
    };
    return { identity, journey: journeyOf(journeys, r.id) };
  });
  return { input: { la: { dfeCode: la.dfe_code }, collection: collectionYear(year), children }, idOf: new Map(rows.map((r) => [r.child_reference, r.id])) };
}

/** What the audit row says the export held: rows per file, and the children (Lantern ids) in those files. */
function held(files: Ssda903Files, names: readonly Ssda903File[], idOf: Map<string, string>): { rows: Record<string, number>; children: string[] } {
  const rows: Record<string, number> = {};
  const children = new Set<string>();
  for (const name of names) {
    rows[name] = files[name].length;
    for (const row of files[name]) children.add(idOf.get(row.CHILD) ?? row.CHILD);
  }
  return { rows, children: [...children].sort() };
}

/** One file of the return, as CSV, for a member of staff; audited as an export of that file. */
export async function exportSsda903File(
  db: Kysely<Database>, actor: Actor, origin: RequestOrigin, year: number, file: Ssda903File, now: Date,
): Promise<{ csv: string; rows: number }> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const { input, idOf } = await ssda903Input(tx, actor.localAuthorityId, year);
    const files = buildSsda903(input);
    const csv = ssda903Csv(files)[file];
    await recordAudit(tx, actor, origin, now, { action: 'export', recordType: 'ssda903', detail: { year, file, ...held(files, [file], idOf) } });
    return { csv, rows: files[file].length };
  });
}

/**
 * For the command line: every file, for one LA, run as the system. Audited in the LA's own audit trail
 * with no member of staff (actor_id null), so an export made outside the web app is still on record.
 */
export async function exportSsda903ForLa(db: Kysely<Database>, localAuthorityId: string, year: number, now: Date): Promise<Ssda903Export> {
  return withTenant(db, localAuthorityId, (tx) => ssda903ForLaIn(tx, localAuthorityId, year, now));
}

export interface Ssda903Export { dfeCode: string; files: Record<Ssda903File, string>; rows: Record<string, number> }

/** The system export inside the caller's transaction, from journeys already read if given (exportAllReturns). */
export async function ssda903ForLaIn(tx: Tx, localAuthorityId: string, year: number, now: Date, loaded?: ReadonlyMap<string, Journey>): Promise<Ssda903Export> {
  const { input, idOf } = await ssda903Input(tx, localAuthorityId, year, loaded);
  const files = buildSsda903(input);
  const summary = held(files, SSDA903_FILES, idOf);
  await recordSystemAudit(tx, localAuthorityId, 'lantern export', now, { action: 'export', recordType: 'ssda903', detail: { year, files: 'all', ...summary } });
  return { dfeCode: input.la.dfeCode, files: ssda903Csv(files), rows: summary.rows };
}
