// DfE returns on demand (analysts, heads of service, directors, administrators): the children in need
// census XML and each SSDA903 CSV file for a collection year, and Ofsted's Annex A workbook as at a
// day, as downloads. Every export is audited.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { exportCinCensus } from '../../store/returns/export-cin-census.ts';
import { exportSsda903File } from '../../store/returns/export-ssda903.ts';
import { exportAnnexA } from '../../store/returns/export-annex-a.ts';
import { SSDA903_FILES, isSsda903File } from '../../returns/ssda903/columns.ts';
import { CinCensusError } from '../../returns/cin-census/build-cin-census.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ReturnsPage } from '../../../web/src/pages/returns.tsx';

/** YYYY-MM-DD naming a day that exists (not 2025-02-30). */
export function isRealDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function returnsPage(session: ReturnType<typeof sessionOf>, current: number) {
  return { nav: navigationFor(session.actor, '/returns'), user: userBanner(session.actor), csrfToken: session.csrfToken, years: [current, current - 1, current - 2], ssda903Files: SSDA903_FILES };
}

const YearQuery = Type.Object({ year: Type.String({ pattern: '^20\\d{2}$' }) }, { additionalProperties: false });
const Ssda903Params = Type.Object({ file: Type.String({ maxLength: 40 }) }, { additionalProperties: false });

export async function returnsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/returns', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'export_returns')) throw new HttpError(404, 'Not found');
    const today = englandDateOf(app.lantern.now());
    // The latest census year that has ended, and the one in progress.
    const current = Number(today.slice(0, 4)) + (today.slice(5) > '03-31' ? 1 : 0);
    return renderPage(reply, ReturnsPage({ ...returnsPage(session, current), annexA: { day: today.slice(8), month: today.slice(5, 7), year: today.slice(0, 4) } }));
  });

  // Ofsted's Annex A as at a day: /returns/annex-a.xlsx?asAt=2025-03-31, or the day, month and year boxes
  // of the form on /returns (asAt-day, asAt-month, asAt-year). A day that is not a real date, or is after
  // today, shows the form again with the error (a future day would report records not yet made).
  app.get('/returns/annex-a.xlsx', async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'export_returns')) throw new HttpError(404, 'Not found');
    const query = request.query as Record<string, unknown>;
    const text = (name: string): string => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
    const typed = { day: text('asAt-day'), month: text('asAt-month'), year: text('asAt-year') };
    const asAt = text('asAt') || (typed.year && typed.month && typed.day ? `${typed.year}-${typed.month.padStart(2, '0')}-${typed.day.padStart(2, '0')}` : '');
    const today = englandDateOf(app.lantern.now());
    const problem = !isRealDate(asAt)
      ? 'Enter the date the Annex A is as at as a real date, for example 31 3 2025'
      : asAt > today ? 'The date the Annex A is as at must be today or in the past' : null;
    if (problem) {
      const current = Number(today.slice(0, 4)) + (today.slice(5) > '03-31' ? 1 : 0);
      const values = text('asAt') && /^\d{4}-\d{2}-\d{2}$/.test(text('asAt')) ? { day: asAt.slice(8), month: asAt.slice(5, 7), year: asAt.slice(0, 4) } : typed;
      return renderPage(reply.code(400), ReturnsPage({ ...returnsPage(session, current), annexA: { ...values, error: problem } }));
    }
    const { workbook, dfeCode } = await exportAnnexA(app.lantern.db, session.actor, originOf(request), asAt, app.lantern.now());
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="annex-a-${dfeCode}-${asAt}.xlsx"`)
      .send(workbook);
  });

  app.get('/returns/cin-census.xml', { schema: { querystring: YearQuery } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'export_returns')) throw new HttpError(404, 'Not found');
    const year = Number((request.query as Static<typeof YearQuery>).year);
    try {
      const { xml } = await exportCinCensus(app.lantern.db, session.actor, originOf(request), year, app.lantern.now());
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="cin-census-${year - 1}-${String(year).slice(2)}.xml"`)
        .send(xml);
    } catch (error) {
      if (error instanceof CinCensusError) throw new HttpError(400, error.message);
      throw error;
    }
  });

  // One file of the SSDA903 return, e.g. /returns/ssda903/episodes.csv?year=2026: a link per file, as a zip
  // of them all would need a dependency (the command line writes them all to a folder).
  app.get('/returns/ssda903/:file', { schema: { params: Ssda903Params, querystring: YearQuery } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'export_returns')) throw new HttpError(404, 'Not found');
    const { file } = request.params as Static<typeof Ssda903Params>;
    const name = file.slice(0, -'.csv'.length);
    if (!file.endsWith('.csv') || !isSsda903File(name)) throw new HttpError(404, 'Not found');
    const year = Number((request.query as Static<typeof YearQuery>).year);
    const { csv } = await exportSsda903File(app.lantern.db, session.actor, originOf(request), year, name, app.lantern.now());
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="ssda903-${year - 1}-${String(year).slice(2)}-${name}.csv"`)
      .send(csv);
  });
}
