// The daily missing list.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table, Tag } from '../govuk/components.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import type { DailyMissingList } from '../../../src/store/missing/daily-missing-list.ts';

const link = (childId: string, name: string, recordKey?: string) => (
  <a className="govuk-link" href={recordKey ? `/children/${childId}/records/missingEpisodes/${encodeURIComponent(recordKey)}` : `/children/${childId}`} key="a">
    {name}
  </a>
);

export function MissingListPage({ nav, user, csrfToken, list }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; list: DailyMissingList }): ReactElement {
  return (
    <Layout title="Missing children today" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">Missing children today</h1>
      <Table
        caption="Missing now"
        head={['Child', 'Missing since', 'From', 'Police reference']}
        empty="No child is missing."
        rows={list.missingNow.map((m) => [link(m.childId, m.childName, m.recordKey), formatDateTime(m.startAt), m.fromCare ? 'Care' : 'Home', m.policeReference ?? ''])}
      />
      <Table
        caption="Back, waiting for a return home interview (72 hours from return)"
        head={['Child', 'Returned', 'Interview due']}
        empty="Every child who has returned has had their interview offered."
        rows={list.awaitingInterview.map((a) => [
          link(a.childId, a.childName, a.recordKey),
          formatDateTime(a.returnedAt),
          <Tag colour={a.overdue ? 'red' : 'yellow'} key="d">
            {a.overdue ? `Overdue: was due ${formatDateTime(a.due)}` : `Due ${formatDateTime(a.due)}`}
          </Tag>,
        ])}
      />
      <Table
        caption="Repeat episodes: consider a strategy discussion"
        head={['Child', 'Latest episode', 'What']}
        empty="No child has gone missing three or more times in the last 90 days."
        rows={list.repeat.map((r) => [link(r.childId, r.childName), formatDate(r.flag.date), r.flag.message])}
      />
    </Layout>
  );
}
