// The JSON API: the same capabilities as the pages, with TypeBox schemas in and out. Unknown input
// fields are refused (400 naming the field); output is cut to the response schema.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { openChildSummary } from '../../store/children/child-summary.ts';
import { openChildViewers } from '../../store/children/child-viewers.ts';
import { CHILD_LIST_PAGE_SIZE, listChildren } from '../../store/children/list-children.ts';
import { originOf } from '../context.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { sessionOf } from '../security.ts';
import { ChildListQuery, VIEW_CAPABILITY } from './children.ts';
import { ChildParams } from './child.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const Me = Type.Object(
  {
    username: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(Type.String()),
    teamId: Type.String(),
    serviceArea: Type.String(),
  },
  { additionalProperties: false },
);

const ChildListRow = Type.Object(
  {
    id: Type.String(),
    childReference: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    dateOfBirth: Nullable(IsoDate),
    expectedDateOfBirth: Nullable(IsoDate),
    workerName: Nullable(Type.String()),
    teamName: Nullable(Type.String()),
    allocatedSince: Nullable(IsoDate),
    overdueClocks: Type.Integer(),
  },
  { additionalProperties: false },
);

const ChildListResponse = Type.Object(
  { view: Type.String(), page: Type.Integer(), pageSize: Type.Integer(), total: Type.Integer(), children: Type.Array(ChildListRow) },
  { additionalProperties: false },
);

const ChildIdentity = Type.Object(
  {
    id: Type.String(),
    childReference: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    dateOfBirth: Nullable(IsoDate),
    expectedDateOfBirth: Nullable(IsoDate),
    sex: Type.String(),
    ethnicity: Type.String(),
    nhsNumber: Nullable(Type.String()),
    upn: Nullable(Type.String()),
    disabilities: Type.Array(Type.String()),
    firstLanguage: Type.String(),
    unaccompaniedAsylumSeeking: Type.Boolean(),
    version: Type.Integer(),
  },
  { additionalProperties: false },
);

const ChildSummaryResponse = Type.Object(
  {
    child: ChildIdentity,
    allocations: Type.Array(
      Type.Object({
        id: Type.String(),
        workerId: Type.String(),
        workerName: Type.String(),
        workerEmploymentType: Type.String(),
        teamId: Type.String(),
        teamName: Type.String(),
        startDate: IsoDate,
        endDate: Nullable(IsoDate),
        endReason: Nullable(Type.String()),
      }),
    ),
    addresses: Type.Array(
      Type.Object({ line1: Type.String(), line2: Type.String(), town: Type.String(), postcode: Type.String(), startDate: IsoDate, endDate: Nullable(IsoDate) }),
    ),
    familyLinks: Type.Array(
      Type.Object({
        relationship: Type.String(),
        child: Nullable(Type.Object({ id: Type.String(), givenName: Type.String(), familyName: Type.String(), dateOfBirth: Nullable(IsoDate) })),
      }),
    ),
    openClocks: Type.Array(
      Type.Object({
        clockId: Type.String(),
        title: Type.String(),
        recordId: Type.String(),
        occurrence: Type.Integer(),
        due: Type.String(),
        state: Type.Union([Type.Literal('upcoming'), Type.Literal('due_soon'), Type.Literal('overdue')]),
      }),
    ),
  },
  { additionalProperties: false },
);

const ChildViewersResponse = Type.Object(
  {
    childId: Type.String(),
    viewings: Type.Array(
      Type.Object({
        occurredAt: Type.String(),
        actorName: Type.String(),
        actorUsername: Type.String(),
        actorRoles: Type.Array(Type.String()),
        action: Type.String(),
        recordType: Type.String(),
      }),
    ),
  },
  { additionalProperties: false },
);

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  app.get('/me', { schema: { response: { 200: Me, 401: ErrorBody } } }, async (request) => {
    const { actor } = sessionOf(request);
    return { username: actor.username, displayName: actor.displayName, roles: actor.roles, teamId: actor.teamId, serviceArea: actor.serviceArea };
  });

  app.get('/children', { schema: { querystring: ChildListQuery, response: { 200: ChildListResponse, ...errors } } }, async (request) => {
    const session = sessionOf(request);
    const query = request.query as Static<typeof ChildListQuery>;
    const view = query.view ?? 'mine';
    if (!can(session.actor, VIEW_CAPABILITY[view])) throw new HttpError(404, 'Not found');
    const page = query.page ?? 1;
    const list = await listChildren(app.lantern.db, session.actor, originOf(request), view, page, app.lantern.now());
    return { view, page, pageSize: CHILD_LIST_PAGE_SIZE, total: list.total, children: list.rows };
  });

  app.get('/children/:childId', { schema: { params: ChildParams, response: { 200: ChildSummaryResponse, ...errors } } }, async (request) => {
    const session = sessionOf(request);
    const { childId } = request.params as Static<typeof ChildParams>;
    const summary = await openChildSummary(app.lantern.db, session.actor, originOf(request), childId, app.lantern.now());
    if (!summary) throw new HttpError(404, 'Not found');
    return summary;
  });

  app.get('/children/:childId/viewers', { schema: { params: ChildParams, response: { 200: ChildViewersResponse, ...errors } } }, async (request) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'view_child_audit')) throw new HttpError(404, 'Not found');
    const { childId } = request.params as Static<typeof ChildParams>;
    const viewers = await openChildViewers(app.lantern.db, session.actor, originOf(request), childId, app.lantern.now());
    if (!viewers) throw new HttpError(404, 'Not found');
    return { childId, viewings: viewers.viewings.map((v) => ({ ...v, occurredAt: v.occurredAt.toISOString() })) };
  });
}
