// Administrators keep the LA's local offer to care leavers: a list of entitlements, each added or removed
// and audited (store/care-leavers/local-offer.ts). Others are answered 404, as for local standards.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { addLocalOfferEntitlement, openLocalOffer, removeLocalOfferEntitlement } from '../../store/care-leavers/local-offer.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { LocalOfferPage } from '../../../web/src/pages/local-offer.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';

const EntitlementForm = Type.Object(
  { _csrf: Type.Optional(Type.String({ maxLength: 200 })), title: Type.Optional(Type.String({ maxLength: 1000 })), description: Type.Optional(Type.String({ maxLength: 5000 })) },
  { additionalProperties: false },
);
type EntitlementForm = Static<typeof EntitlementForm>;
const Notice = Type.Object({ saved: Type.Optional(Type.Literal('1')) }, { additionalProperties: false });
const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' }) }, { additionalProperties: false });
const CsrfOnly = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

function administrator(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  const session = sessionOf(request);
  if (!can(session.actor, 'manage_local_standards')) throw new HttpError(404, 'Not found');
  return session;
}

export async function localOfferRoutes(app: FastifyInstance): Promise<void> {
  const render = async (request: FastifyRequest, reply: FastifyReply, options: { form?: EntitlementForm; errors?: FieldError[]; notice?: string | null; status?: number }): Promise<FastifyReply> => {
    const session = administrator(request);
    const offer = await openLocalOffer(app.lantern.db, session.actor);
    return renderPage(
      reply.code(options.status ?? 200),
      LocalOfferPage({
        nav: navigationFor(session.actor, '/admin/standards'),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        offer,
        form: { title: options.form?.title ?? '', description: options.form?.description ?? '' },
        errors: options.errors ?? [],
        notice: options.notice ?? null,
      }),
    );
  };

  app.get('/admin/local-offer', { schema: { querystring: Notice, response: { 200: Type.String() } } }, async (request, reply) =>
    render(request, reply, { notice: (request.query as Static<typeof Notice>).saved ? 'Local offer updated.' : null }),
  );

  app.post('/admin/local-offer', { schema: { body: EntitlementForm, response: { 400: Type.String() } } }, async (request, reply) => {
    const session = administrator(request);
    const form = request.body as EntitlementForm;
    const result = await addLocalOfferEntitlement(app.lantern.db, session.actor, originOf(request), { title: form.title ?? '', description: form.description ?? '' }, app.lantern.now());
    if (result.ok) return reply.redirect('/admin/local-offer?saved=1', 303);
    return render(request, reply, { status: 400, form, errors: result.problems });
  });

  app.post('/admin/local-offer/:id/remove', { schema: { params: IdParams, body: CsrfOnly } }, async (request, reply) => {
    const session = administrator(request);
    const { id } = request.params as Static<typeof IdParams>;
    if (!(await removeLocalOfferEntitlement(app.lantern.db, session.actor, originOf(request), id, app.lantern.now()))) throw new HttpError(404, 'Not found');
    return reply.redirect('/admin/local-offer?saved=1', 303);
  });
}
