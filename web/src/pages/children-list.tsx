import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Pagination, Table, Tag } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';

export interface ChildListPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  heading: string;
  view: string;
  page: number;
  pageSize: number;
  total: number;
  rows: {
    id: string;
    childReference: string;
    givenName: string;
    familyName: string;
    dateOfBirth: string | null;
    expectedDateOfBirth: string | null;
    workerName: string | null;
    teamName: string | null;
    allocatedSince: string | null;
    overdueClocks: number;
  }[];
}

export function ChildrenListPage(props: ChildListPageProps): ReactElement {
  const { heading, rows, total, page, pageSize, view } = props;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Layout title={heading} nav={props.nav} user={props.user} csrfToken={props.csrfToken}>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        {total === 1 ? '1 child' : `${total} children`}
      </p>
      <Table
        caption={heading}
        captionHidden
        head={['Name', 'Reference', 'Date of birth', 'Social worker', 'Team', 'Allocated since', 'Overdue']}
        empty="No children to show."
        rows={rows.map((r) => [
          <a className="govuk-link" href={`/children/${r.id}`} key="name">
            {r.familyName.toUpperCase()}, {r.givenName}
          </a>,
          r.childReference,
          r.dateOfBirth ? formatDate(r.dateOfBirth) : `Expected ${formatDate(r.expectedDateOfBirth)}`,
          r.workerName ?? 'Not allocated',
          r.teamName ?? '',
          formatDate(r.allocatedSince),
          r.overdueClocks > 0 ? (
            <Tag colour="red" key="o">
              {r.overdueClocks} overdue
            </Tag>
          ) : (
            'None'
          ),
        ])}
      />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/children?view=${view}&page=${p}`} />
    </Layout>
  );
}
