// Looked-after children needing attention (managers, IROs, the director, analysts).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { listNeedingAttention } from '../../store/looked-after/needing-attention.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { LookedAfterAttentionPage } from '../../../web/src/pages/looked-after-attention.tsx';

export async function lookedAfterRoutes(app: FastifyInstance): Promise<void> {
  app.get('/looked-after/attention', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_looked_after_attention')) throw new HttpError(404, 'Not found');
    const lists = await listNeedingAttention(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    return renderPage(reply, LookedAfterAttentionPage({ nav: navigationFor(session.actor, '/looked-after/attention'), user: userBanner(session.actor), csrfToken: session.csrfToken, lists }));
  });
}
