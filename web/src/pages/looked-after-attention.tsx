// Looked-after children needing attention: unregistered homes, three or more placements in a year,
// IRO escalations still open.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import type { ChildNeedingAttention, NeedingAttention } from '../../../src/store/looked-after/needing-attention.ts';

function rows(list: ChildNeedingAttention[]) {
  return list.map((r) => [
    <a className="govuk-link" href={`/children/${r.childId}`} key="a">
      {r.childName}
    </a>,
    formatDate(r.flag.date),
    r.flag.message,
  ]);
}

export function LookedAfterAttentionPage({ nav, user, csrfToken, lists }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; lists: NeedingAttention }): ReactElement {
  return (
    <Layout title="Looked-after children needing attention" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">Looked-after children needing attention</h1>
      <Table caption="Living in a home that is not registered with Ofsted" head={['Child', 'Since', 'What']} empty="No child is living in an unregistered home." rows={rows(lists.unregistered)} />
      <Table caption="Three or more placements in the last 12 months" head={['Child', 'Latest move', 'What']} empty="No child has had three or more placements in the last 12 months." rows={rows(lists.unstable)} />
      <Table caption="IRO escalations not yet resolved" head={['Child', 'Raised', 'What']} empty="No escalation is open." rows={rows(lists.escalations)} />
    </Layout>
  );
}
