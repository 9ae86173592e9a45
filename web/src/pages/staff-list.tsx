import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { SuccessBanner, Table, Tag } from '../govuk/components.tsx';
import { ROLE_LABELS } from '../../../src/access/roles.ts';
import type { StaffListRow } from '../../../src/store/staff.ts';

export function StaffListPage({ nav, user, csrfToken, staff, notice }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; staff: StaffListRow[]; notice: string | null }): ReactElement {
  return (
    <Layout title="Staff accounts" nav={nav} user={user} csrfToken={csrfToken}>
      {notice && <SuccessBanner text={notice} />}
      <h1 className="govuk-heading-l">Staff accounts</h1>
      <Table
        caption="Staff accounts"
        captionHidden
        head={['Name', 'Username', 'Team', 'Roles', 'Employment', 'Status']}
        empty="No staff accounts."
        rows={staff.map((s) => [
          s.displayName,
          s.username,
          s.teamName,
          s.roles.map((r) => ROLE_LABELS[r]).join(', '),
          `${s.employmentType === 'agency' ? 'Agency' : 'Permanent'}${s.asye ? ', ASYE' : ''}`,
          s.disabledAt ? (
            <Tag colour="grey">Disabled</Tag>
          ) : (
            <form method="post" action={`/admin/staff/${s.id}/disable`} key="f">
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button type="submit" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" data-module="govuk-button">
                Disable<span className="govuk-visually-hidden"> {s.displayName}</span>
              </button>
            </form>
          ),
        ])}
      />
    </Layout>
  );
}
