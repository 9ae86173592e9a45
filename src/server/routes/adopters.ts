// Prospective adopters: the list, recording an enquiry, and a household's page with its form. Only the
// adoption service (access/adopter-access.ts) sees any of it; everyone else, and any household of
// another LA, is answered 404.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { mayWorkWithAdopters } from '../../access/adopter-access.ts';
import { listAdopterHouseholds } from '../../store/adopters/list-adopter-households.ts';
import { openAdopterHousehold } from '../../store/adopters/open-adopter-household.ts';
import { recordAdopterEnquiry } from '../../store/adopters/record-adopter-enquiry.ts';
import { updateAdopterHousehold } from '../../store/adopters/update-adopter-household.ts';
import type { AdopterHousehold } from '../../practice/adopters/household.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { AdopterHouseholdPage, AdopterHouseholdsPage, NewAdopterEnquiryPage } from '../../../web/src/pages/adopters.tsx';
import { ADOPTER_FIELDS, detailsOfForm } from '../../../web/src/record-forms/adopter-forms.ts';
import { errorsForProblems, inputIdOf, readRecordForm, valuesOfBody, valuesOfRecord, type FormBody, type FormValues } from '../../../web/src/record-forms/read-record-form.ts';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { UUID_PATTERN } from './child.ts';
import { FormPost } from './records.ts';

const Params = Type.Object({ householdId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
type Params = Static<typeof Params>;
const ListQuery = Type.Object({ view: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('all')])) }, { additionalProperties: false });
const PageQuery = Type.Object({ saved: Type.Optional(Type.Literal('1')) }, { additionalProperties: false });

const valuesOfHousehold = (h: AdopterHousehold): FormValues => valuesOfRecord(ADOPTER_FIELDS, h as unknown as Record<string, unknown>);

export async function adopterRoutes(app: FastifyInstance): Promise<void> {
  const adoptionService = (request: FastifyRequest) => {
    const session = sessionOf(request);
    if (!mayWorkWithAdopters(session.actor)) throw new HttpError(404, 'Not found');
    return session;
  };
  const common = (request: FastifyRequest) => {
    const session = adoptionService(request);
    return { session, page: { nav: navigationFor(session.actor, '/adopters'), user: userBanner(session.actor), csrfToken: session.csrfToken } };
  };

  app.get('/adopters', { schema: { querystring: ListQuery, response: { 200: Type.String() } } }, async (request, reply) => {
    const { session, page } = common(request);
    const view = (request.query as Static<typeof ListQuery>).view ?? 'active';
    const items = await listAdopterHouseholds(app.lantern.db, session.actor, originOf(request), app.lantern.now(), view);
    return renderPage(reply, AdopterHouseholdsPage({ ...page, items, view }));
  });

  app.get('/adopters/new', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const { page } = common(request);
    return renderPage(reply, NewAdopterEnquiryPage({ ...page, values: {}, errors: [] }));
  });

  app.post('/adopters/new', { schema: { body: FormPost } }, async (request, reply) => {
    const { session, page } = common(request);
    const body = request.body as FormBody;
    const refuse = (errors: FieldError[]) => renderPage(reply.code(400), NewAdopterEnquiryPage({ ...page, values: valuesOfBody(body), errors }));
    const read = readRecordForm(ADOPTER_FIELDS, body, { manager: false });
    if (read.errors.length) return refuse(read.errors);
    const result = await recordAdopterEnquiry(app.lantern.db, session.actor, originOf(request), detailsOfForm(read.record), app.lantern.now());
    if (result.ok) return reply.redirect(`/adopters/${result.id}?saved=1`, 303);
    if (result.reason === 'invalid') return refuse(errorsForProblems(ADOPTER_FIELDS, result.problems));
    throw new HttpError(404, 'Not found');
  });

  const show = async (request: FastifyRequest, reply: FastifyReply, status: number, values: FormValues | null, errors: FieldError[], saved = false): Promise<FastifyReply> => {
    const { session, page } = common(request);
    const { householdId } = request.params as Params;
    const item = await openAdopterHousehold(app.lantern.db, session.actor, originOf(request), householdId, app.lantern.now());
    if (!item) throw new HttpError(404, 'Not found');
    return renderPage(reply.code(status), AdopterHouseholdPage({ ...page, item, values: values ?? valuesOfHousehold(item.household), errors, saved }));
  };

  app.get('/adopters/:householdId', { schema: { params: Params, querystring: PageQuery, response: { 200: Type.String() } } }, async (request, reply) =>
    show(request, reply, 200, null, [], (request.query as Static<typeof PageQuery>).saved === '1'),
  );

  app.post('/adopters/:householdId', { schema: { params: Params, body: FormPost } }, async (request, reply) => {
    const { session } = common(request);
    const { householdId } = request.params as Params;
    const body = request.body as FormBody;
    const read = readRecordForm(ADOPTER_FIELDS, body, { manager: false });
    if (read.errors.length) return show(request, reply, 400, valuesOfBody(body), read.errors);
    const version = typeof body.version === 'string' && /^\d{1,9}$/.test(body.version) ? Number(body.version) : NaN;
    if (Number.isNaN(version)) throw new HttpError(400, 'The form is missing the version of the household it changes. Open it again.');
    const result = await updateAdopterHousehold(app.lantern.db, session.actor, originOf(request), { id: householdId, expectedVersion: version, details: detailsOfForm(read.record) }, app.lantern.now());
    if (result.ok) return reply.redirect(`/adopters/${householdId}?saved=1`, 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    if (result.reason === 'conflict') {
      // Their version is shown in the form; what this person typed is not saved.
      return show(request, reply, 409, valuesOfHousehold(result.current), [{ field: inputIdOf(ADOPTER_FIELDS[0]!), message: 'Someone else saved this household while you were editing. Your changes have not been saved: the current version is shown, check it and save again.' }]);
    }
    return show(request, reply, 400, valuesOfBody(body), errorsForProblems(ADOPTER_FIELDS, result.problems));
  });
}
