// Administrators set the LA's local standards and add or remove one-off bank holidays. Each change is
// audited and recomputes every child's clocks (store/clocks/change-local-standards.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { LOCAL_STANDARD_KEYS, SCHOOL_TERM_KEYS } from '../../practice/clocks/local-standards.ts';
import { englandAndWalesBankHolidays } from '../../practice/calendar/bank-holidays.ts';
import { readDateParts } from '../../practice/calendar/date-parts.ts';
import { addLocalBankHoliday, changeLocalStandards, removeLocalBankHoliday } from '../../store/clocks/change-local-standards.ts';
import { loadLocalBankHolidays, loadLocalStandards } from '../../store/clocks/local-standards.ts';
import { withTenant } from '../../store/tenant.ts';
import { originOf, todayInEngland } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { LocalStandardsPage } from '../../../web/src/pages/local-standards.tsx';
import { BankHolidaysPage } from '../../../web/src/pages/bank-holidays.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';

const Small = Type.Optional(Type.String({ maxLength: 10 }));
const StandardsForm = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 200 })),
    version: Type.String({ pattern: '^\\d{1,9}$' }),
    ...Object.fromEntries(LOCAL_STANDARD_KEYS.map((k) => [k, Small])),
    // The school term dates: a day and a month each (GOV.UK date input without the year).
    ...Object.fromEntries(SCHOOL_TERM_KEYS.flatMap((k) => [[`${k}-day`, Small], [`${k}-month`, Small]])),
  },
  { additionalProperties: false },
);
const HolidayForm = Type.Object(
  { _csrf: Type.Optional(Type.String({ maxLength: 200 })), day: Small, month: Small, year: Small, name: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
type HolidayForm = Static<typeof HolidayForm>;
const Notice = Type.Object({ saved: Type.Optional(Type.Literal('1')) }, { additionalProperties: false });
const DateParams = Type.Object({ date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) }, { additionalProperties: false });
const CsrfOnly = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

function administrator(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  const session = sessionOf(request);
  if (!can(session.actor, 'manage_local_standards')) throw new HttpError(404, 'Not found');
  return session;
}

function dateFromParts(form: HolidayForm): { date: string | null; error: string | null } {
  const read = readDateParts(form.day, form.month, form.year);
  if (read.error) return { date: null, error: 'The date must be a real date, for example 19 9 2022' };
  return read.date ? { date: read.date, error: null } : { date: null, error: 'Enter the date of the bank holiday' };
}

export async function localStandardsRoutes(app: FastifyInstance): Promise<void> {
  const renderStandards = async (request: FastifyRequest, reply: FastifyReply, overrides: { values?: Record<string, string>; errors?: FieldError[]; notice?: string | null; status?: number }): Promise<FastifyReply> => {
    const session = administrator(request);
    const stored = await withTenant(app.lantern.db, session.actor.localAuthorityId, (tx) => loadLocalStandards(tx));
    const values = overrides.values ?? {
      ...Object.fromEntries(LOCAL_STANDARD_KEYS.map((k) => [k, String(stored.settings[k])])),
      ...Object.fromEntries(SCHOOL_TERM_KEYS.flatMap((k) => [[`${k}-day`, String(Number(stored.settings.schoolTerms[k].slice(3, 5)))], [`${k}-month`, String(Number(stored.settings.schoolTerms[k].slice(0, 2)))]])),
    };
    return renderPage(
      reply.code(overrides.status ?? 200),
      LocalStandardsPage({ nav: navigationFor(session.actor, '/admin/standards'), user: userBanner(session.actor), csrfToken: session.csrfToken, values, version: stored.version, errors: overrides.errors ?? [], notice: overrides.notice ?? null }),
    );
  };

  app.get('/admin/standards', { schema: { querystring: Notice, response: { 200: Type.String() } } }, async (request, reply) =>
    renderStandards(request, reply, { notice: (request.query as Static<typeof Notice>).saved ? 'Local standards saved. Every child’s clocks have been recomputed.' : null }),
  );

  app.post('/admin/standards', { schema: { body: StandardsForm, response: { 400: Type.String(), 409: Type.String() } } }, async (request, reply) => {
    const session = administrator(request);
    const body = request.body as Record<string, string | undefined>;
    const proposed: Record<string, unknown> = Object.fromEntries(LOCAL_STANDARD_KEYS.map((k) => [k, body[k] ?? '']));
    // 'month-day', as the school term check reads it; a form without the term boxes leaves them as they are.
    const termsPosted = SCHOOL_TERM_KEYS.some((k) => body[`${k}-day`] !== undefined || body[`${k}-month`] !== undefined);
    if (termsPosted) proposed.schoolTerms = Object.fromEntries(SCHOOL_TERM_KEYS.map((k) => [k, `${(body[`${k}-month`] ?? '').trim()}-${(body[`${k}-day`] ?? '').trim()}`]));
    const result = await changeLocalStandards(app.lantern.db, session.actor, originOf(request), proposed, Number(body.version), app.lantern.now());
    if (result.ok) return reply.redirect('/admin/standards?saved=1', 303);
    if (result.reason === 'conflict') {
      return renderStandards(request, reply, { status: 409, errors: [{ field: LOCAL_STANDARD_KEYS[0]!, message: 'Someone else changed the local standards while you were editing. The current values are shown: make your change again.' }] });
    }
    const typed = Object.fromEntries(Object.entries(body).filter(([k]) => k !== '_csrf' && k !== 'version').map(([k, v]) => [k, v ?? '']));
    return renderStandards(request, reply, { status: 400, values: typed, errors: result.problems.map((p) => ({ field: p.key.startsWith('schoolTerms.') ? `${p.key.slice('schoolTerms.'.length)}-day` : p.key, message: p.message })) });
  });

  const renderHolidays = async (request: FastifyRequest, reply: FastifyReply, overrides: { form?: HolidayForm; errors?: FieldError[]; notice?: string | null; status?: number }): Promise<FastifyReply> => {
    const session = administrator(request);
    const added = await withTenant(app.lantern.db, session.actor.localAuthorityId, (tx) => loadLocalBankHolidays(tx));
    const year = Number(todayInEngland(app.lantern.now()).slice(0, 4));
    const form = overrides.form ?? {};
    return renderPage(
      reply.code(overrides.status ?? 200),
      BankHolidaysPage({
        nav: navigationFor(session.actor, '/admin/standards'),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        added,
        national: englandAndWalesBankHolidays(year).map((h) => ({ date: h.date, name: h.name })),
        year,
        form: { day: form.day ?? '', month: form.month ?? '', year: form.year ?? '', name: form.name ?? '' },
        errors: overrides.errors ?? [],
        notice: overrides.notice ?? null,
      }),
    );
  };

  app.get('/admin/bank-holidays', { schema: { querystring: Notice, response: { 200: Type.String() } } }, async (request, reply) =>
    renderHolidays(request, reply, { notice: (request.query as Static<typeof Notice>).saved ? 'Bank holidays updated. Every child’s clocks have been recomputed.' : null }),
  );

  app.post('/admin/bank-holidays', { schema: { body: HolidayForm, response: { 400: Type.String() } } }, async (request, reply) => {
    const session = administrator(request);
    const form = request.body as HolidayForm;
    const { date, error } = dateFromParts(form);
    const errors: FieldError[] = [];
    if (error) errors.push({ field: 'holiday-day', message: error });
    if (!form.name?.trim()) errors.push({ field: 'name', message: 'Enter the name of the bank holiday' });
    if (errors.length || !date) return renderHolidays(request, reply, { status: 400, form, errors });
    const result = await addLocalBankHoliday(app.lantern.db, session.actor, originOf(request), { date, name: form.name ?? '' }, app.lantern.now());
    if (result.ok) return reply.redirect('/admin/bank-holidays?saved=1', 303);
    const problems = result.reason === 'invalid' ? result.problems : [];
    return renderHolidays(request, reply, { status: 400, form, errors: problems.map((p) => ({ field: p.key === 'date' ? 'holiday-day' : p.key, message: p.message })) });
  });

  app.post('/admin/bank-holidays/:date/remove', { schema: { params: DateParams, body: CsrfOnly } }, async (request, reply) => {
    const session = administrator(request);
    const { date } = request.params as Static<typeof DateParams>;
    const result = await removeLocalBankHoliday(app.lantern.db, session.actor, originOf(request), date, app.lantern.now());
    if (!result) throw new HttpError(404, 'Not found');
    return reply.redirect('/admin/bank-holidays?saved=1', 303);
  });
}
