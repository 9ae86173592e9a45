// Data quality (issue 8): each DfE validation rule the children's records break today, errors first, with
// how many children break it and who they are (each linking to the child's page, where the "Data
// quality" section says which record to correct).
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table, Tag } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import type { DataQualityList } from '../../../src/store/returns/data-quality.ts';

interface Props {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  list: DataQualityList;
}

export function DataQualityPage({ nav, user, csrfToken, list }: Props): ReactElement {
  const errors = list.rules.filter((r) => r.severity === 'ERROR');
  const childrenWithErrors = new Set(errors.flatMap((r) => r.children.map((c) => c.id))).size;
  return (
    <Layout title="Data quality" nav={nav} user={user} csrfToken={csrfToken}>
      <span className="govuk-caption-l">{list.scope === 'team' ? list.teamName ?? 'Your team' : 'All children'}</span>
      <h1 className="govuk-heading-l">Data quality</h1>
      <p className="govuk-body">
        The DfE validation rules (children in need census and SSDA903, 2025/26) that {list.scope === 'team' ? 'your team’s children’s' : 'children’s'} records break as at{' '}
        {formatDate(list.asAt)}, checked for the return of this collection year. An error stops the return being accepted; a query must be corrected or explained.
      </p>
      <p className="govuk-body">
        <strong>{childrenWithErrors}</strong> of {list.childrenChecked} {list.childrenChecked === 1 ? 'child' : 'children'} checked {childrenWithErrors === 1 ? 'has' : 'have'} at least one error.
      </p>
      <Table
        caption="Rules broken, errors first"
        head={['Rule', 'What the DfE says', 'Children', 'Who']}
        empty="No child’s records break any of the DfE validation rules Lantern checks."
        rows={list.rules.map((r) => [
          <span key="r">
            {r.return === 'cin' ? 'CIN census' : 'SSDA903'} {r.code}{' '}
            {r.severity === 'ERROR' ? <Tag colour="red">Error</Tag> : <Tag colour="yellow">Query</Tag>}
          </span>,
          r.message,
          String(r.children.length),
          <ul className="govuk-list" key="c">
            {r.children.map((c) => (
              <li key={c.id}>
                <a className="govuk-link" href={`/children/${c.id}#data-quality`}>{c.name}</a>
                <span className="govuk-body-s"> ({c.where.join('; ')})</span>
              </li>
            ))}
          </ul>,
        ])}
      />
      <p className="govuk-body-s">Checked from the children’s records on request in {list.milliseconds} ms.</p>
    </Layout>
  );
}
