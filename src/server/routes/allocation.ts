// Managers allocate a child to a worker (and so to the worker's team).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { allocatableWorkers, allocateChild, openChildForAllocation } from '../../store/children/allocate-child.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { AllocatePage } from '../../../web/src/pages/allocate.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { ChildParams, UUID_PATTERN } from './child.ts';

const AllocateForm = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 200 })),
    workerId: Type.Optional(Type.Union([Type.Literal(''), Type.String({ pattern: UUID_PATTERN })])),
    reason: Type.Optional(Type.String({ maxLength: 200 })),
    overLimitConfirmed: Type.Optional(Type.Literal('yes')),
  },
  { additionalProperties: false },
);

export async function allocationRoutes(app: FastifyInstance): Promise<void> {
  const show = async (request: FastifyRequest, reply: FastifyReply, status: number, errors: FieldError[], chosen?: { workerId: string; reason: string }): Promise<FastifyReply> => {
    const session = sessionOf(request);
    if (!can(session.actor, 'allocate_children')) throw new HttpError(404, 'Not found');
    const { childId } = request.params as ChildParams;
    const child = await openChildForAllocation(app.lantern.db, session.actor, originOf(request), childId, app.lantern.now());
    if (!child) throw new HttpError(404, 'Not found');
    const workers = await allocatableWorkers(app.lantern.db, session.actor, app.lantern.now());
    return renderPage(reply.code(status), AllocatePage({ nav: navigationFor(session.actor, request.url), user: userBanner(session.actor), csrfToken: session.csrfToken, child, workers, errors, chosen: chosen ?? null }));
  };

  app.get('/children/:childId/allocation', { schema: { params: ChildParams, response: { 200: Type.String() } } }, async (request, reply) => show(request, reply, 200, []));

  app.post('/children/:childId/allocation', { schema: { params: ChildParams, body: AllocateForm } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'allocate_children')) throw new HttpError(404, 'Not found');
    const { childId } = request.params as ChildParams;
    const form = request.body as Static<typeof AllocateForm>;
    if (!form.workerId) return show(request, reply, 400, [{ field: 'workerId', message: 'Select a worker' }]);
    const result = await allocateChild(
      app.lantern.db,
      session.actor,
      originOf(request),
      { childId, workerId: form.workerId, reason: form.reason ?? '', overLimitConfirmed: form.overLimitConfirmed === 'yes' },
      app.lantern.now(),
    );
    if (result.ok) return reply.redirect(`/children/${childId}?saved=allocation`, 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    if (result.reason === 'over_limit') {
      const year = result.asye ? ' in the ASYE year' : '';
      const count = result.overCount ? `This worker already holds ${result.caseload} children; the limit${year} is ${result.limit}. ` : '';
      const weighted = result.overWeighted ? `This child counts ${result.childWeight}: the worker’s weighted load would be ${Math.round((result.weighted + result.childWeight) * 10) / 10} against a weighted limit${year} of ${result.weightedLimit}. ` : '';
      return show(request, reply, 409, [{ field: 'overLimitConfirmed', message: `${count}${weighted}Confirm to allocate anyway.` }], { workerId: form.workerId, reason: form.reason ?? '' });
    }
    return show(request, reply, 400, [{ field: 'workerId', message: result.message }]);
  });
}
