// All three returns at once (issue 8: the CIN census XML, the SSDA903 CSV files and Ofsted's Annex A
// workbook for a Croydon-size LA in ≤ 10 s): one transaction reads the LA's journeys once, holding every
// record type any of the three uses, and each return is built and audited from that read exactly as its
// own export builds and audits it (three audit rows, as three separate exports would leave). Measured on
// PGlite, reading the journeys was most of each export's time, so reading them once is most of the saving.
import type { Kysely } from 'kysely';
import { collectionYearOf } from '../../returns/ssda903/build-ssda903.ts';
import type { Database } from '../schema.ts';
import { withTenant } from '../tenant.ts';
import { annexAExportOf, annexAForLaIn, type AnnexAExport } from './export-annex-a.ts';
import { cinCensusForLaIn } from './export-cin-census.ts';
import { ssda903ForLaIn, type Ssda903Export } from './export-ssda903.ts';
import { ALL_RETURNS_RECORD_TYPES, loadReturnsJourneys } from './returns-journeys.ts';

export interface AllReturns {
  /** The collection year (ending 31 March) holding the as-at day: the CIN census's and SSDA903's year. */
  year: number;
  asAt: string;
  cinCensus: string;
  ssda903: Ssda903Export;
  annexA: AnnexAExport;
  /** Where the time went: reading the journeys once, then each return (build and audit; Annex A's workbook too). */
  milliseconds: { read: number; cinCensus: number; ssda903: number; annexA: number };
}

/**
 * The three returns of one LA as at a day, run as the system (audited as "lantern export", as the
 * command line's single exports are): the CIN census and SSDA903 for the collection year holding the
 * day, Annex A as at the day.
 */
export async function exportAllReturns(db: Kysely<Database>, localAuthorityId: string, asAt: string, now: Date): Promise<AllReturns> {
  const year = collectionYearOf(asAt);
  const mark = (): number => performance.now();
  const t0 = mark();
  const built = await withTenant(db, localAuthorityId, async (tx) => {
    const journeys = await loadReturnsJourneys(tx, 'all', ALL_RETURNS_RECORD_TYPES);
    const t1 = mark();
    const cinCensus = await cinCensusForLaIn(tx, localAuthorityId, year, now, journeys);
    const t2 = mark();
    const ssda903 = await ssda903ForLaIn(tx, localAuthorityId, year, now, journeys);
    const t3 = mark();
    const annexA = await annexAForLaIn(tx, localAuthorityId, asAt, now, undefined, journeys);
    return { cinCensus, ssda903, annexA, t1, t2, t3 };
  });
  const t4 = mark();
  const annexA = await annexAExportOf(built.annexA, now);
  const t5 = mark();
  const ms = (a: number, b: number): number => Math.round(b - a);
  return {
    year,
    asAt,
    cinCensus: built.cinCensus,
    ssda903: built.ssda903,
    annexA,
    milliseconds: { read: ms(t0, built.t1), cinCensus: ms(built.t1, built.t2), ssda903: ms(built.t2, built.t3), annexA: ms(built.t3, t4) + ms(t4, t5) },
  };
}
