// Supervision of a worker: their history (the worker, their team manager, head of service, director)
// and a team manager recording a session. Anyone else, or a worker of another LA, is answered 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { openWorkerSupervision, recordWorkerSupervision } from '../../store/oversight/worker-supervision.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { RecordWorkerSupervisionPage, WorkerSupervisionPage, type SupervisionFormValues } from '../../../web/src/pages/worker-supervision.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { UUID_PATTERN } from './child.ts';

const WorkerParams = Type.Object({ workerId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
type WorkerParams = Static<typeof WorkerParams>;
const Short = Type.Optional(Type.String({ maxLength: 10 }));
const Long = Type.Optional(Type.String({ maxLength: 6000 }));
const SupervisionForm = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 200 })),
    'date-day': Short,
    'date-month': Short,
    'date-year': Short,
    kind: Type.Optional(Type.String({ maxLength: 40 })),
    reflectiveSummary: Long,
    wellbeingDiscussed: Short,
    workloadDiscussed: Short,
    childrenDiscussed: Type.Optional(Type.Union([Type.String({ pattern: UUID_PATTERN }), Type.Array(Type.String({ pattern: UUID_PATTERN }), { maxItems: 200 })])),
    note: Long,
  },
  { additionalProperties: false },
);

export async function workerSupervisionRoutes(app: FastifyInstance): Promise<void> {
  const showForm = async (request: FastifyRequest, reply: FastifyReply, status: number, values: SupervisionFormValues, errors: FieldError[]): Promise<FastifyReply> => {
    const session = sessionOf(request);
    const { workerId } = request.params as WorkerParams;
    const view = await openWorkerSupervision(app.lantern.db, session.actor, originOf(request), workerId, app.lantern.now());
    if (!view || view.access !== 'record') throw new HttpError(404, 'Not found');
    return renderPage(reply.code(status), RecordWorkerSupervisionPage({ nav: navigationFor(session.actor, request.url), user: userBanner(session.actor), csrfToken: session.csrfToken, view, values, errors }));
  };

  // A worker's own history, from the navigation.
  app.get('/my-supervision', async (request, reply) => reply.redirect(`/workers/${sessionOf(request).actor.staffUserId}/supervision`, 303));

  app.get('/workers/:workerId/supervision', { schema: { params: WorkerParams, querystring: Type.Object({ saved: Type.Optional(Type.String({ maxLength: 10 })) }), response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const { workerId } = request.params as WorkerParams;
    const view = await openWorkerSupervision(app.lantern.db, session.actor, originOf(request), workerId, app.lantern.now());
    if (!view) throw new HttpError(404, 'Not found');
    const own = workerId === session.actor.staffUserId;
    const saved = (request.query as { saved?: string }).saved === 'yes';
    return renderPage(reply, WorkerSupervisionPage({ nav: navigationFor(session.actor, own ? '/my-supervision' : '/team-board'), user: userBanner(session.actor), csrfToken: session.csrfToken, view, own, saved }));
  });

  app.get('/workers/:workerId/supervision/new', { schema: { params: WorkerParams, response: { 200: Type.String() } } }, async (request, reply) => showForm(request, reply, 200, {}, []));

  app.post('/workers/:workerId/supervision', { schema: { params: WorkerParams, body: SupervisionForm } }, async (request, reply) => {
    const session = sessionOf(request);
    const { workerId } = request.params as WorkerParams;
    const form = request.body as Static<typeof SupervisionForm>;
    const result = await recordWorkerSupervision(app.lantern.db, session.actor, originOf(request), workerId, form, app.lantern.now());
    if (result.ok) return reply.redirect(`/workers/${workerId}/supervision?saved=yes`, 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    return showForm(request, reply, 400, form, result.problems);
  });
}
