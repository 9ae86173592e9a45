// The service dashboard for heads of service, directors and analysts: the measures as at a date, a
// 12-month trend, and a drill-down to the children behind a figure. Others get 404 (deny by default).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { isIsoDate } from '../../practice/calendar/day-number.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { Scope } from '../../practice/measures/evaluate.ts';
import { measureById } from '../../practice/measures/evaluate.ts';
import { serviceDashboard } from '../../store/dashboard/service-dashboard.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ServiceDashboardPage } from '../../../web/src/pages/service-dashboard.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';

const Text = Type.String({ maxLength: 100 });
const DashboardQuery = Type.Object(
  {
    asAt: Type.Optional(Text),
    'asAt-day': Type.Optional(Text),
    'asAt-month': Type.Optional(Text),
    'asAt-year': Type.Optional(Text),
    area: Type.Optional(Type.String({ pattern: '^[a-z_]{1,60}$' })),
    team: Type.Optional(Type.String({ format: 'uuid' })),
    worker: Type.Optional(Type.String({ format: 'uuid' })),
    measure: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,60}$' })),
  },
  { additionalProperties: false },
);

/** The as-at date from the date boxes (or an `asAt` link), or an error for the summary. */
function readAsAt(query: Static<typeof DashboardQuery>, today: string): { asAt: string | null; form: { day: string; month: string; year: string }; error: string | null } {
  const boxes = query['asAt-day'] !== undefined || query['asAt-month'] !== undefined || query['asAt-year'] !== undefined;
  if (!boxes) {
    const asAt = query.asAt ?? today;
    const form = { day: String(Number(asAt.slice(8, 10))), month: String(Number(asAt.slice(5, 7))), year: asAt.slice(0, 4) };
    if (!isIsoDate(asAt)) return { asAt: null, form: { day: '', month: '', year: '' }, error: 'Enter a real date for the measures, for example 31 3 2025' };
    if (asAt > today) return { asAt: null, form, error: 'The date must be today or in the past' };
    return { asAt, form, error: null };
  }
  const form = { day: (query['asAt-day'] ?? '').trim(), month: (query['asAt-month'] ?? '').trim(), year: (query['asAt-year'] ?? '').trim() };
  if (!form.day || !form.month || !form.year) return { asAt: null, form, error: 'Enter the date the measures are as at, with a day, month and year' };
  const iso = /^\d{1,2}$/.test(form.day) && /^\d{1,2}$/.test(form.month) && /^\d{4}$/.test(form.year) ? `${form.year}-${form.month.padStart(2, '0')}-${form.day.padStart(2, '0')}` : '';
  if (!isIsoDate(iso)) return { asAt: null, form, error: 'Enter a real date for the measures, for example 31 3 2025' };
  if (iso > today) return { asAt: null, form, error: 'The date must be today or in the past' };
  if (iso < '2000-01-01') return { asAt: null, form, error: 'The date must be in 2000 or later' };
  return { asAt: iso, form, error: null };
}

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  app.get('/dashboard', { schema: { querystring: DashboardQuery, response: { 200: Type.String(), 400: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_service_dashboard')) throw new HttpError(404, 'Not found');
    const query = request.query as Static<typeof DashboardQuery>;
    const now = app.lantern.now();
    const { asAt, form, error } = readAsAt(query, englandDateOf(now));
    const scope: Scope = {
      ...(query.area !== undefined ? { area: query.area } : {}),
      ...(query.team !== undefined ? { teamId: query.team } : {}),
      ...(query.worker !== undefined ? { workerId: query.worker } : {}),
    };
    const measureId = query.measure ?? null;
    if (measureId !== null && !measureById(measureId)) throw new HttpError(404, 'Not found');
    const page = { nav: navigationFor(session.actor, '/dashboard'), user: userBanner(session.actor), csrfToken: session.csrfToken, form, scope, measureId };
    if (asAt === null) return renderPage(reply.code(400), ServiceDashboardPage({ ...page, dashboard: null, errors: [{ field: 'asAt', message: error! } satisfies FieldError] }));
    const dashboard = await serviceDashboard(app.lantern.db, session.actor, originOf(request), now, { asAt, scope, measureId });
    // A team, worker or service area the LA does not have (or another LA's) is not found.
    if (!dashboard) throw new HttpError(404, 'Not found');
    return renderPage(reply, ServiceDashboardPage({ ...page, dashboard, errors: [] }));
  });
}
