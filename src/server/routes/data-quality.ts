// Data quality (issue 8): the DfE validation rules broken by a team's children (a team manager) or by
// the LA's (a head of service, analyst or director), counted per rule with the children breaking each.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { dataQualityList } from '../../store/returns/data-quality.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { DataQualityPage } from '../../../web/src/pages/data-quality.tsx';

export async function dataQualityRoutes(app: FastifyInstance): Promise<void> {
  app.get('/data-quality', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const list = await dataQualityList(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    if (!list) throw new HttpError(404, 'Not found');
    return renderPage(reply, DataQualityPage({ nav: navigationFor(session.actor, '/data-quality'), user: userBanner(session.actor), csrfToken: session.csrfToken, list }));
  });
}
