// "My work" for anyone who holds a caseload, and the team board for team managers.
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { writableRecordTypes } from '../../access/record-access.ts';
import { myWorkPage } from '../../store/oversight/my-work.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { MyWorkPage } from '../../../web/src/pages/my-work.tsx';
import { TeamBoardPage } from '../../../web/src/pages/team-board.tsx';
import { teamBoard } from '../../store/oversight/team-board.ts';

export async function myWorkRoutes(app: FastifyInstance): Promise<void> {
  app.get('/my-work', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'hold_caseload')) throw new HttpError(404, 'Not found');
    const { items, drift } = await myWorkPage(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    return renderPage(reply, MyWorkPage({ nav: navigationFor(session.actor, '/my-work'), user: userBanner(session.actor), csrfToken: session.csrfToken, items, writable: writableRecordTypes(session.actor), drift }));
  });
}

export async function teamBoardRoutes(app: FastifyInstance): Promise<void> {
  app.get('/team-board', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_team_board')) throw new HttpError(404, 'Not found');
    const board = await teamBoard(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    return renderPage(reply, TeamBoardPage({ nav: navigationFor(session.actor, '/team-board'), user: userBanner(session.actor), csrfToken: session.csrfToken, board }));
  });
}
