// A personal adviser's care leavers: next review due and latest contact.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table, Tag } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import type { CareLeaverRow } from '../../../src/store/care-leavers/personal-adviser-caseload.ts';

const ELIGIBILITY: Record<string, string> = { eligible: 'Eligible', relevant: 'Relevant', former_relevant: 'Former relevant', qualifying: 'Qualifying' };

export function CareLeaverCaseloadPage({ nav, user, csrfToken, rows, today }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; rows: CareLeaverRow[]; today: string }): ReactElement {
  return (
    <Layout title="My care leavers" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">My care leavers</h1>
      <Table
        caption="Young people allocated to you"
        captionHidden
        head={['Young person', 'Eligibility', 'Latest contact', 'Next due', 'Local offer not yet told of']}
        empty="No young people are allocated to you."
        rows={rows.map((r) => [
          <a className="govuk-link" href={`/children/${r.childId}`} key="a">
            {r.name}
          </a>,
          r.eligibility ? (ELIGIBILITY[r.eligibility] ?? r.eligibility) : 'Not recorded',
          r.latestContactDate ? `${formatDate(r.latestContactDate)}${r.inTouchCode && r.inTouchCode !== 'YES' ? ` (${r.inTouchCode})` : ''}` : 'None recorded',
          r.nextReviewDue ? (
            <Tag colour={r.nextReviewDue.slice(0, 10) < today ? 'red' : 'grey'} key="d">
              {r.nextReviewDue.slice(0, 10) < today ? `Overdue: ${formatDate(r.nextReviewDue.slice(0, 10))}` : formatDate(r.nextReviewDue.slice(0, 10))}
            </Tag>
          ) : (
            ''
          ),
          r.localOfferNotTold === 0 ? 'None' : r.localOfferNotTold === 1 ? '1 entitlement' : `${r.localOfferNotTold} entitlements`,
        ])}
      />
    </Layout>
  );
}
