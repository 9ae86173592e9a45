// One child's summary page, and "who has viewed this child" for managers. A child in another LA or
// outside the actor's scope is answered 404, exactly like a child that does not exist.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { writableRecordTypes } from '../../access/record-access.ts';
import { recordFormOf } from '../../../web/src/record-forms/record-forms.ts';
import { openChildSummary } from '../../store/children/child-summary.ts';
import { openChildViewers } from '../../store/children/child-viewers.ts';
import { originOf, todayInEngland } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ChildSummaryPage } from '../../../web/src/pages/child-summary.tsx';
import { ChildViewersPage } from '../../../web/src/pages/child-viewers.tsx';

export const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
export const ChildParams = Type.Object({ childId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
export type ChildParams = Static<typeof ChildParams>;
const SummaryQuery = Type.Object({ saved: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9]{1,40}$' })) }, { additionalProperties: false });

function savedNounOf(saved: string): string | null {
  if (saved === 'allocation') return 'allocation';
  return recordFormOf(saved)?.noun ?? null;
}

export async function childRoutes(app: FastifyInstance): Promise<void> {
  app.get('/children/:childId', { schema: { params: ChildParams, querystring: SummaryQuery, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const { childId } = request.params as ChildParams;
    const now = app.lantern.now();
    const summary = await openChildSummary(app.lantern.db, session.actor, originOf(request), childId, now);
    if (!summary) throw new HttpError(404, 'Not found');
    return renderPage(
      reply,
      ChildSummaryPage({
        nav: navigationFor(session.actor, request.url),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        summary,
        today: todayInEngland(now),
        canViewAudit: can(session.actor, 'view_child_audit'),
        recordForms: writableRecordTypes(session.actor).flatMap((t) => {
          const form = recordFormOf(t);
          return form ? [{ type: t, noun: form.noun }] : [];
        }),
        savedNoun: savedNounOf((request.query as Static<typeof SummaryQuery>).saved ?? ''),
        canAllocate: can(session.actor, 'allocate_children'),
      }),
    );
  });

  app.get('/children/:childId/viewers', { schema: { params: ChildParams, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_child_audit')) throw new HttpError(404, 'Not found');
    const { childId } = request.params as ChildParams;
    const viewers = await openChildViewers(app.lantern.db, session.actor, originOf(request), childId, app.lantern.now());
    if (!viewers) throw new HttpError(404, 'Not found');
    return renderPage(reply, ChildViewersPage({ nav: navigationFor(session.actor, request.url), user: userBanner(session.actor), csrfToken: session.csrfToken, viewers }));
  });
}
