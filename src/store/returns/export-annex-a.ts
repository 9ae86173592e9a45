// Exporting Ofsted's Annex A workbook as at a date: the LA's children with any record Annex A lists, the
// adopter households, and the names of the teams and workers holding cases, loaded in a few set-based
// queries (no query per child: the Croydon-size LA exports all three returns in 10 s), built by the pure
// returns/annex-a builder. Only roles with `export_returns` may export (the route checks); each export is
// audited with what it held: the rows in each list and the children in them.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit, recordSystemAudit } from '../../access/audit.ts';
import { buildAnnexA, defaultPeriodStart, type AnnexAInput, type AnnexARows } from '../../returns/annex-a/build-annex-a.ts';
import { ANNEX_A_LISTS } from '../../returns/annex-a/columns.ts';
import { annexAWorkbook } from '../../returns/annex-a/workbook.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { journeyOf } from './export-cin-census.ts';
import { ANNEX_A_RECORD_TYPES, loadReturnsJourneys } from './returns-journeys.ts';
import { householdOfRow } from '../adopters/adopter-household-row.ts';

/** The record types that put a child in some list (a child with only case notes is in none). */
const LISTED_RECORDS = ['contacts', 'earlyHelp', 'referrals', 'assessments', 's47Enquiries', 'cpPlans', 'periodsOfCare', 'careLeaver', 'adoption'];

async function annexAInput(tx: Tx, localAuthorityId: string, asAt: string, periodStart?: string, loaded?: ReadonlyMap<string, Journey>): Promise<{ input: AnnexAInput; idOf: Map<string, string>; dfeCode: string }> {
  const la = await tx.selectFrom('local_authority').select(['name', 'dfe_code']).where('id', '=', localAuthorityId).executeTakeFirstOrThrow();
  const rows = await tx
    .selectFrom('child')
    .select(['id', 'child_reference', 'date_of_birth', 'sex', 'ethnicity', 'disabilities', 'unaccompanied_asylum_seeking'])
    .where('id', 'in', (eb) => eb.selectFrom('journey_record').select('child_id').where('record_type', 'in', LISTED_RECORDS))
    .orderBy('child_reference')
    .execute();
  const [journeys, households, teams, workers] = await Promise.all([
    // Most of the LA's children are in some list: reading them all is cheaper than naming thousands of ids.
    loaded ?? loadReturnsJourneys(tx, 'all', ANNEX_A_RECORD_TYPES),
    tx.selectFrom('adopter_household').selectAll().orderBy('family_reference').execute(),
    tx.selectFrom('team').select(['id', 'name']).execute(),
    tx.selectFrom('staff_user').select(['id', 'display_name']).execute(),
  ]);
  const input: AnnexAInput = {
    la: { name: la.name },
    asAt,
    periodStart: periodStart ?? defaultPeriodStart(asAt),
    children: rows.map((r) => ({
      childReference: r.child_reference,
      sex: r.sex,
      ethnicity: r.ethnicity,
      dateOfBirth: r.date_of_birth,
      disabilities: r.disabilities,
      uasc: r.unaccompanied_asylum_seeking,
      journey: journeyOf(journeys, r.id),
    })),
    households: households.map(householdOfRow),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
    workerNames: new Map(workers.map((w) => [w.id, w.display_name])),
  };
  return { input, idOf: new Map(rows.map((r) => [r.child_reference, r.id])), dfeCode: la.dfe_code };
}

/** What the audit row says the export held: rows per list, and the children (Lantern ids) in lists 1–10. */
function held(rows: AnnexARows, idOf: Map<string, string>): { rows: Record<string, number>; children: string[] } {
  const counts: Record<string, number> = {};
  const children = new Set<string>();
  for (const list of ANNEX_A_LISTS) {
    counts[list] = rows[list].length;
    if (list === 'List 11') continue; // adopters, not children
    for (const row of rows[list] as { 'Child Unique ID': string }[]) children.add(idOf.get(row['Child Unique ID']) ?? row['Child Unique ID']);
  }
  return { rows: counts, children: [...children].sort() };
}

export interface AnnexAExport {
  dfeCode: string;
  workbook: Buffer;
  rows: Record<string, number>;
}

/** The workbook for a member of staff; audited as an export of Annex A with the as-at date and what it held. */
export async function exportAnnexA(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, asAt: string, now: Date, periodStart?: string): Promise<AnnexAExport> {
  const { rows, dfeCode, summary } = await withTenant(db, actor.localAuthorityId, async (tx) => {
    const loaded = await annexAInput(tx, actor.localAuthorityId, asAt, periodStart);
    const built = buildAnnexA(loaded.input);
    const summary = held(built, loaded.idOf);
    await recordAudit(tx, actor, origin, now, { action: 'export', recordType: 'annex_a', detail: { asAt, periodStart: loaded.input.periodStart, ...summary } });
    return { rows: built, dfeCode: loaded.dfeCode, summary };
  });
  return { dfeCode, workbook: await annexAWorkbook(rows, now), rows: summary.rows };
}

/**
 * For the command line: one LA's workbook, run as the system. Audited in the LA's own audit trail with no
 * member of staff (actor_username "lantern export"), as the SSDA903 command-line export is.
 */
export async function exportAnnexAForLa(db: Kysely<Database>, localAuthorityId: string, asAt: string, now: Date, periodStart?: string): Promise<AnnexAExport> {
  const built = await withTenant(db, localAuthorityId, (tx) => annexAForLaIn(tx, localAuthorityId, asAt, now, periodStart));
  return annexAExportOf(built, now);
}

export interface AnnexABuilt { rows: AnnexARows; dfeCode: string; summary: { rows: Record<string, number>; children: string[] } }

/**
 * The system export's lists inside the caller's transaction (audited there), from journeys already read
 * if given (exportAllReturns); the workbook is written after the transaction, by annexAExportOf.
 */
export async function annexAForLaIn(tx: Tx, localAuthorityId: string, asAt: string, now: Date, periodStart?: string, journeys?: ReadonlyMap<string, Journey>): Promise<AnnexABuilt> {
  const loaded = await annexAInput(tx, localAuthorityId, asAt, periodStart, journeys);
  const built = buildAnnexA(loaded.input);
  const summary = held(built, loaded.idOf);
  await recordSystemAudit(tx, localAuthorityId, 'lantern export', now, { action: 'export', recordType: 'annex_a', detail: { asAt, periodStart: loaded.input.periodStart, ...summary } });
  return { rows: built, dfeCode: loaded.dfeCode, summary };
}

/** The workbook's bytes for built lists. */
export async function annexAExportOf({ rows, dfeCode, summary }: AnnexABuilt, now: Date): Promise<AnnexAExport> {
  return { dfeCode, workbook: await annexAWorkbook(rows, now), rows: summary.rows };
}
