// Staff accounts for administrators: the list, and disabling an account (which ends its sessions).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { disableAccount } from '../../access/sign-in.ts';
import { listStaff } from '../../store/staff.ts';
import { withTenant } from '../../store/tenant.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { StaffListPage } from '../../../web/src/pages/staff-list.tsx';
import { UUID_PATTERN } from './child.ts';

const StaffParams = Type.Object({ staffUserId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
const StaffQuery = Type.Object({ disabled: Type.Optional(Type.Literal('1')) }, { additionalProperties: false });
const CsrfForm = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

export async function staffAdminRoutes(app: FastifyInstance): Promise<void> {
  app.get('/admin/staff', { schema: { querystring: StaffQuery, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'manage_staff_accounts')) throw new HttpError(404, 'Not found');
    const staff = await withTenant(app.lantern.db, session.actor.localAuthorityId, (tx) => listStaff(tx));
    const notice = (request.query as Static<typeof StaffQuery>).disabled ? 'The account was disabled and its sessions ended.' : null;
    return renderPage(reply, StaffListPage({ nav: navigationFor(session.actor, '/admin/staff'), user: userBanner(session.actor), csrfToken: session.csrfToken, staff, notice }));
  });

  app.post('/admin/staff/:staffUserId/disable', { schema: { params: StaffParams, body: CsrfForm } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'manage_staff_accounts')) throw new HttpError(404, 'Not found');
    const { staffUserId } = request.params as Static<typeof StaffParams>;
    const result = await disableAccount(app.lantern.db, session.actor, originOf(request), staffUserId, app.lantern.now());
    if (!result) throw new HttpError(404, 'Not found');
    return reply.redirect('/admin/staff?disabled=1', 303);
  });
}
