// Exporting the children in need census for a collection year: every child of the LA with their
// journey, built by the pure returns/cin-census builder. Only roles with `export_returns` may export;
// the export is audited with what it held (the children it returned).
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit, recordSystemAudit } from '../../access/audit.ts';
import { buildCinCensus, type CinCensusIdentity } from '../../returns/cin-census/build-cin-census.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { CIN_CENSUS_RECORD_TYPES, loadReturnsJourneys } from './returns-journeys.ts';

/** A child's journey from a read of the LA's journeys (every child of the LA is in it). */
export function journeyOf(journeys: ReadonlyMap<string, Journey>, childId: string): Journey {
  const journey = journeys.get(childId);
  if (!journey) throw new Error(`no journey was read for child ${childId}`);
  return journey;
}

/** The census year ending on 31 March of `year` (the DfE's "2025/26" census has year 2026). */
export function collectionYear(year: number): { start: string; end: string } {
  return { start: `${year - 1}-04-01`, end: `${year}-03-31` };
}

/** Every child of the LA with their journey (read here, or given when the three returns are exported from one read). */
async function censusInput(tx: Tx, localAuthorityId: string, year: number, loaded?: ReadonlyMap<string, Journey>) {
  const la = await tx.selectFrom('local_authority').select('dfe_code').where('id', '=', localAuthorityId).executeTakeFirstOrThrow();
  const rows = await tx
    .selectFrom('child')
    .select(['id', 'child_reference', 'date_of_birth', 'expected_date_of_birth', 'sex', 'ethnicity', 'upn', 'disabilities', 'unaccompanied_asylum_seeking'])
    .orderBy('child_reference')
    .execute();
  const journeys = loaded ?? await loadReturnsJourneys(tx, 'all', CIN_CENSUS_RECORD_TYPES);
  const children = rows.map((r) => {
    const identity: CinCensusIdentity = {
      childReference: r.child_reference,
      dateOfBirth: r.date_of_birth,
      expectedDateOfBirth: r.expected_date_of_birth,
      sex: r.sex,
      ethnicity: r.ethnicity,
      upn: r.upn,
      disabilities: r.disabilities,
      uasc: r.unaccompanied_asylum_seeking,
    };
    return { identity, journey: journeyOf(journeys, r.id) };
  });
  return { la: { dfeCode: la.dfe_code }, collection: collectionYear(year), children };
}

export async function exportCinCensus(db: Kysely<Database>, actor: Actor, origin: RequestOrigin, year: number, now: Date): Promise<{ xml: string; children: number }> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const input = await censusInput(tx, actor.localAuthorityId, year);
    const xml = buildCinCensus(input);
    const children = (xml.match(/<Child>/g) ?? []).length;
    await recordAudit(tx, actor, origin, now, { action: 'export', recordType: 'cin_census', detail: { year, children } });
    return { xml, children };
  });
}

/** For the command line: the same export, run as the system for one LA (audited as a system export). */
export async function exportCinCensusForLa(db: Kysely<Database>, localAuthorityId: string, year: number, now: Date): Promise<string> {
  return withTenant(db, localAuthorityId, (tx) => cinCensusForLaIn(tx, localAuthorityId, year, now));
}

/** The system export inside the caller's transaction, from journeys already read if given (exportAllReturns). */
export async function cinCensusForLaIn(tx: Tx, localAuthorityId: string, year: number, now: Date, loaded?: ReadonlyMap<string, Journey>): Promise<string> {
  const xml = buildCinCensus(await censusInput(tx, localAuthorityId, year, loaded));
  const children = (xml.match(/<Child>/g) ?? []).length;
  await recordSystemAudit(tx, localAuthorityId, 'lantern export', now, { action: 'export', recordType: 'cin_census', detail: { year, children } });
  return xml;
}
