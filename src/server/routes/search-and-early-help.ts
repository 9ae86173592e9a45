// Finding a child, and the early help waiting list.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { readDateParts } from '../../practice/calendar/date-parts.ts';
import { normaliseNhsNumber } from '../../practice/identity/nhs-number.ts';
import { searchChildren } from '../../store/children/search-children.ts';
import { listEarlyHelpWaiting } from '../../store/front-door/early-help-waiting.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ChildSearchPage } from '../../../web/src/pages/child-search.tsx';
import { EarlyHelpWaitingPage } from '../../../web/src/pages/early-help-waiting.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';

const Q = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const SearchQuery = Type.Object({ givenName: Q(100), familyName: Q(100), 'dob-day': Q(4), 'dob-month': Q(4), 'dob-year': Q(6), nhsNumber: Q(20) }, { additionalProperties: false });
type SearchQuery = Static<typeof SearchQuery>;

export async function searchAndEarlyHelpRoutes(app: FastifyInstance): Promise<void> {
  app.get('/children/search', { schema: { querystring: SearchQuery, response: { 200: Type.String(), 400: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'search_children')) throw new HttpError(404, 'Not found');
    const query = request.query as SearchQuery;
    const values = Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    const page = (errors: FieldError[], matches: Awaited<ReturnType<typeof searchChildren>> | null, status: 200 | 400 = 200) =>
      renderPage(reply.code(status), ChildSearchPage({ nav: navigationFor(session.actor, '/children/search'), user: userBanner(session.actor), csrfToken: session.csrfToken, values, errors, matches }));
    const asked = Object.values(values).some((v) => v.trim() !== '');
    if (!asked) return page([], null);
    const errors: FieldError[] = [];
    const dob = readDateParts(query['dob-day'], query['dob-month'], query['dob-year']);
    if (dob.error) errors.push({ field: 'dob-day', message: 'Date of birth must be a real date' });
    const nhsText = query.nhsNumber?.trim() ?? '';
    const nhs = nhsText ? normaliseNhsNumber(nhsText) : null;
    if (nhsText && !nhs) errors.push({ field: 'nhsNumber', message: 'Enter a valid NHS number (10 digits)' });
    if (errors.length) return page(errors, null, 400);
    const matches = await searchChildren(app.lantern.db, session.actor, originOf(request), { givenName: query.givenName, familyName: query.familyName, dateOfBirth: dob.date, nhsNumber: nhs }, app.lantern.now());
    return page([], matches);
  });

  app.get('/early-help', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_early_help_waiting')) throw new HttpError(404, 'Not found');
    const waiting = await listEarlyHelpWaiting(app.lantern.db, session.actor, originOf(request), app.lantern.now());
    return renderPage(reply, EarlyHelpWaitingPage({ nav: navigationFor(session.actor, '/early-help'), user: userBanner(session.actor), csrfToken: session.csrfToken, waiting }));
  });
}
