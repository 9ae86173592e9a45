import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, Table } from '../govuk/components.tsx';
import { formatDateTime } from '../format.ts';
import { ROLE_LABELS, isRole } from '../../../src/access/roles.ts';
import type { ChildViewers } from '../../../src/store/children/child-viewers.ts';

const ACTION_LABELS: Record<string, string> = {
  read: 'Viewed',
  update: 'Changed',
  create: 'Created',
  export: 'Exported',
  search: 'Found in a search',
};

const RECORD_LABELS: Record<string, string> = {
  child: 'Child summary',
  child_audit_trail: 'Who has viewed this child',
};

export function ChildViewersPage({ nav, user, csrfToken, viewers }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; viewers: ChildViewers }): ReactElement {
  const { child, viewings } = viewers;
  const name = `${child.givenName} ${child.familyName}`;
  return (
    <Layout title={`Who has viewed ${name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/children/${child.id}`}>Back to {name}</BackLink>
      <span className="govuk-caption-l">Child {child.childReference}</span>
      <h1 className="govuk-heading-l">Who has viewed {name}</h1>
      <p className="govuk-body">Every time anyone opens or changes this child’s record it is recorded here, most recent first. Records cannot be changed or deleted.</p>
      <Table
        caption="Views and changes"
        captionHidden
        head={['When', 'Who', 'Role', 'What', 'Record']}
        empty="Nobody has viewed this record yet."
        rows={viewings.map((v) => [
          formatDateTime(v.occurredAt),
          `${v.actorName} (${v.actorUsername})`,
          v.actorRoles.map((r) => (isRole(r) ? ROLE_LABELS[r] : r)).join(', '),
          ACTION_LABELS[v.action] ?? v.action,
          RECORD_LABELS[v.recordType] ?? v.recordType,
        ])}
      />
    </Layout>
  );
}
