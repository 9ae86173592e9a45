// Supervision of a worker: their history (the worker, their team manager, head of service, director)
// and a team manager recording a session. Anyone else, or a worker of another LA, is answered 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { changeWorkerSupervision, openWorkerSupervision, recordWorkerSupervision } from '../../store/oversight/worker-supervision.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { RecordWorkerSupervisionPage, WorkerSupervisionPage, supervisionFormValues, type EditingSession, type SupervisionFormValues } from '../../../web/src/pages/worker-supervision.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { UUID_PATTERN } from './child.ts';

const WorkerParams = Type.Object({ workerId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
const SessionParams = Type.Object({ workerId: Type.String({ pattern: UUID_PATTERN }), sessionId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
type SessionParams = Static<typeof SessionParams>;
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
    version: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
  },
  { additionalProperties: false },
);

export async function workerSupervisionRoutes(app: FastifyInstance): Promise<void> {
  const showForm = async (request: FastifyRequest, reply: FastifyReply, status: number, values: SupervisionFormValues | null, errors: FieldError[], editing?: Omit<EditingSession, 'version'> & { version?: number }): Promise<FastifyReply> => {
    const session = sessionOf(request);
    const { workerId } = request.params as WorkerParams;
    const view = await openWorkerSupervision(app.lantern.db, session.actor, originOf(request), workerId, app.lantern.now());
    if (!view || view.access !== 'record') throw new HttpError(404, 'Not found');
    const stored = editing ? view.sessions.find((s) => s.id === editing.sessionId) : undefined;
    if (editing && !stored) throw new HttpError(404, 'Not found');
    const form = values ?? (stored ? supervisionFormValues(stored) : {});
    const edit = editing && stored ? { ...editing, version: editing.version ?? stored.version } : undefined;
    return renderPage(reply.code(status), RecordWorkerSupervisionPage({ nav: navigationFor(session.actor, request.url), user: userBanner(session.actor), csrfToken: session.csrfToken, view, values: form, errors, ...(edit ? { editing: edit } : {}) }));
  };

  // A worker's own history, from the navigation.
  app.get('/my-supervision', async (request, reply) => reply.redirect(`/workers/${sessionOf(request).actor.staffUserId}/supervision`, 303));

  app.get('/workers/:workerId/supervision', { schema: { params: WorkerParams, querystring: Type.Object({ saved: Type.Optional(Type.String({ maxLength: 10 })) }), response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const { workerId } = request.params as WorkerParams;
    const view = await openWorkerSupervision(app.lantern.db, session.actor, originOf(request), workerId, app.lantern.now());
    if (!view) throw new HttpError(404, 'Not found');
    const own = workerId === session.actor.staffUserId;
    const flag = (request.query as { saved?: string }).saved;
    const saved = flag === 'yes' ? 'recorded' : flag === 'changed' ? 'changed' : false;
    return renderPage(reply, WorkerSupervisionPage({ nav: navigationFor(session.actor, own ? '/my-supervision' : '/team-board'), user: userBanner(session.actor), csrfToken: session.csrfToken, view, own, saved }));
  });

  app.get('/workers/:workerId/supervision/new', { schema: { params: WorkerParams, response: { 200: Type.String() } } }, async (request, reply) => showForm(request, reply, 200, {}, []));

  // The manager corrects a session: the form holds the stored session and its version.
  app.get('/workers/:workerId/supervision/:sessionId/edit', { schema: { params: SessionParams, response: { 200: Type.String() } } }, async (request, reply) =>
    showForm(request, reply, 200, null, [], { sessionId: (request.params as SessionParams).sessionId }),
  );

  app.post('/workers/:workerId/supervision/:sessionId', { schema: { params: SessionParams, body: SupervisionForm } }, async (request, reply) => {
    const session = sessionOf(request);
    const { workerId, sessionId } = request.params as SessionParams;
    const { version, ...form } = request.body as Static<typeof SupervisionForm>;
    if (version === undefined) throw new HttpError(400, 'The form is missing the version it was opened at. Go back, reload the page and try again.');
    const result = await changeWorkerSupervision(app.lantern.db, session.actor, originOf(request), workerId, sessionId, Number(version), form, app.lantern.now());
    if (result.ok) return reply.redirect(`/workers/${workerId}/supervision?saved=changed`, 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    if (result.reason === 'conflict') {
      return showForm(request, reply, 409, supervisionFormValues(result.current), [{ field: 'reflectiveSummary', message: 'Someone else saved this session after you opened it: check their version and make your change again' }], {
        sessionId, version: result.current.version, typed: form, changedAt: result.current.updatedAt,
      });
    }
    return showForm(request, reply, 400, form, result.problems, { sessionId, version: Number(version) });
  });

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
