// A child's chronology page and its JSON twin.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { writableRecordTypes } from '../../access/record-access.ts';
import { CHRONOLOGY_KINDS, type ChronologyKind } from '../../practice/casework/chronology.ts';
import { openChronology } from '../../store/journeys/open-chronology.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { recordFormOf } from '../../../web/src/record-forms/record-forms.ts';
import { ChronologyPage } from '../../../web/src/pages/chronology.tsx';
import { ChildParams } from './child.ts';

const Kind = Type.Union(CHRONOLOGY_KINDS.map((k) => Type.Literal(k.kind)));
const ChronologyQuery = Type.Object({ kind: Type.Optional(Type.Array(Kind, { maxItems: 20 })) }, { additionalProperties: false });

export async function chronologyRoutes(app: FastifyInstance): Promise<void> {
  app.get('/children/:childId/chronology', { schema: { params: ChildParams, querystring: ChronologyQuery, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const { childId } = request.params as ChildParams;
    const { kind } = request.query as Static<typeof ChronologyQuery>;
    const chronology = await openChronology(app.lantern.db, session.actor, originOf(request), childId, app.lantern.now());
    if (!chronology) throw new HttpError(404, 'Not found');
    return renderPage(
      reply,
      ChronologyPage({
        nav: navigationFor(session.actor, request.url),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        ...chronology,
        selected: (kind ?? []) as ChronologyKind[],
        editable: writableRecordTypes(session.actor).filter((t) => recordFormOf(t) !== null),
      }),
    );
  });
}
