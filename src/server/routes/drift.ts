// Drift (issue 7): a team manager's list of their team's children, longest without meaningful progress
// first; a head of service's or director's teams with counts, drilling down to a team's list.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { driftScopeOf } from '../../access/drift-access.ts';
import { serviceDrift, teamDrift } from '../../store/oversight/drift-list.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { DriftServicePage, DriftTeamPage } from '../../../web/src/pages/drift.tsx';

const DriftQuery = Type.Object({ team: Type.Optional(Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' })) }, { additionalProperties: false });

export async function driftRoutes(app: FastifyInstance): Promise<void> {
  app.get('/drift', { schema: { querystring: DriftQuery, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const actor = session.actor;
    const scope = driftScopeOf(actor);
    if (scope === 'none') throw new HttpError(404, 'Not found');
    const { team } = request.query as Static<typeof DriftQuery>;
    const page = { nav: navigationFor(actor, '/drift'), user: userBanner(actor), csrfToken: session.csrfToken };
    if (team || scope === 'team') {
      const list = await teamDrift(app.lantern.db, actor, originOf(request), team ?? actor.teamId, app.lantern.now());
      if (!list) throw new HttpError(404, 'Not found');
      return renderPage(reply, DriftTeamPage({ ...page, list, backToService: scope !== 'team' }));
    }
    const service = await serviceDrift(app.lantern.db, actor, originOf(request), app.lantern.now());
    if (!service) throw new HttpError(404, 'Not found');
    return renderPage(reply, DriftServicePage({ ...page, service }));
  });
}
