// The daily missing list, and a personal adviser's care leavers.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { dailyMissingList } from '../../store/missing/daily-missing-list.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { MissingListPage } from '../../../web/src/pages/missing-list.tsx';
import { CareLeaverCaseloadPage } from '../../../web/src/pages/care-leaver-caseload.tsx';
import { personalAdviserCaseload } from '../../store/care-leavers/personal-adviser-caseload.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';

export async function missingRoutes(app: FastifyInstance): Promise<void> {
  app.get('/missing', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_missing_list')) throw new HttpError(404, 'Not found');
    const list = await dailyMissingList(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    return renderPage(reply, MissingListPage({ nav: navigationFor(session.actor, '/missing'), user: userBanner(session.actor), csrfToken: session.csrfToken, list }));
  });
}

export async function careLeaverRoutes(app: FastifyInstance): Promise<void> {
  app.get('/care-leavers/mine', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_own_care_leavers')) throw new HttpError(404, 'Not found');
    const now = app.lantern.now();
    const rows = await personalAdviserCaseload(app.lantern.db, session.actor, originOf(request), now);
    return renderPage(reply, CareLeaverCaseloadPage({ nav: navigationFor(session.actor, '/care-leavers/mine'), user: userBanner(session.actor), csrfToken: session.csrfToken, rows, today: englandDateOf(now) }));
  });
}
