// The children lists: mine, my team's, my service area's, all. Each view needs the matching capability;
// the rows are further bounded by the actor's child scope in the store.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { can, type Capability } from '../../access/capabilities.ts';
import { CHILD_LIST_PAGE_SIZE, listChildren, type ChildListView } from '../../store/children/list-children.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ChildrenListPage } from '../../../web/src/pages/children-list.tsx';

export const ChildListQuery = Type.Object(
  {
    view: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('team'), Type.Literal('service'), Type.Literal('all')])),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  },
  { additionalProperties: false },
);
export type ChildListQuery = Static<typeof ChildListQuery>;

export const VIEW_CAPABILITY: Record<ChildListView, Capability> = {
  mine: 'hold_caseload',
  team: 'list_team_children',
  service: 'list_service_children',
  all: 'list_all_children',
};

const HEADINGS: Record<ChildListView, string> = {
  mine: 'My children',
  team: 'My team’s children',
  service: 'Children in my service area',
  all: 'All children',
};

export async function childrenRoutes(app: FastifyInstance): Promise<void> {
  app.get('/children', { schema: { querystring: ChildListQuery, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = sessionOf(request);
    const query = request.query as ChildListQuery;
    const view = query.view ?? 'mine';
    if (!can(session.actor, VIEW_CAPABILITY[view])) throw new HttpError(404, 'Not found');
    const page = query.page ?? 1;
    const list = await listChildren(app.lantern.db, session.actor, originOf(request), view, page, app.lantern.now());
    return renderPage(
      reply,
      ChildrenListPage({
        nav: navigationFor(session.actor, `/children?view=${view}`),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        heading: HEADINGS[view],
        view,
        page,
        pageSize: CHILD_LIST_PAGE_SIZE,
        total: list.total,
        rows: list.rows,
      }),
    );
  });
}
