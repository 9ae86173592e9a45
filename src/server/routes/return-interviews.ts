// Independent return-interview services: the episodes referred to them and the interview form.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { listReferredInterviews, openReferredInterview, recordReferredInterview } from '../../store/missing/referred-interviews.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ReferredInterviewPage, ReferredInterviewsPage } from '../../../web/src/pages/return-interviews.tsx';
import { RETURN_INTERVIEW_FIELDS } from '../../../web/src/record-forms/record-forms.ts';
import { errorsForProblems, readRecordForm, valuesOfBody, valuesOfRecord, type FormBody } from '../../../web/src/record-forms/read-record-form.ts';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { UUID_PATTERN } from './child.ts';
import { FormPost } from './records.ts';

const Params = Type.Object({ childId: Type.String({ pattern: UUID_PATTERN }), recordKey: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
type Params = Static<typeof Params>;

export async function returnInterviewRoutes(app: FastifyInstance): Promise<void> {
  const service = (request: FastifyRequest) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'record_referred_return_interviews')) throw new HttpError(404, 'Not found');
    return session;
  };

  app.get('/return-interviews', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = service(request);
    const items = await listReferredInterviews(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    return renderPage(reply, ReferredInterviewsPage({ nav: navigationFor(session.actor, '/return-interviews'), user: userBanner(session.actor), csrfToken: session.csrfToken, items }));
  });

  const show = async (request: FastifyRequest, reply: FastifyReply, status: number, body: FormBody | null, errors: FieldError[]): Promise<FastifyReply> => {
    const session = service(request);
    const { childId, recordKey } = request.params as Params;
    const item = await openReferredInterview(app.lantern.db, session.actor, originOf(request), childId, recordKey, app.lantern.now());
    if (!item) throw new HttpError(404, 'Not found');
    const values = body
      ? valuesOfBody(body)
      : valuesOfRecord(RETURN_INTERVIEW_FIELDS, { returnInterviewOfferedAt: item.offeredAt, returnInterviewDeclined: item.declined || undefined, returnInterviewCompletedAt: item.completedAt, childSaid: item.childSaid });
    return renderPage(reply.code(status), ReferredInterviewPage({ nav: navigationFor(session.actor, '/return-interviews'), user: userBanner(session.actor), csrfToken: session.csrfToken, item, values, errors }));
  };

  app.get('/return-interviews/:childId/:recordKey', { schema: { params: Params, response: { 200: Type.String() } } }, async (request, reply) => show(request, reply, 200, null, []));

  app.post('/return-interviews/:childId/:recordKey', { schema: { params: Params, body: FormPost } }, async (request, reply) => {
    const session = service(request);
    const { childId, recordKey } = request.params as Params;
    const body = request.body as FormBody;
    const read = readRecordForm(RETURN_INTERVIEW_FIELDS, body, { manager: false });
    if (read.errors.length) return show(request, reply, 400, body, read.errors);
    const version = typeof body.version === 'string' && /^\d{1,9}$/.test(body.version) ? Number(body.version) : NaN;
    if (Number.isNaN(version)) throw new HttpError(400, 'The form is missing the version of the record it changes. Open it again.');
    const result = await recordReferredInterview(app.lantern.db, session.actor, originOf(request), { childId, recordKey, expectedVersion: version, interview: read.record }, app.lantern.now());
    if (result.ok) return reply.redirect('/return-interviews', 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    if (result.reason === 'forbidden') throw new HttpError(403, result.message);
    if (result.reason === 'conflict') return show(request, reply, 409, null, [{ field: 'returnInterviewOfferedAt-day', message: 'Someone changed this episode while you were editing. The current version is shown: check it and save again.' }]);
    return show(request, reply, 400, body, errorsForProblems(RETURN_INTERVIEW_FIELDS, result.problems));
  });
}
