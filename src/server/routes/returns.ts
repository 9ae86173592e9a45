// DfE returns on demand (analysts, heads of service, directors, administrators): the children in need
// census XML for a collection year, as a download. Every export is audited.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { exportCinCensus } from '../../store/returns/export-cin-census.ts';
import { CinCensusError } from '../../returns/cin-census/build-cin-census.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ReturnsPage } from '../../../web/src/pages/returns.tsx';

const YearQuery = Type.Object({ year: Type.String({ pattern: '^20\\d{2}$' }) }, { additionalProperties: false });

export async function returnsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/returns', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'export_returns')) throw new HttpError(404, 'Not found');
    const today = englandDateOf(app.lantern.now());
    // The latest census year that has ended, and the one in progress.
    const current = Number(today.slice(0, 4)) + (today.slice(5) > '03-31' ? 1 : 0);
    return renderPage(reply, ReturnsPage({ nav: navigationFor(session.actor, '/returns'), user: userBanner(session.actor), csrfToken: session.csrfToken, years: [current, current - 1, current - 2] }));
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
}
